// The ranking workbook on disk: charts added as DrawingML parts that exceljs can read back, a
// rebuild in place that keeps staff notes by unit, another year's ranking left alone.
import { promises as fs } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { rankUnits } from "../../src/domain/ranking/rankUnits";
import { addChartParts, insertDrawing, sheetPartsByName } from "../../src/xlsx/addChartParts";
import { createRankingWorkbook, hasRankingSheet, writeRanking } from "../../src/xlsx/rankingWorkbook";
import { readRankingFile, saveRankingWorkbook } from "../../src/node/rankingFiles";
import { loadWorkbook, prepareOutput, readSheetGrid, readWorkbookMetadata } from "../../src/node";
import { hundredTemplate, unitAt } from "../helpers/rankingUnits";
import { useTempDir } from "../helpers/tempDir";
import { child, findAll, parseXml } from "../helpers/xmlTree";

const tempDir = useTempDir("par-index-ranking-");
const file = (name: string) => path.join(tempDir(), name);
/** The output as the commands prepare it: replacing what is there, never one of `inputs`. */
const outputAt = (name: string, inputs: string[] = []) => prepareOutput(file(name), { kind: "xlsx", inputs, existing: "replace" });
const units = (year: number) => [unitAt("Sở Y tế", 92.5, { year }), unitAt("Sở Tư pháp", 85, { year }), unitAt("Sở Mới", 60, { year })];

async function writeFresh(name: string, year = 2021) {
  const workbook = createRankingWorkbook();
  const written = writeRanking(workbook, rankUnits(units(year)));
  await saveRankingWorkbook(workbook, written, await outputAt(name));
  return written;
}

describe("the ranking workbook", () => {
  it("holds both sheets and their charts as DrawingML parts, with relationships and content types", async () => {
    await writeFresh("xep-hang.xlsx");
    const zip = await JSZip.loadAsync(await fs.readFile(file("xep-hang.xlsx")));
    const text = (name: string) => zip.file(name)!.async("string");
    const sheets = sheetPartsByName(await text("xl/workbook.xml"), await text("xl/_rels/workbook.xml.rels"));
    expect([...sheets.keys()]).toEqual(["Xếp hạng 2021", "Theo lĩnh vực 2021", "PARINDEX_META"]);
    const types = parseXml(await text("[Content_Types].xml"));
    const overrides = findAll(types, "Override").map(({ element }) => [element.attrs.PartName, element.attrs.ContentType]);
    expect(overrides).toEqual(
      expect.arrayContaining([
        ["/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
        ["/xl/charts/chart2.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
        ["/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
        ["/xl/drawings/drawing2.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
      ]),
    );
    for (const [name, part] of sheets) {
      if (name === "PARINDEX_META") continue;
      const sheet = parseXml(await text(part));
      const names = sheet.children.map((c) => c.name);
      // <drawing> comes after the page setup, as CT_Worksheet orders it.
      expect(names.indexOf("drawing")).toBeGreaterThan(names.indexOf("pageSetup"));
      const relId = child(sheet, "drawing").attrs["r:id"];
      const rels = parseXml(await text(part.replace(/([^/]+)$/, "_rels/$1.rels")));
      const target = findAll(rels, "Relationship").find(({ element }) => element.attrs.Id === relId)!.element.attrs.Target!;
      const drawingPath = path.posix.join(path.posix.dirname(part), target);
      const drawingRels = parseXml(await text(drawingPath.replace(/([^/]+)$/, "_rels/$1.rels")));
      const chartTarget = findAll(drawingRels, "Relationship")[0]!.element.attrs.Target!;
      const chart = parseXml(await text(path.posix.join(path.posix.dirname(drawingPath), chartTarget)));
      expect(chart.name).toBe("c:chartSpace");
    }
  });

  it("reads back with exceljs, and a rebuild keeps what staff typed in «Ghi chú», by unit", async () => {
    const first = await writeFresh("ghi-chu.xlsx");
    const workbook = await loadWorkbook(file("ghi-chu.xlsx"));
    expect(hasRankingSheet(workbook)).toBe(true);
    const sheet = workbook.getWorksheet(first.ranking.name)!;
    const notesColumn = first.ranking.columns.indexOf("notes") + 1;
    sheet.getCell(first.ranking.rowOfUnit["sở mới"]! + 1, notesColumn).value = "Đơn vị mới thành lập";
    sheet.getCell(first.ranking.rowOfUnit["sở y tế"]! + 1, notesColumn).value = "=không phải công thức";
    await workbook.xlsx.writeFile(file("ghi-chu.xlsx"));

    // A year later Sở Mới merged away; Sở Y tế fell to 2nd.
    const again = await loadWorkbook(file("ghi-chu.xlsx"));
    const written = writeRanking(again, rankUnits([unitAt("Sở Y tế", 80, { year: 2021 }), unitAt("Sở Tư pháp", 85, { year: 2021 })]));
    await saveRankingWorkbook(again, written, await outputAt("ghi-chu.xlsx"));
    expect([written.rebuilt, written.notesKept]).toEqual([true, 2]);
    const reread = await loadWorkbook(file("ghi-chu.xlsx"));
    expect(reread.worksheets.map((w) => w.name)).toEqual(["Xếp hạng 2021", "Theo lĩnh vực 2021", "PARINDEX_META"]);
    const values = readSheetGrid(reread.getWorksheet("Xếp hạng 2021")!).values;
    const noteOf = (unit: string) => values.find((row) => row[1] === unit)?.[notesColumn - 1];
    expect(noteOf("Sở Y tế")).toBe("=không phải công thức");
    expect(noteOf("Sở Mới")).toBe("Đơn vị mới thành lập");
    const zip = await JSZip.loadAsync(await fs.readFile(file("ghi-chu.xlsx")));
    expect(Object.keys(zip.files).filter((name) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(name)).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
    ]);
  });

  it("adds a new year's sheets beside last year's instead of replacing them", async () => {
    await writeFresh("hai-nam.xlsx", 2020);
    const workbook = await loadWorkbook(file("hai-nam.xlsx"));
    const written = writeRanking(workbook, rankUnits(units(2021)));
    await saveRankingWorkbook(workbook, written, await outputAt("hai-nam.xlsx"));
    expect(written.rebuilt).toBe(false);
    const both = await loadWorkbook(file("hai-nam.xlsx"));
    expect(both.worksheets.map((w) => w.name)).toEqual(["Xếp hạng 2020", "Theo lĩnh vực 2020", "Xếp hạng 2021", "Theo lĩnh vực 2021", "PARINDEX_META"]);
    // Each year's ranking sheet is recorded with its year and the template its units were compared on.
    const metadata = readWorkbookMetadata(both)!;
    expect(metadata.sheets).toEqual([
      { kind: "ranking", sheetName: "Xếp hạng 2020", templateId: "thu-nghiem-100", year: 2020 },
      { kind: "ranking", sheetName: "Xếp hạng 2021", templateId: "thu-nghiem-100", year: 2021 },
    ]);
    expect(metadata.templates.get("thu-nghiem-100")).toEqual(hundredTemplate());
    const published = await readRankingFile(file("hai-nam.xlsx"));
    expect(published.sheets.map((s) => [s.sheet, s.table.year, s.table.units.length, s.template?.id])).toEqual([
      ["Xếp hạng 2020", 2020, 3, "thu-nghiem-100"],
      ["Xếp hạng 2021", 2021, 3, "thu-nghiem-100"],
    ]);
  });

  it("is never written over one of its inputs", async () => {
    await fs.writeFile(file("don-vi.xlsx"), "đầu vào");
    await expect(outputAt("don-vi.xlsx", [file("don-vi.xlsx")])).rejects.toThrow("is the input file");
    expect(await fs.readFile(file("don-vi.xlsx"), "utf8")).toBe("đầu vào");
  });
});

describe("addChartParts", () => {
  it("leaves a workbook without charts untouched", async () => {
    const buffer = Buffer.from("not even a zip");
    expect(await addChartParts(buffer, [{ sheetName: "S", charts: [], cells: [] }])).toBe(buffer);
  });

  it("puts <drawing> before the elements that follow it, not inside a rule's extension list", () => {
    const sheet =
      '<worksheet><sheetData/><conditionalFormatting><cfRule><extLst><ext/></extLst></cfRule></conditionalFormatting><pageMargins/><pageSetup/><tableParts count="0"/><extLst/></worksheet>';
    expect(insertDrawing(sheet, "rId3")).toBe(
      '<worksheet><sheetData/><conditionalFormatting><cfRule><extLst><ext/></extLst></cfRule></conditionalFormatting><pageMargins/><pageSetup/><drawing r:id="rId3"/><tableParts count="0"/><extLst/></worksheet>',
    );
  });
});
