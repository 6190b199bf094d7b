// Last year's ranking pasted as text: with its header or without, tab- or semicolon-separated,
// percentages with the decimal comma.
import { gridFromPastedText, readPastedPreviousRanking } from "../../../src/domain/ranking/pastedRanking";

const entries = (text: string) => {
  const read = readPastedPreviousRanking(text);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return [...read.value.entries.values()];
};

describe("readPastedPreviousRanking", () => {
  it("reads rows copied from Excel with their header (tabs, decimal commas, ranks as 06/20)", () => {
    const text = "STT\tĐơn vị\tChỉ số (%)\tXếp hạng\r\n1\tSở Tư pháp\t94,52\t01/20\r\n2\tSở Nội vụ\t90,1\t02/20\r\n";
    expect(entries(text)).toEqual([
      { unit: "Sở Tư pháp", rank: 1, percent: 9452 },
      { unit: "Sở Nội vụ", rank: 2, percent: 9010 },
    ]);
  });

  it("reads a table pasted without its header as unit, rank, percent", () => {
    expect(entries("Sở Tư pháp;1;94,52\nSở Y tế;2\n\n")).toEqual([
      { unit: "Sở Tư pháp", rank: 1, percent: 9452 },
      { unit: "Sở Y tế", rank: 2, percent: null },
    ]);
  });

  it("takes the year from a title line above the table", () => {
    const read = readPastedPreviousRanking("KẾT QUẢ XẾP HẠNG NĂM 2020\nĐơn vị\tXếp hạng\nSở Tư pháp\t3");
    expect(read.ok && read.value.year).toBe(2020);
  });

  it.each([[""], ["chỉ một cột\nkhông có số"], ["Sở Tư pháp\tthứ nhất"]])("refuses %j, which holds no ranking", (text) => {
    const read = readPastedPreviousRanking(text);
    expect(read.ok).toBe(false);
    expect(read.issues.map((issue) => issue.code)).toContain("rank_previous_no_table");
  });

  it("splits lines on tabs when there are any, else on semicolons, never on commas", () => {
    expect(gridFromPastedText("a\tb,5;c\n")).toEqual([["a", "b,5;c"]]);
    expect(gridFromPastedText("a;b,5\n")).toEqual([["a", "b,5"]]);
  });
});
