// The phân công actions (readAssignment, writeAssignmentSheet, readSplitSource, mergeReturns,
// showUnitItems), each one Excel.run. Loaded on first use, like the ranking: their layouts,
// merge planning and writers are a chunk of their own ("assignment"), out of the pane's first download.
import type { HostDependencies } from "../host/hostEnvironment";
import type { WorkbookOperations } from "../host/workbookOperations";

type AssignmentOperations = Pick<WorkbookOperations, "readAssignment" | "writeAssignmentSheet" | "readSplitSource" | "mergeReturns" | "showUnitItems">;

export function assignmentActions(host: HostDependencies): AssignmentOperations {
  return {
    readAssignment: async (request, onProgress) =>
      (await import(/* webpackChunkName: "assignment" */ "./readAssignment")).readAssignment(host, request, onProgress),
    writeAssignmentSheet: async (request, onProgress) =>
      (await import(/* webpackChunkName: "assignment" */ "./writeAssignmentSheet")).writeAssignmentSheet(host, request, onProgress),
    readSplitSource: async (request, onProgress) =>
      (await import(/* webpackChunkName: "assignment" */ "./readSplitSource")).readSplitSource(host, request, onProgress),
    mergeReturns: async (request, onProgress) =>
      (await import(/* webpackChunkName: "assignment" */ "./mergeReturns")).mergeReturns(host, request, onProgress),
    showUnitItems: async (request) => (await import(/* webpackChunkName: "assignment" */ "./showUnitItems")).showUnitItems(host, request),
  };
}
