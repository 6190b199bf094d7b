// Recalculating .xlsx files with LibreOffice headless, in a fresh profile of our own that tells
// Calc to recalculate every formula on load (as shipped it keeps the cached values it finds).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export class LibreOfficeMissingError extends Error {
  constructor() {
    super(
      "LibreOffice (soffice) is not installed, so the formula proof cannot run. Install it with " +
        "`apt-get install -y --no-install-recommends libreoffice-calc-nogui` (or set SOFFICE to its path).",
    );
    this.name = "LibreOfficeMissingError";
  }
}

/** The soffice executable, or a LibreOfficeMissingError saying how to install it. */
export function findSoffice(): string {
  const candidates = [process.env.SOFFICE, "soffice", "libreoffice", "/usr/bin/soffice", "/opt/libreoffice/program/soffice"];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const probe = spawnSync(candidate, ["--version"], { encoding: "utf8", timeout: 60_000 });
    if (!probe.error && probe.status === 0) return candidate;
  }
  throw new LibreOfficeMissingError();
}

export interface Recalculation {
  /** The recalculated copies, in the order of the inputs. */
  outputs: string[];
  milliseconds: number;
}

/** Opens each file in Calc (recalculating everything) and saves it as .xlsx into `outDir`. */
export function recalculateWithLibreOffice(files: readonly string[], outDir: string, soffice = findSoffice()): Recalculation {
  const profile = mkdtempSync(path.join(tmpdir(), "par-index-lo-profile-"));
  try {
    mkdirSync(path.join(profile, "user"), { recursive: true });
    writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), PROFILE_SETTINGS);
    mkdirSync(outDir, { recursive: true });
    const started = performance.now();
    const run = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        outDir,
        ...files,
      ],
      { encoding: "utf8", timeout: 600_000 },
    );
    const milliseconds = performance.now() - started;
    const outputs = files.map((file) => path.join(outDir, path.basename(file)));
    const missing = outputs.filter((file) => !existsSync(file));
    if (run.error || missing.length > 0) {
      throw new Error(`LibreOffice did not convert ${missing.join(", ") || "the files"}: ${run.error?.message ?? ""} ${run.stderr ?? ""}`.trim());
    }
    return { outputs, milliseconds };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const NO_RECALC_SETTINGS = PROFILE_SETTINGS.replace(/<value>0<\/value>/g, "<value>1</value>");

/**
 * Prints `file` to PDF as a viewer that trusts the file does: LibreOffice told never to recalculate,
 * so the numbers on the page are the cached results the file carries. Returns the PDF's path.
 */
export function printToPdf(file: string, outDir: string, soffice = findSoffice(), options: { locale?: "vi-VN" | "en-US" } = {}): string {
  const profile = mkdtempSync(path.join(tmpdir(), "par-index-lo-profile-"));
  try {
    mkdirSync(path.join(profile, "user"), { recursive: true });
    // The locale a viewer's machine has decides the decimal sign and the dates on the page.
    const settings = options.locale
      ? NO_RECALC_SETTINGS.replace(
          "</oor:items>",
          `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${options.locale}</value></prop></item>\n</oor:items>`,
        )
      : NO_RECALC_SETTINGS;
    writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), settings);
    mkdirSync(outDir, { recursive: true });
    const run = spawnSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", outDir, file],
      { encoding: "utf8", timeout: 300_000 },
    );
    const pdf = path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
    if (run.error || !existsSync(pdf)) throw new Error(`LibreOffice did not print ${file}: ${run.error?.message ?? ""} ${run.stderr ?? ""}`.trim());
    return pdf;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
