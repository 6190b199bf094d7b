import { buildRemediationPlan, describeShortcoming, toRoman } from "../../../src/domain/plan/remediationPlan";
import { computeTotals } from "../../../src/domain/scoring/computeTotals";
import type { ItemScore } from "../../../src/domain/scoring/scoreInput";
import { smallTemplate } from "../../helpers/templates";

const template = smallTemplate();
const totalsFor = (scores: Record<string, Partial<ItemScore>>) =>
  computeTotals(template, {
    items: new Map(Object.entries(scores).map(([code, s]) => [code, { self: null, appraised: null, notApplicable: false, ...s }])),
    adjustments: new Map(),
  });
const fullMarks = { "1.1": { self: 100 }, "1.2.1": { self: 50 }, "1.2.2": { self: 150 }, "2": { self: 400 } };

describe("buildRemediationPlan", () => {
  it("has no section when nothing lost points", () => {
    const plan = buildRemediationPlan(template, totalsFor(fullMarks));
    expect(plan.sections).toEqual([]);
    expect(plan.total).toEqual({ max: 700, score: 700, lostPoints: 0 });
    expect(plan.summary.map((r) => r.note)).toEqual([0, 0]);
  });

  it("lists each sub-criterion below its maximum under its lĩnh vực, with default units and time frame", () => {
    const plan = buildRemediationPlan(template, totalsFor({ ...fullMarks, "1.2.2": { self: 100 } }), {
      defaults: { leadUnit: "Phòng Tổ chức", timeFrame: "Quý II/2025" },
    });
    expect(plan.sections).toHaveLength(1);
    const [section] = plan.sections;
    expect(section!.area).toMatchObject({ kind: "area", stt: "I", code: "1", shortcoming: "Tổng điểm trừ là 0,5 điểm", lostPoints: 50 });
    expect(section!.items).toEqual([
      expect.objectContaining({
        stt: "1",
        code: "1.2.2",
        shortcoming: "Xử lý sau kiểm tra đạt 1/1,5 điểm (trừ 0,5 điểm)",
        fields: { remedy: "", leadUnit: "Văn phòng", coUnits: "", timeFrame: "Quý II/2025", note: "" },
      }),
    ]);
    expect(section!.paragraph).toBe("Xử lý sau kiểm tra đạt 1/1,5 điểm (trừ 0,5 điểm); tổng điểm trừ là 0,5 điểm.");
  });

  it("takes the nearest lead unit up the tree, then the default", () => {
    const plan = buildRemediationPlan(template, totalsFor({ "1.1": { self: 0 }, "1.2.1": { self: 0 }, "1.2.2": { self: 0 }, "2": { self: 0 } }), {
      defaults: { leadUnit: "Sở Nội vụ" },
    });
    const lead = Object.fromEntries(plan.sections.flatMap((s) => [s.area, ...s.items]).map((r) => [r.code, r.fields.leadUnit]));
    expect(lead).toEqual({ "1": "Văn phòng", "1.1": "Văn phòng", "1.2.1": "Phòng Nội vụ", "1.2.2": "Văn phòng", "2": "Sở Nội vụ" });
  });

  it("writes a lĩnh vực without sub-items as its own shortcoming", () => {
    const plan = buildRemediationPlan(template, totalsFor({ ...fullMarks, "2": { self: 250 } }));
    expect(plan.sections[0]!.area.shortcoming).toBe("Cải cách thủ tục hành chính đạt 2,5/4 điểm (trừ 1,5 điểm)");
    expect(plan.sections[0]!.items).toEqual([]);
  });

  it("keeps everything staff wrote in a row, matched by code, even a cleared default", () => {
    const previous = new Map([
      ["1.2.2", { fields: { remedy: "Kiểm tra lại hồ sơ", leadUnit: "", timeFrame: "Tháng 6/2025" } }],
    ]);
    const plan = buildRemediationPlan(template, totalsFor({ ...fullMarks, "1.2.2": { self: 0 } }), { previous });
    expect(plan.sections[0]!.items[0]!.fields).toEqual({ remedy: "Kiểm tra lại hồ sơ", leadUnit: "", coUnits: "", timeFrame: "Tháng 6/2025", note: "" });
  });

  it("keeps aside text of items that no longer lose points, and drops rows that only held defaults", () => {
    const previous = new Map([
      ["1.1", { fields: { remedy: "Ban hành kế hoạch sớm", leadUnit: "Văn phòng", timeFrame: "Thường xuyên" } }],
      ["1.2.1", { fields: { remedy: "", leadUnit: "Phòng Nội vụ", timeFrame: "Thường xuyên" } }],
      ["7.7", { name: "Tiêu chí cũ", fields: { note: "từ năm trước" } }],
    ]);
    const plan = buildRemediationPlan(template, totalsFor(fullMarks), { previous });
    expect(plan.keptAside).toEqual([
      { code: "1.1", name: "Ban hành kế hoạch CCHC", fields: { remedy: "Ban hành kế hoạch sớm", leadUnit: "Văn phòng", coUnits: "", timeFrame: "Thường xuyên", note: "" } },
      { code: "7.7", name: "Tiêu chí cũ", fields: { remedy: "", leadUnit: "", coUnits: "", timeFrame: "", note: "từ năm trước" } },
    ]);
  });

  it("adds bonus and penalty rows to the summary", () => {
    const withAdjustments = smallTemplate({ adjustments: [{ code: "D1", kind: "penalty", name: "Vi phạm", cap: 1 }] });
    const totals = computeTotals(withAdjustments, {
      items: new Map(),
      adjustments: new Map([["D1", { self: 50, appraised: null }]]),
    });
    const plan = buildRemediationPlan(withAdjustments, totals, { unit: "Sở A", year: 2025 });
    expect(plan.summary.at(-1)).toEqual({ code: "D1", name: "Vi phạm", max: null, score: 50, note: -50 });
    expect(plan.total.score).toBe(-50);
    expect([plan.unit, plan.year]).toEqual(["Sở A", 2025]);
  });
});

describe("describeShortcoming", () => {
  it("writes points the Vietnamese way", () => {
    expect(describeShortcoming({ name: "A", score: 361, applicableMax: 400, lostPoints: 39 })).toBe("A đạt 3,61/4 điểm (trừ 0,39 điểm)");
  });
});

describe("toRoman", () => {
  it.each([[1, "I"], [4, "IV"], [8, "VIII"], [9, "IX"], [14, "XIV"], [40, "XL"]])("numbers section %p as %p", (n, roman) => {
    expect(toRoman(n)).toBe(roman);
  });
});
