// Responses are limited to 5 MB on the web as requests are: the scoring, plan and metadata sheets
// are read in chunks sized from the template, a chunk Excel still refuses is read again in halves,
// and a template past the largest supported is refused before anything is written.
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { MAX_TEMPLATE_ITEMS } from "../../src/excel/scoring/templateSize";
import { fakeHost, operationsOn, templateWithItems } from "../helpers/excelHost";

describe("reads under the response limit", () => {
  it("check a 5 000-item sheet in chunks when responses are small, with the same result as one read", async () => {
    const template = templateWithItems(5_000);
    const whole = fakeHost();
    await operationsOn(whole).loadTemplate({ template, year: 2024 });
    const expected = await operationsOn(whole).checkScores({});

    const limited = fakeHost({ responseLimitBytes: 512 * 1024 });
    await operationsOn(limited).loadTemplate({ template, year: 2024 });
    const count = limited.countSyncs();
    const result = await operationsOn(limited).checkScores({});
    expect(result).toEqual(expected);
    const syncs = limited.requests.slice(-count());
    const answered = syncs.filter((request) => request.refused !== true);
    expect(Math.max(...answered.map((request) => request.responseBytes ?? 0))).toBeLessThanOrEqual(512 * 1024);
    // More than one read, but a handful, never one per row.
    expect(count()).toBeGreaterThan(2);
    expect(count()).toBeLessThan(40);
  });

  it("reads the metadata in chunks when its template is more than one response carries", async () => {
    const host = fakeHost({ responseLimitBytes: 64 * 1024 });
    const operations = operationsOn(host);
    await operations.loadTemplate({ template: templateWithItems(3_000), year: 2024 });
    const count = host.countSyncs();
    const state = await operations.getState();
    expect(state.scoreSheets.map((sheet) => sheet.templateId)).toEqual(["thu-3000"]);
    expect(count()).toBeGreaterThan(1);
  });
});

describe("the largest template supported", () => {
  it(`takes ${MAX_TEMPLATE_ITEMS} items, with one validation rule over all F:G score cells and one over S`, () => {
    const layout = layoutScoreSheet(templateWithItems(10_000));
    expect(layout.validations.filter((rule) => rule.rule.kind === "decimal").map((rule) => rule.range)).toEqual(["F6:G10005", "S6:S10005"]);
  });

  it("refuses a larger one with a message before Excel is asked anything", async () => {
    const host = fakeHost();
    const count = host.countSyncs();
    const commands = host.countCommands();
    await expect(operationsOn(host).loadTemplate({ template: templateWithItems(MAX_TEMPLATE_ITEMS + 1) })).rejects.toMatchObject({
      name: "HostError",
      kind: "templateTooLarge",
      message: expect.stringContaining("quá 20.000 mục"),
    });
    expect([count(), commands()]).toEqual([0, 0]);
    expect(host.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });
});
