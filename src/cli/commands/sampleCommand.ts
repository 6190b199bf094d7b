// `par-index sample`: writes the sample appendix table (seed 001's items and maxima, laid out as
// staff paste an appendix) to try `import` on, from any folder the command runs in.
import { getBundledTemplate } from "../../domain";
import { createSampleAppendixWorkbook, writeWorkbook } from "../../node";
import { parseCommandArgs, positionals } from "../args";
import type { Output } from "../output";
import { OUTPUT_OPTIONS, outputTarget } from "../outputTarget";

export const SAMPLE_TEMPLATE_ID = "son-la-vpub-2021";

export async function runSample(argv: readonly string[], out: Output): Promise<number> {
  const args = parseCommandArgs("sample", argv, { ...OUTPUT_OPTIONS });
  positionals(args, [], "sample");
  const output = await outputTarget(args, "sample", "xlsx", []);
  const template = getBundledTemplate(SAMPLE_TEMPLATE_ID);
  await writeWorkbook(createSampleAppendixWorkbook(template), output);
  out.line(`Đã ghi ${output.path}: bảng tiêu chí mẫu (trang «Phụ lục») từ bộ «${template.name}».`);
  out.line(`Thử nhập thành bộ tiêu chí: par-index import ${output.path} --out bo-tieu-chi.json`);
  return 0;
}
