// `par-index check`: validates the scoring sheet(s) and prints the per-lĩnh vực table and the
// issues with their cells (warnings of one kind grouped when there are many; --errors-only leaves
// them out), then one summary line; exit 0 without errors, 1 with errors.
import { countBySeverity, type Issue } from "../../domain";
import { readScoreWorkbook } from "../../node";
import { optionalString, parseCommandArgs, positionals } from "../args";
import { areaTableLines, checkJson } from "../checkReport";
import { issueLines } from "../issueLines";
import { methodSplitLine } from "../methodSplitReport";
import type { Output } from "../output";
import { originNote, scoreSheetListLines } from "../scoreSheetList";
import { noteSkippedSheets } from "../skippedSheetNotes";

export async function runCheck(argv: readonly string[], out: Output): Promise<number> {
  const args = parseCommandArgs("check", argv, { json: { type: "boolean" }, sheet: { type: "string" }, "errors-only": { type: "boolean" } });
  const errorsOnly = args.values["errors-only"] === true;
  const [file] = positionals(args, ["tệp chấm điểm (.xlsx)"], "check") as [string];
  const sheet = optionalString(args, "sheet");
  const result = await readScoreWorkbook(file, { readOnly: true, ...(sheet === undefined ? {} : { sheet }) });
  // The sheets left out are part of the answer for a script too.
  const report = { ...checkJson(result), ...(result.skipped.length > 0 ? { skippedSheets: result.skipped } : {}) };
  noteSkippedSheets(out, file, result.skipped, args.values.json === true);
  if (args.values.json) {
    out.json(errorsOnly ? { ...report, issues: report.issues.filter((issue) => issue.severity === "error") } : report);
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
    else if (errorsOnly && errors === 0) out.line(`Không có lỗi (${count(warnings)} cảnh báo không liệt kê: --errors-only).`);
    else {
      out.line(errorsOnly ? `${count(errors)} lỗi (${count(warnings)} cảnh báo không liệt kê: --errors-only):` : `${count(errors)} lỗi, ${count(warnings)} cảnh báo:`);
      for (const line of issueLines(check.issues, file, { errorsOnly, group: true })) out.line(line);
    }
    out.line();
  }
  out.line(summaryLine(result.sheets.map((scored) => scored.check.issues)));
  return report.ok ? 0 : 1;
}

const count = (n: number) => n.toLocaleString("vi-VN");

/** The last line: how many sheets, errors and warnings in all, and what to do next. */
function summaryLine(issuesBySheet: readonly (readonly Issue[])[]): string {
  const all = issuesBySheet.flat();
  const { errors, warnings } = countBySeverity(all);
  const next = errors > 0 ? "sửa các lỗi trên rồi chạy lại par-index check." : "có thể lập kế hoạch khắc phục (par-index plan).";
  return `Kết quả: ${count(issuesBySheet.length)} trang chấm điểm, ${count(errors)} lỗi, ${count(warnings)} cảnh báo; ${next}`;
}
