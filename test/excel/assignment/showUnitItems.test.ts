// "Chỉ hiện mục của đơn vị" in the fake Excel host: on Excel on the web (ExcelApiOnline 1.1) a sheet
// view of this user's, filtered to the unit's rows while a co-author still sees every row; on
// desktop Excel the sheet's own AutoFilter (everyone sees it, method "rows"); without ExcelApi 1.9
// hidden rows. Always the unit's items with the lĩnh vực and tiêu chí above them, the header and
// the totals; never a cell value written; unit null shows every row again.
import { SCORE_COLUMNS as C } from "../../../src/domain/layout/scoreSheetColumns";
import { indexTemplate } from "../../../src/domain/template/tree";
import { hiddenRowsOf, type FakeExcelHost } from "../../helpers/fakeExcel";
import { provinceMasterHost, type MasterHost } from "../../helpers/assignmentHost";
import { TTTT, VP_UBND } from "../../helpers/provinceTemplate";

const WEB = { excelApiOnline: "1.1" } as const;

/** The item codes a person sees in column A, top to bottom. */
function shownCodes(master: MasterHost, whose: "me" | "others"): string[] {
  const sheet = master.host.workbook.get(master.sheetName);
  const hidden = new Set(hiddenRowsOf(sheet, whose));
  return indexTemplate(master.template).items.filter((item) => !hidden.has(master.layout.rowOf[item.code]!)).map((item) => item.code);
}

function valuesOf(host: FakeExcelHost, sheetName: string): string {
  const sheet = host.workbook.get(sheetName);
  const used = sheet.usedRect(false);
  return JSON.stringify(sheet.formulaGrid(used.bottom + 1, used.right + 1));
}

describe("showUnitItems on Excel on the web (named sheet views)", () => {
  it("switches this user to the unit's own view, filtered to its rows; a co-author still sees every row; no value is written", async () => {
    const master = await provinceMasterHost(WEB);
    const values = valuesOf(master.host, master.sheetName);
    const writes = master.host.writes.length;
    const count = master.host.countSyncs();
    const result = await master.operations.showUnitItems({ unit: "sở thông tin và truyền thông" });
    expect(count()).toBe(3);
    expect(result).toMatchObject({ sheetName: master.sheetName, unit: TTTT, method: "sheetView" });
    const mine = shownCodes(master, "me");
    expect(mine).toEqual(expect.arrayContaining(["3", "3.2", "3.2.5", "7", "7.1"]));
    expect(mine).not.toContain("3.1");
    expect(mine).not.toContain("1");
    expect(result.shown).toBe(mine.length);
    expect(result.hidden).toBe(indexTemplate(master.template).items.length - mine.length);
    expect(shownCodes(master, "others")).toHaveLength(indexTemplate(master.template).items.length);
    const sheet = master.host.workbook.get(master.sheetName);
    expect(sheet.activeView).toBe("Mục của Sở Thông tin và Truyền thông");
    // The header and the total row stay in sight.
    expect(hiddenRowsOf(sheet, "me")).not.toContain(master.layout.totalRow);
    expect(hiddenRowsOf(sheet, "me")).not.toContain(master.layout.firstItemRow - 1);
    expect(master.host.writes.length).toBe(writes);
    expect(valuesOf(master.host, master.sheetName)).toBe(values);
  });

  it("goes back to the same view for the same unit, another view for another, and leaves the view for every row", async () => {
    const master = await provinceMasterHost(WEB);
    await master.operations.showUnitItems({ unit: TTTT });
    await master.operations.showUnitItems({ unit: VP_UBND });
    await master.operations.showUnitItems({ unit: TTTT });
    const sheet = master.host.workbook.get(master.sheetName);
    expect([...sheet.sheetViews.keys()]).toEqual(["Mục của Sở Thông tin và Truyền thông", "Mục của Văn phòng UBND tỉnh"]);
    expect(shownCodes(master, "me")).toContain("3.2.5");
    const all = await master.operations.showUnitItems({ unit: null });
    expect(all).toMatchObject({ unit: null, hidden: 0, method: "sheetView" });
    expect(sheet.activeView).toBeNull();
    expect(hiddenRowsOf(sheet, "me")).toEqual([]);
  });

  it("refuses a unit the assignment gives nothing to, changing nothing", async () => {
    const master = await provinceMasterHost(WEB);
    const refused = master.operations.showUnitItems({ unit: "Sở Y tế" });
    await expect(refused).rejects.toMatchObject({ kind: "unitNotAssigned", message: expect.stringContaining("Không có mục nào được phân công cho «Sở Y tế»") });
    await expect(refused).rejects.toMatchObject({ messages: { en: expect.stringContaining('assigned to "Sở Y tế"') } });
    expect(master.host.workbook.get(master.sheetName).sheetViews.size).toBe(0);
  });
});

describe("showUnitItems on desktop Excel (no sheet views)", () => {
  it("filters the sheet itself with an AutoFilter on the item code column, which everyone sees ('rows')", async () => {
    const master = await provinceMasterHost();
    const values = valuesOf(master.host, master.sheetName);
    const count = master.host.countSyncs();
    const result = await master.operations.showUnitItems({ unit: VP_UBND });
    expect(count()).toBe(3);
    expect(result).toMatchObject({ unit: VP_UBND, method: "rows" });
    expect(shownCodes(master, "others")).toEqual(shownCodes(master, "me"));
    expect(shownCodes(master, "me")).toEqual(expect.arrayContaining(["1", "1.6", "3", "3.1"]));
    expect(shownCodes(master, "me")).not.toContain("3.2.5");
    const sheet = master.host.workbook.get(master.sheetName);
    expect(sheet.autoFilter).toMatchObject({ column: C.code, rect: { top: master.layout.firstItemRow - 1 } });
    expect(valuesOf(master.host, master.sheetName)).toBe(values);
    await master.operations.showUnitItems({ unit: null });
    expect(sheet.autoFilter).toBeNull();
    expect(hiddenRowsOf(sheet, "others")).toEqual([]);
  });

  it("hides the other rows where ExcelApi 1.9 is missing, and shows them all again", async () => {
    const master = await provinceMasterHost({ excelApi: "1.8" });
    const values = valuesOf(master.host, master.sheetName);
    const writes = master.host.writes.length;
    const result = await master.operations.showUnitItems({ unit: TTTT });
    expect(result.method).toBe("rows");
    const sheet = master.host.workbook.get(master.sheetName);
    expect(sheet.hiddenRows.size).toBe(result.hidden);
    expect(shownCodes(master, "me")).toContain("3.2.5");
    await master.operations.showUnitItems({ unit: null });
    expect(sheet.hiddenRows.size).toBe(0);
    expect(master.host.writes.length).toBe(writes);
    expect(valuesOf(master.host, master.sheetName)).toBe(values);
  });
});
