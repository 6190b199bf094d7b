// The rank line of a unit's plan document, as seed 001 writes it: "Năm 2021, Văn phòng UBND tỉnh
// xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc so với năm 2020)." The wording is the plan
// document's own (describeRank); a ranked unit is handed to it as a RankStanding.
import { describeRank, type RankStanding } from "../document/rankLine";
import type { Ranking, RankedUnit } from "./rankUnits";
import { unitKey } from "../unitNames";

export const DEFAULT_PEERS = "sở, ban, ngành";

/** A ranked unit's place as the plan document's fields hold it (withRankStanding fills them). */
export function standingOfRankedUnit(unit: Pick<RankedUnit, "rank" | "rankOf" | "change" | "rankChange">, peerGroup = DEFAULT_PEERS): RankStanding {
  return {
    rank: unit.rank,
    of: unit.rankOf,
    peerGroup,
    change: unit.change === null ? null : unit.change.kind === "new" ? "new" : unit.rankChange,
  };
}

/** "xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc so với năm 2020)"; without a change to tell, no parenthesis. */
export function rankPhrase(unit: Pick<RankedUnit, "rank" | "rankOf" | "change" | "rankChange">, previousYear: number | null, peers = DEFAULT_PEERS): string {
  return describeRank(standingOfRankedUnit(unit, peers), previousYear ?? undefined);
}

/** "Năm 2021, <unit> xếp thứ 06/20 … ." (the year left out when the ranking has none). */
export function rankSentence(unit: RankedUnit, ranking: Pick<Ranking, "year" | "previousYear">, peers = DEFAULT_PEERS): string {
  const lead = ranking.year === null ? unit.unit : `Năm ${ranking.year}, ${unit.unit}`;
  return `${lead} ${rankPhrase(unit, ranking.previousYear, peers)}.`;
}

/** The unit's line in a ranking (made now, or read back from its sheet), found by name as the units' workbooks write it. */
export function findRankedUnit<U extends Pick<RankedUnit, "unit">>(ranking: { units: readonly U[] }, unit: string): U | undefined {
  const key = unitKey(unit);
  return ranking.units.find((candidate) => unitKey(candidate.unit) === key);
}
