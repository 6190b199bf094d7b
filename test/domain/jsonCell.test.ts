import { z } from "zod/mini";
import { parseJsonCell } from "../../src/domain/jsonCell";

describe("a record kept as JSON in a metadata cell", () => {
  const schema = z.strictObject({ unit: z.string(), items: z.int() });

  it("reads back the record it holds", () => {
    expect(parseJsonCell('{"unit":"Sở Tư pháp","items":4}', schema)).toEqual({ unit: "Sở Tư pháp", items: 4 });
  });

  it.each([[null], [""], ["   "], [42], ["{not json"], ['{"unit":"Sở Tư pháp"}'], ['{"unit":"Sở Tư pháp","items":4,"extra":1}']])("reads %p as no record", (text) => {
    expect(parseJsonCell(text, schema)).toBeNull();
  });
});
