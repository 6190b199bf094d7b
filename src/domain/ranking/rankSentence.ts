// The rank line of a unit's plan document, as seed 001 writes it: "Năm 2021, Văn phòng UBND tỉnh
// xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc so với năm 2020)."
import { formatRank, formatRankChange, type RankChange, type RankFormat } from "./rankChange";
import type { Ranking, RankedUnit } from "./rankUnits";
import { unitKey } from "./unitKey";

export interface RankSentenceOptions extends RankFormat {
  /** Who the unit is ranked among: "sở, ban, ngành" (the default), "huyện, thị xã, thành phố", "xã, phường"… */
  peers?: string;
}

export const DEFAULT_PEERS = "sở, ban, ngành";

/** "xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc so với năm 2020)"; without a previous ranking, no parenthesis. */
export function rankPhrase(
  unit: Pick<RankedUnit, "rank" | "rankOf" | "change">,
  previousYear: number | null,
  options: RankSentenceOptions = {},
): string {
  const phrase = `xếp thứ ${formatRank(unit.rank, unit.rankOf, options)} ${options.peers ?? DEFAULT_PEERS}`;
  return unit.change ? `${phrase} (${changeClause(unit.change, previousYear, options)})` : phrase;
}

/** "Năm 2021, <unit> xếp thứ 06/20 … ." (the year left out when the ranking has none). */
export function rankSentence(unit: RankedUnit, ranking: Pick<Ranking, "year" | "previousYear">, options: RankSentenceOptions = {}): string {
  const lead = ranking.year === null ? unit.unit : `Năm ${ranking.year}, ${unit.unit}`;
  return `${lead} ${rankPhrase(unit, ranking.previousYear, options)}.`;
}

/** The unit's line in a ranking, found by name as the units' workbooks write it. */
export function findRankedUnit(ranking: Pick<Ranking, "units">, unit: string): RankedUnit | undefined {
  const key = unitKey(unit);
  return ranking.units.find((candidate) => unitKey(candidate.unit) === key);
}

function changeClause(change: RankChange, previousYear: number | null, options: RankFormat): string {
  const since = previousYear === null ? "so với năm trước" : `so với năm ${previousYear}`;
  switch (change.kind) {
    case "up":
    case "down":
      return `${formatRankChange(change, options)} ${since}`;
    case "same":
      return `giữ nguyên thứ hạng ${since}`;
    default:
      return previousYear === null ? "năm trước chưa được xếp hạng" : `năm ${previousYear} chưa được xếp hạng`;
  }
}
