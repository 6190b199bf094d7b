import type { Grid } from "../../../src/domain/cells";
import { layoutRankingSheet } from "../../../src/domain/layout/layoutRankingSheet";
import { readRankingTable, readRankMove } from "../../../src/domain/layout/readRankingTable";
import { isFormulaCell } from "../../../src/domain/layout/sheetLayout";
import { readPreviousRankingJson } from "../../../src/domain/ranking/previousRanking";
import { rankUnits } from "../../../src/domain/ranking/rankUnits";
import { unitAt } from "../../helpers/rankingUnits";

/** The sheet's cells as a host reads them back. */
const asGrid = (cells: ReturnType<typeof layoutRankingSheet>["cells"]): Grid => cells.map((row) => row.map((cell) => (cell === null || isFormulaCell(cell) ? "" : cell)));

function previous2020() {
  const read = readPreviousRankingJson("2020.json", { year: 2020, units: [{ unit: "Sở Y tế", rank: 1 }, { unit: "Sở Tư pháp", rank: 6 }, { unit: "Sở Tài chính", rank: 2 }] });
  if (!read.ok) throw new Error("unreadable");
  return read.value;
}

describe("readRankingTable", () => {
  it("reads back every ranked unit's place and change, the years and the template a ranking sheet names", () => {
    const units = [unitAt("Sở Y tế", 80, { year: 2021 }), unitAt("Sở Tư pháp", 92.5, { year: 2021 }), unitAt("Sở Tài chính", 80, { year: 2021 }), unitAt("Sở Mới", 60, { year: 2021 })];
    const ranking = rankUnits(units, { previous: previous2020() });
    const table = readRankingTable(asGrid(layoutRankingSheet(ranking).cells));
    expect(table).toEqual({
      year: 2021,
      previousYear: 2020,
      templateName: ranking.template!.name,
      units: [
        { unit: "Sở Tư pháp", rank: 1, rankOf: 4, change: { kind: "up", steps: 5 }, rankChange: 5, score: 9250 },
        { unit: "Sở Tài chính", rank: 2, rankOf: 4, change: { kind: "same" }, rankChange: 0, score: 8000 },
        { unit: "Sở Y tế", rank: 2, rankOf: 4, change: { kind: "down", steps: 1 }, rankChange: -1, score: 8000 },
        { unit: "Sở Mới", rank: 4, rankOf: 4, change: { kind: "new" }, rankChange: null, score: 6000 },
      ],
      excluded: [],
    });
    // As the ranking itself has them.
    expect(table!.units).toEqual(ranking.units.map(({ unit, rank, rankOf, change, rankChange, score }) => ({ unit, rank, rankOf, change, rankChange, score })));
  });

  it("has no change without last year's ranking, and lists the units left out with their reason", () => {
    const ranking = rankUnits([unitAt("Sở Y tế", 90, { year: 2021 }), unitAt("Sở Cũ", 70, { year: 2020 }), unitAt("Sở Tư pháp", 85, { year: 2021 })]);
    const table = readRankingTable(asGrid(layoutRankingSheet(ranking).cells))!;
    expect(table.previousYear).toBeNull();
    expect(table.units.map((u) => [u.unit, u.rank, u.rankOf, u.change, u.rankChange])).toEqual([
      ["Sở Y tế", 1, 2, null, null],
      ["Sở Tư pháp", 2, 2, null, null],
    ]);
    expect(table.excluded).toEqual([{ unit: "Sở Cũ", reason: expect.stringContaining("năm 2020") }]);
  });

  it("is null for a sheet that is not a ranking", () => {
    expect(readRankingTable([["Họ và tên", "Đơn vị"], ["Nguyễn A", "Sở Y tế"]])).toBeNull();
  });
});

describe("readRankMove", () => {
  it.each([
    ["tăng 04 bậc", { kind: "up", steps: 4 }],
    ["giảm 14 bậc", { kind: "down", steps: 14 }],
    ["Giữ nguyên", { kind: "same" }],
    ["mới", { kind: "new" }],
    ["tăng 0 bậc", { kind: "same" }],
    ["", null],
    ["lên bốn bậc", null],
  ] as const)("reads «%s»", (text, move) => {
    expect(readRankMove(text)).toEqual(move);
  });
});
