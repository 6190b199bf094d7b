// The appraisal notice read back through LibreOffice Writer and poppler: `par-index document
// --appraisal` on seed 001's workbook after round 1 (portrait, the council's notes) and after the
// result is locked (landscape, with the unit's explanation and round 2). The text holds the title,
// the three totals and each changed item; pages stay inside the margins; page 1 of each is saved
// as PNG under test-output/document to look at.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { writeAppraisalLoop, type LoopFiles } from "../../helpers/appraisalLoop";
import { convertToPdf, flatText, pageImage, pdfPageCount, pdfText, pdfWords } from "../../helpers/documentPdf";
import { readPngSize } from "../../helpers/pngSize";
import { REPO_ROOT, runCli } from "../../helpers/runCli";
import { seed001ExpectedTotal } from "../../helpers/seed001";

const OUT = path.join(REPO_ROOT, "test-output", "document");
const WORK = path.join(OUT, "appraisal-work");
const MM = 72 / 25.4;
let files: LoopFiles;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  files = await writeAppraisalLoop(WORK);
}, 120_000);

async function notice(from: string, name: string): Promise<string> {
  const docx = path.join(WORK, `${name}.docx`);
  const run = await runCli(["document", from, "--appraisal", "--out", docx, "--signer", "Nguyễn Văn B"]);
  expect([run.code, run.stderr]).toEqual([0, ""]);
  return convertToPdf(docx, WORK);
}

describe("the appraisal notice as printed pages", () => {
  it("after round 1: the title, the totals and every item the council lowered with its note, on portrait pages", async () => {
    const pdf = await notice(files.appraised, "thong-bao-lan-1");
    // Layout mode keeps the lines of the page; raw mode keeps a table cell's wrapped lines together.
    const text = flatText(pdfText(pdf, { layout: true }));
    const cells = flatText(pdfText(pdf));
    expect(text).toContain("THÔNG BÁO KẾT QUẢ THẨM ĐỊNH");
    expect(text).toContain("Chỉ số cải cách hành chính năm 2021 của Văn phòng UBND tỉnh Sơn La");
    expect(text).toContain("HỘI ĐỒNG THẨM ĐỊNH");
    expect(text).toContain("CHỈ SỐ CẢI CÁCH");
    expect(text).toContain("Số: /TB-HĐTĐ");
    expect(text).toContain(`Điểm sau thẩm định lần 1: ${String(seed001ExpectedTotal[1]).replace(".", ",")} điểm.`);
    expect(cells).toContain("Chưa đủ tài liệu kiểm chứng cho mục 4.1.");
    // The survey-scored 8.1 was not the office's to score: no disagreement to list.
    expect(cells).not.toContain("8.1");
    expect(text).toContain("trước ngày 25/01/2022");
    expect(text).not.toContain("Thẩm định lần 2");
    const { pages, words } = pdfWords(pdf);
    expect(pages[0]!.width).toBeLessThan(pages[0]!.height);
    // Pages are numbered from 1; every word inside the left 30 mm and right 15 mm margins.
    const outside = words.filter((word) => word.xMin < 30 * MM - 1 || word.xMax > pages[word.page - 1]!.width - 15 * MM + 1);
    expect(outside).toEqual([]);
    const png = pageImage(pdf, 1, path.join(OUT, "appraisal-round1"));
    // 60 dpi: an A4 portrait page is about 496 × 702 pixels.
    expect(readPngSize(readFileSync(png))).toEqual({ width: expect.any(Number), height: expect.any(Number) });
    expect(readPngSize(readFileSync(png)).height).toBeGreaterThan(readPngSize(readFileSync(png)).width);
  });

  it("once locked: the unit's explanation, round 2 and its note beside each item, on landscape pages", async () => {
    const pdf = await notice(files.final, "thong-bao-chot");
    const text = flatText(pdfText(pdf, { layout: true }));
    const cells = flatText(pdfText(pdf));
    const result = Math.round((seed001ExpectedTotal[1] + files.max41 - 3.61) * 100) / 100;
    expect(text).toContain(`Kết quả (đã chốt): ${String(result).replace(".", ",")}/100 điểm.`);
    // (LibreOffice breaks «QĐ-UBND» at its hyphen in the narrow column.)
    expect(cells).toContain("Đã công bố đủ thủ tục hành chính theo Quyết định số 15/QĐ");
    expect(cells).toContain("Chấp nhận giải trình.");
    expect(cells).toContain("Thẩm định lần 2");
    const { pages, words } = pdfWords(pdf);
    expect(pages[0]!.width).toBeGreaterThan(pages[0]!.height);
    expect(words.filter((word) => word.xMin < 30 * MM - 1 || word.xMax > pages[word.page - 1]!.width - 15 * MM + 1)).toEqual([]);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(4);
    pageImage(pdf, 1, path.join(OUT, "appraisal-final"));
  });
});
