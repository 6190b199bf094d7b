// `par-index check`: validates the scoring sheet(s) and prints the per-lĩnh vực table and the
// issues with their cells; exit 0 without errors, 1 with errors.
import { countBySeverity } from "../../domain";
import { readScoreWorkbook } from "../../node";
import { optionalString, parseCommandArgs, positionals } from "../args";
import { areaTableLines, checkJson } from "../checkReport";
import { issueLines } from "../issueLines";
import { methodSplitLine } from "../methodSplitReport";
import type { Output } from "../output";
import { originNote, scoreSheetListLines } from "../scoreSheetList";

export async function runCheck(argv: readonly string[], out: Output): Promise<number> {
  const args = parseCommandArgs("check", argv, { json: { type: "boolean" }, sheet: { type: "string" } });
  const [file] = positionals(args, ["tệp chấm điểm (.xlsx)"], "check") as [string];
  const sheet = optionalString(args, "sheet");
  const result = await readScoreWorkbook(file, sheet === undefined ? {} : { sheet });
  const report = checkJson(result);
  if (args.values.json) {
    out.json(report);
    return report.ok ? 0 : 1;
  }
  for (const line of scoreSheetListLines(result, "kiểm tra")) out.line(line);
  out.line();
  for (const scored of result.sheets) {
    const { managed, template, check } = scored;
    const who = [managed.unit, managed.year].filter(Boolean).join(", ");
    out.line(`Trang «${scored.sheetName}» — ${template.name}${who ? ` (${who})` : ""}${originNote(scored.origin)}`);
    out.line();
    for (const line of areaTableLines(scored)) out.line(line);
    const split = methodSplitLine(check.totals);
    if (split) out.line(split);
    out.line();
    const { errors, warnings } = countBySeverity(check.issues);
    if (errors === 0 && warnings === 0) out.line("Không có lỗi, không có cảnh báo.");
    else {
      out.line(`${errors} lỗi, ${warnings} cảnh báo:`);
      for (const line of issueLines(check.issues)) out.line(line);
    }
    out.line();
  }
  return report.ok ? 0 : 1;
}
