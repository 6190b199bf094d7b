import { sanitizeSheetName, uniqueSheetName } from "../../../src/domain/layout/sheetNames";

describe("sheet names", () => {
  it("removes characters Excel refuses and cuts at 31", () => {
    expect(sanitizeSheetName("Kế hoạch: 2024/2025 [bản nháp]*")).toBe("Kế hoạch 2024 2025 bản nháp");
    expect(sanitizeSheetName("'a'")).toBe("a");
    expect(sanitizeSheetName("  ")).toBe("Trang tính");
    expect(sanitizeSheetName("x".repeat(40))).toHaveLength(31);
  });

  it("never reuses a name a sheet already has, whatever its case", () => {
    expect(uniqueSheetName("VPUB Sơn La 2021", ["vpub sơn la 2021"])).toBe("VPUB Sơn La 2021 (2)");
    expect(uniqueSheetName("A", ["A", "A (2)"])).toBe("A (3)");
    expect(uniqueSheetName("x".repeat(31), ["x".repeat(31)])).toBe(`${"x".repeat(27)} (2)`);
    expect(uniqueSheetName("Mới", ["Cũ"])).toBe("Mới");
  });
});
