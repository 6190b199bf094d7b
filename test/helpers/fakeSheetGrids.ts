// A fake workbook's sheets read back as the add-in's readers take them: values and formulas from
// A1 to the last used cell, and the add-in's metadata parsed from its very hidden sheet.
import { METADATA_SHEET_NAME, readMetadata, type WorkbookMetadata } from "../../src/domain/layout/metadata";
import type { Grid } from "../../src/domain/cells";
import type { FakeExcelHost, FakeSheet } from "./fakeExcel";

export function gridsOf(sheet: FakeSheet): { values: Grid; formulas: Grid } {
  const used = sheet.usedRect(true);
  const grid = (read: (r: number, c: number) => string | number | boolean) =>
    Array.from({ length: used.bottom + 1 }, (_, r) => Array.from({ length: used.right + 1 }, (_, c) => read(r, c)));
  return { values: grid((r, c) => sheet.valueAt(r, c)), formulas: grid((r, c) => sheet.formulaAt(r, c)) };
}

export function metadataOf(host: FakeExcelHost): WorkbookMetadata {
  const { values, formulas } = gridsOf(host.workbook.get(METADATA_SHEET_NAME));
  const metadata = readMetadata(values, formulas);
  if (!metadata) throw new Error("the workbook has no metadata the add-in can read");
  return metadata;
}
