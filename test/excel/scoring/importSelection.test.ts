// "Dùng vùng đang chọn làm bộ tiêu chí": the selected table is read in one load, imported with
// its real position so issues name real cells, and becomes a scoring sheet like a loaded template.
import { defaultScoreSheetName } from "../../../src/domain/layout/layoutScoreSheet";
import { fakeHost, operationsOn } from "../../helpers/excelHost";

const TABLE = [
  ["Lĩnh vực 1", "Công tác chỉ đạo điều hành", null],
  ["1.1", "Ban hành kế hoạch cải cách hành chính", "1,5"],
  ["1.2", "Kiểm tra cải cách hành chính", 2],
  ["LĨNH VỰC II", "Cải cách thể chế", ""],
  ["2.1", "Rà soát văn bản quy phạm pháp luật", 3],
];

function hostWithTable(table: readonly (readonly unknown[])[] = TABLE) {
  const host = fakeHost();
  host.workbook.typeInto("Sheet1", "C4", table);
  return host;
}

describe("importSelectionAsTemplate", () => {
  it("turns the selected table into a template and a scoring sheet, in four syncs on a fresh workbook", async () => {
    const host = hostWithTable();
    host.workbook.select("Sheet1", "C4:E8");
    const count = host.countSyncs();
    const result = await operationsOn(host).importSelectionAsTemplate({ name: "Bộ tiêu chí Sở Nội vụ", year: 2024 });
    expect(count()).toBe(4);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.template.areas.map((area) => [area.code, area.maxPoints, (area.children ?? []).map((c) => c.code)])).toEqual([
      ["1", 3.5, ["1.1", "1.2"]],
      ["2", 3, ["2.1"]],
    ]);
    expect(result.sheetName).toBe(defaultScoreSheetName(result.template, 2024));
    expect(host.workbook.activeSheet.name).toBe(result.sheetName);
    expect((await operationsOn(host).getState()).current?.templateId).toBe(result.template.id);
  });

  it("returns the issues on the cells of the sheet, not of the selection, and writes nothing", async () => {
    const host = hostWithTable([...TABLE.slice(0, 2), ["1.2", "Kiểm tra cải cách hành chính", "hai điểm"], ...TABLE.slice(3)]);
    host.workbook.select("Sheet1", "C4:E8");
    const result = await operationsOn(host).importSelectionAsTemplate({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.address).toBe("Sheet1!C4:E8");
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "import_bad_max", cell: "E6", sheet: "Sheet1" }));
    expect(host.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });

  it("reads only the used part of whole selected columns", async () => {
    const host = hostWithTable();
    host.workbook.select("Sheet1", "C:E");
    const result = await operationsOn(host).importSelectionAsTemplate({});
    expect(result.ok).toBe(true);
  });

  it("reports an empty selection as nothing to import", async () => {
    const host = hostWithTable();
    host.workbook.select("Sheet1", "H20:J30");
    const result = await operationsOn(host).importSelectionAsTemplate({});
    expect(result).toMatchObject({ ok: false, address: "Sheet1!H20:J30", issues: [expect.objectContaining({ code: "import_empty" })] });
  });
});
