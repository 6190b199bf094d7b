import { daysUntil, formatDeadline, parseDeadline, scheduleFor, scheduleText } from "../../../src/domain/assignment/schedule";

describe("deadlines and time frames", () => {
  it.each([
    ["25/01/2022", "2022-01-25"],
    ["5-1-2025", "2025-01-05"],
    ["2024-12-20", "2024-12-20"],
    ["29/02/2024", "2024-02-29"],
    ["29/02/2023", null],
    ["32/01/2022", null],
    ["tháng 1", null],
    ["", null],
  ])("reads the deadline %p as %p", (text, iso) => {
    expect(parseDeadline(text)).toBe(iso);
  });

  it("writes the Thời gian thực hiện cell from the time frame and the deadline", () => {
    expect(formatDeadline("2022-01-25")).toBe("25/01/2022");
    expect(scheduleText({ timeFrame: "Tháng 12/2024 - Tháng 01/2025", deadline: "2025-01-10" })).toBe("Tháng 12/2024 - Tháng 01/2025 (hạn gửi kết quả: 10/01/2025)");
    expect(scheduleText({ deadline: "2022-01-25" })).toBe("Hoàn thành trước ngày 25/01/2022");
    expect(scheduleText({})).toBe("");
  });

  it("takes a unit's own schedule over the defaults, matching its name like the assignment does", () => {
    const options = { defaults: { timeFrame: "Tháng 01/2022", deadline: "2022-01-25" }, units: { "sở tư PHÁP": { deadline: "2022-01-20" } } };
    expect(scheduleFor(options, "Sở Tư pháp")).toEqual({ timeFrame: "Tháng 01/2022", deadline: "2022-01-20" });
    expect(scheduleFor(options, "Sở Nội vụ")).toEqual({ timeFrame: "Tháng 01/2022", deadline: "2022-01-25" });
    expect(scheduleFor({}, "Sở Nội vụ")).toEqual({});
  });

  it("counts whole days to a deadline, negative once it has passed", () => {
    expect(daysUntil("2022-01-25", "2022-01-20")).toBe(5);
    expect(daysUntil("2022-01-25", "2022-02-01")).toBe(-7);
    expect(daysUntil("2024-03-01", "2024-02-28")).toBe(2);
  });
});
