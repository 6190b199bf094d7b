// Builds what the end-to-end page serves: the production task pane (webpack --mode production,
// unchanged config, into a private folder so a concurrent `npm run build` into dist/ is not
// disturbed) and the fake office.js (test/helpers/fakeExcelPage bundled by esbuild).
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

export const REPO_ROOT = path.resolve(__dirname, "../../..");

/** Runs the production webpack build into `outDir`; throws with webpack's own report when it fails. */
export function buildTaskPane(outDir: string): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [REPO_ROOT] });
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, "--mode", "production", "--output-path", outDir, "--no-color"],
      { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const report = `${stdout}\n${stderr}`.trim().split("\n").slice(-40).join("\n");
          reject(new Error(`The production build of the task pane failed (webpack --mode production):\n${report}`));
          return;
        }
        if (!existsSync(path.join(outDir, "taskpane.html"))) {
          reject(new Error(`The production build wrote no taskpane.html into ${outDir}`));
          return;
        }
        resolve();
      },
    );
  });
}

/**
 * The fake host as one classic script, as office.js is. esbuild comes with tsx (a dependency):
 * webpack would take tens of seconds for the same bundle, and adding an entry to the production
 * config would change the production build's shared vendor chunk.
 */
export async function bundleFakeOffice(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(REPO_ROOT, "test/helpers/fakeExcelPage/officeJs.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    write: false,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error("esbuild produced no bundle for the fake office.js");
  return file.text;
}

/** The CDN address taskpane.html loads office.js from; read from the page so a change there is noticed. */
export function officeJsUrl(outDir: string): string {
  const html = readFileSync(path.join(outDir, "taskpane.html"), "utf8");
  // html-webpack-plugin minifies the production page: attribute quotes may be gone.
  const match = /<script[^>]+src=["']?(https:\/\/appsforoffice\.microsoft\.com\/[^"'\s>]+office\.js)/.exec(html);
  if (!match?.[1]) throw new Error("taskpane.html no longer loads office.js from appsforoffice.microsoft.com; update the e2e route");
  return match[1];
}
