// A ranking sheet read back as its published result: the year it ranks and the year it compares
// with, the template its title names, each ranked unit's place ("06/20") and change ("tăng 04
// bậc", "giảm 02 bậc", "giữ nguyên", "mới"), and the units left out with their reason — what a
// unit's plan document needs from it. Columns are found by their header text, so moved columns
// still read.
import { cellText, isBlank, type CellValue, type Grid } from "../cells";
import { parsePoints, type Hundredths } from "../points";
import type { RankMove } from "../ranking/rankChange";
import { signedRankChange } from "../ranking/rankChange";
import { yearFromTitle } from "../ranking/readUnitWorkbook";
import { tidyUnitName } from "../unitNames";
import { EXCLUDED_HEADERS, RANKING_HEADERS } from "./rankingSheetColumns";
import { isRankingSheet } from "./readRankingSheet";

/** A ranked unit's line, shaped as the ranking's RankedUnit for findRankedUnit and standingOfRankedUnit. */
export interface RankingLine {
  unit: string;
  rank: number;
  rankOf: number;
  /** null when the ranking had no last year to compare with. */
  change: RankMove | null;
  rankChange: number | null;
  /** Tổng điểm as the ranking sheet holds it, in hundredths; null when the sheet has none that reads. */
  score: Hundredths | null;
}

export interface RankingTable {
  year: number | null;
  /** The year compared with, as the sheet's note says ("So sánh với kết quả năm 2020."). */
  previousYear: number | null;
  /** The template its subtitle names ("Bộ tiêu chí: …. 20 đơn vị được xếp hạng."). */
  templateName: string | null;
  units: RankingLine[];
  /** Units listed as not ranked, with the first line of the reason. */
  excluded: { unit: string; reason: string }[];
}

/** The sheet's ranking, or null when the grid is not a ranking sheet. */
export function readRankingTable(values: Grid): RankingTable | null {
  if (!isRankingSheet(values)) return null;
  const head = values.slice(0, 6).map((row) => cellText(row[0]).normalize("NFC"));
  const templateName = head.map((text) => /^Bộ tiêu chí: (.+?)\. \d+ đơn vị (?:được|chưa được) xếp hạng/su.exec(text)?.[1]).find((name) => name !== undefined) ?? null;
  const previous = head.map((text) => /So sánh với kết quả năm (\d{4})\./u.exec(text)?.[1]).find((year) => year !== undefined);
  const units: RankingLine[] = [];
  const excluded: RankingTable["excluded"] = [];
  let table: { kind: "ranked"; unit: number; rankOf: number; change: number; score: number } | { kind: "excluded"; unit: number; reason: number } | null = null;
  for (const row of values) {
    const header = rankedHeader(row) ?? excludedHeader(row);
    if (header) {
      table = header;
      continue;
    }
    if (!table) continue;
    const unit = tidyUnitName(cellText(row[table.unit]));
    // A table ends at its first row without a unit (the blank row before the next section).
    if (!unit) {
      table = null;
      continue;
    }
    if (table.kind === "excluded") {
      excluded.push({ unit, reason: cellText(row[table.reason]).split("\n")[0]!.trim() });
      continue;
    }
    const place = readPlace(row[table.rankOf]);
    if (!place) continue;
    const change = table.change >= 0 ? readRankMove(row[table.change]) : null;
    const raw = table.score >= 0 ? row[table.score] : null;
    const score = typeof raw === "number" || (typeof raw === "string" && !isBlank(raw)) ? parsePoints(raw) : null;
    units.push({ unit, rank: place.rank, rankOf: place.of, change, rankChange: change ? signedRankChange(change) : null, score: score?.ok ? score.value : null });
  }
  return { year: yearFromTitle(values), previousYear: previous ? Number(previous) : null, templateName, units, excluded };
}

function rankedHeader(row: readonly CellValue[]) {
  const find = (text: string) => row.findIndex((cell) => cellText(cell) === text);
  const unit = find(RANKING_HEADERS.unit);
  const rankOf = find(RANKING_HEADERS.rankOf);
  if (unit < 0 || rankOf < 0) return null;
  return { kind: "ranked" as const, unit, rankOf, change: find(RANKING_HEADERS.rankChange), score: find(RANKING_HEADERS.score) };
}

function excludedHeader(row: readonly CellValue[]) {
  const find = (text: string) => row.findIndex((cell) => cellText(cell) === text);
  const unit = find(EXCLUDED_HEADERS.unit);
  const reason = find(EXCLUDED_HEADERS.reason);
  return unit >= 0 && reason >= 0 && find(EXCLUDED_HEADERS.index) >= 0 ? { kind: "excluded" as const, unit, reason } : null;
}

/** "06/20" → 6 of 20. */
function readPlace(value: CellValue): { rank: number; of: number } | null {
  const match = /^\s*(\d{1,5})\s*\/\s*(\d{1,5})\s*$/.exec(cellText(value));
  if (!match) return null;
  const rank = Number(match[1]);
  const of = Number(match[2]);
  return rank >= 1 && of >= rank ? { rank, of } : null;
}

/** "tăng 04 bậc", "giảm 02 bậc", "giữ nguyên", "mới" as the ranking sheet writes them (formatRankChange). */
export function readRankMove(value: CellValue): RankMove | null {
  const text = cellText(value).normalize("NFC").trim().toLocaleLowerCase("vi");
  if (text === "") return null;
  if (text === "mới") return { kind: "new" };
  if (text === "giữ nguyên") return { kind: "same" };
  const match = /^(tăng|giảm) (\d{1,5}) bậc$/u.exec(text);
  if (!match) return null;
  const steps = Number(match[2]);
  if (steps === 0) return { kind: "same" };
  return match[1] === "tăng" ? { kind: "up", steps } : { kind: "down", steps };
}
