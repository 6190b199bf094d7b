import { defaultDocumentFields, hasSipasPart, placeOf, rankStandingOf, withRankStanding } from "../../../src/domain/document/documentFields";

describe("the document fields' defaults", () => {
  const fields = defaultDocumentFields({ unit: "Văn phòng UBND tỉnh Sơn La", year: 2021, level: "so" });

  it("come from the scoring sheet's unit and year: issuer, place, governing body, the next year's date", () => {
    expect(fields).toMatchObject({
      unit: "Văn phòng UBND tỉnh Sơn La",
      issuer: "Văn phòng UBND tỉnh Sơn La",
      governingBody: "UBND TỈNH SƠN LA",
      place: "Sơn La",
      date: { year: 2022 },
      peerGroup: "sở, ban, ngành",
      rank: null,
      rankChange: null,
    });
    expect(fields.basis).toContain("Chỉ số cải cách hành chính năm 2021");
    expect(fields.basis).toContain("năm 2022, cụ thể như sau:");
    expect(fields.organization.endsWith("./.")).toBe(true);
  });

  it("guess no governing body or place they cannot read from the name", () => {
    expect(defaultDocumentFields({ unit: "Sở Nội vụ", level: "so" })).toMatchObject({ governingBody: "", place: "", date: {} });
    expect(defaultDocumentFields({ unit: "UBND huyện Mai Sơn, tỉnh Sơn La", level: "huyen" })).toMatchObject({ governingBody: "", place: "Sơn La", peerGroup: "huyện, thị xã, thành phố" });
    expect(placeOf("Sở Y tế thành phố Hà Nội")).toBe("Hà Nội");
  });

  it("take a ranking's standing for the rank line (as issue 9's ranking will hand it)", () => {
    const ranked = withRankStanding(fields, { rank: 6, of: 20, change: 4 });
    expect(rankStandingOf(ranked)).toEqual({ rank: 6, of: 20, peerGroup: "sở, ban, ngành", change: 4 });
    expect(rankStandingOf(fields)).toBeNull();
  });

  it("have a SIPAS part only when it has a rank or a remedy", () => {
    expect(hasSipasPart(fields)).toBe(false);
    expect(hasSipasPart({ ...fields, sipas: { ...fields.sipas, rank: 15 } })).toBe(true);
    expect(hasSipasPart({ ...fields, sipas: { ...fields.sipas, remedy: "Tuyên truyền" } })).toBe(true);
  });
});
