// A template laid out as the plain criteria table that importTemplateFromGrid reads back: one
// header row, then one row per item in sheet order, so staff can export, edit and re-import.
import { LayoutError } from "../errors";
import type { Template } from "../template/schema";
import { indexTemplate } from "../template/tree";
import { METHOD_LABELS } from "./readMethod";
import { NOT_APPLICABLE_ALLOWED_MARK } from "./readNotApplicable";

export const TEMPLATE_TABLE_HEADER = [
  "Mã",
  "Nội dung",
  "Điểm tối đa",
  "Phương pháp",
  "Đơn vị chủ trì",
  "Đơn vị phối hợp",
  "Cách tính điểm",
  "Không áp dụng được",
] as const;

export type TemplateTableRow = (string | number)[];

/**
 * Codes are text ("1.10" must not become 1.1), so the host writing this table formats the Mã
 * column as text before writing; maxima are numbers so Excel can add them up. The template's
 * metadata, bonus and penalty items and remainder flags are not part of the table.
 */
export function layoutTemplateTable(template: Template): TemplateTableRow[] {
  const rows: TemplateTableRow[] = [[...TEMPLATE_TABLE_HEADER]];
  for (const { criterion } of indexTemplate(template).items) {
    if (!Number.isFinite(criterion.maxPoints)) {
      throw new LayoutError(`criterion ${criterion.code} has no finite maximum (${criterion.maxPoints})`);
    }
    rows.push([
      criterion.code,
      criterion.name,
      criterion.maxPoints,
      criterion.method ? METHOD_LABELS[criterion.method] : "",
      criterion.leadUnit ?? "",
      criterion.coUnits ?? "",
      criterion.guidance ?? "",
      criterion.allowNotApplicable === true ? NOT_APPLICABLE_ALLOWED_MARK : "",
    ]);
  }
  return rows;
}
