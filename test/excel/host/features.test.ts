// The host layer's floor is the manifest's: ExcelApi 1.7 is required, everything newer is detected.
import { readFileSync } from "node:fs";
import path from "node:path";
import { MINIMUM_EXCEL_API, detectFeatures } from "../../../src/excel/host/features";
import { at, parseXml } from "../../helpers/xmlTree";

describe("requirement sets", () => {
  it("matches the manifest's minimum ExcelApi", () => {
    const manifest = parseXml(readFileSync(path.resolve(__dirname, "../../../manifest.xml"), "utf8"));
    const excelApi = at(manifest, "Requirements", "Sets").children.find((set) => set.attrs.Name === "ExcelApi");
    expect(excelApi?.attrs.MinVersion).toBe(MINIMUM_EXCEL_API);
  });

  it("asks for versions as strings, so 1.10 is not read as 1.1", () => {
    const asked: string[] = [];
    detectFeatures((name, version) => {
      asked.push(`${name} ${version}`);
      return true;
    });
    expect(asked).toEqual(["ExcelApi 1.8", "ExcelApi 1.9", "ExcelApi 1.8", "ExcelApi 1.9", "ExcelApiOnline 1.1"]);
  });
});
