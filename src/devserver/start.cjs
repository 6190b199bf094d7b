// `npm start`: serves the add-in on https://localhost:3000 and sideloads it into Excel, or says how to.
"use strict";

const net = require("node:net");
const path = require("node:path");
const { spawn, spawnSync } = require("node:child_process");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const createConfig = require("../../webpack.config.js");

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = "manifest.xml";
const PORT = createConfig.DEV_SERVER_PORT;
const TASKPANE_URL = `${createConfig.DEV_BASE_URL}taskpane.html`;

function say(text) {
  process.stdout.write(`${text}\n`);
}

/**
 * The office-addin-dev-certs certificate when its CA can be installed, else undefined (reason printed) so that
 * webpack-dev-server generates a self-signed one offline. PAR_DEV_CERT=self-signed skips the install attempt,
 * which may ask for an administrator password.
 */
async function getDevCertificate() {
  if (process.env.PAR_DEV_CERT === "self-signed") {
    say("[start] PAR_DEV_CERT=self-signed: using a locally generated self-signed certificate.");
    return undefined;
  }
  // office-addin-dev-certs installs its CA on Linux with `sudo`; without it the attempt can only fail.
  if (process.platform === "linux" && spawnSync("sh", ["-c", "command -v sudo"]).status !== 0) {
    say("[start] sudo is not available, so office-addin-dev-certs cannot install its CA here.");
    say("[start] Using a self-signed certificate generated locally by webpack-dev-server.");
    say("        Không có sudo để cài chứng chỉ; dùng chứng chỉ tự ký tạo trên máy.");
    return undefined;
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    // Installs the "Developer CA for Microsoft Office Add-ins" on first use (may prompt for a password).
    const options = await devCerts.getHttpsServerOptions();
    say("[start] Using the office-addin-dev-certs certificate for https://localhost.");
    return options;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    say(`[start] office-addin-dev-certs could not install its certificate (${reason}).`);
    say("[start] Falling back to a self-signed certificate generated locally by webpack-dev-server.");
    say("        Không cài được chứng chỉ của office-addin-dev-certs; dùng chứng chỉ tự ký tạo trên máy.");
    return undefined;
  }
}

function resolveOfficeAddinDebugging() {
  try {
    const packageJson = require.resolve("office-addin-debugging/package.json", { paths: [ROOT] });
    const { bin } = require(packageJson);
    const binPath = typeof bin === "string" ? bin : bin?.["office-addin-debugging"];
    return binPath ? path.resolve(path.dirname(packageJson), binPath) : undefined;
  } catch {
    return undefined;
  }
}

function printWebInstructions() {
  say(`
Nạp thử phần bổ trợ vào Excel trên web (Excel for the web):
  1. Mở ${TASKPANE_URL} trong trình duyệt sẽ dùng cho Excel và chấp nhận/tin cậy chứng chỉ
     (nếu trình duyệt cảnh báo, chọn "Nâng cao" → "Tiếp tục truy cập localhost").
  2. Mở một sổ làm việc trên https://www.office.com (Excel trên web).
  3. Chèn (Insert) → Phần bổ trợ (Add-ins) → Phần bổ trợ của tôi (My Add-ins) →
     Tải lên phần bổ trợ của tôi (Upload My Add-in) → chọn manifest.xml ở thư mục gốc của dự án
     (hoặc dist/manifest.xml sau khi build).
  4. Trên thẻ Trang đầu (Home), bấm nút "Chỉ số CCHC".

Sideload the add-in into Excel on the web:
  1. Open ${TASKPANE_URL} in the browser you will use for Excel and trust the certificate
     (if the browser warns, choose "Advanced" → "Proceed to localhost").
  2. Open a workbook at https://www.office.com (Excel for the web).
  3. Insert → Add-ins → My Add-ins → Upload My Add-in → choose manifest.xml at the repository top
     (or dist/manifest.xml after a build).
  4. On the Home tab, choose "PAR INDEX" ("Chỉ số CCHC").`);
}

function printDesktopInstructions() {
  const mac = process.platform === "darwin";
  say(`
office-addin-debugging không có sẵn nên không tự nạp được vào Excel trên máy tính.
office-addin-debugging is not installed, so Excel desktop is not sideloaded automatically.
  (npm i -D office-addin-debugging adds it, but it is large: ~430 MB with native builds.)
${
  mac
    ? `  Mac: copy manifest.xml into ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
       (create the wef folder if needed), restart Excel, then Insert → My Add-ins (Home → Add-ins
       on newer builds) → Developer Add-ins → PAR INDEX.
       Chép manifest.xml vào thư mục trên (tạo thư mục wef nếu chưa có), mở lại Excel.`
    : `  Windows: share a folder containing manifest.xml, add its \\\\server\\share path under
       File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs (tick "Show in Menu"),
       restart Excel, then Insert → My Add-ins (Home → Add-ins → Advanced on newer builds)
       → SHARED FOLDER → PAR INDEX.
       Chia sẻ thư mục chứa manifest.xml, thêm vào Danh mục phần bổ trợ tin cậy, mở lại Excel.`
}`);
  printWebInstructions();
}

/** Starts Excel desktop with the add-in sideloaded; returns a function that unregisters it. */
function sideloadIntoDesktopExcel(binPath) {
  say("[start] Sideloading into Excel desktop with office-addin-debugging…");
  const args = [binPath, "start", MANIFEST, "desktop", "--app", "excel", "--dev-server-port", String(PORT)];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
  child.on("exit", (code) => {
    if (code !== 0) say(`[start] office-addin-debugging exited with code ${code}; sideload manually (see README).`);
  });
  return () => spawnSync(process.execPath, [binPath, "stop", MANIFEST], { cwd: ROOT, stdio: "inherit" });
}

/** webpack-dev-server throws EADDRINUSE from an event handler, out of reach of a catch; so look first. */
function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

async function main() {
  if (!(await isPortFree(PORT))) {
    process.stderr.write(`[start] Port ${PORT} is already in use (is another \`npm start\` running?). Cổng ${PORT} đang bị chiếm.\n`);
    process.exitCode = 1;
    return;
  }
  const certificate = await getDevCertificate();
  const config = createConfig({}, { mode: "development" });
  const devServerOptions = {
    ...config.devServer,
    server: certificate ? { type: "https", options: certificate } : { type: "https" },
    setupExitSignals: false,
  };
  const server = new WebpackDevServer(devServerOptions, webpack(config));
  try {
    await server.start();
  } catch (error) {
    process.stderr.write(`[start] The dev server did not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
    return;
  }
  say(`[start] Task pane: ${TASKPANE_URL}   (Ctrl+C to stop / Ctrl+C để dừng)`);

  let unregister = () => undefined;
  if (process.platform === "win32" || process.platform === "darwin") {
    const binPath = resolveOfficeAddinDebugging();
    if (binPath) unregister = sideloadIntoDesktopExcel(binPath);
    else printDesktopInstructions();
  } else {
    printWebInstructions();
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    unregister();
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  process.stderr.write(`[start] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
