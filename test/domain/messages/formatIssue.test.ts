import { messagesEn } from "../../../src/domain/messages/messages.en";
import { messagesVi } from "../../../src/domain/messages/messages.vi";
import { formatIssue } from "../../../src/domain/messages/formatIssue";
import { makeIssue } from "../../../src/domain/issues";

describe("formatIssue", () => {
  it("writes the style guide's example in Vietnamese, prefixed with the cell", () => {
    const issue = makeIssue("score_above_max", "error", { itemCode: "5.2.1", column: "self", value: 380, max: 350 }, { cell: "E14" });
    expect(formatIssue(issue)).toBe("Ô E14: Điểm tự đánh giá 3,8 vượt điểm tối đa 3,5 của 5.2.1.");
    expect(formatIssue(issue, "en")).toBe("Cell E14: The self-assessed score 3.8 of 5.2.1 is above its maximum 3.5.");
  });

  it("leaves out the cell when the issue has none", () => {
    expect(formatIssue(makeIssue("total_differs_from_scale", "error", { total: 9950, scale: 10000 }))).toBe(
      "Tổng điểm tối đa các lĩnh vực là 99,5, khác thang điểm 100.",
    );
  });

  it("has a Vietnamese and an English text for every issue code", () => {
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesVi).sort());
  });

  it.each([
    [makeIssue("score_negative", "error", { itemCode: "1.1", column: "appraised", value: -1.5 }), "Điểm thẩm định -1,5 của 1.1 không được âm."],
    [makeIssue("score_too_many_decimals", "error", { itemCode: "1.1", column: "self", value: 0.333 }), "Điểm tự đánh giá 0,333 của 1.1 có quá 2 chữ số thập phân."],
    [makeIssue("children_sum_mismatch", "error", { itemCode: "3", max: 1450, childrenSum: 1400 }), "Điểm tối đa của 3 là 14,5 nhưng tổng điểm tối đa các mục con là 14."],
    [makeIssue("code_not_under_parent", "error", { itemCode: "2.1", parentCode: "1" }), "Mã 2.1 không nằm dưới mã cha 1 (phải có dạng 1.n)."],
  ])("words %p", (issue, text) => {
    expect(formatIssue(issue)).toBe(text);
  });
});
