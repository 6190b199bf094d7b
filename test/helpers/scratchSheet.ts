// A workbook with a large scratch sheet beside what par-index uses, as staff keep one: the sheet's
// XML is written directly (a million cells in seconds, where exceljs would hold a gigabyte).
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { workbookBytes } from "../../src/node";
import { inspectWorkbookFile } from "../../src/node/inspectWorkbookFile";

const COLUMNS = 100;

function columnLetters(n: number): string {
  let letters = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return letters;
}

/**
 * The workbook as .xlsx bytes with a sheet `name` added after its sheets, holding `cells` numbers
 * (100 a row) below whatever `rows` the test puts on top (e.g. a copied scoring sheet's header).
 */
export async function withScratchSheet(workbook: ExcelJS.Workbook, name: string, cells: number, top: readonly (readonly string[])[] = []): Promise<Buffer> {
  workbook.addWorksheet(name).getCell("A1").value = "nháp";
  const bytes = await workbookBytes(workbook);
  workbook.removeWorksheet(workbook.getWorksheet(name)!.id);
  // The sheet's zip part as the tool itself finds it, from workbook.xml and its relationships.
  const part = inspectWorkbookFile(`${name}.xlsx`, bytes).sheets.find((sheet) => sheet.sheet === name)!.part;
  const zip = await JSZip.loadAsync(bytes);
  const letters = Array.from({ length: COLUMNS }, (_, c) => columnLetters(c + 1));
  const rows: string[] = top.map(
    (values, r) => `<row r="${r + 1}">${values.map((text, c) => `<c r="${letters[c]}${r + 1}" t="inlineStr"><is><t>${text}</t></is></c>`).join("")}</row>`,
  );
  for (let left = cells, r = top.length + 1; left > 0; r += 1, left -= COLUMNS) {
    const width = Math.min(COLUMNS, left);
    rows.push(`<row r="${r}">${letters.slice(0, width).map((column, c) => `<c r="${column}${r}"><v>${(r * COLUMNS + c) % 997}</v></c>`).join("")}</row>`);
  }
  const xml = await zip.file(part)!.async("string");
  zip.file(part, xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows.join("")}</sheetData>`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
