// The pane's starting point: managed scoring and plan sheets from the metadata, and the current one.
import { fakeHost, operationsOn } from "../../helpers/excelHost";
import { seed001Template } from "../../helpers/seed001";

describe("getState", () => {
  it("is empty for a workbook the add-in never wrote to, after one sync", async () => {
    const host = fakeHost();
    const count = host.countSyncs();
    expect(await operationsOn(host).getState()).toEqual({ scoreSheets: [], current: null, planSheets: [] });
    expect(count()).toBe(1);
  });

  it("lists managed sheets in workbook order, the active one as current, in one sync", async () => {
    const host = fakeHost();
    const operations = operationsOn(host);
    await operations.loadTemplate({ template: seed001Template(), unit: "VPUB", year: 2021 });
    await operations.loadTemplate({ template: seed001Template(), year: 2022 });
    await operations.buildPlan({ sheetName: "VPUB Sơn La 2021" });
    host.workbook.activeSheet = host.workbook.get("VPUB Sơn La 2022");
    const count = host.countSyncs();
    const state = await operations.getState();
    expect(count()).toBe(1);
    expect(state).toEqual({
      scoreSheets: [
        { sheetName: "VPUB Sơn La 2021", templateId: "son-la-vpub-2021", templateName: seed001Template().name, unit: "VPUB", year: 2021 },
        { sheetName: "VPUB Sơn La 2022", templateId: "son-la-vpub-2021", templateName: seed001Template().name, year: 2022 },
      ],
      current: expect.objectContaining({ sheetName: "VPUB Sơn La 2022" }),
      planSheets: ["Kế hoạch khắc phục 2021"],
    });
  });

  it("forgets sheets staff deleted, and falls back to the first scoring sheet", async () => {
    const host = fakeHost();
    const operations = operationsOn(host);
    await operations.loadTemplate({ template: seed001Template(), year: 2021 });
    await operations.loadTemplate({ template: seed001Template(), year: 2022 });
    host.workbook.sheets.splice(host.workbook.sheets.indexOf(host.workbook.get("VPUB Sơn La 2022")), 1);
    host.workbook.activeSheet = host.workbook.get("Sheet1");
    const state = await operations.getState();
    expect(state.scoreSheets.map((sheet) => sheet.sheetName)).toEqual(["VPUB Sơn La 2021"]);
    expect(state.current?.sheetName).toBe("VPUB Sơn La 2021");
  });
});
