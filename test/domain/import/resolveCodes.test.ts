import { readCodeCell, type ItemCode } from "../../../src/domain/import/readCode";
import { resolveCodes } from "../../../src/domain/import/resolveCodes";

function codes(...written: (string | number)[]): ItemCode[] {
  return written.map((value) => {
    const code = readCodeCell(value);
    if (code.kind !== "numeric" && code.kind !== "area") throw new Error(`not a code: ${value}`);
    return code;
  });
}

describe("resolveCodes", () => {
  it("keeps plain numeric codes as they are", () => {
    expect(resolveCodes(codes("1", "1.1", "1.1.1", "2", 2.1))).toEqual(["1", "1.1", "1.1.1", "2", "2.1"]);
  });

  it("maps Roman lĩnh vực to numbers and puts bare-numbered tiêu chí under them", () => {
    expect(resolveCodes(codes("I", "1", "1.1", "2", "II", "1", "1.1", "1.2"))).toEqual([
      "1",
      "1.1",
      "1.1.1",
      "1.2",
      "2",
      "2.1",
      "2.1.1",
      "2.1.2",
    ]);
  });

  it("keeps a Roman lĩnh vực's codes that are already absolute", () => {
    expect(resolveCodes(codes("I", "1.1", "1.2", "1.2.1", "II", "2.1"))).toEqual(["1", "1.1", "1.2", "1.2.1", "2", "2.1"]);
  });

  it("decides per lĩnh vực, so one appendix may mix both ways", () => {
    expect(resolveCodes(codes("II", "1", "III", "3.1", "Lĩnh vực 4", "1", "1.1"))).toEqual(["2", "2.1", "3", "3.1", "4", "4.1", "4.1.1"]);
  });

  it("never re-bases codes written with their Roman prefix, nor codes before the first lĩnh vực row", () => {
    expect(resolveCodes(codes("5", "5.1", "II", "1", "II.2"))).toEqual(["5", "5.1", "2", "2.1", "2.2"]);
  });

  it("keeps a stray absolute code in an absolute block as written, for the tree to place or report", () => {
    expect(resolveCodes(codes("II", "2.1", "3.1"))).toEqual(["2", "2.1", "3.1"]);
  });

  it("gives nothing for nothing", () => {
    expect(resolveCodes([])).toEqual([]);
  });
});
