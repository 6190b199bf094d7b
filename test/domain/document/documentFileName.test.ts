// The names the plan document and the appraisal notice are saved under: the plan sheet's words, the year and the unit, with
// nothing a file system refuses.
import { appraisalNoticeFileName, planDocumentFileName } from "../../../src/domain/document/documentFileName";

describe("planDocumentFileName", () => {
  it("names the year and the unit", () => {
    expect(planDocumentFileName({ year: 2021, unit: "Văn phòng UBND tỉnh Sơn La" })).toBe("Kế hoạch khắc phục 2021 - Văn phòng UBND tỉnh Sơn La.docx");
  });

  it("goes without either", () => {
    expect(planDocumentFileName({})).toBe("Kế hoạch khắc phục.docx");
    expect(planDocumentFileName({ year: 2021, unit: "  " })).toBe("Kế hoạch khắc phục 2021.docx");
  });

  it("takes out what Windows and macOS refuse, composes decomposed Vietnamese and keeps the name short", () => {
    const name = planDocumentFileName({ year: 2021, unit: 'Sở "Nội vụ"/Phòng: CCHC*?<>|\u0007.'.normalize("NFD") });
    expect(name).toBe("Kế hoạch khắc phục 2021 - Sở Nội vụ Phòng CCHC.docx");
    expect(name).toBe(name.normalize("NFC"));
    const long = planDocumentFileName({ year: 2021, unit: "Ủy ban nhân dân ".repeat(20) });
    expect([...long].length).toBeLessThanOrEqual(125);
    expect(long.endsWith(".docx")).toBe(true);
  });
});

describe("appraisalNoticeFileName", () => {
  it("names the notice, the year and the unit, cleaned as the plan's", () => {
    expect(appraisalNoticeFileName({ year: 2021, unit: "Văn phòng UBND tỉnh Sơn La" })).toBe("Thông báo kết quả thẩm định 2021 - Văn phòng UBND tỉnh Sơn La.docx");
    expect(appraisalNoticeFileName({ unit: "Sở Tư pháp: 2021?" })).toBe("Thông báo kết quả thẩm định - Sở Tư pháp 2021.docx");
  });
});
