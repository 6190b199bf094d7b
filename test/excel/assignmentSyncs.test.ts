// The phân công actions' round trips do not grow with the template: the same syncs for 10 items
// as for 5 000, except the scoring sheet's block of 5 000 rows, read in two chunks (its estimate
// leaves room for the evidence text staff add), as every action reading it does.
import type { Template } from "../../src/domain/template/schema";
import { templateWithItems } from "../helpers/excelHost";
import { provinceMasterHost } from "../helpers/assignmentHost";

function assignedTemplate(count: number): Template {
  const template = templateWithItems(count);
  return { ...template, areas: template.areas.map((area, i) => ({ ...area, leadUnit: `Đơn vị ${(i % 7) + 1}` })) };
}

jest.setTimeout(120_000);

describe.each([
  [10, 0],
  [5000, 1],
])("for a template of %i items (%i more read chunk)", (items, chunks) => {
  it("readAssignment and readSplitSource take the snapshot and the block; showUnitItems one write more, with or without sheet views", async () => {
    const template = assignedTemplate(items);
    const web = await provinceMasterHost({ template, excelApiOnline: "1.1" });
    const desktop = await provinceMasterHost({ template });
    const counted = async (run: () => Promise<unknown>, host = web.host) => {
      const count = host.countSyncs();
      await run();
      return count();
    };
    expect(await counted(() => web.operations.readAssignment({}))).toBe(2 + chunks);
    expect(await counted(() => web.operations.readSplitSource({}))).toBe(2 + chunks);
    expect(await counted(() => web.operations.showUnitItems({ unit: "Đơn vị 1" }))).toBe(3 + chunks);
    expect(await counted(() => web.operations.showUnitItems({ unit: null }))).toBe(3 + chunks);
    expect(await counted(() => desktop.operations.showUnitItems({ unit: "Đơn vị 1" }), desktop.host)).toBe(3 + chunks);
  });
});
