// An item scored by survey (điều tra xã hội học, SIPAS) is not the unit's to score: a self score
// typed there is warned about at its cell and counts nowhere — not in the total, the method split
// or the plan; the published result typed in the appraisal column does.
import { formatIssue } from "../../../src/domain/messages/formatIssue";
import { layoutScoreSheet } from "../../../src/domain/layout/layoutScoreSheet";
import { buildPlanSheet, checkScoreSheet } from "../../../src/domain/workflow";
import { typeScores } from "../../helpers/scoreGrid";
import { surveyTemplate } from "../../helpers/surveyTemplate";

const template = surveyTemplate();
const layout = layoutScoreSheet(template, { year: 2021 });
const full = { "1.1": { self: 30 }, "2.1": { self: 40 } };

describe("a self score on a survey item", () => {
  it("is warned about at its cell and not counted", () => {
    const { values } = typeScores(layout, { ...full, "1.2": { self: 20 }, "3.1": { self: 10 } });
    const check = checkScoreSheet(template, values, { sheet: "S" });
    const warnings = check.issues.filter((issue) => issue.code === "self_score_on_survey");
    expect(warnings.map((issue) => issue.cell)).toEqual([`F${layout.rowOf["1.2"]! + 1}`, `F${layout.rowOf["3.1"]! + 1}`]);
    expect(formatIssue(warnings[0]!)).toMatch(/điểm tự chấm ở đây không được tính\.$/);
    expect(check.totals.total.score).toBe(7000);
    expect(check.totals.total.byMethod.dieu_tra_xhh).toMatchObject({ score: 0, lostPoints: 3000 });
    expect(check.totals.items.find((item) => item.code === "1.2")).toMatchObject({ self: null, score: 0, lostPoints: 2000 });
  });

  it("leaves the survey item in the plan as a shortcoming", () => {
    const { values } = typeScores(layout, { ...full, "1.2": { self: 20 }, "3.1": { self: 10 } });
    const { plan } = buildPlanSheet(template, checkScoreSheet(template, values));
    expect(plan.sections.flatMap((section) => section.items.map((item) => item.code))).toContain("1.2");
    expect(plan.total.lostPoints).toBe(3000);
  });

  it("gives way to the published result typed in the appraisal column", () => {
    const { values } = typeScores(layout, { ...full, "1.2": { self: 20, appraised: 18.42 }, "3.1": { appraised: 8.99 } });
    const check = checkScoreSheet(template, values);
    expect(check.totals.total.score).toBe(7000 + 1842 + 899);
    expect(check.totals.total.byMethod.dieu_tra_xhh.score).toBe(1842 + 899);
  });
});
