import { LayoutError } from "../../../src/domain/errors";
import { getBundledTemplate } from "../../../src/domain/template/bundledTemplates";
import { defaultScoreSheetName, layoutScoreSheet, runs } from "../../../src/domain/layout/layoutScoreSheet";
import { makeTemplate, smallTemplate } from "../../helpers/templates";

const f = (formula: string) => ({ formula });

describe("layoutScoreSheet", () => {
  const layout = layoutScoreSheet(smallTemplate(), { unit: "Sở Nội vụ", year: 2024 });

  it("titles the sheet with the year, the unit and the template's source", () => {
    expect(layout.cells.slice(0, 3).map((r) => r[0])).toEqual([
      "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
      "Đơn vị: Sở Nội vụ",
      "Bộ tiêu chí: Bộ tiêu chí thử nghiệm. Nguồn: Kiểm thử",
    ]);
    expect(layout.name).toBe("Thử nghiệm 2024");
  });

  it("writes one row per item in tree order, with live ROUND formulas for the first ten columns", () => {
    expect(layout.cells.slice(4, 11).map((r) => r.slice(0, 10))).toEqual([
      ["Mã", "Lĩnh vực, tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Không áp dụng (x)", "Điểm tối đa áp dụng", "Điểm tự đánh giá", "Điểm thẩm định", "Điểm đạt", "Điểm bị trừ", "Tỷ lệ đạt (%)"],
      ["1", "Công tác chỉ đạo điều hành", 3, null, f("=ROUND(SUM(E7:E8),2)"), f('=IF(COUNT(F7:F8)=0,"",ROUND(SUM(F7:F8),2))'), f('=IF(COUNT(G7:G8)=0,"",ROUND(SUM(G7:G8),2))'), f("=ROUND(SUM(H7:H8),2)"), f("=ROUND(SUM(I7:I8),2)"), f('=IF(E6=0,"",ROUND(H6/E6*100,2))')],
      ["1.1", "Ban hành kế hoạch CCHC", 1, null, f('=IF(OR(TRIM(D7)="x",TRIM(D6)="x"),0,C7)'), null, null, f('=IF(E7=0,0,IF(S7<>"",N(S7),IF(G7<>"",N(G7),N(F7))))'), f("=ROUND(E7-H7,2)"), f('=IF(E7=0,"",ROUND(H7/E7*100,2))')],
      ["1.2", "Kiểm tra CCHC", 2, null, f("=ROUND(SUM(E9:E10),2)"), f('=IF(COUNT(F9:F10)=0,"",ROUND(SUM(F9:F10),2))'), f('=IF(COUNT(G9:G10)=0,"",ROUND(SUM(G9:G10),2))'), f("=ROUND(SUM(H9:H10),2)"), f("=ROUND(SUM(I9:I10),2)"), f('=IF(E8=0,"",ROUND(H8/E8*100,2))')],
      ["1.2.1", "Tỷ lệ đơn vị được kiểm tra", 0.5, null, f('=IF(OR(TRIM(D9)="x",TRIM(D6)="x",TRIM(D8)="x"),0,C9)'), null, null, f('=IF(E9=0,0,IF(S9<>"",N(S9),IF(G9<>"",N(G9),N(F9))))'), f("=ROUND(E9-H9,2)"), f('=IF(E9=0,"",ROUND(H9/E9*100,2))')],
      ["1.2.2", "Xử lý sau kiểm tra", 1.5, null, f('=IF(OR(TRIM(D10)="x",TRIM(D6)="x",TRIM(D8)="x"),0,C10)'), null, null, f('=IF(E10=0,0,IF(S10<>"",N(S10),IF(G10<>"",N(G10),N(F10))))'), f("=ROUND(E10-H10,2)"), f('=IF(E10=0,"",ROUND(H10/E10*100,2))')],
      ["2", "Cải cách thủ tục hành chính", 4, null, f('=IF(TRIM(D11)="x",0,C11)'), null, null, f('=IF(E11=0,0,IF(S11<>"",N(S11),IF(G11<>"",N(G11),N(F11))))'), f("=ROUND(E11-H11,2)"), f('=IF(E11=0,"",ROUND(H11/E11*100,2))')],
    ]);
  });

  it("ends with the Tổng cộng row over the lĩnh vực rows", () => {
    expect(layout.totalRow).toBe(11);
    expect(layout.cells[11]!.slice(0, 10)).toEqual([
      null, "Tổng cộng", f("=ROUND(SUM(C6,C11),2)"), null, f("=ROUND(SUM(E6,E11),2)"),
      f('=IF(COUNT(F6,F11)=0,"",ROUND(SUM(F6,F11),2))'), f('=IF(COUNT(G6,G11)=0,"",ROUND(SUM(G6,G11),2))'),
      f("=ROUND(SUM(H6,H11),2)"), f("=ROUND(SUM(I6,I11),2)"), f('=IF(E12=0,"",ROUND(H12/E12*100,2))'),
    ]);
  });

  it("keeps every row as wide as the header", () => {
    expect(new Set(layout.cells.map((r) => r.length))).toEqual(new Set([20]));
    expect(layout.columnWidths).toHaveLength(20);
  });

  it("heads «Tài liệu kiểm chứng», «Giải trình» and then the appraisal rounds' columns (layout 3)", () => {
    expect(layout.layoutVersion).toBe(3);
    expect(layout.cells[4]!.slice(10)).toEqual([
      "Phương pháp",
      "Đơn vị chủ trì",
      "Đơn vị phối hợp",
      "Cách tính điểm",
      "Tài liệu kiểm chứng",
      "Giải trình",
      "Ý kiến thẩm định",
      "Giải trình sau thẩm định",
      "Điểm thẩm định lần 2",
      "Ý kiến thẩm định lần 2",
    ]);
    expect(layout.numberFormats).toContainEqual({ range: "K6:R12", format: "@" });
    expect(layout.numberFormats).toContainEqual({ range: "T6:T12", format: "@" });
    expect(layout.numberFormats.map((f) => f.range)).not.toContain("K6:T12");
  });

  it("can still lay out the first release's 15 columns, evidence and explanations in one column", () => {
    const v1 = layoutScoreSheet(smallTemplate(), { layoutVersion: 1 });
    expect(v1.layoutVersion).toBe(1);
    expect(new Set(v1.cells.map((r) => r.length))).toEqual(new Set([15]));
    expect(v1.cells[4]![14]).toBe("Tài liệu kiểm chứng, giải trình");
    expect(v1.styles.every((s) => !/P\d/.test(s.range))).toBe(true);
  });

  it("asks for no row outline, which office-js could not put on the right rows", () => {
    expect(Object.keys(layout)).not.toContain("outline");
  });

  it("validates score cells as decimals from 0 to the row's maximum, one rule over all items, and x where allowed", () => {
    expect(layout.validations.map((v) => [v.range, v.rule])).toEqual([
      ["F6:G11", { kind: "decimal", min: 0, maxFormula: "=$C6" }],
      ["S6:S11", { kind: "decimal", min: 0, maxFormula: "=$C6" }],
      ["D8", { kind: "list", values: ["x"] }],
      ["D10:D11", { kind: "list", values: ["x"] }],
    ]);
    expect(layout.validations[0]!.error.message).toMatch(/điểm tối đa/);
  });

  it("marks scores above the maximum, missing scores and full points", () => {
    expect(layout.conditionalFormats.map((c) => [c.range, c.formula, c.style])).toEqual([
      ["F6:G11", "=AND(ISNUMBER(F6),F6>$C6)", "danger"],
      ["S6:S11", "=AND(ISNUMBER(S6),S6>$C6)", "danger"],
      ["F6:G11", "=AND(ISBLANK($F6),ISBLANK($G6),$E6>0)", "warning"],
      ["H6:H11", "=AND(ISNUMBER($H6),$E6>0,$H6=$E6)", "success"],
    ]);
  });

  it("keeps codes and names as text, freezes the header and prints landscape on A4", () => {
    expect(layout.numberFormats).toContainEqual({ range: "A6:A12", format: "@" });
    expect(layout.freeze).toEqual({ rows: 5, columns: 2 });
    // Readable, not fitted: the scoring columns first, the notes on the next pages beside code and name.
    expect(layout.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: false, scale: 90, repeatRows: { first: 5, last: 5 }, repeatColumns: { first: 1, last: 2 } });
  });

  it("adds bonus and penalty rows and a final total that includes them", () => {
    const withAdjustments = layoutScoreSheet(
      smallTemplate({
        adjustments: [
          { code: "T1", kind: "bonus", name: "Sáng kiến", cap: 1 },
          { code: "D1", kind: "penalty", name: "Vi phạm", cap: 2 },
        ],
      }),
    );
    expect(withAdjustments.rowOf).toMatchObject({ T1: 12, D1: 13 });
    expect(withAdjustments.treeTotalRow).toBe(14);
    expect(withAdjustments.totalRow).toBe(15);
    expect(withAdjustments.cells[15]![7]).toEqual(f("=ROUND(H15+SUM(H13)-SUM(H14),2)"));
    expect(withAdjustments.cells[12]!.slice(0, 3)).toEqual(["T1", "Sáng kiến", 1]);
  });

  it("merges wide parents' children into ranges and nests SUM past 255 arguments", () => {
    const wide = makeTemplate([
      { code: "1", name: "A", maxPoints: 300, children: Array.from({ length: 300 }, (_, i) => ({ code: `1.${i + 1}`, name: `B${i}`, maxPoints: 1 })) },
    ]);
    expect(layoutScoreSheet(wide).cells[5]![4]).toEqual(f("=ROUND(SUM(E7:E306),2)"));
    const spread = makeTemplate(
      Array.from({ length: 300 }, (_, i) => ({ code: String(i + 1), name: `A${i}`, maxPoints: 1, children: [{ code: `${i + 1}.1`, name: "x", maxPoints: 1 }] })),
    );
    const total = layoutScoreSheet(spread).cells[605]![7] as { formula: string };
    expect(total.formula.startsWith("=ROUND(SUM(SUM(H6,H8,")).toBe(true);
  });

  it("refuses a template without lĩnh vực with a named error", () => {
    expect(() => layoutScoreSheet(makeTemplate([]))).toThrow(LayoutError);
  });
});

describe("defaultScoreSheetName", () => {
  it("uses the short name and year, within Excel's 31 characters", () => {
    expect(defaultScoreSheetName(smallTemplate(), 2021)).toBe("Thử nghiệm 2021");
    const long = smallTemplate({ shortName: undefined, name: "Bộ chỉ số: cấp huyện/xã [thử] rất rất dài" });
    expect(defaultScoreSheetName(long, 2021)).toBe("Bộ chỉ số cấp huyện xã thử 2021");
  });

  it("names a workbook for another unit after that unit, the year kept whole", () => {
    const vpub = getBundledTemplate("son-la-vpub-2021");
    expect(defaultScoreSheetName(vpub, 2024, "Sở Tư pháp tỉnh Sơn La")).toBe("Sở Tư pháp tỉnh Sơn La 2024");
    expect(defaultScoreSheetName(vpub, 2024, "Ủy ban nhân dân huyện Thuận Châu, tỉnh Sơn La")).toBe("UBND huyện Thuận Châu 2024");
    expect(defaultScoreSheetName(smallTemplate(), 2024, "Sở Y tế")).toBe("Sở Y tế 2024");
  });

  it("keeps the template's short name for its owner, however the owner writes itself", () => {
    const vpub = getBundledTemplate("son-la-vpub-2021");
    for (const unit of ["Văn phòng UBND tỉnh Sơn La", "Văn phòng Ủy ban nhân dân tỉnh Sơn La", "văn phòng ubnd tỉnh", "VPUB", "VPUB Sơn La"]) {
      expect(defaultScoreSheetName(vpub, 2021, unit)).toBe("VPUB Sơn La 2021");
    }
    expect(defaultScoreSheetName(vpub, 2021)).toBe("VPUB Sơn La 2021");
  });
});

describe("runs", () => {
  it("groups consecutive rows", () => {
    expect(runs([5, 3, 4, 9, 11, 10])).toEqual([[3, 5], [9, 11]]);
    expect(runs([])).toEqual([]);
  });
});
