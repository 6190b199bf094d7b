// `par-index split`: one workbook per unit in --out-dir, each with the whole scoring sheet and
// only the unit's items open, tied to the master by the metadata. The master is only read; every
// file follows the one output rule (never the master, no existing file replaced without --force),
// and the run is all or nothing: none is written when one would be refused, and a failure part way
// removes the new files already written. --out-dir is checked before the master is read.
import path from "node:path";
import { formatDeadline, masterIdOf, scheduleFor } from "../../domain";
import { assignmentOfSheet, checkOutputFolder, createUnitWorkbook, masterSheetOf, readScoreWorkbook, workbookFileBytes, writeFilesInFolder } from "../../node";
import { optionalString, parseCommandArgs, positionals, requireString } from "../args";
import { issueLines } from "../issueLines";
import type { Output } from "../output";
import { noteSkippedSheets } from "../skippedSheetNotes";
import { SCHEDULE_OPTIONS, scheduleOptions } from "../scheduleArgs";

export async function runSplit(argv: readonly string[], out: Output): Promise<number> {
  const args = parseCommandArgs("split", argv, {
    "out-dir": { type: "string" },
    json: { type: "boolean" },
    sheet: { type: "string" },
    force: { type: "boolean" },
    ...SCHEDULE_OPTIONS,
  });
  const [file] = positionals(args, ["tệp chấm điểm tổng hợp (.xlsx)"], "split") as [string];
  const outDir = requireString(args, "out-dir", "split");
  const sheet = optionalString(args, "sheet");
  const schedule = scheduleOptions(args, "split");
  const force = args.values.force === true;
  await checkOutputFolder(outDir);

  const result = await readScoreWorkbook(file, { readOnly: true, ...(sheet === undefined ? {} : { sheet }) });
  noteSkippedSheets(out, file, result.skipped, args.values.json === true);
  const scored = result.sheets[0]!;
  const assignment = assignmentOfSheet(scored);
  if (assignment.units.length === 0) {
    out.problem(`Trang «${scored.sheetName}» chưa phân công cho đơn vị nào (cột «Đơn vị chủ trì» trống); chưa tạo tệp nào.`);
    return 1;
  }
  const master = masterSheetOf(scored);
  const splitAt = new Date().toISOString();
  const base = path.basename(file).replace(/\.xlsx$/i, "");
  const names = fileNames(base, assignment.units.map((u) => u.unit.name));
  const made = assignment.units.map((unit) => {
    const own = scheduleFor(schedule, unit.unit.name);
    return { own, make: () => createUnitWorkbook(master, assignment, { unit: unit.unit.name, schedule: own, splitAt }) };
  });
  const sheets: { unit: string; items: string[] }[] = [];
  const targets = await writeFilesInFolder(
    outDir,
    names.map((name, i) => ({
      name,
      // One unit's workbook in memory at a time.
      bytes: async (output) => {
        const unitWorkbook = made[i]!.make();
        sheets[i] = { unit: unitWorkbook.sheet.unit, items: unitWorkbook.sheet.items };
        return workbookFileBytes(unitWorkbook.workbook, output);
      },
    })),
    { kind: "xlsx", inputs: [file], replace: force },
  );
  const files = targets.map((target, i) => ({ unit: sheets[i]!.unit, file: target, items: sheets[i]!.items, deadline: made[i]!.own.deadline ?? null }));

  if (args.values.json) {
    out.json({ sheet: scored.sheetName, masterId: masterIdOf(master.record, master.template), splitAt, files, unassigned: assignment.unassigned });
    return 0;
  }
  out.line(`Đã tạo ${files.length} tệp trong ${outDir} từ trang «${scored.sheetName}»:`);
  for (const entry of files) {
    const deadline = entry.deadline ? `; hạn gửi ${formatDeadline(entry.deadline)}` : "";
    out.line(`  ${entry.unit}: ${path.basename(entry.file)} (${entry.items.length} mục${deadline})`);
  }
  if (assignment.unassigned.length > 0) {
    out.line();
    out.line(`${assignment.unassigned.length} mục chưa phân công, không có trong tệp nào:`);
    for (const line of issueLines(assignment.issues, file)) out.line(line);
  }
  return 0;
}

/** "<master> - <unit>.xlsx", without characters file systems refuse; a second unit of the same name gets " (2)". */
export function fileNames(base: string, units: readonly string[]): string[] {
  const taken = new Set<string>();
  return units.map((unit) => {
    const clean = `${base} - ${unit}`.normalize("NFC").replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").replace(/\s+/g, " ").trim();
    let name = `${clean}.xlsx`;
    for (let n = 2; taken.has(name.toLocaleLowerCase("vi")); n += 1) name = `${clean} (${n}).xlsx`;
    taken.add(name.toLocaleLowerCase("vi"));
    return name;
  });
}
