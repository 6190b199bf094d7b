// Looking at a workbook as a user would: LibreOffice prints it to PDF (in a fresh profile of its
// own), poppler turns pages into text and into pictures (PNG for people, PPM for counting
// pixels). The tools must be installed; a missing one fails, it is not skipped.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { findSoffice } from "./libreOffice";

function runTool(command: string, args: readonly string[], what: string): string {
  const run = spawnSync(command, args, { encoding: "utf8", timeout: 300_000 });
  if (run.error) {
    throw new Error(`${command} is needed to ${what} (apt-get install -y poppler-utils libreoffice-calc-nogui): ${run.error.message}`);
  }
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${run.stderr}`);
  return run.stdout;
}

/** Prints the workbook to `outDir/<name>.pdf` with LibreOffice (every sheet, its print settings). */
export function printToPdf(file: string, outDir: string): string {
  const soffice = findSoffice();
  const profile = mkdtempSync(path.join(tmpdir(), "par-index-lo-pdf-"));
  try {
    mkdirSync(outDir, { recursive: true });
    runTool(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", outDir, file], "print to PDF");
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no ${pdf}`);
  return pdf;
}

export function pdfPageCount(pdf: string): number {
  const info = runTool("pdfinfo", [pdf], "read the PDF");
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

export function pdfPageText(pdf: string, page: number): string {
  return runTool("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"], "read the PDF's text");
}

/** Writes page `page` as `<prefix>.png` for people to look at. */
export function pdfPagePng(pdf: string, page: number, prefix: string, dpi = 60): string {
  runTool("pdftoppm", ["-png", "-singlefile", "-r", String(dpi), "-f", String(page), "-l", String(page), pdf, prefix], "picture the PDF");
  return `${prefix}.png`;
}

export interface Picture {
  width: number;
  height: number;
  /** RGB bytes, row by row. */
  rgb: Buffer;
}

/** Page `page` as pixels (a binary PPM from pdftoppm). */
export function pdfPagePixels(pdf: string, page: number, dpi = 60): Picture {
  const dir = mkdtempSync(path.join(tmpdir(), "par-index-ppm-"));
  try {
    const prefix = path.join(dir, "page");
    runTool("pdftoppm", ["-singlefile", "-r", String(dpi), "-f", String(page), "-l", String(page), pdf, prefix], "picture the PDF");
    return readPpm(readFileSync(`${prefix}.ppm`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function readPpm(bytes: Buffer): Picture {
  // "P6" width height maxval, separated by whitespace, then one whitespace byte and the pixels.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.toString("latin1", 0, 64));
  if (!header || header[3] !== "255") throw new Error("not an 8-bit binary PPM");
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, rgb: bytes.subarray(header[0].length, header[0].length + width * height * 3) };
}

/** Pixels within `tolerance` of "#RRGGBB" on each channel. */
export function countColor(picture: Picture, color: string, tolerance = 12): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
  let count = 0;
  for (let i = 0; i + 2 < picture.rgb.length; i += 3) {
    if (Math.abs(picture.rgb[i]! - r) <= tolerance && Math.abs(picture.rgb[i + 1]! - g) <= tolerance && Math.abs(picture.rgb[i + 2]! - b) <= tolerance) count += 1;
  }
  return count;
}
