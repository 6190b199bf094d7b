// The golden test of the plan document: seed 001's workbook, with the seed's scores, remedies,
// units, time frames and document fields typed in, goes through `par-index document`; LibreOffice
// Writer turns the .docx into PDF and pdftotext reads it back. The text holds the seed's headings
// and sentences with the same numbers; where it differs from the seed, the test names why (the
// seed's own typos, items the bundled template does not name). Pages stay inside the margins,
// and page 1 and the score table's page are saved as PNG under test-output/document to look at.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readPngSize } from "../../helpers/pngSize";
import { REPO_ROOT, runCli } from "../../helpers/runCli";
import { SEED_BASIS, seed001Fields, seed001Remedies } from "../../helpers/seed001Document";
import { SEED_UNIT, writeSeed001Workbooks } from "../../helpers/seed001Workbook";
import { surveyScores, surveyTemplate } from "../../helpers/surveyTemplate";
import { fillScoreFile } from "../../helpers/xlsxScores";
import { convertToPdf, flatText, pageImage, pdfPageCount, pdfText, pdfWords } from "../../helpers/documentPdf";
import { defaultDocumentFields } from "../../../src/domain/document/documentFields";
import { layoutDocumentFieldsSheet } from "../../../src/domain/layout/layoutDocumentFieldsSheet";
import { PLAN_COLUMNS as P } from "../../../src/domain/layout/planSheetColumns";
import { loadWorkbook, readSheetGrid, saveWorkbook } from "../../../src/node";

const OUT = path.join(REPO_ROOT, "test-output", "document");
const WORK = path.join(OUT, "work");
const MM = 72 / 25.4;

/** The PDF's text in layout mode, flattened, without the page numbers at the top of pages 2… */
const readable = (pdf: string) => flatText(lines(pdfText(pdf, { layout: true })).filter((line) => !/^\s*\d+\s*$/.test(line)).join("\n"));

const fields = seed001Fields(defaultDocumentFields({ unit: SEED_UNIT, year: 2021, level: "so" }));
const lines = (text: string) => text.split("\n");

/** Seed 001's text that the document holds word for word (the seed's markdown asterisks dropped). */
const SEED_VERBATIM: readonly string[] = [
  "Số: /KH-VPUB",
  "Sơn La, ngày tháng năm 2022",
  "KẾ HOẠCH",
  "Khắc phục tồn tại, hạn chế Chỉ số cải cách hành chính; Chỉ số hài lòng về sự phục vụ hành chính năm 2021",
  SEED_BASIS,
  "I. MỤC ĐÍCH, YÊU CẦU",
  "1. Mục đích",
  ...lines(fields.purposes),
  "2. Yêu cầu",
  ...lines(fields.requirements),
  "II. NỘI DUNG",
  "1. Chỉ số Cải cách hành chính",
  "1.1. Kết quả đánh giá",
  "Năm 2021, Văn phòng UBND tỉnh xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc so với năm 2020). Điểm trung bình chung đạt được 94,52 điểm,",
  "Điểm cụ thể ở từng nội dung như sau:",
  "1.2. Nhiệm vụ, giải pháp khắc phục tồn tại, hạn chế",
  "tổng điểm trừ là 0,61 điểm.",
  "1.2.2. Xây dựng và tổ chức thực hiện hệ thống văn bản quy phạm pháp luật",
  "tổng điểm trừ là 0,65 điểm.",
  "1.2.4. Cải cách công vụ",
  "- Tồn tại: Chất lượng đánh giá, phân loại công chức, viên chức của cơ quan đơn vị đạt 1,5/3,5 điểm (trừ 2 điểm);",
  "tổng điểm trừ là 2,28 điểm.",
  "1.2.5. Cải cách tài chính công",
  "- Tồn tại: Tác động của cải cách đến tài chính công đạt 2,74/3 điểm (trừ 0,26 điểm); tổng điểm trừ là 0,26 điểm.",
  "1.2.6. Xây dựng chính quyền điện tử, chính quyền số",
  "Tính kịp thời của thông tin được cung cấp trên cổng/trang thông tin điện tử của cơ quan, đơn vị đạt 0,95/1 điểm (trừ 0,05 điểm);",
  "tổng điểm trừ là 0,39 điểm.",
  "1.2.7. Tác động của CCHC đến người dân, tổ chức",
  "- Tồn tại: Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh đạt 8,99/10 điểm (trừ 1,01 điểm)",
  ...["1", "2", "4", "5"].map((code) => `- Nhiệm vụ, giải pháp khắc phục: ${seed001Remedies[code]!.remedy}`),
  `- Nhiệm vụ, giải pháp khắc phục: ${seed001Remedies["6"]!.remedy.replace(/ \.$/, "")}`,
  // The seed labels these two «Nhiệm vụ và giải pháp khắc phục» (see the differences).
  seed001Remedies["7"]!.remedy,
  seed001Remedies["8"]!.remedy,
  "+ Đơn vị chủ trì thực hiện: Phòng Tổ chức - Hành chính - Quản trị.",
  "+ Đơn vị phối hợp thực hiện: Các phòng, ban, đơn vị.",
  "+ Đơn vị chủ trì thực hiện: Trung tâm Thông tin.",
  "+ Đơn vị chủ trì thực hiện: Trung tâm Thông tin; Trung tâm Phục vụ Hành chính công.",
  "+ Thời gian thực hiện: Thường xuyên.",
  "2. Chỉ số hài lòng về sự phục vụ hành chính",
  "2.1. Kết quả đánh giá",
  "Năm 2021, Chỉ số hài lòng về sự phục vụ hành chính của Văn phòng UBND tỉnh xếp thứ 15/20",
  "2.2. Nhiệm vụ, giải pháp nâng cao",
  fields.sipas.remedy,
  "+ Đơn vị chủ trì thực hiện: Trung tâm Thông tin, Trung tâm Phục vụ Hành chính công.",
  "III. TỔ CHỨC THỰC HIỆN",
  ...lines(fields.organization),
  "Nơi nhận:",
  ...lines(fields.recipients),
  "CHÁNH VĂN PHÒNG",
  "Nguyễn Huy Anh",
];

/** The seed's table, line by line (its tabs as spaces). */
const SEED_TABLE: readonly string[] = [
  "1 Công tác chỉ đạo điều hành 11,5 10,89 -0,61",
  "2 Xây dựng và tổ chức thực hiện hệ thống văn bản quy phạm pháp luật 12 11,72 -0,28",
  "3 Cải cách thủ tục hành chính 15,5 15,5 0",
  "4 Cải cách tổ chức bộ máy hành chính 11 10,35 -0,65",
  "5 Cải cách công vụ 13,5 11,22 -2,28",
  "6 Cải cách tài chính công 10 9,74 -0,26",
  "7 Xây dựng chính quyền điện tử, chính quyền số 16,5 16,11 -0,39",
  "8 Tác động của CCHC đến người dân, tổ chức 10 8,99 -1,01",
  "Tổng cộng 100 94,52 -5,48",
];

/** Where the document says it otherwise than the seed: [the seed's words, the document's, why]. */
const SEED_DIFFERENCES: readonly (readonly [string, string, string])[] = [
  [
    "trong đó điểm thẩm định: 67,11 điểm; điểm điều tra xã hội học: 27,41 điểm (trong đó: khảo sát công chức lãnh đạo quản lý: 18,42 điểm",
    "trong đó điểm thẩm định: 85,53 điểm; điểm điều tra xã hội học: 8,99 điểm.",
    "the seed names the survey only for item 8.1 (8,99); which items its other 18,42 survey points come from it does not say, so the bundled template cannot split them",
  ],
  ["1.2.1. Công tác chỉ đạo điều hành cải cách hành chính", "1.2.1. Công tác chỉ đạo điều hành", "each heading is the lĩnh vực's name as the seed's own table gives it"],
  ["1.2.3. Cải cách tổ chức bộ máy - Tồn tại", "1.2.3. Cải cách tổ chức bộ máy hành chính", "each heading is the lĩnh vực's name as the seed's own table gives it"],
  [
    "Sáng kiến mới trong Cải cách hành chính (Trừ 0,5 điểm)",
    "Các nội dung còn lại của lĩnh vực 1 đạt 9/9,5 điểm (trừ 0,5 điểm)",
    "the seed gives no maximum for «Sáng kiến mới», so the template keeps it in lĩnh vực 1's labelled remainder row",
  ],
  [
    "Đánh giá tác động của cải cách đến chất lượng VBQPPL, VBADQPPL do tỉnh ban hành (trừ 0,28 điểm)",
    "Các nội dung của lĩnh vực 2 (nguồn không tách tiêu chí) đạt 11,72/12 điểm (trừ 0,28 điểm); tổng điểm trừ là 0,28 điểm.",
    "the seed gives no maximum for this item, so lĩnh vực 2 is one labelled row in the template",
  ],
  ["đạt 3, 61/4 điểm (trừ 0,39);", "đạt 3,61/4 điểm (trừ 0,39 điểm);", "the seed's typo «3, 61» and its missing «điểm»"],
  ["cán bộ, công chức đạt 1,91/2 (trừ 0,09 điểm)", "cán bộ, công chức đạt 1,91/2 điểm (trừ 0,09 điểm)", "the seed leaves out «điểm» after 1,91/2"],
  ["tác động của cải cách đến chất lượng đội ngũ công chức, viên chức 2,81/3 điểm", "Tác động của cải cách đến chất lượng đội ngũ công chức, viên chức đạt 2,81/3 điểm", "the seed leaves out «đạt»; item names keep the template's capital"],
  ["đạt 0,78/1 điểm (trừ 0,22 điểm) tổng điểm trừ là 0,39 điểm.", "đạt 0,78/1 điểm (trừ 0,22 điểm); tổng điểm trừ là 0,39 điểm.", "the seed's missing «;»"],
  ["đạt 8,99/10 điểm (trừ 1,01 điểm). - Nhiệm vụ", "đạt 8,99/10 điểm (trừ 1,01 điểm); tổng điểm trừ là 1,01 điểm.", "every part ends with its total, also when it has one item (the seed does so in 1.2.5, not in 1.2.7)"],
  ["Tổng điểm trừ là 0,61 điểm.", "; tổng điểm trừ là 0,61 điểm.", "the total closes the list of shortcomings as in the seed's other parts"],
  ["+ Đơn vị thực hiện: Các phòng, ban, đơn vị trực thuộc Văn phòng.", "+ Đơn vị chủ trì thực hiện: Các phòng, ban, đơn vị trực thuộc Văn phòng.", "the plan sheet has one pair of unit columns (chủ trì / phối hợp); the seed words 1.2.1, 1.2.3, 1.2.4 «thực hiện / tham mưu theo dõi»"],
  ["+ Đơn vị tham mưu theo dõi thực hiện: Phòng TCHCQT.", "+ Đơn vị phối hợp thực hiện: Phòng TCHCQT.", "as above"],
  ["- Nhiệm vụ và giải pháp khắc phục:", "- Nhiệm vụ, giải pháp khắc phục: Nâng cao tinh thần", "one label for every part (the seed varies in 1.2.6 and 1.2.7)"],
  ["xếp thứ 15/20 các sở, ban, ngành.", "xếp thứ 15/20 sở, ban, ngành.", "one wording of the peer group for both ranks (the seed writes «các» only in the SIPAS part)"],
  ["chi tiêu nội bộ .", "chi tiêu nội bộ.", "stray spaces before a full stop are dropped"],
];

describe("seed 001's plan document through LibreOffice", () => {
  let pdf: string;
  let flat: string;

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
    const { staffed } = await writeSeed001Workbooks(WORK);
    const run = (await runCli(["document", staffed, "--out", path.join(OUT, "ke-hoach-seed001.docx")]));
    expect(run).toMatchObject({ code: 0, stderr: "" });
    pdf = convertToPdf(path.join(OUT, "ke-hoach-seed001.docx"), OUT);
    // Layout mode keeps the lines in their order on the page (plain mode may read a heading's
    // wrapped last word first); the header and signature blocks' two columns share lines.
    flat = readable(pdf);
  });

  it.each(SEED_VERBATIM.map((text) => [text.slice(0, 70), text]))("holds the seed's «%s…»", (_label, text) => {
    expect(flat).toContain(flatText(text));
  });

  it("holds each line of the seed's score table", () => {
    const layout = lines(pdfText(pdf, { layout: true }));
    const start = layout.findIndex((line) => /^\s*TT\s+Nội dung/.test(line));
    expect(start).toBeGreaterThan(0);
    const end = layout.findIndex((line) => /Tổng cộng/.test(line));
    expect(end).toBeGreaterThan(0);
    const rows: string[] = [];
    // With the table's cells top-aligned, a row's first line holds TT, the start of Nội dung and the
    // three numbers; the lines below it, up to the next TT, continue Nội dung.
    for (const line of layout.slice(start + 1, end + 1)) {
      const anchor = /^\s*(\d)\s{2,}(.*?)\s{2,}(\S+)\s+(\S+)\s+(\S+)\s*$/.exec(line);
      const total = /^\s*(Tổng cộng)\s{2,}(\S+)\s+(\S+)\s+(\S+)\s*$/.exec(line);
      if (anchor) rows.push(`${anchor[1]} ${anchor[2]}\u0000 ${anchor[3]} ${anchor[4]} ${anchor[5]}`);
      else if (total) rows.push(`${total[1]} ${total[2]} ${total[3]} ${total[4]}`);
      else if (rows.length > 0 && line.trim() !== "") rows[rows.length - 1] = rows.at(-1)!.replace("\u0000", ` ${line.trim()}\u0000`);
    }
    expect(rows.map((row) => flatText(row.replace("\u0000", "")))).toEqual(SEED_TABLE);
  });

  it.each(SEED_DIFFERENCES.map(([seed, ours, why]) => [why, seed, ours]))("says it otherwise where %s", (_why, seed, ours) => {
    expect(flat).toContain(flatText(ours));
    expect(flat).not.toContain(flatText(seed));
  });

  it("writes no unfinished number", () => {
    expect(flat).not.toMatch(/NaN|undefined|đạt \/|\d\.\d+ điểm|……/);
  });

  it("keeps every word inside the margins (left 30 mm, right 15 mm, top and bottom 20 mm), on A4", () => {
    const { pages, words } = pdfWords(pdf);
    expect(pages.length).toBe(pdfPageCount(pdf));
    for (const page of pages) {
      expect(Math.round(page.width)).toBe(595);
      expect(Math.round(page.height)).toBe(842);
    }
    const outside = words.filter(
      (w) => w.xMin < 30 * MM - 1 || w.xMax > 595.3 - 15 * MM + 1 || w.yMax > 841.9 - 20 * MM + 1 || (w.yMin < 20 * MM - 1 && !/^\d+$/.test(w.text)),
    );
    expect(outside).toEqual([]);
  });

  it("numbers pages from page 2", () => {
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    const { words } = pdfWords(pdf);
    const topNumbers = (page: number) => words.filter((w) => w.page === page && w.yMin < 20 * MM && /^\d+$/.test(w.text)).map((w) => w.text);
    expect(topNumbers(1)).toEqual([]);
    for (let page = 2; page <= pages; page += 1) expect(topNumbers(page)).toEqual([String(page)]);
  });

  it("saves page 1 and the score table's page as images to look at", () => {
    const tablePage = Array.from({ length: pdfPageCount(pdf) }, (_, i) => i + 1).find((page) => pdfText(pdf, { page }).includes("Tổng cộng"))!;
    const images = [pageImage(pdf, 1, path.join(OUT, "seed001-page-1")), pageImage(pdf, tablePage, path.join(OUT, "seed001-table-page"))];
    for (const image of images) {
      expect(existsSync(image)).toBe(true);
      // A4 at 60 dpi (210 × 297 mm is 496,06 × 701,57 pixels; pdftoppm rounds either way).
      const { width, height } = readPngSize(readFileSync(image));
      expect(Math.abs(width - 496)).toBeLessThanOrEqual(1);
      expect(Math.abs(height - 702)).toBeLessThanOrEqual(1);
    }
    writeFileSync(path.join(OUT, "seed001.txt"), pdfText(pdf, { layout: true }));
  });
});

describe("a template whose items carry their method, through LibreOffice", () => {
  it("writes the split in the seed's words: 94,52, of which 67,11 appraised and 27,41 from the survey", async () => {
    const dir = path.join(WORK, "methods");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "pp.json"), JSON.stringify(surveyTemplate()));
    expect((await runCli(["new", "--template-file", "pp.json", "--out", "pp.xlsx", "--unit", "Văn phòng UBND tỉnh", "--year", "2021"], { cwd: dir })).code).toBe(0);
    await fillScoreFile(path.join(dir, "pp.xlsx"), surveyScores, path.join(dir, "pp-scored.xlsx"));
    expect((await runCli(["document", "pp-scored.xlsx", "--out", "pp.docx", "--rank", "6/20", "--rank-change", "tăng 4"], { cwd: dir })).code).toBe(0);
    const text = readable(convertToPdf(path.join(dir, "pp.docx"), dir));
    expect(text).toContain(
      "Năm 2021, Văn phòng UBND tỉnh xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc so với năm 2020). Điểm trung bình chung đạt được 94,52 điểm, trong đó điểm thẩm định: 67,11 điểm; điểm điều tra xã hội học: 27,41 điểm. Điểm cụ thể ở từng nội dung như sau:",
    );
  });
});

describe("staff text that could break a document, through LibreOffice", () => {
  it("comes out as the text staff typed: formulas, markup, quotes, emoji, NFD letters, 5 000 characters", async () => {
    const dir = path.join(WORK, "tricky");
    mkdirSync(dir, { recursive: true });
    const { staffed } = await writeSeed001Workbooks(dir);
    const tricky = `=SUM(A1:A3) <b>in đậm</b> & "ngoặc kép" ‘đơn’ 😀 ${"Nguyễn Thị Hằng chủ trì".normalize("NFD")}`;
    const long = Array.from({ length: 400 }, (_, i) => `Việc ${i + 1} rà soát.`).join(" ").slice(0, 5000).trim();
    const workbook = await loadWorkbook(staffed);
    const plan = workbook.getWorksheet("Kế hoạch khắc phục 2021")!;
    const rows = readSheetGrid(plan).values;
    plan.getCell(rows.findIndex((r) => r[P.code] === "5.1") + 1, P.remedy + 1).value = tricky;
    const fieldsSheet = workbook.getWorksheet("Thông tin văn bản 2021")!;
    const { rowOf } = layoutDocumentFieldsSheet(fields);
    fieldsSheet.getCell(rowOf.basis + 1, 2).value = long;
    await saveWorkbook(workbook, path.join(dir, "tricky.xlsx"));
    expect((await runCli(["document", "tricky.xlsx", "--out", "tricky.docx"], { cwd: dir })).code).toBe(0);
    const text = readable(convertToPdf(path.join(dir, "tricky.docx"), dir));
    // The lĩnh vực row's remedy comes first, then the item's, joined into one sentence.
    expect(text).toContain(flatText(`${seed001Remedies["5"]!.remedy.replace(/\.$/, "")}; ${tricky.normalize("NFC")}.`));
    expect(text).toContain(long);
  });
});
