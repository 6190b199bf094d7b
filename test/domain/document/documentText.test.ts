import { cleanText, distinctTexts, joinUnits, textLines, withFinalStop, withoutFinalStop } from "../../../src/domain/document/documentText";

describe("document text", () => {
  it("turns Word's decomposed Vietnamese (NFD) into NFC", () => {
    const nfd = "Cải cách hành chính".normalize("NFD");
    expect(nfd).not.toBe("Cải cách hành chính");
    expect(cleanText(nfd)).toBe("Cải cách hành chính");
  });

  it("keeps what looks like formulas, markup, quotes and emoji as they are", () => {
    expect(cleanText(`=SUM(A1:A3) <b>&amp;</b> "trích" ‘x’ 😀 👍🏽`)).toBe(`=SUM(A1:A3) <b>&amp;</b> "trích" ‘x’ 😀 👍🏽`);
  });

  it("drops characters an XML document cannot hold, and lone surrogates", () => {
    expect(cleanText("a\u0000b\u0007c\u000Bd\uFFFEe\uD800f\uDC00g")).toBe("abcdefg");
    expect(cleanText("a\tb\u00a0\u00a0c")).toBe("a b c");
  });

  it("splits a cell into lines at any line break, dropping blank ones", () => {
    expect(textLines("một\r\nhai\n\n ba \rbốn")).toEqual(["một", "hai", "ba", "bốn"]);
  });

  it.each([
    ["Thường xuyên", "Thường xuyên."],
    ["Thường xuyên.", "Thường xuyên."],
    ["Phòng A;", "Phòng A."],
    ["Sở Nội vụ (để b/c)", "Sở Nội vụ (để b/c)."],
    ["theo Đề án \"được phê duyệt.\"", "theo Đề án \"được phê duyệt.\""],
    ["", ""],
  ])("ends %p as %p", (text, expected) => {
    expect(withFinalStop(text)).toBe(expected);
  });

  it("drops a final stop for joining", () => {
    expect(withoutFinalStop("Giải pháp A.; ")).toBe("Giải pháp A");
  });

  it("keeps each text once, whatever its case, spacing, normal form or final stop", () => {
    expect(distinctTexts(["Thường xuyên", "thường  xuyên.", "Quý II/2022", "Thường xuyên".normalize("NFD"), " "])).toEqual(["Thường xuyên", "Quý II/2022"]);
  });

  it("joins units named in several rows, splitting on ';' and lines but not on a unit's own commas", () => {
    expect(joinUnits(["Các phòng, ban, đơn vị", "Trung tâm Thông tin; Trung tâm Phục vụ Hành chính công.", "các phòng, ban, đơn vị\nTrung tâm Thông tin", ""])).toBe(
      "Các phòng, ban, đơn vị; Trung tâm Thông tin; Trung tâm Phục vụ Hành chính công",
    );
  });
});
