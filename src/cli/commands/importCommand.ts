// `par-index import`: a template JSON from a criteria table pasted into a workbook sheet.
import path from "node:path";
import { formatPoints, hasErrors, importTemplateFromGrid, indexTemplate, treeMax, type Template } from "../../domain";
import { findMetadataSheet, loadWorkbook, readSheetGrid, SheetNotFoundError } from "../../node";
import { optionalString, parseCommandArgs, positionals } from "../args";
import { OUTPUT_OPTIONS, outputTarget } from "../outputTarget";
import { issueJson } from "../checkReport";
import type { Output } from "../output";
import { locatedIssueLine } from "../issueLines";

export async function runImport(argv: readonly string[], out: Output): Promise<number> {
  const args = parseCommandArgs("import", argv, {
    sheet: { type: "string" },
    json: { type: "boolean" },
    ...OUTPUT_OPTIONS,
  });
  const [file] = positionals(args, ["tệp bảng tiêu chí (.xlsx)"], "import") as [string];
  const output = await outputTarget(args, "import", "json", [file]);
  const target = output.path;
  const wanted = optionalString(args, "sheet");

  const workbook = await loadWorkbook(file);
  const metadata = findMetadataSheet(workbook);
  const sheets = workbook.worksheets.filter((sheet) => sheet !== metadata);
  const worksheet =
    wanted === undefined ? (sheets.find((s) => s.state === "visible") ?? sheets[0]) : sheets.find((s) => s.name === wanted);
  if (!worksheet) throw new SheetNotFoundError(wanted ?? "", sheets.map((s) => s.name));

  const { values } = readSheetGrid(worksheet);
  const result = importTemplateFromGrid(values, {
    sheet: worksheet.name,
    origin: { row: 0, column: 0 },
    meta: { source: `Bảng tiêu chí ở trang «${worksheet.name}», tệp ${path.basename(file)}` },
  });
  const ok = result.ok && !hasErrors(result.issues);
  if (ok) await output.write(`${JSON.stringify(result.value, null, 2)}\n`);

  if (args.values.json) {
    out.json({
      ok,
      issues: result.issues.map(issueJson),
      template: ok ? describe(result.value) : null,
      out: ok ? target : null,
    });
    return ok ? 0 : 1;
  }
  for (const issue of result.issues) out.problem(locatedIssueLine(issue, path.basename(file)));
  if (!ok) {
    out.problem(`Bảng ở trang «${worksheet.name}» có lỗi; chưa ghi ${target}.`);
    return 1;
  }
  const summary = describe(result.value);
  out.line(
    `Đã nhập từ trang «${worksheet.name}»: ${summary.areas} lĩnh vực, ${summary.criteria} tiêu chí, ${summary.subCriteria} tiêu chí thành phần; tổng điểm tối đa ${formatPoints(Math.round(summary.maxTotal * 100))}.`,
  );
  out.line(`Đã ghi ${target}. Tạo sổ chấm điểm: par-index new --template-file ${target} --out <tệp.xlsx>`);
  return 0;
}

function describe(template: Template) {
  const index = indexTemplate(template);
  const count = (depth: number) => index.items.filter((item) => item.depth === depth).length;
  return {
    id: template.id,
    name: template.name,
    source: template.source,
    maxTotal: treeMax(index) / 100,
    areas: count(1),
    criteria: count(2),
    subCriteria: count(3),
  };
}
