// The scoring sheet as staff print it: seed 001 scored, and a department's file made by `split`,
// printed to PDF by LibreOffice in a Vietnamese and in an English locale. The scoring columns
// (code, name, maxima, the scores, points lost, rate) fill the first pages at a readable size; the
// units, guidance, evidence, explanations and the council's notes follow on pages of their own,
// with code and name repeated at their left. The pages are kept in test-output/pages/score-*.png.
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { flatText, pageImage, pdfWords, type PdfWord } from "../../helpers/documentPdf";
import { findSoffice, printToPdf } from "../../helpers/libreOffice";
import { REPO_ROOT, runCli } from "../../helpers/runCli";
import { seed001Scores } from "../../helpers/seed001";
import { loadWorkbook, saveWorkbook } from "../../../src/node";
import { useTempDir } from "../../helpers/tempDir";
import { fillScoreFile } from "../../helpers/xlsxScores";

const tempDir = useTempDir("par-index-score-pages-");
const PAGES = path.join(REPO_ROOT, "test-output", "pages");
const LOCALES = ["vi-VN", "en-US"] as const;

interface Printed {
  pages: { width: number; height: number }[];
  words: PdfWord[];
}

const pageText = (printed: Printed, page: number) =>
  flatText(
    printed.words
      .filter((w) => w.page === page)
      .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)
      .map((w) => w.text)
      .join(" "),
  );

/** The median height of the words on a page, in points: the size the text reads at. */
const medianHeight = (printed: Printed, page: number) => {
  const heights = printed.words.filter((w) => w.page === page).map((w) => w.yMax - w.yMin).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)]!;
};

describe("the printed scoring sheet", () => {
  const printed = new Map<string, Printed>();

  beforeAll(async () => {
    const soffice = findSoffice();
    const cli = (...args: string[]) => runCli(args, { cwd: tempDir() });
    expect((await cli("new", "--template", "son-la-vpub-2021", "--out", "cham-diem.xlsx", "--unit", "Văn phòng UBND tỉnh Sơn La", "--year", "2021")).code).toBe(0);
    await fillScoreFile(path.join(tempDir(), "cham-diem.xlsx"), seed001Scores, path.join(tempDir(), "filled.xlsx"));
    // plan writes the engine's results into the copy it makes, as a viewer that does not recalculate needs.
    expect((await cli("plan", "filled.xlsx", "--out", "planned.xlsx")).code).toBe(0);
    // The scoring sheet alone (exceljs keeps the cached results it read), so its pages are all there is.
    const planned = await loadWorkbook(path.join(tempDir(), "planned.xlsx"));
    for (const sheet of [...planned.worksheets]) if (sheet.state === "visible" && sheet.name !== "VPUB Sơn La 2021") planned.removeWorksheet(sheet.id);
    await saveWorkbook(planned, path.join(tempDir(), "scored.xlsx"));
    expect((await cli("split", "cham-diem.xlsx", "--out-dir", "gui-di", "--deadline", "25/01/2022")).code).toBe(0);
    const unitFile = readdirSync(path.join(tempDir(), "gui-di")).filter((name) => name.endsWith(".xlsx")).sort()[0]!;
    mkdirSync(PAGES, { recursive: true });
    for (const name of readdirSync(PAGES, { withFileTypes: true }).filter((e) => /^score-/.test(e.name))) rmSync(path.join(PAGES, name.name));
    for (const locale of LOCALES) {
      for (const [label, file] of [["so-cham", path.join(tempDir(), "scored.xlsx")], ["don-vi", path.join(tempDir(), "gui-di", unitFile)]] as const) {
        const outDir = path.join(tempDir(), `${label}-${locale}`);
        const pdf = printToPdf(file, outDir, soffice, { locale });
        const result = pdfWords(pdf);
        printed.set(`${label} ${locale}`, result);
        for (let page = 1; page <= Math.min(result.pages.length, 6); page += 1) pageImage(pdf, page, path.join(PAGES, `score-${label}-${locale}-${page}`));
      }
    }
  }, 240_000);

  it.each(LOCALES)("puts the scoring columns on the first page in %s, and nothing of the notes", (locale) => {
    for (const label of ["so-cham", "don-vi"]) {
      const first = pageText(printed.get(`${label} ${locale}`)!, 1);
      // Headers wrap inside their cells («Điểm tối / đa»): their words are looked for.
      for (const header of ["Mã", "Lĩnh vực, tiêu chí, tiêu chí thành phần", "tối", "Điểm tự", "Điểm thẩm", "Điểm bị", "Tỷ lệ đạt", "(%)"]) {
        expect({ label, header, found: first.includes(header) }).toEqual({ label, header, found: true });
      }
      for (const header of ["Cách tính điểm", "Tài liệu kiểm chứng", "Đơn vị chủ trì"]) {
        expect({ label, header, found: first.includes(header) }).toEqual({ label, header, found: false });
      }
    }
  });

  it.each(LOCALES)("prints text at a readable size in %s (fitted to one width it was 4–5 pt)", (locale) => {
    for (const label of ["so-cham", "don-vi"]) {
      const sheet = printed.get(`${label} ${locale}`)!;
      for (let page = 1; page <= sheet.pages.length; page += 1) {
        expect({ label, page, readable: medianHeight(sheet, page) >= 8 }).toEqual({ label, page, readable: true });
      }
    }
  });

  it.each(LOCALES)("prints the source and the note above the table whole in %s", (locale) => {
    for (const label of ["so-cham", "don-vi"]) {
      const first = pageText(printed.get(`${label} ${locale}`)!, 1);
      expect(first).toContain("(/KH-VPUB, 2022)");
      if (label === "so-cham") expect(first).toMatch(/nếu không có thì điểm thẩm định/);
    }
  });

  it.each(LOCALES)("prints guidance, evidence and explanations on following pages beside code and name in %s", (locale) => {
    const sheet = printed.get(`so-cham ${locale}`)!;
    const texts = sheet.pages.map((_, p) => pageText(sheet, p + 1));
    for (const header of ["Đơn vị chủ trì", "Cách tính điểm", "Tài liệu kiểm chứng", "Giải trình", "Ý kiến thẩm định"]) {
      const page = texts.findIndex((text) => text.includes(header));
      expect({ header, after: page > 0 }).toEqual({ header, after: true });
      // The repeated columns A–B: every page of notes says which item a row is.
      expect({ header, withName: texts[page]!.includes("Công tác chỉ đạo điều hành") }).toEqual({ header, withName: true });
    }
  });

  it("writes the numbers in the viewer's own way: 94,52 in Vietnamese, 94.52 in English", () => {
    const total = (key: string) => {
      const sheet = printed.get(key)!;
      return sheet.pages.map((_, p) => pageText(sheet, p + 1)).join(" ");
    };
    expect(total("so-cham vi-VN")).toMatch(/Tổng cộng 100 100 94,52 94,52 -?5,48 94,52/);
    expect(total("so-cham en-US")).toMatch(/Tổng cộng 100 100 94\.52 94\.52 -?5\.48 94\.52/);
  });
});
