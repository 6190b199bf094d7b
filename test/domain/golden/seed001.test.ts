// Seed 001 is the output we generate: its score table and shortcomings must come out exactly.
import { formatPoints } from "../../../src/domain/points";
import { layoutScoreSheet } from "../../../src/domain/layout/layoutScoreSheet";
import { buildPlanSheet, checkScoreSheet } from "../../../src/domain/workflow";
import { typeScores } from "../../helpers/scoreGrid";
import { seed001ExpectedAreas, seed001ExpectedTotal, seed001Scores, seed001Template } from "../../helpers/seed001";

describe("seed 001: Sơn La provincial office, 2021", () => {
  const template = seed001Template();
  const layout = layoutScoreSheet(template, { unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 });
  const { values, formulas } = typeScores(layout, seed001Scores);
  const check = checkScoreSheet(template, values, { sheet: layout.name, formulas });

  it("checks without errors or warnings", () => {
    expect(check.issues).toEqual([]);
    expect(check.ok).toBe(true);
  });

  it("gives each lĩnh vực the seed's maximum, appraised score and deduction", () => {
    const table = check.totals.areas.map((a) => [a.code, a.max / 100, a.score / 100, a.lostPoints / 100]);
    expect(table).toEqual(seed001ExpectedAreas);
  });

  it("totals exactly 94,52 with 5,48 lost, never 5,4799999", () => {
    const { max, score, lostPoints, percent } = check.totals.total;
    expect([max / 100, score / 100, lostPoints / 100]).toEqual(seed001ExpectedTotal);
    expect(formatPoints(score)).toBe("94,52");
    expect(formatPoints(-lostPoints)).toBe("-5,48");
    expect(percent).toBe(9452);
  });

  it("makes lĩnh vực 5 lose 2 + 0,09 + 0,19 = 2,28", () => {
    const area5 = check.totals.byCode.get("5")!;
    expect(area5.lostPoints).toBe(228);
    expect(["5.1", "5.2", "5.3"].map((c) => check.totals.byCode.get(c)!.lostPoints)).toEqual([200, 9, 19]);
  });

  it("writes the shortcomings in the seed's words, with no section for lĩnh vực 3", () => {
    const { plan } = buildPlanSheet(template, check, { year: 2021 });
    expect(plan.sections.map((s) => s.area.code)).toEqual(["1", "2", "4", "5", "6", "7", "8"]);
    const area5 = plan.sections.find((s) => s.area.code === "5")!;
    expect(area5.area.shortcoming).toBe("Tổng điểm trừ là 2,28 điểm");
    expect(area5.items.map((i) => i.shortcoming)).toEqual([
      "Chất lượng đánh giá, phân loại công chức, viên chức của cơ quan đơn vị đạt 1,5/3,5 điểm (trừ 2 điểm)",
      "Đánh giá tác động của cải cách đến quản lý cán bộ, công chức đạt 1,91/2 điểm (trừ 0,09 điểm)",
      "Tác động của cải cách đến chất lượng đội ngũ công chức, viên chức đạt 2,81/3 điểm (trừ 0,19 điểm)",
    ]);
    expect(area5.paragraph).toMatch(/; tổng điểm trừ là 2,28 điểm\.$/);
    const area4 = plan.sections.find((s) => s.area.code === "4")!;
    expect(area4.items.map((i) => i.shortcoming)).toEqual([
      "Thực hiện quy định về sử dụng biên chế được cấp có thẩm quyền giao đạt 3,61/4 điểm (trừ 0,39 điểm)",
      "Tác động của cải cách hành chính đến tổ chức bộ máy hành chính đạt 1,74/2 điểm (trừ 0,26 điểm)",
    ]);
  });

  it("fills the summary table as the seed prints it", () => {
    const { plan } = buildPlanSheet(template, check, { year: 2021 });
    expect(plan.summary.map((r) => [r.code, r.max! / 100, r.score / 100, r.note / 100])).toEqual(
      seed001ExpectedAreas.map(([code, max, score, lost]) => [code, max, score, lost === 0 ? 0 : -lost]),
    );
    expect(plan.total).toEqual({ max: 10000, score: 9452, lostPoints: 548 });
  });

  it("proposes the lead units the seed assigns", () => {
    const { plan } = buildPlanSheet(template, check, { year: 2021 });
    const area7 = plan.sections.find((s) => s.area.code === "7")!;
    expect(area7.area.fields).toEqual({
      remedy: "",
      leadUnit: "Trung tâm Thông tin",
      coUnits: "Các phòng, ban, đơn vị",
      timeFrame: "Thường xuyên",
      note: "",
    });
  });
});
