// `par-index rank`: reads many units' scoring workbooks one at a time, ranks them (with last
// year's ranking when given) and writes the ranking workbook with its charts; rebuilding an
// existing ranking keeps the notes staff typed in it. Exit 0 when every workbook was ranked,
// 1 when some were left out (listed with their reasons), 2 when the call or an input is unusable.
// --out follows every command's rule (outputTarget), decided before the first unit is read; the
// output and last year's ranking found among the inputs (a rerun over don-vi/) are not units, and
// Excel's lock files (~$…) are skipped.
import { existsSync } from "node:fs";
import type { Workbook } from "exceljs";
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
  sameFile,
  saveRankingWorkbook,
  WorkbookReadError,
  WorkbookTooLargeError,
  writeRanking,
} from "../../node";
import { skippedSheetLines } from "../skippedSheetNotes";
import { optionalString, parseCommandArgs } from "../args";
import { describeError } from "../describeError";
import { expandInputFiles, lockFileNote } from "../inputFiles";
import { forceGiven, OUTPUT_OPTIONS, optionalOutputTarget } from "../outputTarget";
import { refusalLines } from "../refusalLines";
import type { Output } from "../output";
import { rankJson, rankLines } from "../rankReport";
import { UsageError } from "../usageError";

export async function runRank(argv: readonly string[], out: Output): Promise<number> {
  const args = parseCommandArgs("rank", argv, {
    ...OUTPUT_OPTIONS,
    previous: { type: "string" },
    groups: { type: "string" },
    "group-labels": { type: "string" },
    json: { type: "boolean" },
    "final-only": { type: "boolean" },
  });
  const json = args.values.json === true;
  const finalOnly = args.values["final-only"] === true;
  const outFile = optionalString(args, "out");
  if (outFile === undefined && !json) throw new UsageError("Thiếu tùy chọn --out (tệp bảng xếp hạng cần ghi).", "rank");
  const groups = groupScheme(optionalString(args, "groups"), optionalString(args, "group-labels"));
  const previousFile = optionalString(args, "previous");

  if (outFile !== undefined && previousFile !== undefined && (await sameFile(outFile, previousFile))) {
    throw new UsageError("Tệp --out trùng tệp --previous: bảng năm trước không bao giờ bị ghi đè; hãy chọn tên khác.", "rank");
  }
  const given = expandInputFiles(args.positionals);
  // A rerun over don-vi/*.xlsx finds last run's output among the inputs: when it is a ranking
  // workbook it is the output, not a unit. Any other file there stays an input, never replaced.
  const existing = outFile !== undefined ? await inspectExisting(outFile) : null;
  const notes: string[] = [];
  const files: string[] = [];
  for (const file of given.files) {
    if (existing?.workbook && (await sameFile(file, outFile!))) notes.push(`Bỏ qua ${file} trong danh sách đầu vào: đó là tệp kết quả.`);
    else if (previousFile !== undefined && (await sameFile(file, previousFile))) notes.push(`Bỏ qua ${file} trong danh sách đầu vào: đó là bảng xếp hạng năm trước (--previous).`);
    else files.push(file);
  }
  const lockNote = lockFileNote(given.lockFiles);
  if (lockNote) notes.push(lockNote);
  if (files.length === 0) throw new UsageError("Thiếu các tệp chấm điểm của đơn vị (.xlsx).", "rank");
  const output = await optionalOutputTarget(args, "xlsx", [...files, ...(previousFile ? [previousFile] : [])], "inspect");
  const target = output?.path;
  // Decided before reading every unit: a workbook that is not a ranking is never replaced without --force.
  let rebuilding: Workbook | null = null;
  if (output?.exists && !forceGiven(args)) {
    if (!existing?.workbook) {
      const why = existing?.problem === "unreadable" ? "nhưng không phải sổ tính đọc được" : "và không phải bảng xếp hạng (lập lại trên bảng xếp hạng cũ thì giữ ghi chú)";
      throw new OutputExistsError(output.path, `Tệp «${output.path}» đã có ${why}; chọn tên khác cho --out, hoặc thêm --force để ghi đè.`);
    }
    rebuilding = existing.workbook;
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
      notes.push(...skippedSheetLines(file, reading.skipped));
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
      if (!(error instanceof WorkbookReadError || error instanceof WorkbookTooLargeError)) throw error;
      unusable.push(describeError(error));
    }
  }
  if (unusable.length > 0) {
    const heading = `${unusable.length} tệp không dùng được${target ? ` (chưa ghi ${target})` : ""}:`;
    for (const line of refusalLines("rank", unusable, heading, target ? `Chưa ghi ${target}.` : "")) out.problem(line.trimEnd());
    return 2;
  }

  const ranking = rankUnits(units, { groups, previous, finalOnly });
  let written: Awaited<ReturnType<typeof writeRanking>> | null = null;
  if (output) {
    const workbook = rebuilding ?? createRankingWorkbook();
    written = writeRanking(workbook, ranking);
    await saveRankingWorkbook(workbook, written, output, { existing: output.exists || forceGiven(args) ? "replace" : "refuse" });
  }

  if (json) {
    for (const note of notes) out.problem(note);
    out.json(rankJson(ranking));
  } else {
    for (const note of notes) out.line(note);
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

/**
 * The existing --out: a ranking workbook (rebuilt keeping its notes), or why it is not one. Only an
 * .xlsx that is there is opened; any other name is refused by the output rule.
 */
async function inspectExisting(file: string): Promise<{ workbook: Workbook | null; problem: "unreadable" | "not_ranking" | null } | null> {
  if (!/\.xlsx$/i.test(file) || !existsSync(file)) return null;
  let workbook: Workbook;
  try {
    workbook = await loadWorkbook(file);
  } catch (error) {
    if (error instanceof WorkbookReadError || error instanceof WorkbookTooLargeError) return { workbook: null, problem: "unreadable" };
    throw error;
  }
  return hasRankingSheet(workbook) ? { workbook, problem: null } : { workbook: null, problem: "not_ranking" };
}

function groupScheme(thresholds: string | undefined, labels: string | undefined): GroupScheme {
  if (thresholds === undefined && labels === undefined) return DEFAULT_GROUPS;
  const parsed = parseGroupScheme(thresholds ?? "90,80,70", labels);
  if (!parsed.ok) throw new UsageError(parsed.issues.map((issue) => formatIssue(issue)).join(" "), "rank");
  return parsed.value;
}
