// The pane's workbook reader is a browser chunk: nothing it is made of may need Node (a built-in
// module, or a global such as Buffer), or it would break only in Excel; and exceljs comes in as its
// browser build. The check itself is shown to fail on a module that reads a file.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chunkModules } from "../../helpers/importGraph";

const ENTRY = path.resolve(__dirname, "../../../src/taskpane/files/workbookReader.ts");

describe("the workbook reader chunk", () => {
  const chunk = chunkModules(ENTRY);

  it("reads units through the command line's own readers", () => {
    expect(chunk.files).toEqual(expect.arrayContaining(["src/xlsx/unitWorkbookSheets.ts", "src/xlsx/readSheetGrid.ts", "src/domain/ranking/readUnitWorkbook.ts"]));
    // The .xlsx host's readers, and nothing of what only Node does.
    expect(chunk.files.filter((file) => file.startsWith("src/xlsx/"))).toEqual(["src/xlsx/unitWorkbookSheets.ts", "src/xlsx/readSheetGrid.ts", "src/xlsx/textBytes.ts", "src/xlsx/exceljsModel.ts"]);
    expect(chunk.files.filter((file) => file.startsWith("src/node/"))).toEqual([]);
  });

  it("imports no Node built-in and uses no global only Node has", () => {
    expect(chunk.nodeImports).toEqual([]);
    expect(chunk.nodeGlobals).toEqual([]);
  });

  it("takes exceljs as the browser build its package names (webpack resolves the browser field)", () => {
    expect(chunk.packages).toEqual(["exceljs", "zod"]);
    expect((require("exceljs/package.json") as { browser?: string }).browser).toBe("./dist/exceljs.min.js");
  });

  it("catches a module that imports fs or uses Buffer", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "chunk-"));
    writeFileSync(path.join(dir, "helper.ts"), `export const size = (b: Uint8Array) => Buffer.from(b).length;\n`);
    writeFileSync(path.join(dir, "entry.ts"), `import { readFileSync } from "node:fs";\nimport { size } from "./helper";\nexport const n = size(readFileSync("x"));\n`);
    const bad = chunkModules(path.join(dir, "entry.ts"));
    expect(bad.nodeImports).toEqual([expect.stringMatching(/entry\.ts: node:fs$/)]);
    expect(bad.nodeGlobals).toEqual([expect.stringMatching(/helper\.ts:1 Buffer$/)]);
  });
});
