import fc from "fast-check";
import { computeTotals } from "../../../src/domain/scoring/computeTotals";
import { methodOf, methodsPresent } from "../../../src/domain/scoring/methodTotals";
import type { ItemScore, ScoreSet } from "../../../src/domain/scoring/scoreInput";
import { SCORING_METHODS } from "../../../src/domain/template/schema";
import { indexTemplate } from "../../../src/domain/template/tree";
import { arbitraryScoredTemplate } from "../../helpers/arbitraries";
import { makeTemplate } from "../../helpers/templates";

const scoreSet = (items: Record<string, Partial<ItemScore>>): ScoreSet => ({
  items: new Map(Object.entries(items).map(([code, s]) => [code, { self: null, appraised: null, notApplicable: false, ...s }])),
  adjustments: new Map(),
});

/** A synthetic provincial-style template: lĩnh vực 1 self-assessed, 2 mixed, 3 wholly from the survey. */
const surveyTemplate = makeTemplate([
  {
    code: "1",
    name: "Công tác chỉ đạo điều hành",
    maxPoints: 4,
    children: [
      { code: "1.1", name: "Kế hoạch CCHC", maxPoints: 2 },
      { code: "1.2", name: "Báo cáo CCHC", maxPoints: 2, method: "tu_danh_gia" },
    ],
  },
  {
    code: "2",
    name: "Cải cách thủ tục hành chính",
    maxPoints: 5,
    children: [
      { code: "2.1", name: "Công khai thủ tục", maxPoints: 3 },
      { code: "2.2", name: "Đánh giá của công chức về thủ tục", maxPoints: 2, method: "dieu_tra_xhh" },
    ],
  },
  {
    code: "3",
    name: "Tác động của CCHC đến người dân",
    maxPoints: 6,
    method: "dieu_tra_xhh",
    children: [
      { code: "3.1", name: "Khảo sát người dân", maxPoints: 4 },
      { code: "3.2", name: "Chỉ số hài lòng", maxPoints: 2, method: "sipas" },
    ],
  },
]);

describe("the score split by scoring method", () => {
  it("gives each leaf its own method, else the nearest one above it, else tự đánh giá", () => {
    const index = indexTemplate(surveyTemplate);
    const method = (code: string) => methodOf(index, index.byCode.get(code)!);
    expect(["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"].map(method)).toEqual([
      "tu_danh_gia",
      "tu_danh_gia",
      "tu_danh_gia",
      "dieu_tra_xhh",
      "dieu_tra_xhh",
      "sipas",
    ]);
  });

  it("splits the total into appraised, survey and SIPAS points that add up exactly", () => {
    const totals = computeTotals(
      surveyTemplate,
      scoreSet({
        "1.1": { self: 200, appraised: 189 },
        "1.2": { self: 200 },
        "2.1": { self: 300, appraised: 272 },
        "2.2": { appraised: 141 },
        "3.1": { appraised: 399 },
        "3.2": { appraised: 161 },
      }),
    );
    const { byMethod } = totals.total;
    expect(byMethod.tu_danh_gia).toEqual({ items: 3, max: 700, applicableMax: 700, score: 661, lostPoints: 39 });
    expect(byMethod.dieu_tra_xhh).toEqual({ items: 2, max: 600, applicableMax: 600, score: 540, lostPoints: 60 });
    expect(byMethod.sipas).toEqual({ items: 1, max: 200, applicableMax: 200, score: 161, lostPoints: 39 });
    expect(byMethod.tu_danh_gia.score + byMethod.dieu_tra_xhh.score + byMethod.sipas.score).toBe(totals.total.treeScore);
    expect(totals.areaMethods.get("2")?.dieu_tra_xhh.score).toBe(141);
    expect(totals.areaMethods.get("1")?.dieu_tra_xhh.items).toBe(0);
    expect(methodsPresent(totals.areaMethods.get("3")!)).toEqual(["dieu_tra_xhh", "sipas"]);
  });

  it("keeps not-applicable items out of the method's applicable maximum", () => {
    const totals = computeTotals(surveyTemplate, scoreSet({ "2.2": { notApplicable: true } }));
    expect(totals.total.byMethod.dieu_tra_xhh).toMatchObject({ max: 600, applicableMax: 400, score: 0, lostPoints: 400 });
  });

  it("puts everything under tự đánh giá when the template names no method (seed-like templates)", () => {
    const plain = makeTemplate([{ code: "1", name: "Một", maxPoints: 2, children: [{ code: "1.1", name: "A", maxPoints: 2 }] }]);
    const totals = computeTotals(plain, scoreSet({ "1.1": { self: 150 } }));
    expect(methodsPresent(totals.total.byMethod)).toEqual(["tu_danh_gia"]);
    expect(totals.total.byMethod.tu_danh_gia.score).toBe(150);
  });

  it("adds up to the tree's score and lost points for any template and scores (property)", () => {
    fc.assert(
      fc.property(arbitraryScoredTemplate(), ({ template, scores }) => {
        const totals = computeTotals(template, scores);
        const sum = (key: "score" | "lostPoints" | "applicableMax") =>
          SCORING_METHODS.reduce((s, m) => s + totals.total.byMethod[m][key], 0);
        expect(sum("score")).toBe(totals.total.treeScore);
        expect(sum("lostPoints")).toBe(totals.total.lostPoints);
        expect(sum("applicableMax")).toBe(totals.total.applicableMax);
        for (const area of totals.areas) {
          const split = totals.areaMethods.get(area.code)!;
          expect(SCORING_METHODS.reduce((s, m) => s + split[m].score, 0)).toBe(area.score);
        }
      }),
      { seed: 2021, numRuns: 150 },
    );
  });
});
