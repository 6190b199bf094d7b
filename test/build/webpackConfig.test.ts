// Checks webpack.config.js without building: entry, task pane page, copied files and the production manifest URL rewrite.
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT, buildConfig, copyPatternsOf, htmlPagesOf, webpackConfig } from "../helpers/webpackConfig";

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const manifestXml = fs.readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8");

function withBaseUrl<T>(value: string | undefined, run: () => T): T {
  const saved = process.env.ADDIN_BASE_URL;
  if (value === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = value;
  try {
    return run();
  } finally {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  }
}

function transformManifest(mode: "development" | "production"): string {
  const pattern = copyPatternsOf(buildConfig(mode)).find((p) => p.from === "manifest.xml");
  if (!pattern) throw new Error("manifest.xml is not copied");
  const out = pattern.transform ? pattern.transform(Buffer.from(manifestXml), path.join(REPO_ROOT, "manifest.xml")) : manifestXml;
  return out.toString();
}

describe("webpack.config.js", () => {
  it.each(["development", "production"] as const)("builds the taskpane entry from src/taskpane/index.tsx (%s)", (mode) => {
    const config = buildConfig(mode);
    expect(config.mode).toBe(mode);
    expect(config.entry).toEqual({ taskpane: "./src/taskpane/index.tsx", download: "./src/download/downloadPage.ts" });
    expect(config.output?.path).toBe(path.join(REPO_ROOT, "dist"));
  });

  it("compiles TypeScript to ES modules so Fluent UI tree-shakes", () => {
    const rules = buildConfig("production").module?.rules ?? [];
    const tsRule = rules.find((rule) => rule && typeof rule === "object" && String(rule.test) === String(/\.tsx?$/));
    expect(tsRule).toMatchObject({ use: { loader: "ts-loader", options: { compilerOptions: { module: "ESNext" } } } });
    expect(buildConfig("production").optimization).toMatchObject({ sideEffects: true, usedExports: true });
  });

  it("emits taskpane.html from src/taskpane/taskpane.html with only the taskpane chunks, and the download page with its own", () => {
    expect(htmlPagesOf(buildConfig("production"))).toEqual([
      expect.objectContaining({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      expect.objectContaining({ filename: "download.html", template: "./src/download/download.html", chunks: ["download"] }),
    ]);
  });

  it("keeps office.js out of the download page, which runs in the real browser", () => {
    const html = fs.readFileSync(path.join(REPO_ROOT, "src/download/download.html"), "utf8");
    expect(html).not.toMatch(/<script/);
    expect(html).toMatch(/<main id="download">/);
  });

  it("keeps a page template that loads office.js from Microsoft's CDN with a plain script tag", () => {
    const html = fs.readFileSync(path.join(REPO_ROOT, "src/taskpane/taskpane.html"), "utf8");
    const officeScript = html.match(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/)?.[0] ?? "";
    expect(officeScript).toContain(`src="${OFFICE_JS_CDN}"`);
    expect(officeScript).not.toMatch(/\b(async|defer|type="module")\b/);
    expect(html).toMatch(/<html lang="vi">/);
    expect(html).toMatch(/<meta name="viewport"/);
    expect(html).toMatch(/<div id="root"><\/div>/);
  });

  it("copies manifest.xml, the support page and every PNG in assets/ to dist/", () => {
    expect(copyPatternsOf(buildConfig("production")).map((p) => [p.from, p.to])).toEqual([
      ["assets/*.png", "assets/[name][ext]"],
      ["src/taskpane/support.html", "support.html"],
      ["manifest.xml", "manifest.xml"],
    ]);
  });

  it("rewrites every localhost URL of the manifest to ADDIN_BASE_URL in production", () => {
    const out = withBaseUrl("https://cchc.example.gov.vn/addin", () => transformManifest("production"));
    expect(out).not.toContain("localhost");
    expect(out).toContain('<SourceLocation DefaultValue="https://cchc.example.gov.vn/addin/taskpane.html"/>');
    expect(out.split("https://cchc.example.gov.vn/addin/").length).toBe(manifestXml.split(webpackConfig.DEV_BASE_URL).length);
  });

  it("leaves the manifest alone in development and in production without ADDIN_BASE_URL", () => {
    expect(withBaseUrl("https://cchc.example.gov.vn/", () => transformManifest("development"))).toBe(manifestXml);
    expect(withBaseUrl(undefined, () => transformManifest("production"))).toBe(manifestXml);
  });

  it.each([
    ["https://cchc.example.gov.vn", "https://cchc.example.gov.vn/"],
    ["https://cchc.example.gov.vn/addin", "https://cchc.example.gov.vn/addin/"],
    [" https://cchc.example.gov.vn/addin/ ", "https://cchc.example.gov.vn/addin/"],
    ["", undefined],
    [undefined, undefined],
  ])("reads ADDIN_BASE_URL %p as %p", (value, expected) => {
    expect(webpackConfig.resolveBaseUrl(value)).toBe(expected);
  });

  it.each([["http://cchc.example.gov.vn/"], ["cchc.example.gov.vn"]])("refuses ADDIN_BASE_URL %p", (value) => {
    expect(() => webpackConfig.resolveBaseUrl(value)).toThrow(/ADDIN_BASE_URL/);
    expect(() => withBaseUrl(value, () => buildConfig("production"))).toThrow(/ADDIN_BASE_URL/);
  });

  it("serves the dev build over https on the manifest's port", () => {
    const { devServer } = buildConfig("development") as { devServer?: { port?: number; server?: { type?: string } } };
    expect(devServer?.port).toBe(webpackConfig.DEV_SERVER_PORT);
    expect(devServer?.server?.type).toBe("https");
    expect(webpackConfig.DEV_BASE_URL).toBe(`https://localhost:${webpackConfig.DEV_SERVER_PORT}/`);
  });
});
