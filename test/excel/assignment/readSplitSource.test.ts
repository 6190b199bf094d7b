// "Tạo tệp cho từng đơn vị": what the pane gets to build the units' files — the master as read
// (grid from A1, so grid rows are sheet rows), its assignment and the units with their schedule —
// or, for a sheet with errors or one that assigns nothing, the issues and no file. Writes nothing.
import { masterIdOf } from "../../../src/domain/assignment/masterIdentity";
import { layoutUnitSheet } from "../../../src/domain/assignment/splitSheet";
import { SCORE_COLUMNS as C } from "../../../src/domain/layout/scoreSheetColumns";
import type { Template } from "../../../src/domain/template/schema";
import { indexTemplate } from "../../../src/domain/template/tree";
import { templateWithItems } from "../../helpers/excelHost";
import { provinceMasterHost, splitSource } from "../../helpers/assignmentHost";
import { DEPARTMENTS, TTTT } from "../../helpers/provinceTemplate";

describe("readSplitSource", () => {
  it("gives the master, its assignment and the seven units with their deadline, in two syncs, writing nothing", async () => {
    const { host, operations, sheetName, layout } = await provinceMasterHost();
    const writes = host.writes.length;
    const count = host.countSyncs();
    const source = await splitSource(operations, { deadline: "2022-01-25", timeFrame: "Tháng 01/2022" });
    expect(count()).toBe(2);
    expect(host.writes.length).toBe(writes);
    expect(source.sheetName).toBe(sheetName);
    expect(source.units.map((unit) => unit.unit).sort()).toEqual([...DEPARTMENTS].sort());
    expect(source.units[0]!.schedule).toEqual({ deadline: "2022-01-25", timeFrame: "Tháng 01/2022" });
    // Grid rows are sheet rows; the record carries the id the add-in gave the sheet.
    expect(source.master.values[layout.rowOf["3.2.5"]!]![C.code]).toBe("3.2.5");
    expect(source.master.record).toMatchObject({ kind: "score", sheetName, layoutVersion: 3, sheetId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(masterIdOf(source.master.record, source.master.template)).toBe(source.master.record.sheetId);
    // What the pane does with it: the unit's sheet from the core.
    const unitSheet = layoutUnitSheet(source.master, source.assignment, { unit: TTTT, splitAt: "2022-01-10T08:00:00.000Z" });
    expect(unitSheet.record.split).toMatchObject({ masterId: source.master.record.sheetId, unit: TTTT, items: source.units.find((u) => u.unit === TTTT)!.items });
  });

  it("refuses, with the issue at its cell, a sheet whose score is above its maximum", async () => {
    const { host, operations, sheetName, cell, template } = await provinceMasterHost();
    const max = indexTemplate(template).byCode.get("1.5")!.max / 100;
    host.workbook.typeInto(sheetName, cell("1.5", C.self), [[max + 1]]);
    const result = await operations.readSplitSource({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([expect.objectContaining({ severity: "error", cell: cell("1.5", C.self) })]);
  });

  it("refuses a sheet that assigns nothing, listing the unassigned items", async () => {
    const template: Template = templateWithItems(10);
    const { operations } = await provinceMasterHost({ template });
    const result = await operations.readSplitSource({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.length).toBe(indexTemplate(template).items.filter((item) => item.leaf).length);
    expect(result.issues.every((issue) => issue.code === "item_unassigned")).toBe(true);
  });
});
