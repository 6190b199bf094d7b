import { formatIssue } from "../../../src/domain/messages/formatIssue";
import { findPreviousEntry, readPreviousRankingJson, readPreviousRankingSheets } from "../../../src/domain/ranking/previousRanking";

describe("readPreviousRankingSheets", () => {
  it("reads a table staff pasted: unit, rank (6 or «06/20»), percentage (94,52 or «94,52 %»)", () => {
    const read = readPreviousRankingSheets("2020.xlsx", [
      { name: "Trống", values: [["ghi chú"]] },
      {
        name: "Bảng dán",
        values: [
          ["KẾT QUẢ CHỈ SỐ CCHC NĂM 2020"],
          [],
          ["STT", "Tên đơn vị", "Điểm", "Chỉ số (%)", "Xếp hạng"],
          [1, "Sở Tư pháp", 96.5, "96,5 %", "01/20"],
          [2, " Văn phòng UBND  tỉnh ", 90, 90, 10],
          [3, "Sở Y tế", 80, "—", "Thứ 12"],
          [4, "Sở Lạ", 70, 70, "không rõ"],
          [5, "", "", "", ""],
        ],
      },
    ]);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.year).toBe(2020);
    expect([...read.value.entries.values()]).toEqual([
      { unit: "Sở Tư pháp", rank: 1, percent: 9650 },
      { unit: "Văn phòng UBND tỉnh", rank: 10, percent: 9000 },
      { unit: "Sở Y tế", rank: 12, percent: null },
    ]);
    expect(findPreviousEntry(read.value, "văn phòng ubnd tỉnh")?.rank).toBe(10);
    expect(read.issues.map((issue) => [issue.sheet, issue.cell, formatIssue({ ...issue, cell: undefined } as typeof issue)])).toEqual([
      ["Bảng dán", "D6", "Chỉ số «—» của Sở Y tế trong bảng năm trước không phải số; không so sánh chỉ số của đơn vị này."],
      ["Bảng dán", "E7", "Thứ hạng «không rõ» của Sở Lạ trong bảng năm trước không phải số; bỏ qua đơn vị này."],
    ]);
  });

  it("reads percentages formatted as % in Excel (fractions of one)", () => {
    const read = readPreviousRankingSheets("x.xlsx", [{ name: "S", values: [["Đơn vị", "Hạng", "Tỷ lệ"], ["Sở A", 1, 0.9452], ["Sở B", 2, 0.9]] }]);
    expect(read.ok && [...read.value.entries.values()].map((e) => e.percent)).toEqual([9452, 9000]);
  });

  it("stops at the next table of the sheet (the units that were not ranked)", () => {
    const read = readPreviousRankingSheets("x.xlsx", [
      { name: "S", values: [["Hạng", "Đơn vị", "Chỉ số (%)"], [1, "Sở A", 91], [], ["STT", "Đơn vị", "Lý do"], [1, "Sở B", "còn lỗi"]] },
    ]);
    expect(read.ok && [...read.value.entries.keys()]).toEqual(["sở a"]);
  });

  it("says when no sheet has a unit and a rank column", () => {
    const read = readPreviousRankingSheets("x.xlsx", [{ name: "S", values: [["Tên", "Điểm"], ["Sở A", 91]] }]);
    expect(read.ok).toBe(false);
    expect(read.issues.map((issue) => formatIssue(issue))).toEqual([
      "Tệp «x.xlsx» không có bảng xếp hạng năm trước nhận ra được (cần cột «Đơn vị» và cột «Xếp hạng», có thể thêm cột «Chỉ số (%)»).",
    ]);
  });
});

describe("readPreviousRankingJson", () => {
  it("reads a plain list and last year's par-index rank --json", () => {
    const list = readPreviousRankingJson("a.json", [{ unit: "Sở A", rank: 2, percent: 88.5 }]);
    expect(list.ok && [...list.value.entries.values()]).toEqual([{ unit: "Sở A", rank: 2, percent: 8850 }]);
    const output = readPreviousRankingJson("b.json", { units: [{ file: "a.xlsx", unit: "Sở A", rank: 1, rankOf: 1, percent: 90 }], excluded: [] });
    expect(output.ok && output.value.year).toBe(null);
    expect(output.ok && findPreviousEntry(output.value, "Sở A")).toEqual({ unit: "Sở A", rank: 1, percent: 9000 });
  });

  it.each([
    [{ rows: [] }, "Không đọc được bảng xếp hạng năm trước «a.json»: cần một danh sách [{ \"unit\", \"rank\", \"percent\" }] hoặc một đối tượng có «units»."],
    [[1], "Không đọc được bảng xếp hạng năm trước «a.json»: phần tử thứ 1 không phải đối tượng."],
  ])("refuses %p", (value, message) => {
    const read = readPreviousRankingJson("a.json", value);
    expect(read.ok).toBe(false);
    expect(read.issues.map((issue) => formatIssue(issue))).toEqual([message]);
  });
});
