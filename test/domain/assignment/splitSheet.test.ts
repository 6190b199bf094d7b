import { assignmentFromSheet } from "../../../src/domain/assignment/resolveAssignment";
import { layoutUnitSheet, UnitNotAssignedError } from "../../../src/domain/assignment/splitSheet";
import { issuesOfPart } from "../../../src/domain/assignment/unitPart";
import { SCORE_COLUMNS as C } from "../../../src/domain/layout/scoreSheetColumns";
import { makeIssue } from "../../../src/domain/issues";
import { smallTemplate } from "../../helpers/templates";
import { masterOf } from "../../helpers/unitFiles";

describe("layoutUnitSheet", () => {
  // smallTemplate: lĩnh vực 1 to «Văn phòng» except 1.2.1 («Phòng Nội vụ»); lĩnh vực 2 unassigned.
  const template = smallTemplate();
  const master = masterOf(template, {
    "1.1": { self: 1, appraised: 0.75, evidence: "KH 12" },
    "1.2.1": { self: 0.5, evidence: "BC 3", explanation: "Đã kiểm tra 10/12 đơn vị" },
    "1.2.2": { leadUnit: "Văn phòng" },
  });
  const assignment = assignmentFromSheet(template, master.read);
  const sheet = layoutUnitSheet(master, assignment, { unit: "phòng nội vụ", splitAt: "2024-12-20T01:00:00.000Z", schedule: { deadline: "2025-01-10" } });
  const cell = (code: string, column: number) => sheet.layout.cells[sheet.layout.rowOf[code]!]![column];

  it("titles the copy with the unit and its deadline and says where to type", () => {
    expect(sheet.layout.cells.slice(0, 4).map((r) => r[0])).toEqual([
      "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021 — PHÒNG NỘI VỤ",
      "Đơn vị: …………………………… · Phần giao cho: Phòng Nội vụ · Hạn gửi: 10/01/2025",
      "Bộ tiêu chí: Bộ tiêu chí thử nghiệm. Nguồn: Kiểm thử",
      "Chỉ nhập ở các dòng của Phòng Nội vụ: cột F (tự đánh giá), O (tài liệu kiểm chứng) và P (giải trình). Các dòng nền xám thuộc đơn vị khác và đã được khoá.",
    ]);
  });

  it("keeps the unit's own values and the criteria's context, and leaves out the other units' entries", () => {
    expect([cell("1.2.1", C.self), cell("1.2.1", C.evidence), cell("1.2.1", C.explanation)]).toEqual([0.5, "BC 3", "Đã kiểm tra 10/12 đơn vị"]);
    expect([cell("1.1", C.self), cell("1.1", C.appraised), cell("1.1", C.evidence)]).toEqual([null, null, null]);
    expect(cell("1.2.2", C.leadUnit)).toBe("Văn phòng");
    expect(cell("1.2.1", C.leadUnit)).toBe("Phòng Nội vụ");
  });

  it("opens only the unit's self-score, evidence and explanation cells", () => {
    expect(sheet.layout.protection).toEqual({ unlocked: ["F9", "O9:P9"] });
    expect(sheet.layout.conditionalFormats.map((c) => [c.range, c.style])).toEqual([
      ["F9", "danger"],
      ["F9", "warning"],
      ["H6:H11", "success"],
    ]);
  });

  it("greys every row that is not the unit's, and the bonus and penalty rows", () => {
    const locked = sheet.layout.styles.filter((s) => s.style === "locked").map((s) => s.range);
    expect(locked).toEqual(["A7:T7", "A10:T11", "G9"]);
  });

  it("records the master, the unit, the deadline, the split time and the items", () => {
    expect(sheet.record).toEqual({
      kind: "score",
      sheetName: sheet.layout.name,
      templateId: template.id,
      year: 2021,
      layoutVersion: 3,
      sheetId: "master-1",
      split: { format: 1, masterId: "master-1", unit: "Phòng Nội vụ", deadline: "2025-01-10", splitAt: "2024-12-20T01:00:00.000Z", items: ["1.2.1"] },
    });
  });

  it("refuses a unit that has nothing assigned", () => {
    expect(() => layoutUnitSheet(master, assignment, { unit: "Sở Y tế", splitAt: "x" })).toThrow(UnitNotAssignedError);
  });
});

describe("issuesOfPart", () => {
  it("keeps a unit's own missing scores and every other issue", () => {
    const issues = [
      makeIssue("score_missing", "warning", { itemCode: "1.1" }),
      makeIssue("score_missing", "warning", { itemCode: "2" }),
      makeIssue("score_above_max", "error", { itemCode: "2", column: "self", value: 500, max: 400 }),
    ];
    expect(issuesOfPart(issues, new Set(["1.1"])).map((i) => [i.code, "itemCode" in i ? i.itemCode : null])).toEqual([
      ["score_missing", "1.1"],
      ["score_above_max", "2"],
    ]);
  });
});
