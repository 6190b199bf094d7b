// What `rank` reports: the JSON the issue specifies (units in rank order with their lĩnh vực,
// the units left out with their issues; numbers in points or percent, two decimals at most) and
// the Vietnamese table for the terminal.
import {
  formatIssue,
  formatRank,
  formatRankChange,
  SCORING_METHODS,
  type Hundredths,
  type Ranking,
  type ScoringMethod,
} from "../domain";
import { issueJson, type IssueJson } from "./checkReport";
import { clip, percent, points, renderTable } from "./format";
import { locatedIssueLine } from "./issueLines";

export interface RankUnitJson {
  file: string;
  unit: string;
  score: number;
  /** The applicable maximum. */
  max: number;
  percent: number;
  rank: number;
  rankOf: number;
  /** +4 = up four places since last year, −2 down two, 0 unchanged; null for a new unit or without last year's ranking. */
  rankChange: number | null;
  group: string;
  /** The stage of the unit's workbook in the appraisal rounds («self» when never moved). */
  stage: string;
  byMethod: Record<ScoringMethod, { score: number; max: number }>;
  areas: { code: string; score: number; max: number; percent: number | null; rank: number | null }[];
}

export interface RankJson {
  /** Ranked units whose result is not locked yet (0 when no workbook went through the appraisal rounds). */
  notFinal: number;
  units: RankUnitJson[];
  excluded: { file: string; reason: string; issues: IssueJson[] }[];
}

const num = (value: Hundredths): number => value / 100;

export function rankJson(ranking: Ranking): RankJson {
  return {
    notFinal: ranking.notFinal ?? 0,
    units: ranking.units.map((unit) => ({
      file: unit.file,
      unit: unit.unit,
      score: num(unit.score),
      max: num(unit.applicableMax),
      percent: num(unit.percent),
      rank: unit.rank,
      rankOf: unit.rankOf,
      rankChange: unit.rankChange,
      group: unit.group,
      stage: unit.stage ?? "self",
      byMethod: Object.fromEntries(
        SCORING_METHODS.map((method) => [method, { score: num(unit.byMethod[method].score), max: num(unit.byMethod[method].applicableMax) }]),
      ) as RankUnitJson["byMethod"],
      areas: unit.areas.map((area) => ({
        code: area.code,
        score: num(area.score),
        max: num(area.max),
        percent: area.percent === null ? null : num(area.percent),
        rank: area.rank,
      })),
    })),
    excluded: ranking.excluded.map((excluded) => ({ file: excluded.file, reason: excluded.reason, issues: excluded.issues.map(issueJson) })),
  };
}

/** The ranking table and the units left out, as the terminal shows them. */
export function rankLines(ranking: Ranking): string[] {
  const lines: string[] = [];
  const where = [ranking.template ? `bộ tiêu chí «${ranking.template.name}»` : "", ranking.year === null ? "" : `năm ${ranking.year}`].filter(Boolean).join(", ");
  const against = ranking.hasPrevious ? `; so sánh với ${ranking.previousYear === null ? "năm trước" : `năm ${ranking.previousYear}`}` : "";
  lines.push(`Xếp hạng ${ranking.units.length} đơn vị${where ? ` (${where}${against})` : ""}:`);
  if (ranking.units.length > 0) {
    const header = ["Hạng", "Đơn vị", "Điểm", "Tối đa", "Chỉ số", "Nhóm", ...(ranking.hasPrevious ? ["So với năm trước"] : [])];
    const rows = ranking.units.map((unit) => [
      formatRank(unit.rank, unit.rankOf),
      // «*»: the result is not locked yet (said under the table).
      clip(`${unit.unit}${ranking.hasStages && unit.stage !== "final" ? " *" : ""}`, 40),
      points(unit.score),
      points(unit.applicableMax),
      percent(unit.percent),
      unit.group,
      ...(ranking.hasPrevious ? [unit.change ? formatRankChange(unit.change) : ""] : []),
    ]);
    lines.push(...renderTable([header, ...rows], header.map((_, i) => i >= 2 && i <= 4)).map((line) => `  ${line}`));
  }
  if (ranking.notFinal) {
    lines.push(
      `  Cảnh báo: ${ranking.notFinal} đơn vị (đánh dấu *) chưa chốt kết quả thẩm định; thứ hạng có thể còn thay đổi (--final-only: chỉ xếp hạng đơn vị đã chốt).`,
    );
  }
  for (const unit of ranking.units) for (const warning of unit.issues) lines.push(locatedIssueLine(warning, unit.file));
  if (ranking.excluded.length > 0) {
    lines.push("");
    lines.push(`Chưa xếp hạng ${ranking.excluded.length} đơn vị:`);
    for (const excluded of ranking.excluded) {
      const [reason, ...errors] = excluded.issues;
      lines.push(`  ${excluded.unit} (${excluded.file}): ${reason ? formatIssue(reason) : excluded.reason}`);
      for (const error of errors.slice(0, 10)) lines.push(`  ${locatedIssueLine(error, excluded.file)}`);
      if (errors.length > 10) lines.push(`    … và ${errors.length - 10} lỗi khác (xem: par-index check ${excluded.file}).`);
    }
  }
  return lines;
}
