// `plan --out` onto a file that exists: when that file is a plan of the same scoring sheet (the
// output of an earlier `plan`), what staff typed in its plan is carried into the new one; anything
// else that writing would lose makes the command refuse, saying how to go on.
import type { Workbook } from "exceljs";
import { METADATA_SHEET_NAME, planRecordFor, readDocumentFieldsSheet, readPlanSheet, type DocumentFields, type Grid } from "../domain";
import { documentFieldDefaults, findDocumentFieldsSheet, readDocumentFields } from "../xlsx/documentFieldsSheet";
import { OutputExistsError, WorkbookReadError, WorkbookTooLargeError } from "../xlsx/errors";
import { readWorkbookMetadata } from "../xlsx/metadataSheet";
import { readSheetGrid } from "../xlsx/readSheetGrid";
import type { ScoreSheetCheck } from "../xlsx/checkScoreWorkbook";
import { loadWorkbook } from "./workbookFiles";

export interface CarriedPlan {
  /** The plan sheet of the existing output, as read. */
  grid: Grid;
  sheetName: string;
  /** Plan rows in it with a remedy or a note typed (the other columns have defaults). */
  typedRows: number;
  /** The document fields staff typed in the existing output, for an input that has none yet. */
  documentFields?: { sheetName: string; fields: DocumentFields };
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

  // The document fields staff typed beside the plan come along too, read by label; a value that
  // does not read (a rank of "abc") would be lost, so that refuses instead.
  const fieldsSheet = findDocumentFieldsSheet(existing, score!, metadata);
  let documentFields: CarriedPlan["documentFields"];
  if (fieldsSheet) {
    const read = readDocumentFieldsSheet(readSheetGrid(fieldsSheet).values, documentFieldDefaults(scored), { sheet: fieldsSheet.name });
    if (read.issues.length > 0) return refuse(`trang «${fieldsSheet.name}» có thông tin văn bản không đọc được (sửa ô ${read.issues.map((i) => i.cell ?? "").filter(Boolean).join(", ")})`);
    const inInput = readDocumentFields(input.workbook, scored, readWorkbookMetadata(input.workbook));
    if (inInput.sheetName !== null && JSON.stringify(inInput.fields) !== JSON.stringify(read.fields)) {
      return refuse(`trang «${fieldsSheet.name}» khác trang «${inInput.sheetName}» của «${input.file}» (ghi lại sẽ mất một trong hai)`);
    }
    if (inInput.sheetName === null) documentFields = { sheetName: fieldsSheet.name, fields: read.fields };
  }

  // Everything else is rewritten from the input: a sheet only the output has would be lost.
  const inInput = new Set(input.workbook.worksheets.map((s) => s.name.toLocaleLowerCase("vi")));
  const lost = existing.worksheets
    .filter((s) => s !== planSheet && s !== fieldsSheet && s.name !== METADATA_SHEET_NAME && !inInput.has(s.name.toLocaleLowerCase("vi")))
    .map((s) => `«${s.name}»`);
  if (lost.length > 0) return refuse(`trang ${lost.join(", ")} không có trong «${input.file}» (ghi lại sẽ mất các trang đó)`);

  const grid = readSheetGrid(planSheet).values;
  let typedRows = 0;
  for (const entry of readPlanSheet(grid).values()) {
    if ((entry.fields.remedy ?? "").trim() !== "" || (entry.fields.note ?? "").trim() !== "") typedRows += 1;
  }
  return { grid, sheetName: planSheet.name, typedRows, ...(documentFields ? { documentFields } : {}) };
}
