// The assignment appendix as a reader sees it: `par-index assignments … --out phu-luc.docx` on the
// synthetic provincial master shaped like seed 000 (seven departments, seed 003's exceptions),
// LibreOffice Writer turns it into PDF, poppler reads it back. It holds seed 004's heading and
// table header, each unit's block with the seeds' wording ("Lĩnh vực 3 Cải cách thủ tục hành
// chính (trừ tiêu chí thành phần 3.2.5)"), every row of the table and nothing outside the
// margins of its A4 landscape pages; pages 1 and the last are kept as PNG in test-output/appendix.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { buildAssignmentTable } from "../../../src/domain/assignment/assignmentTable";
import { assignmentFromTemplate } from "../../../src/domain/assignment/resolveAssignment";
import { APPENDIX_HEADING, pageAndWidths } from "../../../src/domain/document/assignmentAppendix";
import { readPngSize } from "../../helpers/pngSize";
import { convertToPdf, flatText, pageImage, pdfPageCount, pdfText, pdfWords, type PdfWord } from "../../helpers/documentPdf";
import { provinceAssignmentTemplate, TTTT, TU_PHAP, VP_UBND } from "../../helpers/provinceTemplate";
import { writeProvinceMaster } from "../../helpers/provinceWorkbook";
import { REPO_ROOT, runCli } from "../../helpers/runCli";

const OUT = path.join(REPO_ROOT, "test-output", "appendix");
const MM = 72 / 25.4;
const TIME_FRAME = "Tháng 12/2021 - Tháng 01/2022";

describe("the assignment appendix through LibreOffice", () => {
  let pdf = "";
  let words: PdfWord[] = [];
  let pages: { width: number; height: number }[] = [];
  // The table as the core builds it from the template's own lead units (the master's column L).
  const template = provinceAssignmentTemplate();
  const table = buildAssignmentTable(template, assignmentFromTemplate(template), { assessedUnit: "tỉnh Kiên Giang", year: 2021, defaults: { timeFrame: TIME_FRAME } });
  const { widths } = pageAndWidths(table);
  /** Column c's left and right edges in points on the page. */
  const edges = (c: number) => {
    const left = 30 + widths.slice(0, c).reduce((sum, w) => sum + w, 0);
    return [left * MM, (left + widths[c]!) * MM] as const;
  };
  /** One column of the table read top to bottom, page after page (or on one page), as its words stand. */
  const column = (c: number, page?: number, top = 20 * MM - 1) => {
    const [left, right] = edges(c);
    return flatText(
      words
        // Below the page number, which sits in the top margin.
        .filter((w) => w.xMin >= left - 1 && w.xMax <= right + 1 && w.yMin >= top && (page === undefined || w.page === page))
        .sort((a, b) => a.page - b.page || a.yMin - b.yMin || a.xMin - b.xMin)
        .map((w) => w.text)
        .join(" "),
    );
  };

  beforeAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
  });

  beforeAll(async () => {
    const master = await writeProvinceMaster(OUT);
    const run = (await runCli(["assignments", master, "--time-frame", TIME_FRAME, "--out", path.join(OUT, "phu-luc.docx")]));
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("phụ lục phân công (văn bản)");
    pdf = convertToPdf(path.join(OUT, "phu-luc.docx"), OUT);
    ({ words, pages } = pdfWords(pdf));
  });

  it("is on A4 landscape pages, numbered from page 2", () => {
    expect(pages.length).toBe(pdfPageCount(pdf));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
    const topNumbers = (n: number) => words.filter((w) => w.page === n && w.yMax < 20 * MM && /^\d+$/.test(w.text)).map((w) => w.text);
    expect(topNumbers(1)).toEqual([]);
    expect(topNumbers(2)).toEqual(["2"]);
  });

  it("holds seed 004's heading and the table header on every page", () => {
    const first = flatText(pdfText(pdf, { layout: true, page: 1 }));
    expect(first).toContain(`PHỤ LỤC ${APPENDIX_HEADING} TỈNH KIÊN GIANG NĂM 2021 (Kèm theo Kế hoạch số ……/KH-…… ngày …… của ……)`);
    // From the header row's top down (the first page's heading stands above it), each column starts with its header.
    for (let page = 1; page <= pages.length; page += 1) {
      // A header that wraps to two lines starts half a line above «Stt», which is centred in its cell.
      const top = words.find((w) => w.page === page && w.text === "Stt")!.yMin - 12;
      const starts = table.header.map((text, c) => column(c, page, top).split(" ").slice(0, text.split(" ").length).join(" "));
      expect({ page, starts }).toEqual({ page, starts: [...table.header] });
    }
  });

  it("says each unit's part as the seeds do, in the content column", () => {
    const content = column(1);
    expect(content).toContain("Lĩnh vực 3 Cải cách thủ tục hành chính (trừ tiêu chí thành phần 3.2.5)");
    expect(content).toContain("Lĩnh vực 1 Công tác chỉ đạo, điều hành CCHC: các tiêu chí 1.1, 1.2, 1.3, 1.4");
    expect(content).toContain("Tổ chức tự đánh giá, chấm điểm Chỉ số cải cách hành chính");
    expect(content).toContain("Chưa phân công đơn vị chủ trì");
    expect(content).toContain("Các nội dung chấm bằng điều tra xã hội học, Chỉ số SIPAS (không tự chấm)");
    // The unit a row is for stands beside it, in «Cơ quan chủ trì».
    expect(column(2)).toContain(`${VP_UBND} ${VP_UBND} ${TU_PHAP} ${TTTT}`);
    expect(column(4)).toContain(`${TIME_FRAME} ${TIME_FRAME}`);
  });

  it("loses no row: every Stt of the table in order, the header's «Stt» once a page", () => {
    const stt = column(0).split(" ");
    expect(stt.filter((w) => w === "Stt")).toHaveLength(pages.length);
    expect(stt.filter((w) => w !== "Stt")).toEqual(table.rows.map((r) => r.stt));
  });

  it("never ends a page on a unit's or a section's heading row: its first item follows it", () => {
    const kindOf = new Map(table.rows.map((row) => [row.stt, row.kind]));
    const [left, right] = edges(0);
    for (let page = 1; page < pages.length; page += 1) {
      const stts = words
        .filter((w) => w.page === page && w.xMin >= left - 1 && w.xMax <= right + 1 && w.yMin >= 20 * MM - 1 && w.text !== "Stt")
        .sort((a, b) => a.yMin - b.yMin);
      const last = stts[stts.length - 1]!.text;
      expect({ page, last, kind: kindOf.get(last) }).toEqual({ page, last, kind: "task" });
    }
  });

  it("keeps every word inside the margins, and saves pages to look at", () => {
    for (const w of words) {
      const page = pages[w.page - 1]!;
      expect({ word: w.text, page: w.page, inside: w.xMin >= 30 * MM - 1 && w.xMax <= page.width - 15 * MM + 1 && w.yMax <= page.height - 20 * MM + 1 }).toEqual({
        word: w.text,
        page: w.page,
        inside: true,
      });
    }
    for (const page of [1, pages.length]) {
      const png = pageImage(pdf, page, path.join(OUT, `phu-luc-trang-${page}`));
      const size = readPngSize(readFileSync(png));
      expect(size.width).toBeGreaterThan(size.height);
    }
  });
});
