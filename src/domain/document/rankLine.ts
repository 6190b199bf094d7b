// A unit's place in the published ranking, as the plan writes it: "xếp thứ 06/20 sở, ban, ngành
// (tăng 04 bậc so với năm 2020)". The ranking (issue 9) fills a RankStanding; staff may type one
// in the document fields ("tăng 4", "+4", "giảm 2 bậc", "giữ nguyên", "mới").
import { foldText } from "../import/foldText";
import { twoDigits } from "./documentText";

export interface RankStanding {
  /** 1-based place. */
  rank: number;
  /** How many units were ranked. */
  of: number;
  /** Who they are: "sở, ban, ngành", "huyện, thành phố"… (may be empty). */
  peerGroup?: string;
  /** Places gained (+) or lost (−) against last year; "new" for a unit not ranked then; null unknown. */
  change?: RankChange;
}

export type RankChange = number | "new" | null;

/** "tăng 04 bậc", "giảm 02 bậc", "giữ nguyên thứ hạng"; null when there is nothing to say. */
export function describeRankChange(change: RankChange | undefined): string | null {
  if (change === null || change === undefined || change === "new") return null;
  if (change === 0) return "giữ nguyên thứ hạng";
  return `${change > 0 ? "tăng" : "giảm"} ${twoDigits(Math.abs(change))} bậc`;
}

/** "xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc so với năm 2020)" — the year is the one compared with. */
export function describeRank(standing: RankStanding, previousYear?: number): string {
  const peers = standing.peerGroup?.trim();
  const change = describeRankChange(standing.change);
  const compared = change ? ` (${change}${previousYear ? ` so với năm ${previousYear}` : " so với năm trước"})` : "";
  return `xếp thứ ${twoDigits(standing.rank)}/${twoDigits(standing.of)}${peers ? ` ${peers}` : ""}${compared}`;
}

/** A rank change as staff type it; undefined when it cannot be read. */
export function parseRankChange(value: string | number | boolean | null | undefined): RankChange | undefined {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  if (typeof value === "boolean") return undefined;
  const folded = foldText(value);
  if (folded === "") return null;
  if (/^(giu nguyen|khong doi|khong thay doi)( thu hang| bac)?$/.test(folded)) return 0;
  if (/^(moi|don vi moi|chua xep hang)$/.test(folded)) return "new";
  const words = /^(tang|giam) (\d{1,4})( bac)?$/.exec(folded);
  if (words) return (words[1] === "tang" ? 1 : -1) * Number(words[2]);
  const signed = /^\s*([+\-−]?)\s*(\d{1,4})\s*$/.exec(value.normalize("NFC"));
  if (signed) return (signed[1] === "-" || signed[1] === "−" ? -1 : 1) * Number(signed[2]);
  return undefined;
}
