import { layoutScoreSheet } from "../../../src/domain/layout/layoutScoreSheet";
import { findHeaderRow, readScoreSheet } from "../../../src/domain/layout/readScoreSheet";
import { typeScores } from "../../helpers/scoreGrid";
import { smallTemplate } from "../../helpers/templates";

describe("readScoreSheet", () => {
  const template = smallTemplate();
  const layout = layoutScoreSheet(template);

  it("finds each item's scores by its code, with the cells they are in", () => {
    const { values } = typeScores(layout, { "1.1": { self: 1, appraised: 0.75 }, "2": { notApplicable: "x" } });
    const read = readScoreSheet(template, values, { sheet: "Chấm điểm" });
    expect(read.issues).toEqual([]);
    expect(read.input.items.find((i) => i.code === "1.1")).toEqual({
      code: "1.1",
      self: 1,
      appraised: 0.75,
      notApplicable: null,
      evidence: null,
      explanation: null,
      round2: null,
      councilNote: null,
      reply: null,
      councilNote2: null,
      leadUnit: null,
      coUnits: null,
      cells: {
        self: "F7",
        appraised: "G7",
        notApplicable: "D7",
        evidence: "O7",
        explanation: "P7",
        leadUnit: "L7",
        coUnits: "M7",
        round2: "S7",
        councilNote: "Q7",
        reply: "R7",
        councilNote2: "T7",
      },
    });
    expect(read.input.items.find((i) => i.code === "1")?.leadUnit).toBe("Văn phòng");
    expect(read.input.items.find((i) => i.code === "2")?.notApplicable).toBe("x");
    expect(read.rowOf).toMatchObject({ "1": 5, "1.1": 6, "2": 10 });
  });

  it("still finds rows after staff insert rows above the header and move items", () => {
    const { values } = typeScores(layout, { "1.1": 1 });
    const moved = [["Ghi chú của phòng"], [], ...values];
    const [row11] = moved.splice(8, 1);
    moved.push(row11!);
    const read = readScoreSheet(template, moved, {});
    expect(findHeaderRow(moved)).toBe(6);
    expect(read.issues).toEqual([]);
    expect(read.input.items.find((i) => i.code === "1.1")?.cells?.self).toBe(`F${moved.length}`);
  });

  it("reports a deleted item row as an error and an unknown or repeated code as a warning", () => {
    const { values } = typeScores(layout, {});
    values.splice(10, 1);
    values.push(["9.9", "Dòng thêm"], ["1.1", "Trùng"]);
    const read = readScoreSheet(template, values, { sheet: "S" });
    expect(read.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["item_row_unknown", "warning", "A12"],
      ["item_row_duplicate", "warning", "A13"],
      ["item_row_missing", "error", undefined],
    ]);
  });

  it("notices a subtotal typed over with a number", () => {
    const { values, formulas } = typeScores(layout, {});
    formulas[5]![7] = 2.5;
    const read = readScoreSheet(template, values, { formulas });
    expect(read.issues).toEqual([expect.objectContaining({ code: "formula_replaced", cell: "H6", itemCode: "1" })]);
  });

  it("offsets cells by the grid's origin", () => {
    const { values } = typeScores(layout, {});
    const read = readScoreSheet(template, values, { origin: { row: 0, column: 0 } });
    expect(read.input.items[0]?.cells?.self).toBe("F6");
  });

  it("reads evidence from O and explanations from P in the current layout", () => {
    const { values } = typeScores(layout, { "1.1": { self: 1 } });
    values[6]![14] = "QĐ 12/QĐ-UBND, tr. 3";
    values[6]![15] = "Đã ban hành đúng hạn";
    const read = readScoreSheet(template, values);
    expect(read.layout).toEqual({ version: 3, evidence: 14, explanation: 15, rounds: true });
    expect(read.input.evidenceRead).toBe(true);
    expect(read.input.items.find((i) => i.code === "1.1")).toMatchObject({ evidence: "QĐ 12/QĐ-UBND, tr. 3", explanation: "Đã ban hành đúng hạn" });
  });

  it("reads a first-release sheet (15 columns, evidence and explanations together in O)", () => {
    const v1 = layoutScoreSheet(template, { layoutVersion: 1 });
    const { values } = typeScores(v1, { "1.1": { self: 1 } });
    values[6]![14] = "Báo cáo số 5";
    const read = readScoreSheet(template, values);
    expect(read.layout).toEqual({ version: 1, evidence: 14, explanation: null, rounds: false });
    const item = read.input.items.find((i) => i.code === "1.1")!;
    expect(item.evidence).toBe("Báo cáo số 5");
    expect(item).not.toHaveProperty("explanation");
    expect(item.cells?.explanation).toBeUndefined();
  });

  it("does not claim evidence was read when the block stops before column O", () => {
    const { values } = typeScores(layout, { "1.1": { self: 1 } });
    const narrow = values.map((row) => row.slice(0, 10));
    const read = readScoreSheet(template, narrow);
    expect(read.input.evidenceRead).toBe(false);
    expect(read.input.items.find((i) => i.code === "1.1")).not.toHaveProperty("evidence");
  });
});
