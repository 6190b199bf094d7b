// `par-index new`: a scoring workbook from a bundled template or a template JSON file.
import path from "node:path";
import { getBundledTemplate, hasErrors, templateForUnit, indexTemplate, parseTemplateJson, formatPoints, treeMax, type Template } from "../../domain";
import { createScoreWorkbook, readTextInputFile, writeWorkbook } from "../../node";
import { optionalString, optionalYear, parseCommandArgs, positionals } from "../args";
import { OUTPUT_OPTIONS, outputTarget } from "../outputTarget";
import type { Output } from "../output";
import { UsageError } from "../usageError";
import { locatedIssueLine } from "../issueLines";

export async function runNew(argv: readonly string[], out: Output): Promise<number> {
  const args = parseCommandArgs("new", argv, {
    template: { type: "string" },
    "template-file": { type: "string" },
    unit: { type: "string" },
    year: { type: "string" },
    ...OUTPUT_OPTIONS,
  });
  positionals(args, [], "new");
  const id = optionalString(args, "template");
  const file = optionalString(args, "template-file");
  if ((id === undefined) === (file === undefined)) {
    throw new UsageError("Cần đúng một trong hai tùy chọn --template hoặc --template-file.", "new");
  }
  const year = optionalYear(args, "new");
  const unit = optionalString(args, "unit");

  // A scored workbook of the same name is replaced only with --force; the template file never.
  const output = await outputTarget(args, "new", "xlsx", file === undefined ? [] : [file]);
  const target = output.path;
  let template: Template;
  if (id !== undefined) {
    template = getBundledTemplate(id);
  } else {
    const parsed = parseTemplateJson(await readTextInputFile(file!));
    const name = path.basename(file!);
    for (const issue of parsed.issues) out.problem(locatedIssueLine(issue, name));
    if (!parsed.ok || hasErrors(parsed.issues)) {
      out.problem(`Bộ tiêu chí trong ${name} có lỗi; chưa tạo sổ tính.`);
      return 1;
    }
    template = parsed.value;
  }
  // Another unit's phân công (its phòng) never reaches this unit's sheet or plan.
  const forUnit = templateForUnit(template, unit);
  template = forUnit.template;
  const workbook = createScoreWorkbook(template, { ...(unit ? { unit } : {}), ...(year ? { year } : {}) });
  await writeWorkbook(workbook, output);
  const index = indexTemplate(template);
  const sheet = workbook.worksheets[0]!.name;
  if (index.items.length === 0) {
    out.line(`Đã tạo ${target}: trang «${sheet}» để nhập bộ tiêu chí (Mã, Nội dung, Điểm tối đa…).`);
    out.line(`Điền xong, tạo bộ tiêu chí bằng: par-index import ${target} --out bo-tieu-chi.json`);
  } else {
    out.line(
      `Đã tạo ${target}: trang «${sheet}», ${index.areas.length} lĩnh vực, ${index.items.length} dòng tiêu chí, tổng điểm tối đa ${formatPoints(treeMax(index))}.`,
    );
    if (forUnit.droppedAssignmentsOf !== undefined) {
      out.line(
        `Cột Đơn vị chủ trì, phối hợp để trống: phân công trong bộ tiêu chí là của ${forUnit.droppedAssignmentsOf}, không phải của ${unit!.trim()}.`,
      );
    }
  }
  return 0;
}
