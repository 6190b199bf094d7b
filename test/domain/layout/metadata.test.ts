import { layoutMetadata, planRecordFor, readMetadata, sheetNameFromFormula, type ManagedSheet } from "../../../src/domain/layout/metadata";
import { isFormulaCell } from "../../../src/domain/layout/sheetLayout";
import { smallTemplate } from "../../helpers/templates";

describe("workbook metadata", () => {
  const template = smallTemplate({ description: "x".repeat(70000) });
  const cells = layoutMetadata(
    [
      { kind: "score", sheetName: "Thử nghiệm 2024", templateId: template.id, unit: "Sở Nội vụ", year: 2024 },
      { kind: "plan", sheetName: "Kế hoạch khắc phục 2024", templateId: template.id },
    ],
    [template],
  );

  it("splits a long template across cells under Excel's 32 767-character limit", () => {
    const chunks = cells.filter((r) => r[0] === "template");
    expect(chunks.length).toBe(3);
    expect(chunks.every((r) => typeof r[3] === "string" && r[3].length <= 30000)).toBe(true);
  });

  it("reads back the sheets and the template", () => {
    const values = cells.map((r) => r.map((c) => (isFormulaCell(c) ? 0 : c)));
    const meta = readMetadata(values)!;
    expect(meta.sheets).toEqual([
      { kind: "score", sheetName: "Thử nghiệm 2024", templateId: "thu-nghiem", unit: "Sở Nội vụ", year: 2024 },
      { kind: "plan", sheetName: "Kế hoạch khắc phục 2024", templateId: "thu-nghiem" },
    ]);
    expect(meta.templates.get("thu-nghiem")).toEqual(template);
  });

  it("follows a renamed sheet through its formula reference", () => {
    const values = cells.map((r) => r.map((c) => (isFormulaCell(c) ? 0 : c)));
    const formulas = cells.map((r) => r.map((c) => (isFormulaCell(c) ? c.formula : c)));
    formulas[1]![3] = "='Điểm của Sở'!$A$1";
    expect(readMetadata(values, formulas)!.sheets[0]!.sheetName).toBe("Điểm của Sở");
  });

  it("is not fooled by another sheet", () => {
    expect(readMetadata([["Mã", "Tên"]])).toBeNull();
  });
});

describe("sheetNameFromFormula", () => {
  it.each([
    ["='Chấm điểm 2021'!$A$1", "Chấm điểm 2021"],
    ["=Sheet1!$A$1", "Sheet1"],
    ["'It''s'!A1", "It's"],
    ["=#REF!$A$1", null],
    [42, null],
  ])("reads %p as %p", (formula, name) => {
    expect(sheetNameFromFormula(formula)).toBe(name);
  });
});

describe("planRecordFor", () => {
  const score = (sheetName: string): ManagedSheet => ({ kind: "score", sheetName, templateId: "t", unit: "A", year: 2024 });
  const plan = (sheetName: string, scoreSheet?: string): ManagedSheet => ({ kind: "plan", sheetName, templateId: "t", unit: "A", year: 2024, ...(scoreSheet ? { scoreSheet } : {}) });

  it("finds the plan built from the scoring sheet, not its twin's", () => {
    const sheets = [score("S1"), score("S2"), plan("P1", "S1"), plan("P2", "S2")];
    expect(planRecordFor(sheets, score("S2"))?.sheetName).toBe("P2");
    expect(planRecordFor(sheets, score("S3"))).toBeNull();
  });

  it("matches a plan recorded without the link by template, unit and year", () => {
    expect(planRecordFor([plan("P")], score("S"))?.sheetName).toBe("P");
    expect(planRecordFor([plan("P")], { ...score("S"), year: 2025 })).toBeNull();
  });

  it("round-trips the link, following a renamed scoring sheet", () => {
    const cells = layoutMetadata([plan("P", "S1")], []);
    const values = cells.map((r) => r.map((c) => (isFormulaCell(c) ? 0 : c)));
    const formulas = cells.map((r) => r.map((c) => (isFormulaCell(c) ? c.formula : c)));
    expect(readMetadata(values)!.sheets[0]!.scoreSheet).toBe("S1");
    formulas[1]![8] = "='Điểm 2024'!$A$1";
    expect(readMetadata(values, formulas)!.sheets[0]!.scoreSheet).toBe("Điểm 2024");
  });
});

describe("metadata of split files and layout versions", () => {
  const template = smallTemplate();
  const record: ManagedSheet = {
    kind: "score",
    sheetName: "Thử nghiệm 2024",
    templateId: template.id,
    layoutVersion: 2,
    sheetId: "4b1d",
    split: { format: 1, masterId: "4b1d", unit: "Sở Tư pháp", deadline: "2025-01-20", splitAt: "2025-01-02T03:04:05.000Z", items: ["1.1", "2"] },
  };
  const values = (cells: ReturnType<typeof layoutMetadata>) => cells.map((r) => r.map((c) => (isFormulaCell(c) ? 0 : c)));

  it("round-trips the layout version, the sheet id and the split record", () => {
    expect(readMetadata(values(layoutMetadata([record], [template])))!.sheets).toEqual([record]);
  });

  it("reads a record of the first release (nine columns) without them", () => {
    const cells = values(layoutMetadata([record], [template])).map((r) => r.slice(0, 9));
    expect(readMetadata(cells)!.sheets[0]).toEqual({ kind: "score", sheetName: "Thử nghiệm 2024", templateId: template.id });
  });

  it("ignores a split cell that does not hold a split record", () => {
    const cells = values(layoutMetadata([record], [template]));
    cells[1]![11] = '{"masterId": 3}';
    expect(readMetadata(cells)!.sheets[0]).not.toHaveProperty("split");
  });
});
