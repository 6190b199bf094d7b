// A WorkbookOperations double for task pane tests: jest.fn methods with harmless defaults, and
// deferred results for tests that look at the pane while an action is still running.
import type {
  BuildPlanResult,
  CheckResult,
  ProgressListener,
  WorkbookOperations,
  WorkbookState,
} from "../../src/excel/workbookOperations";
import type { Totals } from "../../src/domain/scoring/computeTotals";

export type FakeOperations = { [K in keyof WorkbookOperations]: jest.Mock<ReturnType<WorkbookOperations[K]>, Parameters<WorkbookOperations[K]>> };

export const EMPTY_STATE: WorkbookState = { scoreSheets: [], current: null, planSheets: [] };

const NO_TOTALS: Totals = {
  items: [],
  byCode: new Map(),
  areas: [],
  adjustments: [],
  total: { max: 0, applicableMax: 0, score: 0, lostPoints: 0, percent: null, bonus: 0, penalty: 0, treeScore: 0 },
};

export function emptyCheck(sheetName = "Chấm điểm"): CheckResult {
  return { sheetName, ok: true, issues: [], totals: NO_TOTALS, convertedCells: [] };
}

export function emptyPlan(sheetName = "Kế hoạch khắc phục"): BuildPlanResult {
  return {
    sheetName,
    rebuilt: false,
    plan: { summary: [], total: { max: 0, score: 0, lostPoints: 0 }, sections: [], keptAside: [] },
    issues: [],
  };
}

export function createFakeOperations(overrides: Partial<WorkbookOperations> = {}): FakeOperations {
  const fake: FakeOperations = {
    getState: jest.fn(async () => EMPTY_STATE),
    loadTemplate: jest.fn(async () => ({ sheetName: "Chấm điểm", rowCount: 20 })),
    importSelectionAsTemplate: jest.fn(async () => ({ ok: false as const, issues: [], address: "Sheet1!A1" })),
    checkScores: jest.fn(async () => emptyCheck()),
    selectCell: jest.fn(async () => undefined),
    buildPlan: jest.fn(async () => emptyPlan()),
  };
  for (const [name, implementation] of Object.entries(overrides)) {
    fake[name as keyof WorkbookOperations].mockImplementation(implementation as never);
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
