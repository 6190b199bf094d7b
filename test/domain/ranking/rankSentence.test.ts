import { competitionRanks } from "../../../src/domain/ranking/competitionRank";
import { formatRank, formatRankChange, rankChangeOf, signedRankChange } from "../../../src/domain/ranking/rankChange";
import { findRankedUnit, rankPhrase, rankSentence, standingOfRankedUnit } from "../../../src/domain/ranking/rankSentence";
import { readPreviousRankingJson } from "../../../src/domain/ranking/previousRanking";
import { rankUnits } from "../../../src/domain/ranking/rankUnits";
import { unitAt } from "../../helpers/rankingUnits";

describe("competitionRanks", () => {
  it.each([
    [[9000, 8500, 8500, 7000], [1, 2, 2, 4]],
    [[5000, 5000, 5000], [1, 1, 1]],
    [[7000, null, 9000], [2, null, 1]],
    [[], []],
  ])("ranks %p as %p", (values, ranks) => {
    expect(competitionRanks(values)).toEqual(ranks);
  });
});

describe("rank wording", () => {
  it.each([
    [10, 6, "tăng 04 bậc", 4],
    [4, 6, "giảm 02 bậc", -2],
    [6, 20, "giảm 14 bậc", -14],
    [6, 6, "giữ nguyên", 0],
    [undefined, 6, "mới", null],
  ])("last year %p, now %p: «%s» (%p)", (previous, rank, text, signed) => {
    const change = rankChangeOf(rank, previous);
    expect(formatRankChange(change)).toBe(text);
    expect(signedRankChange(change)).toBe(signed);
  });

  it("pads ranks and steps to two digits as the seed writes them, or not at all", () => {
    expect(formatRank(6, 20)).toBe("06/20");
    expect(formatRank(12, 120)).toBe("12/120");
    expect(formatRank(6, 20, { pad: 1 })).toBe("6/20");
    expect(formatRankChange({ kind: "down", steps: 2 }, { pad: 1 })).toBe("giảm 2 bậc");
  });
});

describe("rankSentence", () => {
  // Twenty sở, ban, ngành; Văn phòng UBND tỉnh 6th (10th in 2020), as seed 001 reports for 2021.
  const units = Array.from({ length: 20 }, (_, i) => unitAt(i === 5 ? "Văn phòng UBND tỉnh" : `Sở ${String(i + 1).padStart(2, "0")}`, 99 - i, { year: 2021 }));
  const previous = readPreviousRankingJson("2020.json", { year: 2020, units: [{ unit: "Văn phòng UBND tỉnh", rank: 10, percent: 90 }] });
  if (!previous.ok) throw new Error("previous");
  const ranking = rankUnits(units, { previous: previous.value });
  const office = findRankedUnit(ranking, "văn phòng ubnd tỉnh")!;

  it("writes seed 001's line: xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc so với năm 2020)", () => {
    expect(rankSentence(office, ranking)).toBe("Năm 2021, Văn phòng UBND tỉnh xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc so với năm 2020).");
    expect(rankPhrase(office, ranking.previousYear)).toBe("xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc so với năm 2020)");
  });

  it("says nothing of a change for a unit new to the ranking, keeps an unchanged rank, and names other peers", () => {
    const newcomer = findRankedUnit(ranking, "Sở 01")!;
    expect(rankPhrase(newcomer, 2020, "huyện, thị xã, thành phố")).toBe("xếp thứ 01/20 huyện, thị xã, thành phố");
    expect(rankPhrase({ ...newcomer, change: { kind: "same" }, rankChange: 0 }, null)).toBe("xếp thứ 01/20 sở, ban, ngành (giữ nguyên thứ hạng so với năm trước)");
  });

  it("hands the plan document its standing", () => {
    expect(standingOfRankedUnit(office)).toEqual({ rank: 6, of: 20, peerGroup: "sở, ban, ngành", change: 4 });
    expect(standingOfRankedUnit(findRankedUnit(ranking, "Sở 01")!).change).toBe("new");
    expect(standingOfRankedUnit(findRankedUnit(rankUnits(units), "Sở 01")!).change).toBe(null);
  });

  it("has no comparison without last year's ranking", () => {
    const alone = rankUnits(units);
    expect(rankSentence(findRankedUnit(alone, "Văn phòng UBND tỉnh")!, alone)).toBe("Năm 2021, Văn phòng UBND tỉnh xếp thứ 06/20 sở, ban, ngành.");
  });
});
