// PLACEHOLDER on branch issue-10-iface only: the helper building src/excel's phân công actions
// replaces this file whole (readAssignment, writeAssignmentSheet, readSplitSource, mergeReturns,
// showUnitItems, each one Excel.run). It must never reach main as it is.
import type { HostDependencies } from "./hostEnvironment";
import type { WorkbookOperations } from "./workbookOperations";

type Ops = Pick<WorkbookOperations, "readAssignment" | "writeAssignmentSheet" | "readSplitSource" | "mergeReturns" | "showUnitItems">;

export function assignmentActions(host: HostDependencies): Ops {
  void host;
  const missing = () => Promise.reject(new Error("assignment actions not built yet (branch issue-10-iface)"));
  return { readAssignment: missing, writeAssignmentSheet: missing, readSplitSource: missing, mergeReturns: missing, showUnitItems: missing };
}
