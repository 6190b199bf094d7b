// A .docx seen as a reader sees it: LibreOffice Writer (headless, in a fresh profile) turns it
// into PDF, poppler's pdftotext reads the text back (in reading order, in layout, or word by word
// with positions) and pdftoppm draws pages as PNG images to look at.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { findSoffice } from "./libreOffice";

export class PopplerMissingError extends Error {
  constructor(tool: string) {
    super(`${tool} (poppler-utils) is not installed, so the document proof cannot run. Install it with \`apt-get install -y --no-install-recommends poppler-utils\`.`);
    this.name = "PopplerMissingError";
  }
}

function run(tool: string, args: readonly string[]): string {
  const result = spawnSync(tool, args, { encoding: "utf8", timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === "ENOENT") throw new PopplerMissingError(tool);
  if (result.error || result.status !== 0) throw new Error(`${tool} ${args.join(" ")} failed: ${result.error?.message ?? result.stderr}`);
  return result.stdout;
}

/** Converts a .docx to PDF with LibreOffice Writer; returns the PDF's path in `outDir`. */
export function convertToPdf(docx: string, outDir: string, soffice = findSoffice()): string {
  const profile = mkdtempSync(path.join(tmpdir(), "par-index-lo-writer-"));
  try {
    mkdirSync(outDir, { recursive: true });
    const result = spawnSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", outDir, docx],
      { encoding: "utf8", timeout: 300_000 },
    );
    const pdf = path.join(outDir, `${path.basename(docx, path.extname(docx))}.pdf`);
    if (result.error || !existsSync(pdf)) throw new Error(`LibreOffice did not convert ${docx}: ${result.error?.message ?? ""} ${result.stderr ?? ""}`.trim());
    return pdf;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export function pdfPageCount(pdf: string): number {
  const match = /^Pages:\s+(\d+)/m.exec(run("pdfinfo", [pdf]));
  if (!match) throw new Error(`pdfinfo found no page count in ${pdf}`);
  return Number(match[1]);
}

/** The text of the PDF (or of one page), in layout mode when asked (table rows stay on their lines). */
export function pdfText(pdf: string, options: { layout?: boolean; page?: number } = {}): string {
  return run("pdftotext", [
    ...(options.layout ? ["-layout"] : []),
    ...(options.page ? ["-f", String(options.page), "-l", String(options.page)] : []),
    "-enc",
    "UTF-8",
    pdf,
    "-",
  ]);
}

/** All whitespace (line breaks, runs of spaces, non-breaking spaces) as single spaces. */
export function flatText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Every word with its box, in PDF points (pdftotext -bbox), and each page's size. */
export function pdfWords(pdf: string): { pages: { width: number; height: number }[]; words: PdfWord[] } {
  const html = run("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"]);
  const pages: { width: number; height: number }[] = [];
  const words: PdfWord[] = [];
  for (const page of html.split(/<page /).slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
    pages.push({ width: Number(size[1]), height: Number(size[2]) });
    for (const w of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: pages.length, xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), text: w[5]! });
    }
  }
  return { pages, words };
}

/** Draws one page as `<prefix>.png` at `dpi`; returns the file. */
export function pageImage(pdf: string, page: number, prefix: string, dpi = 60): string {
  mkdirSync(path.dirname(prefix), { recursive: true });
  run("pdftoppm", ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix]);
  return `${prefix}.png`;
}
