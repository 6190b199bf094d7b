// exceljs 4.4 as shipped loses a decimal rule's "=$C7" maximum on read and re-anchors range rules
// cell by cell; after our fix, validations survive any number of read/write round trips.
import path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
// exceljs's own zip library, to write a rule the way Excel does after rows are inserted.
import JSZip from "jszip";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { loadWorkbook, saveWorkbook, writeLayout } from "../../src/node";
import { dataValidationsOf } from "../../src/xlsx/exceljsModel";
import { generateTemplate } from "../helpers/generateTemplate";
import { useTempDir } from "../helpers/tempDir";

const tempDir = useTempDir();

function rules(sheet: ExcelJS.Worksheet) {
  return Object.entries(dataValidationsOf(sheet).model)
    .map(([range, rule]) => [range, rule!.type, ...rule!.formulae] as unknown[])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

describe("validations read back from a file", () => {
  it("survive three read/write round trips unchanged", async () => {
    const layout = layoutScoreSheet(generateTemplate(4, 4, 3, { allowNotApplicable: true }));
    const workbook = new ExcelJS.Workbook();
    writeLayout(workbook.addWorksheet(layout.name), layout);
    const first = rules(workbook.getWorksheet(layout.name)!);
    expect(first.length).toBe(layout.validations.length);
    let file = path.join(tempDir(), "trip-0.xlsx");
    await saveWorkbook(workbook, file);
    for (let trip = 1; trip <= 3; trip += 1) {
      const again = await loadWorkbook(file);
      expect(rules(again.getWorksheet(layout.name)!)).toEqual(first);
      file = path.join(tempDir(), `trip-${trip}.xlsx`);
      await saveWorkbook(again, file);
    }
  });

  it("split a rule over several ranges (as Excel writes after inserted rows) with each range's formula slid", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Trang");
    sheet.getCell("A1").value = 1;
    dataValidationsOf(sheet).add("F6:G8", { type: "decimal", operator: "between", allowBlank: true, formulae: [0, "$C6"] });
    const file = path.join(tempDir(), "multi.xlsx");
    await saveWorkbook(workbook, file);
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const part = "xl/worksheets/sheet1.xml";
    const xml = (await zip.file(part)!.async("string")).replace('sqref="F6:G8"', 'sqref="F6:G8 F10:G11"');
    zip.file(part, xml);
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));

    const read = (await loadWorkbook(file)).getWorksheet("Trang")!;
    expect(rules(read)).toEqual([
      ["F10:G11", "decimal", 0, "$C10"],
      ["F6:G8", "decimal", 0, "$C6"],
    ]);
  });
});
