import type { CellValue } from "../../../src/domain/cells";
import { defaultDocumentFields, DOCUMENT_FIELD_SPECS, type DocumentFields } from "../../../src/domain/document/documentFields";
import { foldText } from "../../../src/domain/import/foldText";
import { DOCUMENT_FIELDS_TITLE, layoutDocumentFieldsSheet } from "../../../src/domain/layout/layoutDocumentFieldsSheet";
import { isDocumentFieldsSheet, readDocumentFieldsSheet } from "../../../src/domain/layout/readDocumentFieldsSheet";
import { formatIssue } from "../../../src/domain/messages/formatIssue";

const defaults = defaultDocumentFields({ unit: "Văn phòng UBND tỉnh Sơn La", year: 2021, level: "so" });
const grid = (fields: DocumentFields): CellValue[][] => layoutDocumentFieldsSheet(fields, { year: 2021, scoreSheet: "VPUB Sơn La 2021" }).cells.map((row) => [...row] as CellValue[]);
const tricky = `=HYPERLINK("x") <script>&amp; "trích dẫn" ‘x’ 😀 ${"Cải cách".normalize("NFD")}\n- dòng hai`;

describe("the document fields sheet", () => {
  const layout = layoutDocumentFieldsSheet(defaults, { year: 2021, scoreSheet: "VPUB Sơn La 2021" });

  it("is a labelled block: title, note, header, then group rows and one row per field", () => {
    expect(layout.name).toBe("Thông tin văn bản 2021");
    expect(layout.cells[0]![0]).toBe(DOCUMENT_FIELDS_TITLE);
    expect(layout.cells[3]).toEqual(["Mục", "Nội dung (sửa ở cột này)", "Hướng dẫn"]);
    expect(layout.cells[layout.rowOf.place]!.slice(0, 2)).toEqual(["Địa danh", "Sơn La"]);
    expect(layout.cells[layout.rowOf.date]![1]).toBe("…/…/2022");
    expect(layout.cells[layout.rowOf.rank]![1]).toBeNull();
    expect(Object.keys(layout.rowOf)).toHaveLength(DOCUMENT_FIELD_SPECS.length);
    expect(layout.numberFormats).toEqual([{ range: `B5:B${layout.cells.length}`, format: "@" }]);
    expect(isDocumentFieldsSheet(grid(defaults))).toBe(true);
  });

  it("reads back every field it wrote, staff text exactly", () => {
    const typed: DocumentFields = {
      ...defaults,
      documentNumber: "12",
      issuerAbbreviation: "VPUB",
      date: { day: 5, month: 2, year: 2022 },
      basis: tricky,
      rank: 6,
      rankOf: 20,
      rankChange: -2,
      signerName: "Nguyễn Huy Anh",
      sipas: { rank: 15, remedy: "Tuyên truyền", leadUnit: "Trung tâm Thông tin, Trung tâm Phục vụ Hành chính công", coUnits: "Các phòng, ban, đơn vị", timeFrame: "Thường xuyên" },
    };
    const read = readDocumentFieldsSheet(grid(typed), defaults);
    expect(read.issues).toEqual([]);
    // Read back as NFC (cellText's form for every host): the same letters, composed.
    expect(read.fields).toEqual({ ...typed, basis: tricky.normalize("NFC") });
    expect(read.found.size).toBe(DOCUMENT_FIELD_SPECS.length);
  });

  it("finds fields by label wherever staff moved them, with or without accents", () => {
    const values: CellValue[][] = [
      [DOCUMENT_FIELDS_TITLE],
      ["", "", foldText("Họ và tên người ký"), "Nguyễn Huy Anh"],
      ["THỨ HẠNG", 6],
      ["Thay đổi thứ hạng so với năm trước", "tăng 04 bậc"],
    ];
    const read = readDocumentFieldsSheet(values, defaults);
    expect(read.fields).toMatchObject({ signerName: "Nguyễn Huy Anh", rank: 6, rankChange: 4, place: "Sơn La" });
    expect([...read.found]).toEqual(["signerName", "rank", "rankChange"]);
  });

  it("keeps the default of a field whose label is gone, and an emptied field empty", () => {
    const values = grid(defaults).filter((row) => row[0] !== "Địa danh");
    const placeRow = (v: CellValue[][]) => v.findIndex((row) => row[0] === "Cơ quan chủ quản");
    values[placeRow(values)]![1] = "";
    const read = readDocumentFieldsSheet(values, defaults);
    expect(read.fields.place).toBe("Sơn La");
    expect(read.fields.governingBody).toBe("");
  });

  it("reports values it cannot read with their cell, and leaves them unknown", () => {
    const values = grid(defaults);
    const rows = layoutDocumentFieldsSheet(defaults).rowOf;
    values[rows.rank]![1] = "sáu";
    values[rows.rankChange]![1] = "lên hạng";
    values[rows.date]![1] = "31/2/2022";
    const read = readDocumentFieldsSheet(values, defaults, { sheet: "Thông tin văn bản 2021" });
    expect(read.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ["document_field_invalid", "B5".replace("5", String(rows.date + 1)), "warning"],
      ["document_field_invalid", `B${rows.rank + 1}`, "warning"],
      ["document_field_invalid", `B${rows.rankChange + 1}`, "warning"],
    ]);
    expect(formatIssue(read.issues[1]!)).toBe(`Ô B${rows.rank + 1}: «Thứ hạng» cần một thứ hạng: số nguyên dương, hoặc thứ hạng/số đơn vị (ví dụ 6 hoặc 6/20) (đang là «sáu»); văn bản bỏ qua nội dung này.`);
    expect(read.fields).toMatchObject({ rank: null, rankChange: null, date: {} });
  });

  it("reads a rank and a SIPAS rank in the same forms: 6, «6» or «6/20»", () => {
    const values = grid(defaults);
    const rows = layoutDocumentFieldsSheet(defaults).rowOf;
    values[rows.rank]![1] = "6/20";
    values[rows["sipas.rank"]]![1] = " 15 / 20 ";
    const read = readDocumentFieldsSheet(values, defaults);
    expect(read.issues).toEqual([]);
    expect(read.fields).toMatchObject({ rank: 6, rankOf: 20, sipas: { rank: 15 } });
  });

  it("refuses a SIPAS rank out of another number of units than the PAR INDEX rank, and a rank past its count", () => {
    const values = grid(defaults);
    const rows = layoutDocumentFieldsSheet(defaults).rowOf;
    values[rows.rank]![1] = 6;
    values[rows.rankOf]![1] = 20;
    values[rows["sipas.rank"]]![1] = "15/18";
    const read = readDocumentFieldsSheet(values, defaults);
    expect(read.issues.map((issue) => formatIssue(issue))).toEqual([
      `Ô B${rows["sipas.rank"] + 1}: «SIPAS: thứ hạng» xếp trên cùng số đơn vị với thứ hạng PAR INDEX (20 đơn vị) (đang là «15/18»); văn bản bỏ qua nội dung này.`,
    ]);
    expect(read.fields).toMatchObject({ rank: 6, rankOf: 20, sipas: { rank: null } });
    values[rows.rank]![1] = "21/20";
    expect(readDocumentFieldsSheet(values, defaults).fields.rank).toBeNull();
  });

  it("reads ranks typed as numbers or text, and a date Excel turned into a serial", () => {
    const values = grid(defaults);
    const rows = layoutDocumentFieldsSheet(defaults).rowOf;
    values[rows.rank]![1] = 6;
    values[rows.rankOf]![1] = " 20 ";
    values[rows.date]![1] = 44597;
    expect(readDocumentFieldsSheet(values, defaults).fields).toMatchObject({ rank: 6, rankOf: 20, date: { day: 5, month: 2, year: 2022 } });
  });
});
