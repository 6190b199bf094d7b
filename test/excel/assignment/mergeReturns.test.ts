// "Gộp điểm từ các đơn vị" through the fake Excel host: the master split for the seven departments
// (readSplitSource → src/node's createUnitWorkbook), each file filled as a department would and
// read back from disk (readReturnedWorkbook), gathered into the master — only the cells that change,
// numbers as numbers and text as text — with totals equal to scoring the master directly; conflicts,
// scores outside a unit's part and another master's files listed, never copied; gathering again
// changes nothing; a constant number of syncs whatever the size.
import { cellAddress } from "../../../src/domain/cells";
import type { ReturnedSheet } from "../../../src/domain/assignment/mergeReturns";
import { SCORE_COLUMNS as C } from "../../../src/domain/layout/scoreSheetColumns";
import { METADATA_SHEET_NAME } from "../../../src/domain/layout/metadata";
import { indexTemplate } from "../../../src/domain/template/tree";
import type { Template } from "../../../src/domain/template/schema";
import { templateWithItems } from "../../helpers/excelHost";
import { filledUnitWorkbook, provinceMasterHost, returnedFile, returnedInMemory, splitSource, type MasterHost, type UnitEntries } from "../../helpers/assignmentHost";
import { DEPARTMENTS, KHDT, NOI_VU, TAI_CHINH, TU_PHAP, VP_UBND } from "../../helpers/provinceTemplate";
import { useTempDir } from "../../helpers/tempDir";

const tempDir = useTempDir("par-index-gather-");
// Seven .xlsx files written and read back, on a shared machine.
jest.setTimeout(120_000);

/** Each leaf of the unit scored at a quarter of its maximum, rounded to hundredths, with evidence. */
function entriesFor(template: Template, items: readonly string[], evidence = (code: string) => `Quyết định số ${code.replace(/\./g, "")}/QĐ-UBND, trang 2`): UnitEntries {
  const index = indexTemplate(template);
  return Object.fromEntries(items.map((code) => [code, { self: Math.floor(index.byCode.get(code)!.max / 4) / 100, evidence: evidence(code) }]));
}

async function allReturns(master: MasterHost, fileOf = (unit: string) => `${unit}.xlsx`): Promise<{ returns: ReturnedSheet[]; typed: Map<string, number | string> }> {
  const source = await splitSource(master.operations, { deadline: "2022-01-25" });
  const typed = new Map<string, number | string>();
  const returns: ReturnedSheet[] = [];
  for (const unit of source.units) {
    const entries = entriesFor(master.template, unit.items);
    for (const [code, entry] of Object.entries(entries)) typed.set(code, entry.self as number);
    returns.push(await returnedFile(filledUnitWorkbook(source.master, source.assignment, unit.unit, entries), tempDir(), fileOf(unit.unit)));
  }
  return { returns, typed };
}

describe("mergeReturns: the seven departments' files gathered into the master", () => {
  let master: MasterHost;
  let returns: ReturnedSheet[];
  let typed: Map<string, number | string>;
  beforeAll(async () => {
    master = await provinceMasterHost();
    ({ returns, typed } = await allReturns(master));
  });

  it("makes one file per department, and gathers every unit's items in three syncs, writing only the cells that change", async () => {
    expect(returns.map((r) => r.record.split?.unit)).toEqual(expect.arrayContaining([...DEPARTMENTS]));
    const writesBefore = master.host.writes.length;
    const count = master.host.countSyncs();
    const result = await master.operations.mergeReturns({ returns, today: "2022-01-20" });
    expect(count()).toBe(3);
    expect(result.conflicts).toEqual([]);
    expect(result.outside).toEqual([]);
    expect(result.issues).toEqual([]);
    // Self score and evidence of every self-scored item assigned (4.3 is shared: written once).
    expect(result.changedCells).toBe(2 * typed.size);
    const writes = master.host.writes.slice(writesBefore);
    expect(new Set(writes.map((w) => w.sheet))).toEqual(new Set([master.sheetName]));
    // Every write is one column wide and lands only on F (scores) or O (evidence).
    const columns = new Set(writes.map((w) => w.address.replace(/\d+/g, "").split(":")[0]));
    expect(columns).toEqual(new Set(["F", "O"]));
    const cells = writes.filter((w) => w.property === "values").reduce((sum, w) => sum + w.block.length, 0);
    expect(cells).toBe(result.changedCells);
    const progress = result.progress.find((p) => p.unit === VP_UBND)!;
    expect(progress).toMatchObject({ missing: [], deadline: "2022-01-25", daysLeft: 5, late: false });
    expect(progress.scored).toBe(progress.assigned);
  });

  it("writes scores as numbers and evidence as text, and its totals equal scoring the master directly", async () => {
    const sheet = master.host.workbook.get(master.sheetName);
    const row = master.layout.rowOf["3.2.5"]!;
    expect(sheet.cell(row, C.self)).toMatchObject({ type: "number", value: typed.get("3.2.5") });
    expect(sheet.cell(row, C.evidence)).toMatchObject({ type: "text", value: "Quyết định số 325/QĐ-UBND, trang 2" });

    const direct = await provinceMasterHost();
    for (const [code, score] of typed) direct.host.workbook.typeInto(direct.sheetName, direct.cell(code, C.self), [[score]]);
    const merged = await master.operations.checkScores({});
    const expected = await direct.operations.checkScores({});
    expect(merged.totals.total).toEqual(expected.totals.total);
    expect(merged.totals.total.score).toBeGreaterThan(0);
  });

  it("changes nothing when the same files are gathered again (two syncs, no write)", async () => {
    const writesBefore = master.host.writes.length;
    const count = master.host.countSyncs();
    const again = await master.operations.mergeReturns({ returns, today: "2022-01-20" });
    expect(again.changedCells).toBe(0);
    expect(count()).toBe(2);
    expect(master.host.writes.length).toBe(writesBefore);
  });
});

describe("mergeReturns: what is not gathered", () => {
  it("lists a conflict when the two units of 4.3 disagree, and leaves the master's 4.3 as it is", async () => {
    const master = await provinceMasterHost();
    const source = await splitSource(master.operations);
    const max = indexTemplate(master.template).byCode.get("4.3")!.max;
    const [high, low] = [Math.floor(max / 2) / 100, Math.floor(max / 4) / 100];
    const file = (unit: string, score: number) => returnedInMemory(filledUnitWorkbook(source.master, source.assignment, unit, { "4.3": { self: score } }), `${unit}.xlsx`);
    const result = await master.operations.mergeReturns({ returns: [file(TAI_CHINH, high), file(KHDT, low)] });
    expect(result.conflicts).toEqual([
      expect.objectContaining({ code: "4.3", field: "self", cell: master.cell("4.3", C.self), values: [expect.objectContaining({ unit: TAI_CHINH, value: high }), expect.objectContaining({ unit: KHDT, value: low })] }),
    ]);
    expect(result.changedCells).toBe(0);
    expect(master.host.workbook.get(master.sheetName).cell(master.layout.rowOf["4.3"]!, C.self)?.value ?? "").toBe("");
  });

  it("lists a score typed on another unit's item as outside the assignment, never copied", async () => {
    const master = await provinceMasterHost();
    const source = await splitSource(master.operations);
    // Sở Tư pháp's file with a score on its own first item and one on 3.1.1, which is Văn phòng UBND tỉnh's.
    const own = source.units.find((unit) => unit.unit === TU_PHAP)!.items[0]!;
    const returned = returnedInMemory(filledUnitWorkbook(source.master, source.assignment, TU_PHAP, { [own]: { self: 0.25 }, "3.1.1": { self: 0.25 } }), "tu-phap.xlsx");
    const result = await master.operations.mergeReturns({ returns: [returned] });
    expect(result.outside).toEqual([expect.objectContaining({ file: "tu-phap.xlsx", unit: TU_PHAP, code: "3.1.1", assignedTo: [VP_UBND] })]);
    expect(result.issues).toEqual(expect.arrayContaining([expect.objectContaining({ code: "score_outside_assignment", severity: "error" })]));
    expect(result.changedCells).toBe(1);
    const sheet = master.host.workbook.get(master.sheetName);
    expect(sheet.cell(master.layout.rowOf["3.1.1"]!, C.self)?.value ?? "").toBe("");
    expect(sheet.cell(master.layout.rowOf[own]!, C.self)).toMatchObject({ type: "number", value: 0.25 });
  });

  it("refuses a file split from another master, changing nothing", async () => {
    const master = await provinceMasterHost();
    const other = await provinceMasterHost();
    const source = await splitSource(other.operations);
    const foreign = returnedInMemory(filledUnitWorkbook(source.master, source.assignment, NOI_VU, { "1.1.1": { self: 0.25 } }), "khac.xlsx");
    const writes = master.host.writes.length;
    const result = await master.operations.mergeReturns({ returns: [foreign] });
    expect(result.issues).toEqual([expect.objectContaining({ code: "return_other_master", file: "khac.xlsx" })]);
    expect(result.changedCells).toBe(0);
    expect(master.host.writes.length).toBe(writes);
  });

  it("refuses to run without a file", async () => {
    const master = await provinceMasterHost();
    await expect(master.operations.mergeReturns({ returns: [] })).rejects.toMatchObject({ kind: "noReturnsToMerge", message: expect.stringContaining("Chưa chọn tệp nào") });
  });
});

describe("a master made by an older add-in (its record has no sheet id)", () => {
  it("is split and gathered all the same, by the id derived from its template, unit and year, without writing to it first", async () => {
    const master = await provinceMasterHost();
    const metadata = master.host.workbook.get(METADATA_SHEET_NAME);
    // Row 2 is the scoring sheet's record; K is its id, J its layout version (absent in older workbooks).
    metadata.enter(1, 10, "");
    metadata.enter(1, 9, "");
    const writes = master.host.writes.length;
    const source = await splitSource(master.operations);
    expect(master.host.writes.length).toBe(writes);
    expect(source.master.record.sheetId).toBeUndefined();
    const returned = returnedInMemory(filledUnitWorkbook(source.master, source.assignment, NOI_VU, { "1.1.1": { self: 0.25, explanation: "Đã ban hành đúng hạn" } }), "noi-vu.xlsx");
    expect(returned.record.split?.masterId).toMatch(/^auto-/);
    const result = await master.operations.mergeReturns({ returns: [returned] });
    expect(result.issues).toEqual([]);
    expect(result.changedCells).toBe(2);
    expect(master.host.workbook.get(master.sheetName).cell(master.layout.rowOf["1.1.1"]!, C.explanation)).toMatchObject({ type: "text", value: "Đã ban hành đúng hạn" });
  });
});

/** A template of `count` items whose lĩnh vực are assigned to seven units in turn. */
function assignedTemplate(count: number): Template {
  const template = templateWithItems(count);
  return { ...template, areas: template.areas.map((area, i) => ({ ...area, leadUnit: `Đơn vị ${(i % 7) + 1}` })) };
}

describe("mergeReturns' syncs", () => {
  it.each([
    [10, 3],
    // The block of 5 000 rows is read in two chunks (its estimate leaves room for evidence text), as for the check.
    [5000, 4],
  ])("are the reads and one write for a template of %i items (%i syncs)", async (count, syncs) => {
    const master = await provinceMasterHost({ template: assignedTemplate(count) });
    const source = await splitSource(master.operations);
    const unit = source.units[0]!;
    const returned = returnedInMemory(filledUnitWorkbook(source.master, source.assignment, unit.unit, entriesFor(master.template, unit.items)), "don-vi-1.xlsx");
    const counted = master.host.countSyncs();
    const result = await master.operations.mergeReturns({ returns: [returned] });
    expect(counted()).toBe(syncs);
    expect(result.changedCells).toBe(2 * unit.items.length);
    expect(master.host.requests.every((request) => request.bytes < 5 * 1024 * 1024)).toBe(true);
    // Contiguous items are one range per column, not one per cell.
    const cell = cellAddress(master.layout.rowOf[unit.items[0]!]!, C.self);
    expect(master.host.writes.some((w) => w.address.startsWith(`${cell}:`) || w.address === cell)).toBe(true);
  });
});

describe("mergeReturns when Excel fails part way", () => {
  it("puts the cells already written back as they were, a score typed as a formula as that formula, and reports the fault", async () => {
    const prepared = async () => {
      const master = await provinceMasterHost();
      const source = await splitSource(master.operations);
      const [first, second] = source.units.find((u) => u.unit === NOI_VU)!.items as [string, string];
      master.host.workbook.typeInto(master.sheetName, master.cell(first, C.self), [["=0+0"]]);
      const returned = returnedInMemory(filledUnitWorkbook(source.master, source.assignment, NOI_VU, { [first]: { self: 0.25 }, [second]: { self: 0.25, evidence: "Báo cáo số 1" } }), "noi-vu.xlsx");
      return { master, returned, first };
    };
    // A clean run counts the commands; the same run again fails at its last one (the last cell written).
    const clean = await prepared();
    const counted = clean.master.host.countCommands();
    expect((await clean.master.operations.mergeReturns({ returns: [clean.returned] })).changedCells).toBe(3);
    const { master, returned, first } = await prepared();
    const sheet = master.host.workbook.get(master.sheetName);
    const grid = () => JSON.stringify(sheet.formulaGrid(master.layout.cells.length, C.explanation + 1));
    const before = grid();
    master.host.failCommand(counted());
    await expect(master.operations.mergeReturns({ returns: [returned] })).rejects.toMatchObject({ kind: "general" });
    expect(grid()).toBe(before);
    expect(sheet.cell(master.layout.rowOf[first]!, C.self)).toMatchObject({ type: "formula", formula: "=0+0" });
  });
});
