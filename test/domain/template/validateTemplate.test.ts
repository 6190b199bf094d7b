import { validateTemplate } from "../../../src/domain/template/validateTemplate";
import { makeTemplate, smallTemplate } from "../../helpers/templates";

describe("validateTemplate", () => {
  it("accepts a well-formed three-level tree", () => {
    expect(validateTemplate(smallTemplate())).toEqual([]);
  });

  it("warns about a template without lĩnh vực", () => {
    expect(validateTemplate(makeTemplate([]))).toEqual([{ code: "template_empty", severity: "warning" }]);
  });

  it("flags duplicate codes at the second occurrence", () => {
    const issues = validateTemplate(
      makeTemplate([
        { code: "1", name: "A", maxPoints: 1 },
        { code: "1", name: "B", maxPoints: 1 },
      ]),
    );
    expect(issues).toContainEqual(expect.objectContaining({ code: "duplicate_code", itemCode: "1", severity: "error" }));
  });

  it("flags a code that is not under its parent", () => {
    const issues = validateTemplate(
      makeTemplate([{ code: "1", name: "A", maxPoints: 1, children: [{ code: "2.1", name: "B", maxPoints: 1 }] }]),
    );
    expect(issues).toEqual([
      expect.objectContaining({ code: "code_not_under_parent", itemCode: "2.1", parentCode: "1", path: ["1", "2.1"] }),
    ]);
  });

  it("flags a top-level code with dots and a malformed code", () => {
    const issues = validateTemplate(
      makeTemplate([
        { code: "1.1", name: "A", maxPoints: 1 },
        { code: "II", name: "B", maxPoints: 1 },
      ]),
    );
    expect(issues.map((i) => i.code)).toEqual(["code_not_under_parent", "invalid_code"]);
  });

  it("flags a parent whose maximum is not the sum of its children's", () => {
    const issues = validateTemplate(
      makeTemplate([
        {
          code: "1",
          name: "A",
          maxPoints: 3,
          children: [
            { code: "1.1", name: "B", maxPoints: 1 },
            { code: "1.2", name: "C", maxPoints: 1.5 },
          ],
        },
      ], { scale: 3 }),
    );
    expect(issues).toEqual([
      expect.objectContaining({ code: "children_sum_mismatch", itemCode: "1", max: 300, childrenSum: 250 }),
    ]);
  });

  it.each([
    [0, "max_not_positive"],
    [-1, "max_not_positive"],
    [1.005, "max_too_many_decimals"],
  ])("flags a maximum of %p as %s", (maxPoints, code) => {
    const issues = validateTemplate(makeTemplate([{ code: "1", name: "A", maxPoints }], { scale: 100 }));
    expect(issues.map((i) => i.code)).toContain(code);
  });

  it("flags a tree deeper than three levels", () => {
    const issues = validateTemplate(
      makeTemplate([
        {
          code: "1",
          name: "A",
          maxPoints: 1,
          children: [
            { code: "1.1", name: "B", maxPoints: 1, children: [{ code: "1.1.1", name: "C", maxPoints: 1, children: [{ code: "1.1.1.1", name: "D", maxPoints: 1 }] }] },
          ],
        },
      ]),
    );
    expect(issues).toEqual([expect.objectContaining({ code: "too_deep", itemCode: "1.1.1.1" })]);
  });

  it("flags a total that differs from the declared scale", () => {
    const issues = validateTemplate(smallTemplate({ scale: 100 }));
    expect(issues).toEqual([{ code: "total_differs_from_scale", severity: "error", total: 700, scale: 10000 }]);
  });

  it("checks bonus and penalty caps and their codes", () => {
    const issues = validateTemplate(
      smallTemplate({
        adjustments: [
          { code: "T1", kind: "bonus", name: "Sáng kiến", cap: 0 },
          { code: "1", kind: "penalty", name: "Vi phạm", cap: 1 },
        ],
      }),
    );
    expect(issues.map((i) => i.code)).toEqual(["max_not_positive", "duplicate_code"]);
  });
});
