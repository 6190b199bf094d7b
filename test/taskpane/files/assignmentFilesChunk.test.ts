// The pane's phân công file code is a browser chunk like the workbook reader: the units' workbooks
// are made by the command line's createUnitWorkbook and returns read by its returnedSheetOf, and
// nothing it is made of may need Node (a built-in module or a Node-only global such as Buffer).
import path from "node:path";
import { chunkModules } from "../../helpers/importGraph";

const ENTRY = path.resolve(__dirname, "../../../src/taskpane/files/assignmentFiles.ts");

describe("the phân công files chunk", () => {
  const chunk = chunkModules(ENTRY);

  it("makes and reads the units' files with the command line's own code", () => {
    expect(chunk.files).toEqual(
      expect.arrayContaining(["src/xlsx/splitWorkbook.ts", "src/xlsx/returnedSheet.ts", "src/xlsx/checkScoreWorkbook.ts", "src/xlsx/writeLayout.ts", "src/xlsx/metadataSheet.ts"]),
    );
    // Nothing of the Node host's file handling comes along.
    const nodeFiles = chunk.files.filter((file) => file.startsWith("src/node/"));
    for (const fileModule of ["src/node/scoreWorkbook.ts", "src/node/workbookFiles.ts", "src/node/mergeWorkbook.ts", "src/node/outputFile.ts", "src/node/index.ts"]) {
      expect(nodeFiles).not.toContain(fileModule);
    }
  });

  it("imports no Node built-in and uses no global only Node has", () => {
    expect(chunk.nodeImports).toEqual([]);
    expect(chunk.nodeGlobals).toEqual([]);
  });

  it("takes exceljs (its browser build) and jszip as packages", () => {
    expect(chunk.packages).toEqual(["exceljs", "jszip", "zod"]);
  });
});
