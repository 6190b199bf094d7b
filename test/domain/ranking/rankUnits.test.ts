import { formatIssue } from "../../../src/domain/messages/formatIssue";
import { parseGroupScheme } from "../../../src/domain/ranking/groups";
import { readPreviousRankingJson } from "../../../src/domain/ranking/previousRanking";
import { formatRank, formatRankChange } from "../../../src/domain/ranking/rankChange";
import { rankUnits, type Ranking } from "../../../src/domain/ranking/rankUnits";
import { hundredTemplate, unitAt, unitResult } from "../../helpers/rankingUnits";

const table = (ranking: Ranking) => ranking.units.map((u) => [u.unit, u.percent, u.rank, u.group]);
const previousOf = (rows: { unit: string; rank: number; percent?: number }[], year?: number) => {
  const read = readPreviousRankingJson("nam-truoc.json", year === undefined ? rows : { year, units: rows });
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.value;
};
const messages = (ranking: Ranking) => ranking.excluded.map((e) => [e.file, e.reason, formatIssue(e.issues[0]!)]);

describe("rankUnits", () => {
  it("ranks by percentage; equal percentages to the hundredth share a rank and the next rank skips (1, 2, 2, 4)", () => {
    const ranking = rankUnits([unitAt("Sở Xây dựng", 80), unitAt("Sở Tư pháp", 92.5), unitAt("Sở Y tế", 88.01), unitAt("Sở Công Thương", 88.01)]);
    expect(table(ranking)).toEqual([
      ["Sở Tư pháp", 9250, 1, "A"],
      ["Sở Công Thương", 8801, 2, "B"],
      ["Sở Y tế", 8801, 2, "B"],
      ["Sở Xây dựng", 8000, 4, "B"],
    ]);
    expect(ranking.units.map((u) => formatRank(u.rank, u.rankOf))).toEqual(["01/04", "02/04", "02/04", "04/04"]);
    expect(ranking.excluded).toEqual([]);
  });

  it("does not tie percentages one hundredth apart", () => {
    const ranking = rankUnits([unitAt("Sở A", 88.01), unitAt("Sở B", 88.02)]);
    expect(ranking.units.map((u) => [u.unit, u.rank])).toEqual([["Sở B", 1], ["Sở A", 2]]);
  });

  it.each([
    [100, "A"],
    [90, "A"],
    [89.99, "B"],
    [80, "B"],
    [79.99, "C"],
    [70, "C"],
    [69.99, "D"],
    [0, "D"],
  ])("puts %p %% in group %s (A ≥ 90, B 80 – < 90, C 70 – < 80, D below)", (percent, group) => {
    expect(rankUnits([unitAt("Sở Nội vụ", percent)]).units[0]!.group).toBe(group);
  });

  it("names the groups as configured (Tốt / Khá / Trung bình / Yếu) on other thresholds", () => {
    const scheme = parseGroupScheme("85;70,5;50", "Tốt;Khá;Trung bình;Yếu");
    if (!scheme.ok) throw new Error("scheme");
    const ranking = rankUnits([unitAt("Sở A", 85), unitAt("Sở B", 70.5), unitAt("Sở C", 70.49), unitAt("Sở D", 49)], { groups: scheme.value });
    expect(ranking.units.map((u) => u.group)).toEqual(["Tốt", "Khá", "Trung bình", "Yếu"]);
  });

  it("compares a unit with «không áp dụng» items by its percentage of the applicable maximum", () => {
    // 54 of the 60 points that apply = 90 %: above a unit with 85 of 100.
    const partial = unitResult(hundredTemplate(), "xa-a.xlsx", { unit: "UBND xã A", scores: { "1.1": 54, "2": { notApplicable: "x" } } });
    const ranking = rankUnits([unitAt("UBND xã B", 85), partial]);
    expect(ranking.units.map((u) => [u.unit, u.score, u.applicableMax, u.max, u.percent, u.rank, u.group])).toEqual([
      ["UBND xã A", 5400, 6000, 10000, 9000, 1, "A"],
      ["UBND xã B", 8500, 10000, 10000, 8500, 2, "B"],
    ]);
    // Per lĩnh vực: A's 1 is 90 % (2nd of 2); its 2 does not apply, so B is 1st of the one unit it applies to.
    expect(ranking.units.map((u) => u.areas.map((a) => [a.code, a.max, a.score, a.percent, a.rank]))).toEqual([
      [["1", 6000, 5400, 9000, 2], ["2", 0, 0, null, null]],
      [["1", 6000, 6000, 10000, 1], ["2", 4000, 2500, 6250, 1]],
    ]);
    expect(ranking.areas).toEqual([
      { code: "1", name: "Công tác chỉ đạo điều hành", max: 6000, units: 2, mean: 9500, highest: 10000, lowest: 9000 },
      { code: "2", name: "Cải cách thủ tục hành chính", max: 4000, units: 1, mean: 6250, highest: 6250, lowest: 6250 },
    ]);
  });

  it("splits each unit's score by scoring method and measures self against appraised scores", () => {
    const unit = unitResult(hundredTemplate(), "so-a.xlsx", { unit: "Sở A", scores: { "1.1": { self: 58, appraised: 55.5 }, "2.1": 30 } });
    const [ranked] = rankUnits([unit]).units;
    expect(ranked!.byMethod.tu_danh_gia).toMatchObject({ items: 1, applicableMax: 6000, score: 5550 });
    expect(ranked!.byMethod.dieu_tra_xhh).toMatchObject({ items: 1, applicableMax: 4000, score: 3000 });
    expect(ranked!.byMethod.sipas).toMatchObject({ items: 0, score: 0 });
    expect([ranked!.score, ranked!.selfScore, ranked!.selfAppraisedGap]).toEqual([8550, 5800, 250]);
    expect(rankUnits([unit]).methods).toEqual(["tu_danh_gia", "dieu_tra_xhh"]);
  });

  it("leaves out a unit with score errors, listing its issues, and ranks the others without it", () => {
    const broken = unitResult(hundredTemplate(), "so-loi.xlsx", { unit: "Sở Lỗi", scores: { "1.1": 75, "2.1": 10 } });
    const ranking = rankUnits([unitAt("Sở A", 90), broken, unitAt("Sở B", 80)]);
    expect(table(ranking)).toEqual([["Sở A", 9000, 1, "A"], ["Sở B", 8000, 2, "B"]]);
    expect(ranking.units[0]!.rankOf).toBe(2);
    expect(ranking.excluded.map((e) => [e.file, e.unit, e.reason, e.issues.map((i) => i.code)])).toEqual([
      ["so-loi.xlsx", "Sở Lỗi", "has_errors", ["rank_has_errors", "score_above_max"]],
    ]);
    expect(formatIssue(ranking.excluded[0]!.issues[0]!)).toBe("Sở Lỗi («so-loi.xlsx») còn 1 lỗi về điểm; sửa xong mới được xếp hạng.");
  });

  it("flags two workbooks of the same unit (names compared after trim, case and Unicode form) and ranks neither", () => {
    const nfd = "Sở Tư pháp".normalize("NFD");
    const ranking = rankUnits([unitAt("Sở Tư pháp", 90, { file: "a.xlsx" }), unitAt("Sở Y tế", 80), unitAt(`  sở tư  PHÁP ${nfd.slice(0, 0)}`, 70, { file: "b.xlsx" })]);
    expect(table(ranking)).toEqual([["Sở Y tế", 8000, 1, "B"]]);
    expect(messages(ranking)).toEqual([
      ["a.xlsx", "duplicate_unit", "Sở Tư pháp có nhiều sổ chấm điểm: «a.xlsx» và «b.xlsx»; giữ lại một tệp rồi tổng hợp lại."],
      ["b.xlsx", "duplicate_unit", "sở tư PHÁP có nhiều sổ chấm điểm: «b.xlsx» và «a.xlsx»; giữ lại một tệp rồi tổng hợp lại."],
    ]);
  });

  it("matches a unit name written with decomposed accents", () => {
    const ranking = rankUnits([unitAt("Sở Tư pháp", 90, { file: "a.xlsx" }), unitAt("Sở Tư pháp".normalize("NFD"), 70, { file: "b.xlsx" })]);
    expect(ranking.units).toEqual([]);
    expect(ranking.excluded.map((e) => e.reason)).toEqual(["duplicate_unit", "duplicate_unit"]);
  });

  it("refuses a workbook of another template, naming both files", () => {
    const other = hundredTemplate({ id: "bo-khac" });
    const ranking = rankUnits([unitAt("Sở A", 90, { file: "a.xlsx" }), unitAt("Sở B", 80, { file: "b.xlsx", template: other }), unitAt("Sở C", 70, { file: "c.xlsx" })]);
    expect(table(ranking).map((row) => row[0])).toEqual(["Sở A", "Sở C"]);
    expect(messages(ranking)).toEqual([
      [
        "b.xlsx",
        "template_mismatch",
        "Tệp «b.xlsx» dùng bộ tiêu chí «bo-khac», khác bộ tiêu chí «thu-nghiem-100» của các đơn vị khác (như «a.xlsx»); chỉ so sánh các đơn vị cùng bộ tiêu chí, cùng điểm tối đa.",
      ],
    ]);
  });

  it("refuses a workbook whose template has the same id but other maxima", () => {
    const edited = hundredTemplate();
    edited.areas[0]!.maxPoints = 50;
    edited.areas[0]!.children![0]!.maxPoints = 50;
    edited.areas[1]!.maxPoints = 50;
    edited.areas[1]!.children![0]!.maxPoints = 50;
    const odd = unitResult(edited, "sua.xlsx", { unit: "Sở Sửa", scores: { "1.1": 50, "2.1": 40 } });
    const ranking = rankUnits([unitAt("Sở A", 90, { file: "a.xlsx" }), odd, unitAt("Sở B", 80, { file: "b.xlsx" })]);
    expect(messages(ranking)).toEqual([
      [
        "sua.xlsx",
        "template_mismatch",
        "Tệp «sua.xlsx» dùng bộ tiêu chí «thu-nghiem-100» nhưng điểm tối đa của 1 là 50, khác 60 trong «a.xlsx»; chỉ so sánh các đơn vị cùng bộ tiêu chí, cùng điểm tối đa.",
      ],
    ]);
  });

  it("takes the template most workbooks use as the reference, the first file's on a tie", () => {
    const other = hundredTemplate({ id: "bo-khac" });
    const mostlyOther = rankUnits([unitAt("Sở A", 90), unitAt("Sở B", 80, { template: other }), unitAt("Sở C", 70, { template: other })]);
    expect(mostlyOther.template?.id).toBe("bo-khac");
    expect(mostlyOther.excluded.map((e) => e.unit)).toEqual(["Sở A"]);
    const tie = rankUnits([unitAt("Sở A", 90, { template: other }), unitAt("Sở B", 80)]);
    expect(tie.template?.id).toBe("bo-khac");
  });

  it("leaves out a workbook of another year", () => {
    const ranking = rankUnits([unitAt("Sở A", 90, { year: 2021 }), unitAt("Sở B", 80, { year: 2020, file: "cu.xlsx" }), unitAt("Sở C", 70, { year: 2021 })]);
    expect(ranking.year).toBe(2021);
    expect(messages(ranking)).toEqual([["cu.xlsx", "year_mismatch", "Sổ chấm điểm «cu.xlsx» của Sở B là năm 2020, khác năm 2021 của các đơn vị khác."]]);
  });

  it("compares with last year's ranking: tăng 04 bậc, giảm 02 bậc, giữ nguyên, mới, and the change in percentage points", () => {
    const previous = previousOf(
      [
        { unit: "Văn phòng UBND tỉnh", rank: 7, percent: 90.1 },
        { unit: "Sở Tư pháp", rank: 2, percent: 96 },
        { unit: "sở y tế", rank: 2 },
      ],
      2020,
    );
    const units = [unitAt("Văn phòng UBND tỉnh", 94.52), unitAt("Sở Tư pháp", 90), unitAt("Sở Y tế", 95), unitAt("Sở Mới", 99)];
    const ranking = rankUnits(units, { previous });
    expect(ranking.previousYear).toBe(2020);
    expect(ranking.units.map((u) => [u.unit, u.rank, u.rankChange, u.change && formatRankChange(u.change), u.percentChange])).toEqual([
      ["Sở Mới", 1, null, "mới", null],
      ["Sở Y tế", 2, 0, "giữ nguyên", null],
      ["Văn phòng UBND tỉnh", 3, 4, "tăng 04 bậc", 442],
      ["Sở Tư pháp", 4, -2, "giảm 02 bậc", -600],
    ]);
  });

  it("has no change at all without a previous ranking", () => {
    const ranking = rankUnits([unitAt("Sở A", 90)]);
    expect([ranking.hasPrevious, ranking.previousYear, ranking.units[0]!.change, ranking.units[0]!.rankChange]).toEqual([false, null, null, null]);
  });

  it("compares with the year before when last year's ranking does not say its year", () => {
    const ranking = rankUnits([unitAt("Sở A", 90, { year: 2021 })], { previous: previousOf([{ unit: "Sở A", rank: 1 }]) });
    expect(ranking.previousYear).toBe(2020);
  });

  it("ranks nothing, and says so, without any workbook", () => {
    expect(rankUnits([])).toMatchObject({ template: null, units: [], excluded: [], areas: [] });
  });
});
