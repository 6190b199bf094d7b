// The sample appendix table (src/domain/import/sampleAppendix.ts) as a workbook, the way staff
// paste one: plain cells, the STT column as text, a wide content column.
import ExcelJS from "exceljs";
import { SAMPLE_APPENDIX_SHEET, sampleAppendixRows, type Template } from "../domain";

export function createSampleAppendixWorkbook(template: Template): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  // Fixed, so the same table gives the same bytes whenever it is written.
  workbook.creator = "par-index";
  workbook.created = workbook.modified = new Date(Date.UTC(2024, 0, 1));
  const sheet = workbook.addWorksheet(SAMPLE_APPENDIX_SHEET);
  sampleAppendixRows(template).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== "" && value !== null) sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
    }),
  );
  sheet.getColumn(1).numFmt = "@";
  sheet.getColumn(2).width = 70;
  return workbook;
}
