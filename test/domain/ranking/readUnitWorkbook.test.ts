import { formatIssue } from "../../../src/domain/messages/formatIssue";
import { readUnitWorkbook, SHEET_TEMPLATE_ID, type SheetSource } from "../../../src/domain/ranking/readUnitWorkbook";
import { layoutMetadata } from "../../../src/domain/layout/metadata";
import { rankUnits } from "../../../src/domain/ranking/rankUnits";
import { hundredTemplate, unitSheets } from "../../helpers/rankingUnits";

const scores = { "1.1": { self: 58, appraised: 55 }, "2.1": 30 };

describe("readUnitWorkbook", () => {
  it("reads the unit, year and totals of each scoring sheet the metadata lists", () => {
    const reading = readUnitWorkbook("don-vi/so-tu-phap.xlsx", unitSheets(hundredTemplate(), { unit: "Sở Tư pháp", year: 2021, scores }));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.units.map((u) => [u.file, u.unit, u.unitSource, u.year, u.score, u.applicableMax, u.percent, u.issues])).toEqual([
      ["don-vi/so-tu-phap.xlsx", "Sở Tư pháp", "metadata", 2021, 8500, 10000, 8500, []],
    ]);
  });

  it("reads only the sheets it needs", () => {
    const sheets = unitSheets(hundredTemplate(), { unit: "Sở A", scores });
    let planReads = 0;
    const plan: SheetSource = { name: "Kế hoạch khắc phục", visible: true, read: () => ((planReads += 1), { values: [] }) };
    expect(readUnitWorkbook("a.xlsx", [plan, ...sheets]).ok).toBe(true);
    expect(planReads).toBe(0);
  });

  it("takes the unit from the sheet's «Đơn vị:» line when the metadata has none, else from the file name", () => {
    const [score, meta] = unitSheets(hundredTemplate(), { scores });
    const typed: SheetSource = {
      ...score!,
      read: () => {
        const grids = score!.read();
        const values = grids.values.map((row) => [...row]);
        values[1]![0] = "Đơn vị:  Sở Tài chính ";
        return { ...grids, values };
      },
    };
    const fromSheet = readUnitWorkbook("x.xlsx", [typed, meta!]);
    expect(fromSheet.ok && fromSheet.units.map((u) => [u.unit, u.unitSource])).toEqual([["Sở Tài chính", "sheet"]]);

    const fromFile = readUnitWorkbook("don-vi\\Sở Xây dựng.xlsx", [score!, meta!]);
    expect(fromFile.ok && fromFile.units.map((u) => [u.unit, u.unitSource, u.issues.map((i) => formatIssue(i))])).toEqual([
      ["Sở Xây dựng", "file", ["Tệp «don-vi\\Sở Xây dựng.xlsx» không ghi tên đơn vị; dùng tên tệp «Sở Xây dựng»."]],
    ]);
  });

  it("reads a scoring sheet copied without its metadata, the template from the sheet's own columns", () => {
    const [score] = unitSheets(hundredTemplate(), { unit: "Sở A", year: 2022, scores });
    const reading = readUnitWorkbook("a.xlsx", [score!]);
    expect(reading.ok && reading.units.map((u) => [u.unit, u.unitSource, u.year, u.template.id, u.percent])).toEqual([
      ["Sở A", "sheet", 2022, SHEET_TEMPLATE_ID, 8500],
    ]);
  });

  it("says when a workbook has no scoring sheet", () => {
    const reading = readUnitWorkbook("ghi-chu.xlsx", [{ name: "Sheet1", visible: true, read: () => ({ values: [["Ghi chú"]] }) }]);
    if (reading.ok) throw new Error("read a workbook without a scoring sheet");
    expect(reading.issues.map((issue) => formatIssue(issue))).toEqual([
      "Tệp «ghi-chu.xlsx» không có trang chấm điểm nhận ra được (tạo bằng par-index new hoặc add-in).",
    ]);
  });
});

describe("readUnitWorkbook with several scoring sheets", () => {
  const template = hundredTemplate();
  const sheetsOf = (units: string[]) => {
    const parts = units.map((unit, i) => unitSheets(template, { unit, year: 2021, scores, sheetName: `Chấm điểm ${i + 1}` }));
    const meta = layoutMetadata(
      units.map((unit, i) => ({ kind: "score" as const, sheetName: `Chấm điểm ${i + 1}`, templateId: template.id, unit, year: 2021 })),
      [template],
    );
    const values = meta.map((row) => row.map((cell) => (typeof cell === "object" && cell !== null ? "" : cell)));
    return [...parts.map((p) => p[0]!), { name: "PARINDEX_META", visible: false, read: () => ({ values }) }];
  };

  it("reads each scoring sheet the metadata lists as a unit of its own", () => {
    const reading = readUnitWorkbook("tong-hop.xlsx", sheetsOf(["Sở A", "Sở B"]));
    expect(reading.ok && reading.units.map((u) => [u.sheet, u.unit])).toEqual([["Chấm điểm 1", "Sở A"], ["Chấm điểm 2", "Sở B"]]);
  });

  it("names the sheets when one workbook holds the same unit twice", () => {
    const reading = readUnitWorkbook("tong-hop.xlsx", sheetsOf(["Sở A", "Sở A"]));
    if (!reading.ok) throw new Error("unreadable");
    const ranking = rankUnits(reading.units);
    expect(ranking.excluded.map((e) => formatIssue(e.issues[0]!))).toEqual([
      "Sở A có nhiều sổ chấm điểm: «tong-hop.xlsx › Chấm điểm 1» và «tong-hop.xlsx › Chấm điểm 2»; giữ lại một tệp rồi tổng hợp lại.",
      "Sở A có nhiều sổ chấm điểm: «tong-hop.xlsx › Chấm điểm 2» và «tong-hop.xlsx › Chấm điểm 1»; giữ lại một tệp rồi tổng hợp lại.",
    ]);
  });
});
