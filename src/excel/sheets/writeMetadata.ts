// Rewrites the very hidden metadata sheet whole: cleared, then written from layoutMetadata, so it
// never holds records of another version's shape or of sheets that are gone.
import { METADATA_SHEET_NAME, layoutMetadata } from "../../domain/layout/metadata";
import type { MetadataContent } from "./metadataRecords";
import type { RequestBudget } from "../host/requestBudget";
import { toFormulaInput } from "./textCells";
import { writeBlock } from "./writeBlock";
import type { MetadataSheetState } from "./workbookSnapshot";

export async function writeMetadata(
  context: Excel.RequestContext,
  state: Exclude<MetadataSheetState, "foreign">,
  content: MetadataContent,
  budget: RequestBudget,
): Promise<void> {
  await budget.reserveCommands(3);
  const worksheets = context.workbook.worksheets;
  const sheet = state === "absent" ? worksheets.add(METADATA_SHEET_NAME) : worksheets.getItem(METADATA_SHEET_NAME);
  if (state !== "absent") sheet.getRange().clear("Contents");
  // Very hidden: staff cannot unhide it from Excel's menus, so they cannot break it by accident.
  sheet.visibility = "VeryHidden";
  // No "@" format here: JSON pieces may look like numbers, so risky text gets the apostrophe instead.
  const rows = layoutMetadata(content.sheets, content.templates).map((row) => row.map((cell) => toFormulaInput(cell, false)));
  await writeBlock(sheet, 0, 0, rows, "formulas", budget);
}
