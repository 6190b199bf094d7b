import { buildAssignmentTable } from "../../../src/domain/assignment/assignmentTable";
import { assignmentFromTemplate } from "../../../src/domain/assignment/resolveAssignment";
import { APPENDIX_HEADING, buildAssignmentAppendix, DEFAULT_ATTACHED_TO, pageAndWidths } from "../../../src/domain/document/assignmentAppendix";
import { documentText, textWidthMm, type DocParagraph, type DocTable } from "../../../src/domain/document/documentModel";
import { provinceAssignmentTemplate, VP_UBND } from "../../helpers/provinceTemplate";
import { makeTemplate } from "../../helpers/templates";

const template = provinceAssignmentTemplate();
const seedTable = buildAssignmentTable(template, assignmentFromTemplate(template), {
  assessedUnit: "tỉnh Kiên Giang",
  year: 2021,
  defaults: { timeFrame: "Tháng 12/2021 - Tháng 01/2022" },
});
const tableOf = (model: ReturnType<typeof buildAssignmentAppendix>) => model.blocks.find((b): b is DocTable => b.kind === "table")!;
const cellText = (p: DocParagraph) => p.runs.map((r) => r.text).join("");

describe("buildAssignmentAppendix", () => {
  const model = buildAssignmentAppendix(seedTable);

  it("heads the appendix as seed 004 does, the unit and year on a line of their own", () => {
    expect(documentText(model).slice(0, 5)).toEqual(["PHỤ LỤC", APPENDIX_HEADING, "TỈNH KIÊN GIANG NĂM 2021", `(${DEFAULT_ATTACHED_TO})`, ""]);
    expect(documentText(buildAssignmentAppendix(seedTable, { attachedTo: "(Kèm theo Kế hoạch số 845/KH-UBND ngày 20/12/2024 của UBND tỉnh)" }))[3]).toBe(
      "(Kèm theo Kế hoạch số 845/KH-UBND ngày 20/12/2024 của UBND tỉnh)",
    );
  });

  it("draws the table row for row, the header repeated on each page and no row split", () => {
    const table = tableOf(model);
    expect(table.rows).toHaveLength(seedTable.rows.length + 1);
    expect(table.rows[0]!.header).toBe(true);
    expect(table.rows[0]!.cells.map((c) => cellText(c.paragraphs[0]!))).toEqual(["Stt", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]);
    expect(table.rows.every((row) => row.cantSplit)).toBe(true);
    const rows = table.rows.slice(1).map((row) => row.cells.map((c) => cellText(c.paragraphs[0]!)));
    expect(rows).toEqual(seedTable.rows.map((r) => [r.stt, r.content, r.lead, r.coUnits, r.timeFrame]));
    expect(rows).toContainEqual(["3.2", "Lĩnh vực 3 Cải cách thủ tục hành chính (trừ tiêu chí thành phần 3.2.5)", VP_UBND, "Các sở, ban, ngành; UBND các huyện, thành phố", "Tháng 12/2021 - Tháng 01/2022"]);
  });

  it("sets sections and units in bold, what nobody scores yet in italics", () => {
    const look = (kind: string) =>
      tableOf(model)
        .rows.slice(1)
        .filter((_, i) => seedTable.rows[i]!.kind === kind)
        .map((row) => row.cells[1]!.paragraphs[0]!.runs[0]!);
    expect(look("unit").every((run) => run.bold === true)).toBe(true);
    expect(look("section").every((run) => run.bold === true)).toBe(true);
    expect(look("task").every((run) => !run.bold && !run.italic)).toBe(true);
    expect(look("unassigned").length).toBeGreaterThan(0);
    expect(look("unassigned").every((run) => run.italic === true)).toBe(true);
  });

  it("turns the page to landscape for the seed's five full columns, the table exactly the text width", () => {
    expect(model.page).toMatchObject({ orientation: "landscape", widthMm: 297, heightMm: 210 });
    const widths = tableOf(model).columnWidthsMm;
    expect(widths.reduce((sum, w) => sum + w, 0)).toBeCloseTo(textWidthMm(model.page), 6);
    // The content column is the widest; no column is narrower than the Stt column.
    expect(Math.max(...widths)).toBe(widths[1]);
    expect(Math.min(...widths)).toBe(widths[0]);
  });

  it("stays portrait when short names fit, the spare width going to the content", () => {
    const small = makeTemplate([
      { code: "1", name: "Chỉ đạo", maxPoints: 60, leadUnit: "Sở Nội vụ", children: [{ code: "1.1", name: "Kế hoạch", maxPoints: 60 }] },
      { code: "2", name: "Thể chế", maxPoints: 40, leadUnit: "Sở Tư pháp", children: [{ code: "2.1", name: "Văn bản", maxPoints: 40 }] },
    ]);
    const table = buildAssignmentTable(small, assignmentFromTemplate(small));
    const { page, widths } = pageAndWidths(table);
    expect(page.orientation).toBe("portrait");
    expect(widths.reduce((sum, w) => sum + w, 0)).toBeCloseTo(textWidthMm(page), 6);
    expect(widths[1]).toBeGreaterThan(widths[2]! + widths[3]! + widths[4]!);
    expect(buildAssignmentAppendix(table).page.orientation).toBe("portrait");
  });
});
