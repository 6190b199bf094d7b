// `par-index rank`: reads many units' scoring workbooks one at a time, ranks them (with last
// year's ranking when given) and writes the ranking workbook with its charts; rebuilding an
// existing ranking keeps the notes staff typed in it. Exit 0 when every workbook was ranked,
// 1 when some were left out (listed with their reasons), 2 when the call or an input is unusable.
import { existsSync } from "node:fs";
import path from "node:path";
import {
  DEFAULT_GROUPS,
  formatIssue,
  parseGroupScheme,
  rankUnits,
  type GroupScheme,
  type Issue,
  type PreviousRanking,
  type Template,
  type UnitResult,
} from "../../domain";
import {
  createRankingWorkbook,
  hasRankingSheet,
  loadWorkbook,
  OutputExistsError,
  readPreviousRankingFile,
  readUnitFile,
  saveRankingWorkbook,
  WorkbookReadError,
  writeRanking,
} from "../../node";
import { optionalString, parseCommandArgs } from "../args";
import { describeError } from "../describeError";
import { expandInputFiles } from "../inputFiles";
import type { Output } from "../output";
import { rankJson, rankLines } from "../rankReport";
import { UsageError } from "../usageError";

export async function runRank(argv: readonly string[], out: Output): Promise<number> {
  const args = parseCommandArgs("rank", argv, {
    out: { type: "string" },
    previous: { type: "string" },
    groups: { type: "string" },
    "group-labels": { type: "string" },
    json: { type: "boolean" },
    force: { type: "boolean" },
  });
  const json = args.values.json === true;
  const target = optionalString(args, "out");
  if (target === undefined && !json) throw new UsageError("Thiếu tùy chọn --out (tệp bảng xếp hạng cần ghi).", "rank");
  const groups = groupScheme(optionalString(args, "groups"), optionalString(args, "group-labels"));
  const previousFile = optionalString(args, "previous");

  if (target !== undefined && previousFile !== undefined && path.resolve(target) === path.resolve(previousFile)) {
    throw new UsageError("Tệp --out trùng tệp --previous: bảng năm trước không bao giờ bị ghi đè; hãy chọn tên khác.", "rank");
  }
  const given = expandInputFiles(args.positionals);
  // A rerun over don-vi/*.xlsx finds last run's output among the inputs: it is the output, not a unit.
  const files = target === undefined ? given : given.filter((file) => path.resolve(file) !== path.resolve(target));
  if (files.length === 0) throw new UsageError("Thiếu các tệp chấm điểm của đơn vị (.xlsx).", "rank");
  if (files.length < given.length) out.problem(`Bỏ qua ${target} trong danh sách đầu vào: đó là tệp kết quả.`);
  // Decided before reading every unit: a workbook that is not a ranking is never replaced without --force.
  if (target !== undefined && existsSync(target) && args.values.force !== true && !hasRankingSheet(await loadWorkbook(target))) {
    throw new OutputExistsError(target);
  }

  let previous: PreviousRanking | null = null;
  if (previousFile !== undefined) {
    const read = await readPreviousRankingFile(previousFile);
    if (!read.ok) {
      for (const issue of read.issues) out.problem(`par-index rank: ${formatIssue(issue)}`);
      return 2;
    }
    for (const issue of read.issues) out.problem(`Cảnh báo: ${formatIssue(issue)}`);
    previous = read.value;
  }

  const units: UnitResult[] = [];
  const unusable: string[] = [];
  // Units sharing a template share one copy of it, so a thousand units keep one template.
  const templates = new Map<string, Template>();
  for (const file of files) {
    try {
      const reading = await readUnitFile(file);
      if (!reading.ok) {
        unusable.push(...reading.issues.map((issue: Issue) => formatIssue(issue)));
        continue;
      }
      for (const unit of reading.units) {
        const shared = templates.get(unit.templateKey) ?? unit.template;
        templates.set(unit.templateKey, shared);
        units.push({ ...unit, template: shared });
      }
    } catch (error) {
      if (!(error instanceof WorkbookReadError)) throw error;
      unusable.push(describeError(error));
    }
  }
  if (unusable.length > 0) {
    out.problem(`par-index rank: ${unusable.length} tệp không dùng được${target ? ` (chưa ghi ${target})` : ""}:`);
    for (const line of unusable) out.problem(`  ${line}`);
    return 2;
  }

  const ranking = rankUnits(units, { groups, previous });
  let written: Awaited<ReturnType<typeof writeRanking>> | null = null;
  if (target !== undefined) {
    const rebuild = existsSync(target) && args.values.force !== true;
    const workbook = rebuild ? await loadWorkbook(target) : createRankingWorkbook();
    written = writeRanking(workbook, ranking);
    await saveRankingWorkbook(workbook, written, target, [...files, ...(previousFile ? [previousFile] : [])]);
  }

  if (json) out.json(rankJson(ranking));
  else {
    for (const line of rankLines(ranking)) out.line(line);
    if (written && target) {
      out.line("");
      const how = written.rebuilt ? `được lập lại, giữ ${written.notesKept} ghi chú theo đơn vị` : "mới";
      const charts = (written.ranking.charts?.length ?? 0) + (written.areas.charts?.length ?? 0);
      out.line(`Đã ghi ${target}: trang «${written.ranking.name}» ${how}, trang «${written.areas.name}», ${charts} biểu đồ.`);
    }
  }
  return ranking.excluded.length > 0 ? 1 : 0;
}

function groupScheme(thresholds: string | undefined, labels: string | undefined): GroupScheme {
  if (thresholds === undefined && labels === undefined) return DEFAULT_GROUPS;
  const parsed = parseGroupScheme(thresholds ?? "90,80,70", labels);
  if (!parsed.ok) throw new UsageError(parsed.issues.map((issue) => formatIssue(issue)).join(" "), "rank");
  return parsed.value;
}
