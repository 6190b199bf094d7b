// The document fields sheet in a workbook file: added with the plan, from the scoring sheet's
// defaults; kept exactly as staff edited it when the plan is rebuilt; read back by label.
import path from "node:path";
import type { Workbook } from "exceljs";
import { layoutDocumentFieldsSheet } from "../../src/domain/layout/layoutDocumentFieldsSheet";
import { METADATA_SHEET_NAME } from "../../src/domain/layout/metadata";
import { defaultDocumentFields } from "../../src/domain/document/documentFields";
import {
  createScoreWorkbook,
  findDocumentFieldsSheet,
  readDocumentFields,
  readScoreWorkbook,
  readSheetGrid,
  saveWorkbook,
  writePlan,
} from "../../src/node";
import { seed001Scores, seed001Template } from "../helpers/seed001";
import { useTempDir } from "../helpers/tempDir";
import { typeScoresInto } from "../helpers/xlsxScores";

const tempDir = useTempDir();
const FIELDS = "Thông tin văn bản 2021";
const rowOf = layoutDocumentFieldsSheet(defaultDocumentFields()).rowOf;
const tricky = `=1+1 <w:t>&amp; "ngoặc" ‘đơn’ 😀 ${"Nguyễn Huy Anh".normalize("NFD")}`;
const long = "Tuyên truyền, phổ biến. ".repeat(250).slice(0, 5000);

async function planned(name: string): Promise<string> {
  const workbook = createScoreWorkbook(seed001Template(), { unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 });
  typeScoresInto(workbook, seed001Scores);
  const file = path.join(tempDir(), name);
  await saveWorkbook(workbook, file);
  const read = await readScoreWorkbook(file);
  writePlan(read.workbook, read.sheets[0]!, read.metadata);
  await saveWorkbook(read.workbook, file);
  return file;
}

function type(workbook: Workbook, values: Partial<Record<keyof typeof rowOf, string | number>>): void {
  const sheet = workbook.getWorksheet(FIELDS)!;
  for (const [key, value] of Object.entries(values)) sheet.getCell(rowOf[key as keyof typeof rowOf] + 1, 2).value = value;
}

describe("the document fields sheet in a workbook", () => {
  it("is added with the first plan, from the scoring sheet's unit and year, and recorded in the metadata", async () => {
    const read = await readScoreWorkbook(await planned("first.xlsx"));
    expect(read.workbook.worksheets.map((s) => s.name)).toEqual(["VPUB Sơn La 2021", "Kế hoạch khắc phục 2021", FIELDS, METADATA_SHEET_NAME]);
    expect(read.metadata!.sheets.find((s) => s.kind === "document")).toEqual({
      kind: "document",
      sheetName: FIELDS,
      templateId: "son-la-vpub-2021",
      unit: "Văn phòng UBND tỉnh Sơn La",
      year: 2021,
      scoreSheet: "VPUB Sơn La 2021",
    });
    const { fields, issues, sheetName } = readDocumentFields(read.workbook, read.sheets[0]!, read.metadata);
    expect(sheetName).toBe(FIELDS);
    expect(issues).toEqual([]);
    expect(fields).toMatchObject({ unit: "Văn phòng UBND tỉnh Sơn La", place: "Sơn La", governingBody: "UBND TỈNH SƠN LA", date: { year: 2022 }, peerGroup: "sở, ban, ngành" });
  });

  it("survives a plan rebuild exactly as staff left it, staff text as text", async () => {
    const file = await planned("edited.xlsx");
    const first = await readScoreWorkbook(file);
    type(first.workbook, { signerName: tricky, basis: long, rank: "6", rankOf: 20, rankChange: "tăng 4", date: "…/…/2022", issuerAbbreviation: "VPUB" });
    await saveWorkbook(first.workbook, file);
    const before = readSheetGrid((await readScoreWorkbook(file)).workbook.getWorksheet(FIELDS)!).values;

    const again = await readScoreWorkbook(file);
    const result = writePlan(again.workbook, again.sheets[0]!, again.metadata);
    expect(result).toMatchObject({ rebuilt: true, documentFields: { sheetName: FIELDS, created: false } });
    const out = path.join(tempDir(), "rebuilt.xlsx");
    await saveWorkbook(again.workbook, out);

    const rebuilt = await readScoreWorkbook(out);
    expect(readSheetGrid(rebuilt.workbook.getWorksheet(FIELDS)!).values).toEqual(before);
    const { fields } = readDocumentFields(rebuilt.workbook, rebuilt.sheets[0]!, rebuilt.metadata);
    expect(fields).toMatchObject({ signerName: tricky.normalize("NFC"), basis: long, rank: 6, rankOf: 20, rankChange: 4, issuerAbbreviation: "VPUB" });
    expect(rebuilt.workbook.worksheets.filter((s) => s.name.startsWith("Thông tin văn bản"))).toHaveLength(1);
  });

  it("keeps a formula-looking value typed in Excel as text (the value column is text-formatted)", async () => {
    const read = await readScoreWorkbook(await planned("format.xlsx"));
    const sheet = read.workbook.getWorksheet(FIELDS)!;
    expect(sheet.getCell(rowOf.signerName + 1, 2).numFmt).toBe("@");
  });

  it("is found by its title in a workbook whose metadata does not list it", async () => {
    const read = await readScoreWorkbook(await planned("unlisted.xlsx"));
    const metadata = { ...read.metadata!, sheets: read.metadata!.sheets.filter((s) => s.kind !== "document") };
    expect(findDocumentFieldsSheet(read.workbook, read.sheets[0]!.managed, metadata)?.name).toBe(FIELDS);
    const again = writePlan(read.workbook, read.sheets[0]!, metadata);
    expect(again.documentFields).toEqual({ sheetName: FIELDS, created: false });
  });
});
