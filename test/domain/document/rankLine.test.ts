import { describeRank, describeRankChange, parseRankChange } from "../../../src/domain/document/rankLine";

describe("the rank line", () => {
  it("writes seed 001's line", () => {
    expect(describeRank({ rank: 6, of: 20, peerGroup: "sở, ban, ngành", change: 4 }, 2020)).toBe("xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc so với năm 2020)");
  });

  it.each([
    [-14, "giảm 14 bậc"],
    [-2, "giảm 02 bậc"],
    [0, "giữ nguyên thứ hạng"],
    ["new", null],
    [null, null],
  ] as const)("words a change of %p as %p", (change, text) => {
    expect(describeRankChange(change)).toBe(text);
  });

  it("leaves out what is unknown", () => {
    expect(describeRank({ rank: 15, of: 20 })).toBe("xếp thứ 15/20");
    expect(describeRank({ rank: 1, of: 63, peerGroup: "tỉnh, thành phố", change: "new" }, 2023)).toBe("xếp thứ 01/63 tỉnh, thành phố");
    expect(describeRank({ rank: 3, of: 9, change: -1 })).toBe("xếp thứ 03/09 (giảm 01 bậc so với năm trước)");
  });

  it.each([
    ["tăng 4", 4],
    ["Tăng 04 bậc", 4],
    ["giảm 2 bậc", -2],
    ["+4", 4],
    ["-2", -2],
    ["−3", -3],
    ["0", 0],
    [0, 0],
    [5, 5],
    ["giữ nguyên", 0],
    ["Không thay đổi", 0],
    ["mới", "new"],
    ["", null],
    [null, null],
  ] as const)("reads %p as %p", (text, change) => {
    expect(parseRankChange(text)).toBe(change);
  });

  it.each(["abc", "tăng", "4,5", 1.5, true, "tăng 4 giảm 2"])("cannot read %p", (text) => {
    expect(parseRankChange(text)).toBeUndefined();
  });
});
