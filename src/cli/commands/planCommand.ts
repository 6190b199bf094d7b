// `par-index plan`: writes a copy of the workbook with the remediation-plan sheet, keeping what
// staff typed in an earlier plan; the input file is never touched.
import { countBySeverity } from "../../domain";
import {
  planToCarryOver,
  readScoreWorkbook,
  refreshScoreSheetResults,
  SheetNotFoundError,
  writePlan,
  writeWorkbook,
  type CarriedPlan,
} from "../../node";
import { optionalString, parseCommandArgs, positionals } from "../args";
import { forceGiven, OUTPUT_OPTIONS, outputTarget } from "../outputTarget";
import { areaTableLines } from "../checkReport";
import { issueLines } from "../issueLines";
import { points } from "../format";
import { methodSplitLine } from "../methodSplitReport";
import type { Output } from "../output";
import { scoreSheetListLines } from "../scoreSheetList";

export async function runPlan(argv: readonly string[], out: Output): Promise<number> {
  const args = parseCommandArgs("plan", argv, {
    ...OUTPUT_OPTIONS,
    "lead-unit": { type: "string" },
    "time-frame": { type: "string" },
    sheet: { type: "string" },
  });
  const [file] = positionals(args, ["tệp chấm điểm (.xlsx)"], "plan") as [string];
  // An existing output is looked at before it is replaced: a plan of the same scoring sheet is taken over.
  const output = await outputTarget(args, "plan", "xlsx", [file], "inspect");
  const target = output.path;
  const leadUnit = optionalString(args, "lead-unit");
  const timeFrame = optionalString(args, "time-frame");
  const sheet = optionalString(args, "sheet");

  // Every scoring sheet is checked (so each one's cached results can be brought up to date); the
  // plan is for one: the one asked for, else the first.
  const read = await readScoreWorkbook(file);
  const wanted = sheet?.normalize("NFC");
  const scored = wanted === undefined ? read.sheets[0]! : read.sheets.find((s) => s.sheetName.normalize("NFC") === wanted);
  if (!scored) throw new SheetNotFoundError(sheet ?? "", read.sheets.map((s) => s.sheetName));
  const result = { ...read, sheets: [scored] };
  const { errors } = countBySeverity(scored.check.issues);
  if (errors > 0) {
    out.problem(`Trang «${scored.sheetName}» còn ${errors} lỗi về điểm; sửa xong rồi lập kế hoạch (chưa ghi ${target}):`);
    for (const line of issueLines(scored.check.issues.filter((i) => i.severity === "error"), file)) out.problem(line);
    return 1;
  }
  let carried: CarriedPlan | null = null;
  if (output.exists && !forceGiven(args)) carried = await planToCarryOver(target, { file, workbook: result.workbook }, scored);
  const written = writePlan(result.workbook, scored, result.metadata, {
    defaults: { ...(leadUnit ? { leadUnit } : {}), ...(timeFrame ? { timeFrame } : {}) },
    ...(carried ? { carriedPlan: carried.grid } : {}),
    ...(carried?.documentFields ? { carriedFields: carried.documentFields.fields } : {}),
  });
  // Viewers that do not recalculate (LibreOffice, previews, printing) show the cached results.
  for (const checked of read.sheets) refreshScoreSheetResults(result.workbook.getWorksheet(checked.sheetName)!, checked);
  await writeWorkbook(result.workbook, output, { existing: output.exists || forceGiven(args) ? "replace" : "refuse" });

  const { plan } = written;
  for (const line of scoreSheetListLines(result, "lập kế hoạch cho")) out.line(line);
  out.line(
    `Đã ghi ${target}: trang «${written.sheetName}» ${written.rebuilt || carried ? "được lập lại, giữ nội dung đã nhập" : "mới"}.`,
  );
  // Taken over from the earlier output, the fields sheet is new to the input's copy but not to
  // staff: the sentence below says it was kept, and nothing calls it new.
  if (!carried?.documentFields) {
    out.line(
      written.documentFields.created
        ? `Trang «${written.documentFields.sheetName}» mới: thông tin văn bản (số, ngày, người ký, nơi nhận…) để sửa trước khi chạy par-index document.`
        : `Trang «${written.documentFields.sheetName}» (thông tin văn bản) giữ nguyên.`,
    );
  }
  if (carried) {
    out.line(
      `Đã giữ nội dung cán bộ đã nhập trong trang «${carried.sheetName}» của ${target} (${carried.typedRows} dòng có nhiệm vụ, giải pháp hoặc ghi chú)${carried.documentFields ? ` và trang «${carried.documentFields.sheetName}»` : ""}; tệp cũ được thay bằng bản lập lại.`,
    );
  }
  out.line();
  for (const line of areaTableLines(scored)) out.line(line);
  const split = methodSplitLine(scored.check.totals);
  if (split) out.line(split);
  out.line();
  if (plan.sections.length === 0) out.line("Không có lĩnh vực nào bị trừ điểm.");
  for (const section of plan.sections) {
    out.line(`${section.area.stt}. ${section.area.name} (trừ ${points(section.area.lostPoints)} điểm): ${section.items.length || 1} tồn tại, hạn chế.`);
  }
  if (plan.keptAside.length > 0) {
    out.line();
    out.line(`Giữ lại nội dung đã nhập của ${plan.keptAside.length} mục không còn bị trừ điểm (mục III): ${plan.keptAside.map((k) => k.code).join(", ")}.`);
  }
  if (plan.staffRows.length > 0) {
    const moved = [...new Set(plan.staffRows.flatMap((row) => (row.after ? [row.after] : [])))];
    const where = moved.length > 0 ? ` (thêm sau dòng ${moved.join(", ")})` : "";
    out.line(`Giữ ${plan.staffRows.length} dòng cán bộ đã thêm không gắn mã mục${where} ở mục IV cuối trang kế hoạch.`);
  }
  const { warnings } = countBySeverity(scored.check.issues);
  if (warnings > 0) {
    out.line();
    out.line(`${warnings} cảnh báo:`);
    for (const line of issueLines(scored.check.issues, file, { group: true })) out.line(line);
  }
  return 0;
}
