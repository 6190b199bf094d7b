import type { CellValue } from "../../../src/domain/cells";
import { validateScores } from "../../../src/domain/scoring/validateScores";
import { smallTemplate } from "../../helpers/templates";

const template = smallTemplate();
const all = (overrides: Record<string, { self?: CellValue; appraised?: CellValue; notApplicable?: CellValue }>) => ({
  sheet: "Chấm điểm",
  items: ["1", "1.1", "1.2", "1.2.1", "1.2.2", "2"].map((code) => ({
    code,
    self: 0,
    ...overrides[code],
    cells: { self: `F${code}`, appraised: `G${code}`, notApplicable: `D${code}` },
  })),
});

describe("validateScores", () => {
  it("accepts numbers and number text, keeping them in hundredths", () => {
    const { scores, issues } = validateScores(template, all({ "1.1": { self: 1 }, "1.2.1": { self: "0,25", appraised: "0.5" } }));
    expect(scores.items.get("1.2.1")).toEqual({ self: 25, appraised: 50, round2: null, notApplicable: false });
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["score_is_text", "warning", "F1.2.1"],
      ["score_is_text", "warning", "G1.2.1"],
    ]);
  });

  it.each<[CellValue, string | null]>([
    [0, null],
    [1, null],
    [1.01, "score_above_max"],
    [-1, "score_negative"],
    ["", null],
    ["abc", "score_not_a_number"],
    ["0,5", "score_is_text"],
    [0.1 + 0.2, null],
    [0.333, "score_too_many_decimals"],
    [true, "score_not_a_number"],
    ["#DIV/0!", "score_formula_error"],
  ])("reads a self score of %p on 1.1 (max 1) as %p", (value, code) => {
    const { issues } = validateScores(template, all({ "1.1": { self: value } }));
    const found = issues.filter((i) => i.code !== "score_missing");
    expect(found.map((i) => i.code)).toEqual(code ? [code] : []);
  });

  it("locates an above-maximum score at its cell and path", () => {
    const { issues, scores } = validateScores(template, all({ "1.2.1": { appraised: 0.8 } }));
    expect(issues).toEqual([
      {
        code: "score_above_max",
        severity: "error",
        sheet: "Chấm điểm",
        cell: "G1.2.1",
        path: ["1", "1.2", "1.2.1"],
        itemCode: "1.2.1",
        column: "appraised",
        value: 80,
        max: 50,
      },
    ]);
    expect(scores.items.get("1.2.1")?.appraised).toBeNull();
  });

  it("warns, and only warns, about a missing score", () => {
    const { issues } = validateScores(template, all({ "2": { self: "" } }));
    expect(issues).toEqual([expect.objectContaining({ code: "score_missing", severity: "warning", itemCode: "2", cell: "F2" })]);
  });

  it("takes an item marked x, and everything under it, out of scoring", () => {
    const { scores, issues } = validateScores(
      template,
      all({ "1.2": { notApplicable: " X " }, "1.2.1": { self: "" }, "1.2.2": { self: "" } }),
    );
    expect(issues).toEqual([]);
    expect(scores.items.get("1.2.1")?.notApplicable).toBe(true);
    expect(scores.items.get("1.2.2")?.notApplicable).toBe(true);
  });

  it("refuses a score on a not-applicable item", () => {
    const { issues } = validateScores(template, all({ "2": { notApplicable: "x", self: 3 } }));
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["score_on_not_applicable", "F2"]]);
  });

  it("refuses x where the template does not allow it, and any mark but x", () => {
    const notAllowed = validateScores(template, all({ "1.1": { notApplicable: "x" } })).issues;
    expect(notAllowed.map((i) => [i.code, i.cell])).toEqual([["not_applicable_not_allowed", "D1.1"]]);
    const wrongMark = validateScores(template, all({ "2": { notApplicable: "có" } })).issues;
    expect(wrongMark.map((i) => i.code)).toEqual(["not_applicable_invalid"]);
  });

  it("treats an item with no row at all as missing", () => {
    const { issues } = validateScores(template, { items: [] });
    expect(issues.filter((i) => i.code === "score_missing").map((i) => i.code === "score_missing" && i.itemCode)).toEqual([
      "1.1",
      "1.2.1",
      "1.2.2",
      "2",
    ]);
  });

  it("checks bonus and penalty scores against their caps", () => {
    const withBonus = smallTemplate({ adjustments: [{ code: "T1", kind: "bonus", name: "Sáng kiến", cap: 1 }] });
    const { scores, issues } = validateScores(withBonus, {
      items: [],
      adjustments: [{ code: "T1", self: 2, appraised: 0.5, cells: { self: "F20", appraised: "G20" } }],
    });
    expect(issues.filter((i) => i.code === "score_above_max").map((i) => i.cell)).toEqual(["F20"]);
    expect(scores.adjustments.get("T1")).toEqual({ self: null, appraised: 50, round2: null });
  });
});

describe("validateScores on evidence and survey items", () => {
  const surveyed = smallTemplate({
    areas: [
      ...smallTemplate().areas.slice(0, 1),
      { code: "2", name: "Tác động của CCHC", maxPoints: 4, method: "dieu_tra_xhh", children: [
        { code: "2.1", name: "Hài lòng", maxPoints: 3, method: "sipas" },
        { code: "2.2", name: "Đánh giá của lãnh đạo", maxPoints: 1 },
      ] },
    ],
  });
  const row = (code: string, self: CellValue, evidence: CellValue = "", explanation: CellValue = "") => ({
    code,
    self,
    evidence,
    explanation,
    cells: { self: `F${code}`, evidence: `O${code}`, explanation: `P${code}` },
  });
  const codes = (issues: { code: string; cell?: string }[]) =>
    issues.filter((i) => i.code !== "score_missing").map((i) => [i.code, i.cell]);

  it("warns at the evidence cell when a self-scored item has neither evidence nor explanation", () => {
    const { issues } = validateScores(template, { evidenceRead: true, items: [row("1.1", 1), row("1.2.1", 0.5, "QĐ 5, tr. 2"), row("1.2.2", 1, "", "Chưa có văn bản, đang trình")] });
    expect(codes(issues)).toEqual([["evidence_missing", "O1.1"]]);
  });

  it("asks nothing of items without a self score, or when the evidence columns were not read", () => {
    expect(codes(validateScores(template, { evidenceRead: true, items: [{ code: "1.1", appraised: 1 }, row("1.2.1", "")] }).issues)).toEqual([]);
    expect(codes(validateScores(template, { items: [row("1.1", 1)] }).issues)).toEqual([]);
  });

  it("warns at the self-score cell of an item scored by survey (its own method or its lĩnh vực's)", () => {
    const { issues } = validateScores(surveyed, { evidenceRead: true, items: [row("2.1", 2, "x"), row("2.2", 1)] });
    expect(issues.filter((i) => i.code === "self_score_on_survey")).toEqual([
      expect.objectContaining({ cell: "F2.1", method: "sipas", severity: "warning", path: ["2", "2.1"] }),
      expect.objectContaining({ cell: "F2.2", method: "dieu_tra_xhh" }),
    ]);
    expect(issues.some((i) => i.code === "evidence_missing")).toBe(false);
  });
});
