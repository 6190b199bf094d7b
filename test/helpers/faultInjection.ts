// The fault injection, shared by `npm test` (a sample of the commands of every action) and
// `npm run test:faults` (every command of every action, test/tools/faults).
// Excel does not roll a failed request back: the commands before the failing one stay done. So
// every action is run once cleanly to count its commands, then once per command with that one
// command failing, and the workbook is checked each time: either exactly as it was (and the action
// reported the error, and trying again gives what a clean run gives, no "… (2)"), or complete and
// recorded as after a clean run. A finish Excel keeps refusing is reported, not fatal.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cellAddress } from "../../src/domain/cells";
import { layoutRankingSheet } from "../../src/domain/layout/layoutRankingSheet";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { rankUnits } from "../../src/domain/ranking/rankUnits";
import { unitKey } from "../../src/domain/unitNames";
import { SCORE_COLUMNS } from "../../src/domain/layout/scoreSheetColumns";
import { HostError } from "../../src/excel/host/hostError";
import type { WorkbookOperations } from "../../src/excel/host/workbookOperations";
import type { FakeExcelHost } from "./fakeExcel";
import { fakeHost, operationsOn } from "./excelHost";
import { unitAt } from "./rankingUnits";
import { seed001Scores, seed001Template } from "./seed001";
import { fingerprint, withoutFinishes, type WorkbookFingerprint } from "./workbookFingerprint";
import type { ReturnedSheet } from "../../src/domain/assignment/mergeReturns";
import { filledUnitWorkbook, provinceMasterHost, returnedInMemory, splitSource } from "./assignmentHost";

const SCORE_SHEET = "VPUB Sơn La 2021";

const OUTPUT = path.resolve(__dirname, "../../test-output");
const layout = layoutScoreSheet(seed001Template(), { year: 2021 });

async function scoredWorkbook(): Promise<FakeExcelHost> {
  const host = fakeHost({ sheets: ["Sheet1", "Ghi chú"] });
  await operationsOn(host).loadTemplate({ template: seed001Template(), unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 });
  for (const [code, score] of Object.entries(seed001Scores)) {
    host.workbook.typeInto(SCORE_SHEET, cellAddress(layout.rowOf[code]!, SCORE_COLUMNS.appraised), [[score]]);
  }
  host.workbook.activeSheet = host.workbook.get("Ghi chú");
  return host;
}

interface Scenario {
  name: string;
  prepare: () => Promise<FakeExcelHost>;
  act: (operations: WorkbookOperations) => Promise<unknown>;
  /**
   * Text scores are converted cell run by cell run, each run whole (format, then number): after a
   * failure each cell is as it was or converted, never anything else, and no sheet or record is touched.
   */
  cellwise?: boolean;
}

/** Six units of 2021 for the consolidation, the same on every run. */
const rankedUnits = () => ["Sở Tư pháp", "Sở Nội vụ", "Sở Y tế", "Ban Dân tộc", "Sở Xây dựng", "Thanh tra tỉnh"].map((unit, i) => unitAt(unit, 95 - 6 * i, { year: 2021 }));

async function rankedWorkbook(): Promise<FakeExcelHost> {
  const host = await scoredWorkbook();
  await operationsOn(host).buildRanking({ units: rankedUnits(), includeWorkbookSheets: false });
  const layout = layoutRankingSheet(rankUnits(rankedUnits()));
  host.workbook.typeInto("Xếp hạng 2021", cellAddress(layout.rowOfUnit[unitKey("Sở Nội vụ")]!, layout.columns.indexOf("notes")), [["Đề nghị kiểm tra lại hồ sơ"]]);
  host.workbook.activeSheet = host.workbook.get("Ghi chú");
  return host;
}

/** The provincial master (seven departments) as the pane makes it. */
async function provinceMaster(): Promise<FakeExcelHost> {
  const { host } = await provinceMasterHost();
  return host;
}

/** The seven departments' files, made once: every master prepared here has the same (fixed) id. */
let unitReturns: ReturnedSheet[] | null = null;
async function departmentReturns(operations: WorkbookOperations): Promise<ReturnedSheet[]> {
  if (unitReturns) return unitReturns;
  const source = await splitSource(operations);
  unitReturns = source.units.map((unit, u) => {
    const entries = Object.fromEntries(unit.items.map((code, i) => [code, { self: i % 3 === 0 ? 0.25 : 0, evidence: `Văn bản số ${u + 1}.${i + 1}/UBND` }]));
    return returnedInMemory(filledUnitWorkbook(source.master, source.assignment, unit.unit, entries), `${unit.unit}.xlsx`);
  });
  return unitReturns;
}

const SCENARIOS: Scenario[] = [
  {
    name: "loadTemplate in a workbook the add-in never wrote to",
    prepare: async () => fakeHost({ sheets: ["Sheet1", "Ghi chú"] }),
    act: (operations) => operations.loadTemplate({ template: seed001Template(), year: 2021 }),
  },
  {
    name: "loadTemplate next to an existing scoring sheet",
    prepare: scoredWorkbook,
    act: (operations) => operations.loadTemplate({ template: seed001Template(), unit: "Sở Nội vụ", year: 2022 }),
  },
  {
    name: "importSelectionAsTemplate",
    prepare: async () => {
      const host = fakeHost();
      host.workbook.typeInto("Sheet1", "B2", [
        ["1", "Công tác chỉ đạo điều hành", "3,5"],
        ["1.1", "Ban hành kế hoạch", "1,5"],
        ["1.2", "Kiểm tra", 2],
      ]);
      host.workbook.select("Sheet1", "B2:D4");
      return host;
    },
    act: (operations) => operations.importSelectionAsTemplate({ name: "Bộ tiêu chí nhập", year: 2024 }),
  },
  {
    name: "buildPlan, a new plan sheet",
    prepare: scoredWorkbook,
    act: (operations) => operations.buildPlan({ sheetName: SCORE_SHEET }),
  },
  {
    name: "buildPlan, rebuilding a plan with staff text in it",
    prepare: async () => {
      const host = await scoredWorkbook();
      const { plan } = await operationsOn(host).buildPlan({ sheetName: SCORE_SHEET });
      const row = plan.sections.flatMap((section) => section.items).length;
      host.workbook.typeInto("Kế hoạch khắc phục 2021", "G20", [["Rà soát, ban hành quy chế đánh giá công chức"]]);
      host.workbook.typeInto(SCORE_SHEET, cellAddress(layout.rowOf["4.1"]!, SCORE_COLUMNS.appraised), [[row > 0 ? 4 : 3]]);
      host.workbook.activeSheet = host.workbook.get("Ghi chú");
      return host;
    },
    act: (operations) => operations.buildPlan({ sheetName: SCORE_SHEET }),
  },
  {
    name: "buildPlan, rebuilding a plan whose document fields sheet staff deleted (the rebuild adds it)",
    prepare: async () => {
      const host = await scoredWorkbook();
      await operationsOn(host).buildPlan({ sheetName: SCORE_SHEET });
      host.workbook.typeInto("Kế hoạch khắc phục 2021", "G20", [["Rà soát, ban hành quy chế đánh giá công chức"]]);
      host.workbook.removeSheet(host.workbook.get("Thông tin văn bản 2021"));
      host.workbook.activeSheet = host.workbook.get("Ghi chú");
      return host;
    },
    act: (operations) => operations.buildPlan({ sheetName: SCORE_SHEET }),
  },
  {
    name: "readPlanDocument (reads only: a fault leaves nothing to undo)",
    prepare: async () => {
      const host = await scoredWorkbook();
      await operationsOn(host).buildPlan({ sheetName: SCORE_SHEET });
      host.workbook.activeSheet = host.workbook.get("Ghi chú");
      return host;
    },
    act: (operations) => operations.readPlanDocument({ sheetName: SCORE_SHEET }),
  },
  {
    name: "buildRanking, new ranking sheets with their charts",
    prepare: scoredWorkbook,
    act: (operations) => operations.buildRanking({ units: rankedUnits(), includeWorkbookSheets: false }),
  },
  {
    name: "buildRanking, rebuilding both ranking sheets with a staff note and this workbook's scoring sheet",
    prepare: rankedWorkbook,
    act: (operations) => operations.buildRanking({ units: rankedUnits().slice(1), includeWorkbookSheets: true }),
  },
  {
    name: "checkScores converting text scores",
    prepare: async () => {
      const host = await scoredWorkbook();
      host.workbook.typeInto(SCORE_SHEET, cellAddress(layout.rowOf["7.1"]!, SCORE_COLUMNS.appraised), [["0,95"]]);
      host.workbook.typeInto(SCORE_SHEET, cellAddress(layout.rowOf["7.3"]!, SCORE_COLUMNS.appraised), [["0,95"]]);
      return host;
    },
    act: (operations) => operations.checkScores({ sheetName: SCORE_SHEET }),
    cellwise: true,
  },
  {
    name: "writeAssignmentSheet, a new assignment sheet",
    prepare: provinceMaster,
    act: (operations) => operations.writeAssignmentSheet({ deadline: "2022-01-25" }),
  },
  {
    name: "writeAssignmentSheet, rebuilding it with a staff note beside the table",
    prepare: async () => {
      const { host, operations, sheetName, cell } = await provinceMasterHost();
      const { assignmentSheet } = await operations.writeAssignmentSheet({});
      host.workbook.typeInto(assignmentSheet, "F6", [["Đã gửi văn bản"]]);
      host.workbook.typeInto(sheetName, cell("7.5", SCORE_COLUMNS.leadUnit), [["Sở Khoa học và Công nghệ"]]);
      host.workbook.activeSheet = host.workbook.get("Sheet1");
      return host;
    },
    act: (operations) => operations.writeAssignmentSheet({}),
  },
  {
    name: "mergeReturns, the seven departments' files (only changed cells written; undone to the values read)",
    prepare: async () => {
      const host = await provinceMaster();
      await departmentReturns(operationsOn(host));
      return host;
    },
    act: async (operations) => operations.mergeReturns({ returns: await departmentReturns(operations), today: "2022-01-20" }),
  },
  {
    name: "moveStage, the first submission (history and picture new, the scoring sheet protected for the council)",
    prepare: scoredWorkbook,
    act: (operations) => operations.moveStage({ sheetName: SCORE_SHEET, to: "submitted", deadline: "2022-01-20", now: "2022-01-11T02:00:00.000Z" }),
  },
  {
    name: "moveStage, appraised after submission (history and picture swapped, protection moved to the unit's cells)",
    prepare: async () => {
      const host = await scoredWorkbook();
      const moved = await operationsOn(host).moveStage({ sheetName: SCORE_SHEET, to: "submitted", now: "2022-01-11T02:00:00.000Z" });
      if (!moved.ok) throw new Error(JSON.stringify(moved.issues));
      host.workbook.activeSheet = host.workbook.get("Ghi chú");
      return host;
    },
    act: (operations) => operations.moveStage({ sheetName: SCORE_SHEET, to: "appraised", by: "Hội đồng", deadline: "2022-01-25", now: "2022-01-15T02:00:00.000Z" }),
  },
];

/** Whether every cell of `after` is as in `before` or as in `clean`, and nothing else differs. */
function eachCellBeforeOrClean(before: WorkbookFingerprint, after: WorkbookFingerprint, clean: WorkbookFingerprint): boolean {
  if (after.sheets.length !== before.sheets.length) return false;
  return after.sheets.every((sheet, i) => {
    const was = before.sheets[i]!;
    const done = clean.sheets[i]!;
    const keys = new Set([...Object.keys(sheet.cells), ...Object.keys(was.cells)]);
    const cellsOk = [...keys].every((key) => {
      const now = JSON.stringify(sheet.cells[key]);
      return now === JSON.stringify(was.cells[key]) || now === JSON.stringify(done.cells[key]);
    });
    const { cells: _a, formats: _f, ...rest } = sheet;
    const { cells: _b, formats: _g, ...restBefore } = was;
    return cellsOk && JSON.stringify(rest) === JSON.stringify(restBefore);
  });
}

/** What a clean run leaves: the result and the workbook, and how many commands it took. */
async function cleanRun(scenario: Scenario) {
  const host = await scenario.prepare();
  const count = host.countCommands();
  const result = await scenario.act(operationsOn(host));
  return { result, after: fingerprint(host), commands: count() };
}

/** Which commands of an action with `count` commands get a fault (1-based, ascending). */
export type FaultSelection = (count: number) => number[];

/** Every command: the exhaustive sweep. */
export const EVERY_COMMAND: FaultSelection = (count) => Array.from({ length: count }, (_, i) => i + 1);

/**
 * The first and last few commands (where a sheet is added, and where its record and finishes are
 * written) and an even spread between them: a fault of each kind the sweep meets, at a sixth of its cost.
 */
export function sampleOfCommands(spread: number): FaultSelection {
  return (count) => {
    const picked = new Set<number>();
    for (let n = 1; n <= Math.min(3, count); n += 1) picked.add(n);
    for (let n = Math.max(1, count - 2); n <= count; n += 1) picked.add(n);
    for (let k = 1; k <= spread; k += 1) picked.add(Math.max(1, Math.round((k * count) / (spread + 1))));
    return [...picked].sort((a, b) => a - b);
  };
}

export function describeFaultInjection(select: FaultSelection, report: { file: string }): void {
  // A scoring sheet records a random id (createScoreSheet.ts); every clean and faulted run makes its
  // own, so the same id each time lets their workbooks be compared.
  beforeEach(() => {
    jest.spyOn(globalThis.crypto, "randomUUID").mockReturnValue("00000000-0000-4000-8000-00000000f001");
  });
  afterEach(() => jest.restoreAllMocks());

  const injected: Record<string, { commands: number; faulted: number; undone: number; completed: number }> = {};

  describe.each(SCENARIOS)("a fault at the commands of $name", (scenario) => {
    it("leaves the workbook as it was (then a retry does what a clean run does) or complete and recorded", async () => {
      const clean = await cleanRun(scenario);
      expect(clean.commands).toBeGreaterThan(5);
      let undone = 0;
      let completed = 0;
      const faults = select(clean.commands);
      expect(faults.every((n) => n >= 1 && n <= clean.commands)).toBe(true);
      for (const n of faults) {
        const host = await scenario.prepare();
        const before = fingerprint(host);
        host.failCommand(n);
        const outcome = await scenario.act(operationsOn(host)).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        const after = fingerprint(host);
        if (!outcome.ok) {
          expect({ n, error: outcome.error }).toEqual({ n, error: expect.any(HostError) });
          if (scenario.cellwise) expect({ n, ok: eachCellBeforeOrClean(before, after, clean.after) }).toEqual({ n, ok: true });
          else expect({ n, after }).toEqual({ n, after: before });
          const retry = await scenario.act(operationsOn(host));
          // A cell converted before the fault is not converted again, so only the list of conversions differs.
          const comparable = (result: unknown) => (scenario.cellwise ? { ...(result as object), convertedCells: [] } : result);
          expect({ n, retry: comparable(retry), after: fingerprint(host) }).toEqual({ n, retry: comparable(clean.result), after: clean.after });
          undone += 1;
        } else {
          expect({ n, result: outcome.value, after }).toEqual({ n, result: clean.result, after: clean.after });
          completed += 1;
        }
      }
      expect(undone + completed).toBe(faults.length);
      injected[scenario.name] = { commands: clean.commands, faulted: faults.length, undone, completed };
    });
  });

  describe("a finish this Excel keeps refusing", () => {
    it.each([
      // A scoring sheet prints at a scale (its zoom is part of the page layout), not one page wide.
      ["PageLayout.zoom", "pageLayout"],
      ["PageLayout.printTitleColumns", "pageLayout"],
      ["WorksheetFreezePanes.freezeAt", "freezePanes"],
      ["DataValidation.rule", "dataValidation"],
      ["PageLayout.paperSize", "pageLayout"],
    ])("(%s) is reported in skippedFeatures, the sheet and its record complete without it", async (label, feature) => {
      const clean = await cleanRun(SCENARIOS[0]!);
      const host = await SCENARIOS[0]!.prepare();
      host.refuseCommand(label);
      const result = await operationsOn(host).loadTemplate({ template: seed001Template(), year: 2021 });
      expect(result.skippedFeatures).toEqual([feature]);
      expect(withoutFinishes(fingerprint(host), SCORE_SHEET, [feature])).toEqual(withoutFinishes(clean.after, SCORE_SHEET, [feature]));
      expect((await operationsOn(host).getState()).scoreSheets.map((sheet) => sheet.sheetName)).toEqual([SCORE_SHEET]);
    });
  });

  describe("a name Excel refuses though no worksheet has it", () => {
    it("goes to the next free name when a chart sheet has the name, leaving nothing behind", async () => {
      const host = fakeHost();
      host.workbook.chartSheets.push(SCORE_SHEET);
      const result = await operationsOn(host).loadTemplate({ template: seed001Template(), year: 2021 });
      expect(result.sheetName).toBe(`${SCORE_SHEET} (2)`);
      expect(host.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", `${SCORE_SHEET} (2)`, "PARINDEX_META"]);
    });

    it('takes "History (2)" for a template named History, a name Excel reserves', async () => {
      const host = fakeHost();
      const result = await operationsOn(host).loadTemplate({ template: { ...seed001Template(), shortName: "History" } });
      expect(result.sheetName).toBe("History (2)");
      expect((await operationsOn(host).getState()).scoreSheets.map((sheet) => sheet.sheetName)).toEqual(["History (2)"]);
    });
  });

  afterAll(() => {
    // The counts (actions × commands faulted), kept where a reviewer can read them after the run.
    if (Object.keys(injected).length !== SCENARIOS.length) return;
    mkdirSync(OUTPUT, { recursive: true });
    const commands = Object.values(injected).reduce((sum, entry) => sum + entry.commands, 0);
    const faults = Object.values(injected).reduce((sum, entry) => sum + entry.faulted, 0);
    writeFileSync(path.join(OUTPUT, report.file), `${JSON.stringify({ actions: SCENARIOS.length, commands, faults, perAction: injected }, null, 2)}\n`);
  });
}
