import { computeTotals } from "../../../src/domain/scoring/computeTotals";
import { describeMethodSplit, isAppraised, methodLabel, methodParts, splitWorthShowing } from "../../../src/domain/scoring/methodParts";
import type { ScoreSet } from "../../../src/domain/scoring/scoreInput";
import { makeTemplate } from "../../helpers/templates";
import { surveyScores, surveyTemplate } from "../../helpers/surveyTemplate";

const scoreSet = (scores: Record<string, number>, column: "self" | "appraised" = "appraised"): ScoreSet => ({
  items: new Map(
    Object.entries(scores).map(([code, value]) => [
      code,
      { self: column === "self" ? Math.round(value * 100) : null, appraised: column === "appraised" ? Math.round(value * 100) : null, notApplicable: false },
    ]),
  ),
  adjustments: new Map(),
});

describe("the method split in words", () => {
  it("writes the seed's sentence for a template whose items carry their method", () => {
    const totals = computeTotals(surveyTemplate(), scoreSet(surveyScores));
    expect(totals.total.score).toBe(9452);
    const parts = methodParts(totals.total.byMethod, isAppraised(totals));
    expect(parts.map((p) => [p.method, p.score, p.applicableMax])).toEqual([
      ["tu_danh_gia", 6711, 7000],
      ["dieu_tra_xhh", 2741, 3000],
    ]);
    expect(describeMethodSplit(parts)).toBe("điểm thẩm định: 67,11 điểm; điểm điều tra xã hội học: 27,41 điểm");
  });

  it("calls the assessed part điểm tự đánh giá when nothing is appraised", () => {
    const totals = computeTotals(surveyTemplate(), scoreSet(surveyScores, "self"));
    expect(isAppraised(totals)).toBe(false);
    expect(describeMethodSplit(methodParts(totals.total.byMethod, false))).toBe("điểm tự đánh giá: 67,11 điểm; điểm điều tra xã hội học: 27,41 điểm");
  });

  it("names SIPAS points as such", () => {
    expect(methodLabel("sipas", true)).toBe("điểm SIPAS");
  });

  it("has no split worth showing when the template is scored one way only", () => {
    const plain = makeTemplate([{ code: "1", name: "Một", maxPoints: 2, children: [{ code: "1.1", name: "A", maxPoints: 2 }] }]);
    const totals = computeTotals(plain, scoreSet({ "1.1": 1.5 }));
    const parts = methodParts(totals.total.byMethod, true);
    expect(parts.map((p) => p.method)).toEqual(["tu_danh_gia"]);
    expect(splitWorthShowing(parts)).toEqual([]);
  });
});
