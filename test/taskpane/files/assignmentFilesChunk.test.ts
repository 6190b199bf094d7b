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
    // Nothing of what only Node does comes along: no file of src/node at all.
    expect(chunk.files.filter((file) => file.startsWith("src/node/"))).toEqual([]);
  });

  it("imports no Node built-in and uses no global only Node has", () => {
    expect(chunk.nodeImports).toEqual([]);
    expect(chunk.nodeGlobals).toEqual([]);
  });

  it("takes exceljs (its browser build) and jszip as packages", () => {
    expect(chunk.packages).toEqual(["exceljs", "jszip", "zod"]);
  });
});
