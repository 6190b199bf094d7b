import {
  looksLikeCode,
  looksLikeData,
  looksLikePoints,
  looksLikeStructuredCode,
  wordsIn,
} from "../../../src/domain/import/cellShapes";
import { cleanLines, collapseSpaces, foldText, slugify } from "../../../src/domain/import/foldText";
import { locate, pathOf } from "../../../src/domain/import/gridPlace";
import { METHOD_LABELS, readMethod } from "../../../src/domain/import/readMethod";
import { readNotApplicable } from "../../../src/domain/import/readNotApplicable";

describe("readMethod", () => {
  it.each([
    ["Tự đánh giá", "tu_danh_gia"],
    ["tự chấm", "tu_danh_gia"],
    ["TĐG", "tu_danh_gia"],
    ["Thẩm định", "tu_danh_gia"],
    ["Điều tra XHH", "dieu_tra_xhh"],
    ["điều tra xã hội học", "dieu_tra_xhh"],
    ["ĐTXHH", "dieu_tra_xhh"],
    ["Khảo sát", "dieu_tra_xhh"],
    ["SIPAS", "sipas"],
    ["Điều tra SIPAS", "sipas"],
    ["Chỉ số hài lòng", "sipas"],
  ])("reads %p as %p", (text, method) => {
    expect(readMethod(text)).toBe(method);
  });

  it("reads each label the exported table writes back as its method", () => {
    for (const [method, label] of Object.entries(METHOD_LABELS)) expect(readMethod(label)).toBe(method);
  });

  it("gives undefined for a blank cell and null for words it does not know", () => {
    expect(readMethod(null)).toBeUndefined();
    expect(readMethod("  ")).toBeUndefined();
    expect(readMethod("Phỏng vấn")).toBeNull();
    expect(readMethod(3)).toBeNull();
  });
});

describe("readNotApplicable", () => {
  it.each<[unknown]>([["x"], ["X"], [" x "], ["Có"], ["được"], ["✓"], [true], [1]])("allows not applicable for %p", (value) => {
    expect(readNotApplicable(value as never)).toBe(true);
  });

  it.each<[unknown]>([[null], [""], ["-"], ["Không"], ["ko"], [false], [0]])("records nothing for %p", (value) => {
    expect(readNotApplicable(value as never)).toBeUndefined();
  });

  it.each<[unknown]>([["có thể"], ["2"], ["áp dụng"]])("does not understand %p", (value) => {
    expect(readNotApplicable(value as never)).toBeNull();
  });
});

describe("foldText and friends", () => {
  it("folds accents, case, đ and punctuation", () => {
    expect(foldText("ĐIỂM TỐI ĐA (điểm):")).toBe("diem toi da diem");
    expect(foldText("Lĩnh vực, tiêu chí".normalize("NFD"))).toBe("linh vuc tieu chi");
    expect(foldText(" — ")).toBe("");
  });

  it("collapses a pasted name to one line and tidies multi-line text", () => {
    expect(collapseSpaces(" Cải cách\n thủ tục\t hành chính ")).toBe("Cải cách thủ tục hành chính");
    expect(cleanLines("  Dòng  một \r\n\r\n Dòng hai\n")).toBe("Dòng một\nDòng hai");
    expect(cleanLines(" \n ")).toBe("");
  });

  it("makes a template id from a name, or nothing", () => {
    expect(slugify("Bộ chỉ số Sở Nội vụ 2024")).toBe("bo-chi-so-so-noi-vu-2024");
    expect(slugify("x".repeat(59) + " y")).toBe("x".repeat(59));
    expect(slugify("—")).toBe("");
  });
});

describe("cell shapes", () => {
  it("tells codes, structured codes, points, data and words apart", () => {
    expect([looksLikeCode("1.1"), looksLikeCode("II"), looksLikeCode(2), looksLikeCode("Công tác"), looksLikeCode(null)]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect([looksLikeStructuredCode("1.1"), looksLikeStructuredCode("II"), looksLikeStructuredCode("1")]).toEqual([true, true, false]);
    expect([looksLikePoints("1,5 điểm"), looksLikePoints(0), looksLikePoints("hai"), looksLikePoints(""), looksLikePoints(true)]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect([looksLikeData("I. CÔNG TÁC"), looksLikeData("Nội dung"), looksLikeData(3)]).toEqual([true, false, true]);
    expect([wordsIn("Công tác"), wordsIn("1.1"), wordsIn("2,5"), wordsIn(5), wordsIn("A")]).toEqual(["Công tác", "", "", "", ""]);
  });
});

describe("locate", () => {
  it("names the sheet cell of a grid cell, counting from the origin", () => {
    expect(locate({ sheet: "Nhập", origin: { row: 4, column: 2 } }, 2, 1, ["1"])).toEqual({ sheet: "Nhập", cell: "D7", path: ["1"] });
    expect(locate({ origin: { row: 0, column: 0 } }, 0, 0)).toEqual({ cell: "A1" });
  });

  it("refuses an origin that is not a cell, as misuse of the API", () => {
    expect(() => locate({ origin: { row: -2, column: 0 } }, 0, 0)).toThrow(RangeError);
  });

  it("lists a code's path from its lĩnh vực", () => {
    expect(pathOf("2.1.3")).toEqual(["2", "2.1", "2.1.3"]);
    expect(pathOf("5")).toEqual(["5"]);
  });
});
