import fc from "fast-check";
import { computeTotals } from "../../../src/domain/scoring/computeTotals";
import type { ItemScore, ScoreSet } from "../../../src/domain/scoring/scoreInput";
import { indexTemplate } from "../../../src/domain/template/tree";
import { smallTemplate } from "../../helpers/templates";
import { arbitraryScoredTemplate } from "../../helpers/arbitraries";

const scoreSet = (items: Record<string, Partial<ItemScore>>, adjustments: ScoreSet["adjustments"] = new Map()): ScoreSet => ({
  items: new Map(Object.entries(items).map(([code, s]) => [code, { self: null, appraised: null, notApplicable: false, ...s }])),
  adjustments,
});

describe("computeTotals", () => {
  const template = smallTemplate();

  it("counts the appraised score where entered, else the self score", () => {
    const totals = computeTotals(template, scoreSet({ "1.1": { self: 100, appraised: 80 }, "1.2.1": { self: 50 }, "1.2.2": { self: 100 }, "2": { self: 300 } }));
    expect(totals.byCode.get("1.1")).toMatchObject({ score: 80, lostPoints: 20, percent: 8000 });
    expect(totals.byCode.get("1.2")).toMatchObject({ score: 150, lostPoints: 50, self: 150, appraised: null });
    expect(totals.byCode.get("1")).toMatchObject({ score: 230, lostPoints: 70, self: 250, appraised: 80 });
    expect(totals.total).toMatchObject({ max: 700, applicableMax: 700, score: 530, lostPoints: 170, percent: 7571 });
  });

  it("counts a missing score as 0, as the sheet's SUM does", () => {
    const totals = computeTotals(template, scoreSet({}));
    expect(totals.total).toMatchObject({ score: 0, lostPoints: 700, percent: 0 });
    expect(totals.byCode.get("2")?.scored).toBe(false);
  });

  it("takes not-applicable items out of the applicable maximum and the percentage", () => {
    const totals = computeTotals(
      template,
      scoreSet({ "1.1": { self: 100 }, "1.2.1": { notApplicable: true }, "1.2.2": { notApplicable: true }, "2": { self: 300 } }),
    );
    expect(totals.byCode.get("1.2")).toMatchObject({ max: 200, applicableMax: 0, score: 0, lostPoints: 0, percent: null, notApplicable: true });
    expect(totals.total).toMatchObject({ max: 700, applicableMax: 500, score: 400, lostPoints: 100, percent: 8000 });
  });

  it("adds bonus and subtracts penalty points without counting them as lost", () => {
    const withAdjustments = smallTemplate({
      adjustments: [
        { code: "T1", kind: "bonus", name: "Sáng kiến", cap: 1 },
        { code: "D1", kind: "penalty", name: "Vi phạm kỷ luật", cap: 2 },
      ],
    });
    const totals = computeTotals(
      withAdjustments,
      scoreSet({ "1.1": { self: 100 }, "1.2.1": { self: 50 }, "1.2.2": { self: 150 }, "2": { self: 300 } }, new Map([
        ["T1", { self: 50, appraised: null }],
        ["D1", { self: 100, appraised: 25 }],
      ])),
    );
    expect(totals.total).toMatchObject({ treeScore: 600, bonus: 50, penalty: 25, score: 625, lostPoints: 100, percent: 8929 });
    expect(totals.adjustments.map((a) => [a.code, a.points])).toEqual([["T1", 50], ["D1", 25]]);
  });

  it("keeps every parent the exact sum of its items and lost points = maximum − score (property)", () => {
    fc.assert(
      fc.property(arbitraryScoredTemplate(), ({ template: t, scores }) => {
        const totals = computeTotals(t, scores);
        for (const item of indexTemplate(t).items) {
          const total = totals.byCode.get(item.code)!;
          expect(Number.isInteger(total.score)).toBe(true);
          expect(total.lostPoints).toBe(total.applicableMax - total.score);
          if (!item.leaf) {
            const children = item.childCodes.map((c) => totals.byCode.get(c)!);
            expect(total.score).toBe(children.reduce((s, c) => s + c.score, 0));
            expect(total.applicableMax).toBe(children.reduce((s, c) => s + c.applicableMax, 0));
          }
        }
        expect(totals.total.score).toBe(totals.areas.reduce((s, a) => s + a.score, 0));
      }),
      { seed: 20211, numRuns: 200 },
    );
  });
});
