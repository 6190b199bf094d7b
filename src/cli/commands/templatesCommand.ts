// `par-index templates`: the bundled criteria templates.
import { listBundledTemplates, toHundredths } from "../../domain";
import { parseCommandArgs, positionals } from "../args";
import { points } from "../format";
import type { Output } from "../output";

export function runTemplates(argv: readonly string[], out: Output): number {
  const args = parseCommandArgs("templates", argv, { json: { type: "boolean" } });
  positionals(args, [], "templates");
  const templates = listBundledTemplates();
  if (args.values.json) {
    out.json(templates.map(({ id, name, source, maxTotal }) => ({ id, name, source, maxTotal })));
    return 0;
  }
  out.line("Các bộ tiêu chí có sẵn:");
  for (const template of templates) {
    out.line();
    out.line(`  ${template.id}`);
    out.line(`    ${template.name}`);
    out.line(`    Tổng điểm tối đa: ${template.maxTotal === 0 ? "— (chưa có tiêu chí)" : points(toHundredths(template.maxTotal))}`);
    out.line(`    Nguồn: ${template.source}`);
  }
  out.line();
  out.line("Tạo sổ chấm điểm: par-index new --template <mã> --out <tệp.xlsx>");
  return 0;
}
