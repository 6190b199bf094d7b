// `par-index assignments`: who scores what, read from the scoring sheet's Đơn vị chủ trì / phối
// hợp columns as staff left them; with --out, the assignment table (seed 004's appendix) as a
// workbook of its own (.xlsx), or as the plan's appendix document (.docx), by the name given.
// Unassigned items are warnings: exit 0 unless the input cannot be used.
import {
  buildAssignmentAppendix,
  buildAssignmentTable,
  describeItems,
  describeItemsText,
  formatDeadline,
  indexTemplate,
  layoutAssignmentSheet,
  scheduleFor,
  scheduleText,
} from "../../domain";
import { renderDocx } from "../../docx/renderDocx";
import { assignmentOfSheet, createAssignmentWorkbook, readScoreWorkbook, writeWorkbook } from "../../node";
import { optionalString, parseCommandArgs, positionals } from "../args";
import { OUTPUT_OPTIONS, optionalOutputTarget } from "../outputTarget";
import { issueJson } from "../checkReport";
import { issueLines } from "../issueLines";
import type { Output } from "../output";
import { noteSkippedSheets } from "../skippedSheetNotes";
import { SCHEDULE_OPTIONS, scheduleOptions } from "../scheduleArgs";

export async function runAssignments(argv: readonly string[], out: Output): Promise<number> {
  const args = parseCommandArgs("assignments", argv, {
    json: { type: "boolean" },
    sheet: { type: "string" },
    ...OUTPUT_OPTIONS,
    ...SCHEDULE_OPTIONS,
  });
  const [file] = positionals(args, ["tệp chấm điểm (.xlsx)"], "assignments") as [string];
  const sheet = optionalString(args, "sheet");
  const schedule = scheduleOptions(args, "assignments");
  const output = await optionalOutputTarget(args, ["xlsx", "docx"], [file]);
  const target = output?.path;

  const result = await readScoreWorkbook(file, { readOnly: true, ...(sheet === undefined ? {} : { sheet }) });
  noteSkippedSheets(out, file, result.skipped, args.values.json === true);
  const scored = result.sheets[0]!;
  const assignment = assignmentOfSheet(scored);
  const index = indexTemplate(scored.template);
  const table = buildAssignmentTable(scored.template, assignment, {
    ...schedule,
    ...(scored.managed.unit ? { assessedUnit: scored.managed.unit } : {}),
    ...(scored.managed.year ? { year: scored.managed.year } : {}),
  });
  if (output?.kind === "docx") {
    const bytes = await renderDocx(buildAssignmentAppendix(table));
    await output.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } else if (output) {
    const layout = layoutAssignmentSheet(table, scored.managed.year ? { year: scored.managed.year } : {});
    await writeWorkbook(createAssignmentWorkbook(layout), output);
  }

  const units = assignment.units.map((unit) => {
    const own = scheduleFor(schedule, unit.unit.name);
    return {
      unit: unit.unit.name,
      items: unit.items,
      summary: describeItemsText(index, new Set(unit.items)),
      coUnits: unit.coUnits.map((u) => u.name),
      deadline: own.deadline ?? null,
      timeFrame: own.timeFrame ?? null,
    };
  });
  if (args.values.json) {
    out.json({
      sheet: scored.sheetName,
      units,
      unassigned: assignment.unassigned,
      surveyed: assignment.surveyed,
      issues: assignment.issues.map(issueJson),
      file: target ?? null,
    });
    return 0;
  }
  out.line(`Phân công chấm điểm — trang «${scored.sheetName}»: ${units.length} đơn vị chủ trì.`);
  out.line();
  units.forEach((unit, i) => {
    const when = scheduleText(scheduleFor(schedule, unit.unit));
    out.line(`${i + 1}. ${unit.unit} — ${unit.items.length} mục chấm điểm${when ? `; ${when}` : ""}`);
    for (const line of describeItems(index, new Set(unit.items))) out.line(`   - ${line.text}`);
    if (unit.coUnits.length > 0) out.line(`   Phối hợp: ${unit.coUnits.join("; ")}`);
  });
  if (assignment.surveyed.length > 0) {
    out.line();
    out.line(`Không tự chấm (điều tra xã hội học, SIPAS): ${assignment.surveyed.join(", ")}.`);
  }
  if (assignment.unassigned.length > 0) {
    out.line();
    out.line(`${assignment.unassigned.length} mục chưa phân công:`);
    for (const line of issueLines(assignment.issues, file)) out.line(line);
  }
  if (target !== undefined) {
    out.line();
    const what = output?.kind === "docx" ? "phụ lục phân công (văn bản)" : "bảng phân công";
    out.line(`Đã ghi ${target}: ${what}${schedule.defaults?.deadline ? `, hạn gửi ${formatDeadline(schedule.defaults.deadline)}` : ""}.`);
  }
  return 0;
}
