// A WorkbookOperations double for task pane tests: jest.fn methods with harmless defaults, and
// deferred results for tests that look at the pane while an action is still running.
import type {
  BuildPlanResult,
  BuildRankingResult,
  CheckResult,
  MergeReturnsResult,
  StageOverview,
  WriteAssignmentResult,
  ProgressListener,
  WorkbookOperations,
  WorkbookState,
} from "../../src/excel/host/workbookOperations";
import type { Totals } from "../../src/domain/scoring/computeTotals";
import { emptyMethodSplit } from "../../src/domain/scoring/methodTotals";
import { rankUnits } from "../../src/domain/ranking/rankUnits";

type OperationName = keyof WorkbookOperations;
type MockOf<K extends OperationName> = jest.Mock<ReturnType<WorkbookOperations[K]>, Parameters<WorkbookOperations[K]>>;
export type FakeOperations = { [K in OperationName]: MockOf<K> };

export const EMPTY_STATE: WorkbookState = { scoreSheets: [], current: null, planSheets: [] };

const NO_TOTALS: Totals = {
  items: [],
  byCode: new Map(),
  areas: [],
  adjustments: [],
  areaMethods: new Map(),
  total: { max: 0, applicableMax: 0, score: 0, lostPoints: 0, percent: null, bonus: 0, penalty: 0, treeScore: 0, byMethod: emptyMethodSplit() },
};

export function emptyCheck(sheetName = "Chấm điểm"): CheckResult {
  return { sheetName, ok: true, issues: [], totals: NO_TOTALS, convertedCells: [] };
}

export function emptyPlan(sheetName = "Kế hoạch khắc phục"): BuildPlanResult {
  return {
    sheetName,
    rebuilt: false,
    plan: { summary: [], total: { max: 0, score: 0, lostPoints: 0 }, sections: [], keptAside: [], staffRows: [] },
    issues: [],
  };
}

export function emptyRanking(): BuildRankingResult {
  return { rankingSheet: "Xếp hạng", areasSheet: "Theo lĩnh vực", rebuilt: false, notesKept: 0, ranking: rankUnits([]), workbookFiles: [], charts: 0 };
}

export function emptyAssignmentSheet(): WriteAssignmentResult {
  return { sheetName: "Chấm điểm", units: [], unassigned: [], issues: [], assignmentSheet: "Phân công chấm điểm", rebuilt: false };
}

export function emptyMerge(sheetName = "Chấm điểm"): MergeReturnsResult {
  return { sheetName, changedCells: 0, conflicts: [], outside: [], progress: [], returns: [], issues: [] };
}

/** A sheet in the first stage, nothing moved yet. */
export function emptyStage(sheetName = "Chấm điểm"): StageOverview {
  return {
    sheetName,
    state: { format: 1, stage: "self", at: "", moves: 0 },
    status: { stage: "self", label: "Đơn vị tự chấm", holder: "unit", next: "submitted", blocking: [], history: [] },
    differences: [],
    totals: { self: 0, round1: 0, result: 0 },
    layoutVersion: 3,
  };
}

/** A jest.fn typed as the operation it stands for, so calls and implementations are checked. */
function mockOperation<K extends OperationName>(
  implementation: (...args: Parameters<WorkbookOperations[K]>) => ReturnType<WorkbookOperations[K]>,
): MockOf<K> {
  return jest.fn<ReturnType<WorkbookOperations[K]>, Parameters<WorkbookOperations[K]>>(implementation);
}

export function createFakeOperations(overrides: Partial<WorkbookOperations> = {}): FakeOperations {
  const fake: FakeOperations = {
    getState: mockOperation<"getState">(async () => EMPTY_STATE),
    loadTemplate: mockOperation<"loadTemplate">(async () => ({ sheetName: "Chấm điểm", rowCount: 20 })),
    importSelectionAsTemplate: mockOperation<"importSelectionAsTemplate">(async () => ({ ok: false, issues: [], address: "Sheet1!A1" })),
    checkScores: mockOperation<"checkScores">(async () => emptyCheck()),
    selectCell: mockOperation<"selectCell">(async () => undefined),
    buildPlan: mockOperation<"buildPlan">(async () => emptyPlan()),
    readPlanDocument: mockOperation<"readPlanDocument">(async () => ({ ok: false, sheetName: "Chấm điểm", issues: [] })),
    fileHandoff: mockOperation<"fileHandoff">(async () => ({ method: "download", platform: "web" })),
    openInBrowser: mockOperation<"openInBrowser">(async () => undefined),
    buildRanking: mockOperation<"buildRanking">(async () => emptyRanking()),
    readAssignment: mockOperation<"readAssignment">(async () => ({ sheetName: "Chấm điểm", units: [], unassigned: [], issues: [] })),
    writeAssignmentSheet: mockOperation<"writeAssignmentSheet">(async () => emptyAssignmentSheet()),
    readSplitSource: mockOperation<"readSplitSource">(async () => ({ ok: false, sheetName: "Chấm điểm", issues: [] })),
    mergeReturns: mockOperation<"mergeReturns">(async () => emptyMerge()),
    showUnitItems: mockOperation<"showUnitItems">(async (request) => ({ sheetName: "Chấm điểm", unit: request.unit, shown: 0, hidden: 0, method: "rows" })),
    readStage: mockOperation<"readStage">(async () => emptyStage()),
    moveStage: mockOperation<"moveStage">(async (request) => ({ ok: false, sheetName: "Chấm điểm", from: "self", to: request.to, reason: "wrong_move", issues: [], changed: [] })),
    readAppraisalNotice: mockOperation<"readAppraisalNotice">(async () => ({ ok: false, sheetName: "Chấm điểm", stage: "self" })),
  };
  for (const [name, implementation] of Object.entries(overrides)) {
    fake[name as OperationName].mockImplementation(implementation as never);
  }
  return fake;
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The progress listener the pane passed to the last call of an operation. */
export function lastProgressListener(mock: jest.Mock): ProgressListener {
  const call = mock.mock.calls.at(-1) as unknown[] | undefined;
  const listener = call?.at(-1);
  if (typeof listener !== "function") throw new Error("the operation was not given a progress listener");
  return listener as ProgressListener;
}
