// "Tổng hợp nhiều đơn vị" in Excel: the year's ranking sheets written from units read elsewhere
// and from this workbook's scoring sheets, with native charts over the sheet's own cells, in a
// constant number of syncs; rebuilt in place keeping the notes staff typed, by unit.
import { cellAddress } from "../../../src/domain/cells";
import { layoutRankingSheet } from "../../../src/domain/layout/layoutRankingSheet";
import { layoutAreaRankingSheet } from "../../../src/domain/layout/layoutAreaRankingSheet";
import { layoutScoreSheet } from "../../../src/domain/layout/layoutScoreSheet";
import { readMetadata } from "../../../src/domain/layout/metadata";
import { RANKING_HEADERS, RANKING_TITLE } from "../../../src/domain/layout/rankingSheetColumns";
import { SCORE_COLUMNS } from "../../../src/domain/layout/scoreSheetColumns";
import { groupChartColor } from "../../../src/domain/layout/rankingGroupsLook";
import { isFormulaCell, type LayoutCell } from "../../../src/domain/layout/sheetLayout";
import { readPreviousRankingJson } from "../../../src/domain/ranking/previousRanking";
import { rankUnits } from "../../../src/domain/ranking/rankUnits";
import type { UnitResult } from "../../../src/domain/ranking/unitResult";
import { HostError } from "../../../src/excel/host/hostError";
import type { FakeExcelHost } from "../../helpers/fakeExcel";
import { fakeHost, operationsOn } from "../../helpers/excelHost";
import { hundredTemplate, unitAt } from "../../helpers/rankingUnits";

const RANKING = "Xếp hạng 2021";
const AREAS = "Theo lĩnh vực 2021";
const asWritten = (cell: LayoutCell) => (cell === null ? "" : isFormulaCell(cell) ? cell.formula : cell);

/** `count` units of the 100-point template, 2021, percentages spread over the four groups. */
function units(count: number, year = 2021): UnitResult[] {
  return Array.from({ length: count }, (_, i) => unitAt(`Đơn vị ${String(i + 1).padStart(3, "0")}`, 100 - ((i * 37) % 45) - 0.5, { year }));
}

/** The fake sheet's cell in the column with this header, on the unit's row. */
function unitCell(host: FakeExcelHost, sheetName: string, unit: string, header: string) {
  const sheet = host.workbook.get(sheetName);
  const layoutRows = [...Array(sheet.usedRect(true).bottom + 1).keys()];
  const headerRow = layoutRows.find((r) => sheet.formulaAt(r, 1) === RANKING_HEADERS.unit)!;
  const column = [...Array(30).keys()].find((c) => sheet.formulaAt(headerRow, c) === header)!;
  const row = layoutRows.find((r) => r > headerRow && sheet.formulaAt(r, 1) === unit);
  return { row, column, address: row === undefined ? null : cellAddress(row, column) };
}

async function workbookWithScoreSheet(scores: Record<string, number>, unit = "Sở Nội vụ") {
  const host = fakeHost();
  const template = hundredTemplate();
  await operationsOn(host).loadTemplate({ template, unit, year: 2021 });
  const layout = layoutScoreSheet(template, { year: 2021 });
  const sheetName = host.workbook.sheets[1]!.name;
  for (const [code, score] of Object.entries(scores)) host.workbook.typeInto(sheetName, cellAddress(layout.rowOf[code]!, SCORE_COLUMNS.appraised), [[score]]);
  return { host, sheetName, layout };
}

describe("buildRanking", () => {
  it.each([10, 200])("writes both sheets of %i units with their records in four syncs, the same for any count", async (count) => {
    const host = fakeHost();
    const given = units(count);
    const syncs = host.countSyncs();
    const result = await operationsOn(host).buildRanking({ units: given, includeWorkbookSheets: false });
    // The snapshot (two in a workbook never written to), nothing to read, the sheets with their records, the finishes.
    expect(syncs()).toBe(4);
    expect(host.runCount).toBe(1);
    expect(result).toMatchObject({ rankingSheet: RANKING, areasSheet: AREAS, rebuilt: false, notesKept: 0, charts: 2, workbookFiles: [] });
    expect(result.ranking.units).toHaveLength(count);
    expect(host.workbook.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ["Sheet1", "Visible"],
      [RANKING, "Visible"],
      [AREAS, "Visible"],
      ["PARINDEX_META", "VeryHidden"],
    ]);
    expect(host.workbook.activeSheet.name).toBe(RANKING);

    const layout = layoutRankingSheet(rankUnits(given), { sheetName: RANKING });
    expect(host.workbook.get(RANKING).formulaGrid(layout.cells.length, layout.columnCount)).toEqual(
      layout.cells.map((row) => row.map(asWritten)).map((row) => row.map((cell) => (cell === null ? "" : cell))),
    );
    const meta = host.workbook.get("PARINDEX_META");
    const records = readMetadata(meta.formulaGrid(10, 12), meta.formulaGrid(10, 12))!.sheets;
    expect(records).toEqual([
      { kind: "ranking", sheetName: RANKING, templateId: "thu-nghiem-100", year: 2021 },
      { kind: "rankingAreas", sheetName: AREAS, templateId: "thu-nghiem-100", year: 2021 },
    ]);
  });

  it("draws the units-by-percent chart over the unit and percentage cells, each bar in its group's colour", async () => {
    const host = fakeHost();
    const given = units(12);
    await operationsOn(host).buildRanking({ units: given, includeWorkbookSheets: false });
    const ranking = rankUnits(given);
    const layout = layoutRankingSheet(ranking, { sheetName: RANKING });
    const spec = layout.charts![0]!;
    const [chart] = host.workbook.get(RANKING).charts;
    const rows = { top: layout.headerRow + 1, bottom: layout.headerRow + 12 };
    const column = (key: "unit" | "percent") => layout.columns.indexOf(key);
    expect(chart).toMatchObject({
      name: "units-by-percent",
      type: "BarClustered",
      title: "Chỉ số cải cách hành chính của các đơn vị (%)",
      legend: { visible: false },
      valueAxis: { minimum: 0, maximum: 100, majorUnit: 10, numberFormat: "0" },
      categoryAxis: { reversePlotOrder: true },
      dataLabels: { showValue: true, numberFormat: "0.00" },
      position: {
        start: { top: spec.anchor.from.row, left: 0, bottom: spec.anchor.from.row, right: 0 },
        end: { top: spec.anchor.to.row - 1, left: spec.anchor.to.column - 1, bottom: spec.anchor.to.row - 1, right: spec.anchor.to.column - 1 },
      },
    });
    expect(chart!.series).toHaveLength(1);
    const [series] = chart!.series;
    const sheetId = host.workbook.get(RANKING).id;
    expect(series!.values).toEqual({ sheetId, rect: { ...rows, left: column("percent"), right: column("percent") } });
    expect(series!.xValues).toEqual({ sheetId, rect: { ...rows, left: column("unit"), right: column("unit") } });
    expect(series!.name).toBe("Chỉ số (%)");
    expect(series!.fill).toBe(groupChartColor(0, 4));
    // Points of the top group keep the series' colour; the others are coloured one by one.
    ranking.units.forEach((unit, i) => {
      expect([unit.group, series!.pointFills[i] ?? series!.fill]).toEqual([unit.group, groupChartColor(unit.groupIndex, 4)]);
    });
    expect(Object.keys(series!.pointFills).length).toBe(ranking.units.filter((unit) => unit.groupIndex > 0).length);

    // The per-lĩnh vực chart: mean, highest and lowest of each lĩnh vực, named by the lĩnh vực.
    const areas = layoutAreaRankingSheet(ranking, { sheetName: AREAS });
    const [areaChart] = host.workbook.get(AREAS).charts;
    const areaSpec = areas.charts![0]!;
    expect(areaChart!.name).toBe("areas-compared");
    expect(areaChart!.legend).toEqual({ visible: true, position: "Bottom" });
    expect(areaChart!.series.map((s) => [s.name, s.fill, s.values?.rect, s.xValues?.rect])).toEqual(
      areaSpec.series.map((s) => [s.name, s.color, rect(s.values), rect(areaSpec.categories)]),
    );
  });

  it("rebuilds in place (same names and places), keeping a note by unit and the notes of units no longer ranked", async () => {
    const host = fakeHost({ sheets: ["Sheet1", "Ghi chép"] });
    const operations = operationsOn(host);
    const first = units(6);
    await operations.buildRanking({ units: first, includeWorkbookSheets: false });
    const note = unitCell(host, RANKING, "Đơn vị 003", RANKING_HEADERS.notes);
    host.workbook.typeInto(RANKING, note.address!, [["Đã rà soát hồ sơ, chờ thẩm định lại"]]);
    const gone = unitCell(host, RANKING, "Đơn vị 006", RANKING_HEADERS.notes);
    host.workbook.typeInto(RANKING, gone.address!, [["=Ghi chú bắt đầu bằng dấu bằng"]]);
    const positions = host.workbook.sheets.map((sheet) => sheet.name);
    host.workbook.activeSheet = host.workbook.get("Ghi chép");

    // Đơn vị 003 rises to the top; Đơn vị 006 is no longer given.
    const second = [...first.slice(0, 2), unitAt("Đơn vị 003", 99.9, { year: 2021 }), ...first.slice(3, 5)];
    const syncs = host.countSyncs();
    const result = await operations.buildRanking({ units: second, includeWorkbookSheets: false });
    // The earlier sheets are read alongside nothing else: snapshot, reads, the sheets, the finishes.
    expect(syncs()).toBe(4);
    expect(result).toMatchObject({ rankingSheet: RANKING, areasSheet: AREAS, rebuilt: true, notesKept: 2 });
    expect(host.workbook.sheets.map((sheet) => sheet.name)).toEqual(positions);
    const moved = unitCell(host, RANKING, "Đơn vị 003", RANKING_HEADERS.notes);
    expect(moved.row).not.toBe(note.row);
    expect(host.workbook.get(RANKING).formulaAt(moved.row!, moved.column)).toBe("Đã rà soát hồ sơ, chờ thẩm định lại");
    const kept = unitCell(host, RANKING, "Đơn vị 006", RANKING_HEADERS.notes);
    expect(host.workbook.get(RANKING).formulaAt(kept.row!, kept.column)).toBe("=Ghi chú bắt đầu bằng dấu bằng");
    expect(host.workbook.get(RANKING).cell(kept.row!, kept.column)).toMatchObject({ type: "text" });
    // One chart per sheet still, not one more per rebuild, plotting the rebuilt sheet's own cells.
    const rebuiltSheet = host.workbook.get(RANKING);
    expect(rebuiltSheet.charts).toHaveLength(1);
    expect(rebuiltSheet.charts[0]!.series.map((s) => [s.values?.sheetId, s.xValues?.sheetId])).toEqual([[rebuiltSheet.id, rebuiltSheet.id]]);
    expect(host.workbook.activeSheet.name).toBe(RANKING);
  });

  it("gives another year its own sheets and leaves last year's alone", async () => {
    const host = fakeHost();
    const operations = operationsOn(host);
    await operations.buildRanking({ units: units(4, 2020), includeWorkbookSheets: false });
    host.workbook.typeInto("Xếp hạng 2020", unitCell(host, "Xếp hạng 2020", "Đơn vị 001", RANKING_HEADERS.notes).address!, [["năm trước"]]);
    const result = await operations.buildRanking({ units: units(4, 2021), includeWorkbookSheets: false });
    expect(result).toMatchObject({ rankingSheet: RANKING, rebuilt: false, notesKept: 0 });
    expect(host.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "Xếp hạng 2020", "Theo lĩnh vực 2020", "PARINDEX_META", RANKING, AREAS]);
    const old = unitCell(host, "Xếp hạng 2020", "Đơn vị 001", RANKING_HEADERS.notes);
    expect(host.workbook.get("Xếp hạng 2020").formulaAt(old.row!, old.column)).toBe("năm trước");
  });

  it("rebuilds a ranking sheet `par-index rank` made (no record), found by its title and year, keeping its notes", async () => {
    const host = fakeHost({ sheets: [RANKING] });
    const ranking = rankUnits(units(3));
    const cli = layoutRankingSheet(ranking, { sheetName: RANKING });
    host.workbook.typeInto(RANKING, "A1", cli.cells.map((row) => row.map(asWritten)));
    const note = cellAddress(cli.rowOfUnit["đơn vị 002"]!, cli.columns.indexOf("notes"));
    host.workbook.typeInto(RANKING, note, [["Ghi chú từ bản in"]]);
    expect(host.workbook.get(RANKING).formulaAt(0, 0)).toBe(`${RANKING_TITLE} NĂM 2021`);
    const result = await operationsOn(host).buildRanking({ units: units(3), includeWorkbookSheets: false });
    expect(result).toMatchObject({ rankingSheet: RANKING, rebuilt: true, notesKept: 1 });
    expect(host.workbook.sheets.map((sheet) => sheet.name)).toEqual([RANKING, AREAS, "PARINDEX_META"]);
    expect(host.workbook.get(RANKING).formulaAt(cli.rowOfUnit["đơn vị 002"]!, cli.columns.indexOf("notes"))).toBe("Ghi chú từ bản in");
  });

  it("ranks this workbook's scoring sheets with the files' units and lists one with errors, its issues on its cells", async () => {
    const { host, sheetName, layout } = await workbookWithScoreSheet({ "1.1": 70, "2.1": 30 });
    const syncs = host.countSyncs();
    const result = await operationsOn(host).buildRanking({ units: units(3), includeWorkbookSheets: true });
    // The snapshot, the scoring sheet read with nothing else, the sheets, the finishes.
    expect(syncs()).toBe(4);
    expect(result.workbookFiles).toEqual([`«${sheetName}» (sổ này)`]);
    expect(result.ranking.units.map((unit) => unit.unit)).not.toContain("Sở Nội vụ");
    const [excluded] = result.ranking.excluded;
    expect(excluded).toMatchObject({ unit: "Sở Nội vụ", reason: "has_errors", file: `«${sheetName}» (sổ này)`, sheet: sheetName });
    const above = excluded!.issues.find((issue) => issue.code === "score_above_max");
    expect(above).toMatchObject({ sheet: sheetName, cell: cellAddress(layout.rowOf["1.1"]!, SCORE_COLUMNS.appraised) });
    // The sheet lists it under the units not ranked.
    const listed = unitCell(host, RANKING, "Sở Nội vụ", "Tệp");
    expect(host.workbook.get(RANKING).formulaAt(listed.row!, listed.column)).toBe(`«${sheetName}» (sổ này)`);
  });

  it("reads this workbook's sheet's appraisal stage, marks it as not final, and leaves it out when only final results are ranked", async () => {
    const host = fakeHost();
    const template = hundredTemplate();
    const operations = operationsOn(host);
    await operations.loadTemplate({ template, unit: "Sở Nội vụ", year: 2021 });
    const layout = layoutScoreSheet(template, { year: 2021 });
    const sheetName = host.workbook.sheets[1]!.name;
    for (const [code, score] of Object.entries({ "1.1": 50, "2.1": 30 })) host.workbook.typeInto(sheetName, cellAddress(layout.rowOf[code]!, SCORE_COLUMNS.self), [[score]]);
    expect(await operations.moveStage({ sheetName, to: "submitted", now: "2022-01-11T02:00:00.000Z" })).toMatchObject({ ok: true });
    const final = { ...unitAt("Sở Tư pháp", 91, { year: 2021 }), stage: "final" as const };

    const all = await operations.buildRanking({ units: [final], includeWorkbookSheets: true });
    expect(all.ranking).toMatchObject({ hasStages: true, notFinal: 1 });
    expect(all.ranking.units.map((unit) => [unit.unit, unit.stage])).toEqual([
      ["Sở Tư pháp", "final"],
      ["Sở Nội vụ", "submitted"],
    ]);
    const stageCell = unitCell(host, RANKING, "Sở Nội vụ", "Giai đoạn thẩm định");
    expect(host.workbook.get(RANKING).formulaAt(stageCell.row!, stageCell.column)).toBe("Chưa chốt (Đã nộp)");

    const finalOnly = await operations.buildRanking({ units: [final], includeWorkbookSheets: true, finalOnly: true });
    expect(finalOnly.ranking.units.map((unit) => unit.unit)).toEqual(["Sở Tư pháp"]);
    expect(finalOnly.ranking.excluded).toMatchObject([{ unit: "Sở Nội vụ", reason: "not_final", sheet: sheetName }]);
  });

  it("compares with last year when given, the change columns added", async () => {
    const host = fakeHost();
    const previous = readPreviousRankingJson("bảng dán", { year: 2020, units: [{ unit: "Đơn vị 001", rank: 3, percent: 90 }] });
    if (!previous.ok) throw new Error("previous ranking unreadable");
    const result = await operationsOn(host).buildRanking({ units: units(3), includeWorkbookSheets: false, previous: previous.value });
    expect(result.ranking.previousYear).toBe(2020);
    const change = unitCell(host, RANKING, "Đơn vị 001", RANKING_HEADERS.rankChange);
    expect(host.workbook.get(RANKING).formulaAt(change.row!, change.column)).toBe("tăng 02 bậc");
  });

  it("takes the next free name when a chart sheet has the ranking's, leaving nothing behind", async () => {
    const host = fakeHost();
    host.workbook.chartSheets.push(RANKING);
    const result = await operationsOn(host).buildRanking({ units: units(3), includeWorkbookSheets: false });
    expect(result.rankingSheet).toBe(`${RANKING} (2)`);
    expect(host.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", `${RANKING} (2)`, AREAS, "PARINDEX_META"]);
  });

  it("refuses with nothing to rank, and writes nothing", async () => {
    const host = fakeHost();
    await expect(operationsOn(host).buildRanking({ units: [], includeWorkbookSheets: true })).rejects.toEqual(expect.objectContaining({ kind: "noUnitsToRank" }));
    await expect(operationsOn(host).buildRanking({ units: [], includeWorkbookSheets: false })).rejects.toBeInstanceOf(HostError);
    expect(host.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });

  it("in Excel 2019 (ExcelApi 1.8) draws the charts and says the print settings were left out", async () => {
    const host = fakeHost({ excelApi: "1.8" });
    const result = await operationsOn(host).buildRanking({ units: units(5), includeWorkbookSheets: false });
    expect(result.skippedFeatures).toEqual(["pageLayout", "fitToWidth"]);
    expect(host.workbook.get(RANKING).charts[0]!.valueAxis.numberFormat).toBe("0");
    expect(host.workbook.get(RANKING).pageBreaks).toEqual([]);
  });

  it("in Excel 1.7 still draws the charts, without their number formats", async () => {
    const host = fakeHost({ excelApi: "1.7" });
    const result = await operationsOn(host).buildRanking({ units: units(5), includeWorkbookSheets: false });
    expect(result.skippedFeatures).toEqual(["pageLayout", "fitToWidth", "chartNumberFormat"]);
    expect(host.workbook.get(RANKING).charts[0]!.series[0]!.xValues).not.toBeNull();
  });

  it("prints on A4 landscape, one page wide, the chart on a page of its own, the header repeated only when the table runs on", async () => {
    const host = fakeHost();
    const given = units(8);
    await operationsOn(host).buildRanking({ units: given, includeWorkbookSheets: false });
    const layout = layoutRankingSheet(rankUnits(given), { sheetName: RANKING });
    const sheet = host.workbook.get(RANKING);
    // Eight units fit the first page: no header printed alone above the chart.
    expect(sheet.pageSetup).toEqual({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    const longHost = fakeHost();
    const many = units(80);
    await operationsOn(longHost).buildRanking({ units: many, includeWorkbookSheets: false });
    const long = layoutRankingSheet(rankUnits(many), { sheetName: RANKING });
    expect(longHost.workbook.get(RANKING).pageSetup).toMatchObject({ printTitleRows: `$${long.headerRow + 1}:$${long.headerRow + 1}` });
    expect(sheet.pageBreaks).toEqual(layout.pageBreaks);
    expect(sheet.freeze).toEqual({ rows: layout.headerRow + 1, columns: 2 });
    expect(sheet.conditionalFormats.map((format) => format.formula)).toEqual(layout.conditionalFormats.map((format) => format.formula));
  });
});

function rect(address: string) {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(address)!;
  const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(match[2]) - 1, left: column(match[1]!), bottom: Number(match[4]) - 1, right: column(match[3]!) };
}


