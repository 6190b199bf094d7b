// The document fields as a sheet staff edit in Excel or LibreOffice: a labelled block (label in
// A, value in B, a hint in C), grouped as the document reads. It is not the plan sheet, so
// rebuilding the plan leaves it alone; readDocumentFieldsSheet finds each value by its label.
import { rangeAddress } from "../cells";
import { DOCUMENT_FIELD_GROUPS, type DocumentFieldKey, type DocumentFields, type DocumentFieldSpec } from "../document/documentFields";
import { formatIssueDate } from "../document/issueDate";
import type { RankChange } from "../document/rankLine";
import type { LayoutCell, SheetLayout, StyledRange } from "./sheetLayout";
import { sanitizeSheetName } from "./sheetNames";
import { fitRowHeights } from "./rowHeights";

/** A1 of the sheet: how a fields sheet is recognised in a workbook without the add-in's metadata. */
export const DOCUMENT_FIELDS_TITLE = "THÔNG TIN VĂN BẢN KẾ HOẠCH KHẮC PHỤC";
export const DOCUMENT_FIELDS_BASE_NAME = "Thông tin văn bản";
export const DOCUMENT_FIELDS_HEADERS = ["Mục", "Nội dung (sửa ở cột này)", "Hướng dẫn"] as const;

export interface DocumentFieldsSheetLayout extends SheetLayout {
  kind: "documentFields";
  /** 0-based row of each field. */
  rowOf: Readonly<Record<DocumentFieldKey, number>>;
}

export function defaultDocumentFieldsSheetName(year?: number): string {
  return sanitizeSheetName(year ? `${DOCUMENT_FIELDS_BASE_NAME} ${year}` : DOCUMENT_FIELDS_BASE_NAME);
}

const COLUMNS = 3;

export function layoutDocumentFieldsSheet(
  fields: DocumentFields,
  options: { sheetName?: string; year?: number; scoreSheet?: string } = {},
): DocumentFieldsSheetLayout {
  const cells: LayoutCell[][] = [];
  const styles: StyledRange[] = [];
  const merges: string[] = [];
  const row = (values: LayoutCell[], style?: StyledRange["style"], merge = false): number => {
    const r = cells.length;
    cells.push([...values, ...new Array<LayoutCell>(COLUMNS - values.length).fill(null)]);
    if (style) styles.push({ range: rangeAddress(r, 0, r, COLUMNS - 1), style });
    if (merge) merges.push(rangeAddress(r, 0, r, COLUMNS - 1));
    return r;
  };

  row([DOCUMENT_FIELDS_TITLE], "title", true);
  const about = [
    options.scoreSheet ? `Dùng cho văn bản kế hoạch của trang chấm điểm «${options.scoreSheet}».` : "Dùng cho văn bản kế hoạch khắc phục.",
    "Sửa nội dung ở cột B; lập lại kế hoạch không thay đổi trang này. Xuống dòng trong ô: Alt+Enter.",
  ].join(" ");
  row([about], "note", true);
  row([]);
  row([...DOCUMENT_FIELDS_HEADERS], "header");
  const firstFieldRow = cells.length;
  const rowOf = {} as Record<DocumentFieldKey, number>;
  for (const group of DOCUMENT_FIELD_GROUPS) {
    row([group.title], "area", true);
    for (const spec of group.fields) {
      const r = row([spec.label, fieldCell(fields, spec), spec.hint || null]);
      styles.push({ range: rangeAddress(r, 0, r, 0), style: "criterion" });
      styles.push({ range: rangeAddress(r, 1, r, 1), style: "staffText" });
      styles.push({ range: rangeAddress(r, 2, r, 2), style: "note" });
      rowOf[spec.key] = r;
    }
  }
  const lastRow = cells.length - 1;
  const layout: Omit<DocumentFieldsSheetLayout, "rowHeights"> = {
    name: options.sheetName ?? defaultDocumentFieldsSheetName(options.year),
    kind: "documentFields",
    cells,
    columnCount: COLUMNS,
    columnWidths: [36, 90, 60],
    // Whatever staff type stays text, even "=…", "15/3/2022" or "+4".
    numberFormats: [{ range: rangeAddress(firstFieldRow, 1, lastRow, 1), format: "@" }],
    styles,
    merges,
    validations: [],
    conditionalFormats: [],
    freeze: { rows: firstFieldRow, columns: 1 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: firstFieldRow, last: firstFieldRow } },
    rowOf,
  };
  return { ...layout, rowHeights: fitRowHeights(layout) };
}

/** A field's value as the sheet holds it (text, so it reads back the same in every host). */
export function fieldCell(fields: DocumentFields, spec: DocumentFieldSpec): LayoutCell {
  switch (spec.key) {
    case "date":
      return formatIssueDate(fields.date);
    case "rank":
      return fields.rank === null ? null : String(fields.rank);
    case "rankOf":
      return fields.rankOf === null ? null : String(fields.rankOf);
    case "rankChange":
      return rankChangeText(fields.rankChange);
    case "sipas.rank":
      return fields.sipas.rank === null ? null : String(fields.sipas.rank);
    case "sipas.remedy":
    case "sipas.leadUnit":
    case "sipas.coUnits":
    case "sipas.timeFrame":
      return fields.sipas[spec.key.slice("sipas.".length) as "remedy"] || null;
    default:
      return fields[spec.key] || null;
  }
}

/** +4 → "tăng 4", −2 → "giảm 2", 0 → "giữ nguyên", "new" → "mới". */
export function rankChangeText(change: RankChange): string | null {
  if (change === null) return null;
  if (change === "new") return "mới";
  if (change === 0) return "giữ nguyên";
  return `${change > 0 ? "tăng" : "giảm"} ${Math.abs(change)}`;
}
