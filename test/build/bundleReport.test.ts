// The bundle budget (src/devserver/bundleReport.cjs) on small built folders made here: what a
// reader downloads before the pane first renders, in Vietnamese and in English, against 150 KB gzip.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const REPORT = path.resolve(__dirname, "../../src/devserver/bundleReport.cjs");
const KB = 1024;

/** A dist/ folder: the page loads `initial` in order; `others` are chunks beside it. */
function distWith(initial: Record<string, string | Buffer>, others: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(path.join(tmpdir(), "bundle-report-"));
  const scripts = Object.keys(initial).map((name) => `<script defer src="${name}"></script>`).join("");
  writeFileSync(path.join(folder, "taskpane.html"), `<html><head><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>${scripts}</head></html>`);
  for (const [name, content] of Object.entries({ ...initial, ...others })) writeFileSync(path.join(folder, name), content);
  return folder;
}

/** Bytes gzip cannot shrink: `kb` of them weigh `kb` KB in the budget (the report reads bytes, not JS). */
const incompressible = (kb: number) => randomBytes(kb * KB);

function report(folder: string): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [REPORT, path.join(folder, "taskpane.html")], { encoding: "utf8", stdio: "pipe" });
    return { code: 0, out };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, out: `${failed.stdout}${failed.stderr}` };
  }
}

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
const made = (initial: Record<string, string | Buffer>, others: Record<string, string | Buffer>) => {
  const folder = distWith(initial, others);
  folders.push(folder);
  return folder;
};

describe("the pane's bundle budget", () => {
  it("passes a page under 150 KB whose English catalogue, added for English readers, still fits", () => {
    const result = report(made({ "vendors.1.js": incompressible(100), "taskpane.1.js": incompressible(30) }, { "english.1.js": incompressible(10) }));
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/budget 150\.0 KB/);
    expect(result.out).toMatch(/english\.1\.js for English readers: 10\.\d KB, so 14\d\.\d KB before the first render/);
  });

  it("fails a page over 150 KB", () => {
    const result = report(made({ "vendors.1.js": incompressible(120), "taskpane.1.js": incompressible(35) }, { "english.1.js": "" }));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/initial JS is \d+\.\d KB over the 150\.0 KB gzip budget/);
  });

  it("fails when the page fits but the English reader's download does not", () => {
    const result = report(made({ "vendors.1.js": incompressible(120), "taskpane.1.js": incompressible(25) }, { "english.1.js": incompressible(10) }));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/for English readers the JS before the first render is \d+\.\d KB over/);
  });

  it("fails when the English catalogue is part of the page's own scripts", () => {
    const result = report(made({ "taskpane.1.js": 'var t={ranking:"Step 6. Consolidate many units"};' }, { "english.1.js": "" }));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/English catalogue is in the initial JS \(taskpane\.1\.js\)/);
  });

  it("fails a build without an english chunk", () => {
    const result = report(made({ "taskpane.1.js": "var a=1;" }, {}));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/no english chunk/);
  });

  it("fails when the .docx writer is in the initial JS", () => {
    const result = report(made({ "taskpane.1.js": '"http://schemas.openxmlformats.org/wordprocessingml/2006/main"' }, { "english.1.js": "" }));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/docx package is in the initial JS/);
  });
});
