// What the error bar says for each kind of failure an operation can throw.
import { describeError } from "../../src/taskpane/hooks/describeError";
import { en } from "../../src/taskpane/i18n/en";
import { vi } from "../../src/taskpane/i18n/vi";

class HostError extends Error {
  override name = "HostError";
}

describe("describeError", () => {
  it("shows a host error's Vietnamese message as is, in either language", () => {
    const error = new HostError("Không tìm thấy trang «Chấm điểm».");
    expect(describeError(error, vi)).toBe("Không tìm thấy trang «Chấm điểm».");
    expect(describeError(error, en)).toBe("Không tìm thấy trang «Chấm điểm».");
  });

  it.each([
    [new RangeError("bad index"), "Đã xảy ra lỗi không mong muốn. Chi tiết: bad index"],
    [new Error(""), "Đã xảy ra lỗi không mong muốn. Chi tiết: Error"],
    [new HostError(""), "Đã xảy ra lỗi không mong muốn. Chi tiết: HostError"],
    ["chuỗi", "Đã xảy ra lỗi không mong muốn. Chi tiết: chuỗi"],
    [{ code: "ItemNotFound" }, 'Đã xảy ra lỗi không mong muốn. Chi tiết: {"code":"ItemNotFound"}'],
    [undefined, "Đã xảy ra lỗi không mong muốn. Chi tiết: undefined"],
  ])("wraps %p in the generic sentence", (error, text) => {
    expect(describeError(error, vi)).toBe(text);
  });
});
