// The parts of exceljs's worksheet and workbook model that its type declarations leave out but
// its documented API uses (data validations by range, conditional formats, sheet order).
import type { ConditionalFormattingOptions, DataValidation, Row, Worksheet } from "exceljs";

export interface DataValidationsModel {
  /** Keyed by A1 cell or range address. */
  model: Record<string, DataValidation | undefined>;
  add(address: string, validation: DataValidation): void;
}

type WorksheetInternals = Worksheet & {
  dataValidations: DataValidationsModel;
  conditionalFormattings: ConditionalFormattingOptions[];
  orderNo: number;
};

export function dataValidationsOf(worksheet: Worksheet): DataValidationsModel {
  return (worksheet as WorksheetInternals).dataValidations;
}

export function conditionalFormatsOf(worksheet: Worksheet): ConditionalFormattingOptions[] {
  return (worksheet as WorksheetInternals).conditionalFormattings;
}

/** Position in the workbook's tab order; exceljs writes sheets sorted by it. */
export function sheetOrderOf(worksheet: Worksheet): number {
  return (worksheet as WorksheetInternals).orderNo;
}

export function setSheetOrder(worksheet: Worksheet, orderNo: number): void {
  (worksheet as WorksheetInternals).orderNo = orderNo;
}

/**
 * Visits the rows that exist, in order. exceljs's own eachRow walks its row array index by index,
 * a million steps for a sheet with one value at row 1 048 576; the array's keys are only the rows.
 */
export function eachExistingRow(worksheet: Worksheet, visit: (row: Row, rowNumber: number) => void): void {
  const rows = (worksheet as Worksheet & { _rows?: (Row | undefined)[] })._rows;
  if (!Array.isArray(rows)) {
    worksheet.eachRow({ includeEmpty: false }, visit);
    return;
  }
  for (const key of Object.keys(rows)) {
    const row = rows[Number(key)];
    if (row && row.hasValues) visit(row, Number(key) + 1);
  }
}
