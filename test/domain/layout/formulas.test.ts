import { columnArguments, countOf, ref, sumOf } from "../../../src/domain/layout/formulas";

describe("formula builders", () => {
  it("refers to 0-based cells in A1 form", () => {
    expect(ref(4, 5)).toBe("E6");
  });

  it("merges consecutive rows into ranges", () => {
    expect(columnArguments(7, [9, 5, 6, 7, 12])).toEqual(["H6:H8", "H10", "H13"]);
    expect(columnArguments(7, [])).toEqual([]);
  });

  it("nests SUM and COUNT beyond 255 arguments", () => {
    const args = Array.from({ length: 300 }, (_, i) => `A${i * 2 + 1}`);
    expect(sumOf(args)).toMatch(/^SUM\(SUM\(A1,.*\),SUM\(A511,.*\)\)$/);
    expect(countOf(args)).toMatch(/^SUM\(COUNT\(A1,.*\),COUNT\(A511,.*\)\)$/);
    expect(sumOf([])).toBe("0");
  });
});
