// `plan --out` onto a file that exists: when that file is a plan of the same scoring sheet (the
// output of an earlier `plan`), what staff typed in its plan is carried into the new one; anything
// else that writing would lose makes the command refuse, saying how to go on.
import type { Workbook } from "exceljs";
import { METADATA_SHEET_NAME, planRecordFor, readPlanSheet, type Grid } from "../domain";
import { OutputExistsError, WorkbookReadError, WorkbookTooLargeError } from "./errors";
import { readWorkbookMetadata } from "./metadataSheet";
import { readSheetGrid } from "./readSheetGrid";
import type { ScoreSheetCheck } from "./scoreWorkbook";
import { loadWorkbook } from "./workbookFiles";

export interface CarriedPlan {
  /** The plan sheet of the existing output, as read. */
  grid: Grid;
  sheetName: string;
  /** Plan rows in it with a remedy or a note typed (the other columns have defaults). */
  typedRows: number;
}

/** The existing output's plan for `scored`, or OutputExistsError saying why it cannot be taken over. */
export async function planToCarryOver(outputFile: string, input: { file: string; workbook: Workbook }, scored: ScoreSheetCheck): Promise<CarriedPlan> {
  const refuse = (why: string): never => {
    throw new OutputExistsError(outputFile, `Tệp «${outputFile}» đã có ${why}; chọn tên khác cho --out, hoặc thêm --force để ghi đè.`);
  };
  let existing: Workbook;
  try {
    existing = await loadWorkbook(outputFile);
  } catch (error) {
    if (error instanceof WorkbookReadError || error instanceof WorkbookTooLargeError) return refuse("nhưng không phải sổ tính đọc được");
    throw error;
  }
  const metadata = readWorkbookMetadata(existing);
  const score = metadata?.sheets.find(
    (s) => s.kind === "score" && s.sheetName === scored.sheetName && s.templateId === scored.managed.templateId,
  );
  const record = metadata && score ? planRecordFor(metadata.sheets, score) : null;
  const planSheet = record ? existing.getWorksheet(record.sheetName) : undefined;
  if (!record || !planSheet) return refuse(`và không phải kế hoạch khắc phục của trang «${scored.sheetName}»`);

  // Everything but the plan is rewritten from the input: a sheet only the output has would be lost.
  const inInput = new Set(input.workbook.worksheets.map((s) => s.name.toLocaleLowerCase("vi")));
  const lost = existing.worksheets
    .filter((s) => s !== planSheet && s.name !== METADATA_SHEET_NAME && !inInput.has(s.name.toLocaleLowerCase("vi")))
    .map((s) => `«${s.name}»`);
  if (lost.length > 0) return refuse(`trang ${lost.join(", ")} không có trong «${input.file}» (ghi lại sẽ mất các trang đó)`);

  const grid = readSheetGrid(planSheet).values;
  let typedRows = 0;
  for (const entry of readPlanSheet(grid).values()) {
    if ((entry.fields.remedy ?? "").trim() !== "" || (entry.fields.note ?? "").trim() !== "") typedRows += 1;
  }
  return { grid, sheetName: planSheet.name, typedRows };
}
