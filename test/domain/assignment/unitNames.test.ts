import { readUnitList, sameUnit } from "../../../src/domain/assignment/unitNames";
import { unitKey } from "../../../src/domain/unitNames";

describe("unit names", () => {
  const nfd = "Sở Nội vụ".normalize("NFD");

  it("count the same unit once whatever its case, spaces or Unicode form", () => {
    expect(nfd).not.toBe("Sở Nội vụ");
    expect(unitKey(nfd)).toBe(unitKey("  sở  NỘI VỤ "));
    expect(sameUnit("Văn phòng UBND tỉnh", "văn phòng ubnd TỈNH")).toBe(true);
    expect(sameUnit("Sở Tư pháp", "Sở Tài chính")).toBe(false);
  });

  it("split a cell at ; and line breaks, never at commas, each unit once in its first spelling", () => {
    expect(readUnitList(`Sở Tài chính;  Sở Văn hóa, Thể thao và Du lịch\n${nfd}; sở tài CHÍNH ;`).map((u) => u.name)).toEqual([
      "Sở Tài chính",
      "Sở Văn hóa, Thể thao và Du lịch",
      "Sở Nội vụ",
    ]);
  });

  it.each([null, undefined, "", " ; ", 0])("read %p as no unit", (value) => {
    expect(readUnitList(value).length).toBe(value === 0 ? 1 : 0);
  });
});
