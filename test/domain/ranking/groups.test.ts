import { formatIssue } from "../../../src/domain/messages/formatIssue";
import { DEFAULT_GROUPS, describeGroups, groupLabel, parseGroupScheme } from "../../../src/domain/ranking/groups";

describe("parseGroupScheme", () => {
  it("reads 90,80,70 as the default A/B/C/D", () => {
    expect(parseGroupScheme("90,80,70")).toEqual({ ok: true, value: DEFAULT_GROUPS, issues: [] });
  });

  it("takes decimals with a point, or with a comma when thresholds are separated by semicolons", () => {
    expect(parseGroupScheme("89.5,80").ok && parseGroupScheme("89.5,80")).toMatchObject({ value: { thresholds: [8950, 8000], labels: ["A", "B", "C"] } });
    expect(parseGroupScheme("89,5 %; 80").ok && parseGroupScheme("89,5 %; 80")).toMatchObject({ value: { thresholds: [8950, 8000] } });
  });

  it.each([
    ["", undefined, "Chưa có ngưỡng xếp nhóm (ví dụ 90,80,70)."],
    ["90,abc", undefined, "Ngưỡng xếp nhóm «abc» không phải số."],
    ["90,80,80", undefined, "Các ngưỡng xếp nhóm phải giảm dần (ví dụ 90,80,70); «80» không nhỏ hơn ngưỡng đứng trước."],
    ["120", undefined, "Ngưỡng xếp nhóm «120» phải lớn hơn 0 và không quá 100."],
    ["89.999", undefined, "Ngưỡng xếp nhóm «89.999» có quá 2 chữ số thập phân."],
    ["90,80,70", "Tốt,Khá", "Cần 4 tên nhóm cho các ngưỡng đã cho (đang có «Tốt,Khá»)."],
  ])("refuses %p (labels %p)", (thresholds, labels, message) => {
    const parsed = parseGroupScheme(thresholds, labels);
    expect(parsed.ok).toBe(false);
    expect(parsed.issues.map((issue) => formatIssue(issue))).toEqual([message]);
  });

  it("describes the groups the way results are published", () => {
    expect(describeGroups(DEFAULT_GROUPS)).toEqual(["A: từ 90 %", "B: từ 80 % đến dưới 90 %", "C: từ 70 % đến dưới 80 %", "D: dưới 70 %"]);
    expect(groupLabel(DEFAULT_GROUPS, 8999)).toBe("B");
  });
});
