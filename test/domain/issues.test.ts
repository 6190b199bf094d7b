import { countBySeverity, hasErrors, makeIssue } from "../../src/domain/issues";

describe("issues", () => {
  const error = makeIssue("score_above_max", "error", { itemCode: "1.1", column: "self", value: 120, max: 100 }, { cell: "F7", sheet: "S" });
  const warning = makeIssue("score_missing", "warning", { itemCode: "1.2" });

  it("carry a code, a severity, a place and their facts flat, as zod's issues do", () => {
    expect(error).toEqual({ code: "score_above_max", severity: "error", sheet: "S", cell: "F7", itemCode: "1.1", column: "self", value: 120, max: 100 });
  });

  it("count errors and warnings", () => {
    expect(countBySeverity([error, warning, warning])).toEqual({ errors: 1, warnings: 2 });
    expect(countBySeverity([])).toEqual({ errors: 0, warnings: 0 });
  });

  it("tell whether any is an error", () => {
    expect(hasErrors([warning])).toBe(false);
    expect(hasErrors([warning, error])).toBe(true);
  });
});
