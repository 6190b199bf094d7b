import type { Grid } from "../../../src/domain/cells";
import { defaultDocumentFields, rankStandingOf } from "../../../src/domain/document/documentFields";
import { describeRank } from "../../../src/domain/document/rankLine";
import { findRankingLine, withRankingLine, type PublishedRanking } from "../../../src/domain/document/rankFromRanking";
import { formatIssue } from "../../../src/domain/messages/formatIssue";
import { layoutRankingSheet } from "../../../src/domain/layout/layoutRankingSheet";
import { readRankingTable } from "../../../src/domain/layout/readRankingTable";
import { isFormulaCell } from "../../../src/domain/layout/sheetLayout";
import { readPreviousRankingJson } from "../../../src/domain/ranking/previousRanking";
import { rankUnits, type Ranking } from "../../../src/domain/ranking/rankUnits";
import { hundredTemplate, unitAt } from "../../helpers/rankingUnits";

const FILE = "xep-hang-2021.xlsx";

function published(ranking: Ranking, options: { withTemplate?: boolean; sheet?: string } = {}): PublishedRanking {
  const cells = layoutRankingSheet(ranking).cells;
  const values: Grid = cells.map((row) => row.map((cell) => (cell === null || isFormulaCell(cell) ? "" : cell)));
  return { file: FILE, sheets: [{ sheet: options.sheet ?? "Xếp hạng 2021", table: readRankingTable(values)!, template: options.withTemplate === false ? null : ranking.template }] };
}

/** Twenty units of 2021 (Sở Tư pháp 6th), compared with 2020 when it was 10th. */
function ranking2021(): Ranking {
  const units = Array.from({ length: 20 }, (_, i) => unitAt(i === 5 ? "Sở Tư pháp" : `Sở số ${i + 1}`, 99 - i * 2, { year: 2021 }));
  units.push(unitAt("Sở Lỗi", 50, { year: 2020 }));
  const previous = readPreviousRankingJson("2020.json", { year: 2020, units: [{ unit: "Sở Tư pháp", rank: 10 }] });
  if (!previous.ok) throw new Error("unreadable");
  return rankUnits(units, { previous: previous.value });
}

const workbook = (units: string[], year: number | null = 2021, template = hundredTemplate()) => ({ units, year, template });
const messages = (result: { issues: Parameters<typeof formatIssue>[0][] }) => result.issues.map((issue) => formatIssue(issue));

describe("findRankingLine", () => {
  it("finds the unit by name as ranking compares names (case, spacing, NFD), and fills the document's rank line", () => {
    const found = findRankingLine(published(ranking2021()), workbook(["  SỞ TƯ PHÁP ".normalize("NFD")]));
    expect(found).toMatchObject({ ok: true, value: { sheet: "Xếp hạng 2021", line: { unit: "Sở Tư pháp", rank: 6, rankOf: 20, rankChange: 4 } } });
    if (!found.ok) return;
    const fields = withRankingLine(defaultDocumentFields({ unit: "Sở Tư pháp", year: 2021, level: "so" }), found.value.line);
    expect([fields.rank, fields.rankOf, fields.rankChange, fields.peerGroup]).toEqual([6, 20, 4, "sở, ban, ngành"]);
    expect(describeRank(rankStandingOf(fields)!, 2020)).toBe("xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc so với năm 2020)");
  });

  it("tries the scoring sheet's unit first, then the document's name for it", () => {
    const found = findRankingLine(published(ranking2021()), workbook(["", "Sở Tư pháp tỉnh", "sở tư pháp"]));
    expect(found.ok && found.value.line.rank).toBe(6);
  });

  it("keeps the peer group the fields word it in (a district's template, or what staff typed)", () => {
    const found = findRankingLine(published(ranking2021()), workbook(["Sở Tư pháp"]));
    if (!found.ok) throw new Error("not found");
    expect(withRankingLine({ ...defaultDocumentFields({ level: "huyen" }) }, found.value.line).peerGroup).toBe("huyện, thị xã, thành phố");
  });

  it("refuses a ranking of another year, naming both years", () => {
    const found = findRankingLine(published(ranking2021()), workbook(["Sở Tư pháp"], 2022));
    expect(messages(found)).toEqual(["Bảng xếp hạng «xep-hang-2021.xlsx» là của năm 2021, sổ chấm điểm là năm 2022; hãy dùng bảng xếp hạng năm 2022."]);
    expect(found.ok).toBe(false);
  });

  it("takes the latest year when the workbook does not say its own", () => {
    const older = published(rankUnits([unitAt("Sở Tư pháp", 70, { year: 2020 }), unitAt("Sở Y tế", 90, { year: 2020 })]), { sheet: "Xếp hạng 2020" });
    const both: PublishedRanking = { file: FILE, sheets: [...older.sheets, ...published(ranking2021()).sheets] };
    const found = findRankingLine(both, workbook(["Sở Tư pháp"], null));
    expect(found.ok && [found.value.sheet, found.value.line.rank]).toEqual(["Xếp hạng 2021", 6]);
    const in2020 = findRankingLine(both, workbook(["Sở Tư pháp"], 2020));
    expect(in2020.ok && [in2020.value.sheet, in2020.value.line.rank, in2020.value.line.rankOf]).toEqual(["Xếp hạng 2020", 2, 2]);
  });

  it("refuses a ranking of another template: by the template recorded with it, else by the name in its title", () => {
    const edited = hundredTemplate();
    edited.areas[0]!.maxPoints = 50;
    edited.areas[0]!.children![0]!.maxPoints = 50;
    const byKey = findRankingLine(published(ranking2021()), workbook(["Sở Tư pháp"], 2021, edited));
    expect(messages(byKey)).toEqual([
      `Bảng xếp hạng «xep-hang-2021.xlsx» so sánh các đơn vị chấm theo bộ tiêu chí «${edited.name}» với điểm tối đa khác sổ chấm điểm này; thứ hạng trong đó không phải của sổ này.`,
    ]);
    const other = { ...hundredTemplate(), id: "khac", name: "Bộ tiêu chí cấp huyện" };
    const byName = findRankingLine(published(ranking2021(), { withTemplate: false }), workbook(["Sở Tư pháp"], 2021, other));
    expect(messages(byName)).toEqual([
      `Bảng xếp hạng «xep-hang-2021.xlsx» so sánh các đơn vị chấm theo bộ tiêu chí «${hundredTemplate().name}», sổ chấm điểm này theo «Bộ tiêu chí cấp huyện»; thứ hạng trong đó không phải của sổ này.`,
    ]);
    expect(findRankingLine(published(ranking2021(), { withTemplate: false }), workbook(["Sở Tư pháp"])).ok).toBe(true);
  });

  it("says when the unit is not in the ranking, or was left out of it and why", () => {
    expect(messages(findRankingLine(published(ranking2021()), workbook(["Sở Nội vụ"])))).toEqual([
      "Không có Sở Nội vụ trong bảng xếp hạng «xep-hang-2021.xlsx» (trang «Xếp hạng 2021», 20 đơn vị được xếp hạng); kiểm tra tên đơn vị trong sổ chấm điểm, hoặc ghi thứ hạng bằng --rank.",
    ]);
    const left = messages(findRankingLine(published(ranking2021()), workbook(["Sở Lỗi"])));
    expect(left).toEqual([expect.stringMatching(/^Sở Lỗi có trong bảng xếp hạng «xep-hang-2021\.xlsx» \(trang «Xếp hạng 2021»\) nhưng chưa được xếp hạng: .*năm 2020.*\.$/)]);
  });

  it("says a workbook without a ranking sheet is not a ranking", () => {
    expect(messages(findRankingLine({ file: "danh-sach.xlsx", sheets: [] }, workbook(["Sở Tư pháp"])))).toEqual([
      "Tệp «danh-sach.xlsx» không phải bảng xếp hạng (tạo bằng par-index rank); --ranking cần bảng xếp hạng các đơn vị.",
    ]);
  });
});
