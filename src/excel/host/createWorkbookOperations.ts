// The office-js implementation of WorkbookOperations that the task pane receives: each method is
// one user action, one Excel.run. Tests and the in-page fake host pass their own dependencies.
import { assignmentActions } from "../assignment/assignmentActions";
import { getState } from "../scoring/getState";
import { officeHostDependencies, type HostDependencies } from "./hostEnvironment";
import { selectCell } from "../scoring/selectCell";
import { detectFileHandoff, openInBrowser } from "./fileHandoff";
import type { WorkbookOperations } from "./workbookOperations";

export function createWorkbookOperations(deps: Partial<HostDependencies> = {}): WorkbookOperations {
  const host: HostDependencies = { ...officeHostDependencies(), ...deps };
  return {
    getState: () => getState(host),
    selectCell: (sheetName, cell) => selectCell(host, sheetName, cell),
    // Every action but reading the workbook at startup is loaded on its first use, with what it
    // writes: the pane's first download is the frame, step 1's form and the read.
    loadTemplate: async (request, onProgress) => (await import(/* webpackChunkName: "load-template" */ "../scoring/loadTemplate")).loadTemplate(host, request, onProgress),
    importSelectionAsTemplate: async (request, onProgress) =>
      (await import(/* webpackChunkName: "import-selection" */ "../scoring/importSelection")).importSelectionAsTemplate(host, request, onProgress),
    checkScores: async (request, onProgress) => (await import(/* webpackChunkName: "check" */ "../scoring/checkScores")).checkScores(host, request, onProgress),
    buildPlan: async (request, onProgress) => (await import(/* webpackChunkName: "plan" */ "../plan/buildPlan")).buildPlan(host, request, onProgress),
    readPlanDocument: async (request, onProgress) =>
      (await import(/* webpackChunkName: "plan" */ "../plan/readPlanDocument")).readPlanDocument(host, request, onProgress),
    fileHandoff: () => detectFileHandoff(host),
    openInBrowser: (url) => openInBrowser(host, url),
    // The ranking's layouts and writers are a chunk of their own, out of the pane's first download.
    buildRanking: async (request, onProgress) => (await import(/* webpackChunkName: "ranking" */ "../ranking/buildRanking")).buildRanking(host, request, onProgress),
    ...assignmentActions(host),
    // The appraisal rounds, a chunk of their own like the ranking: loaded when the step first asks.
    readStage: async (request, onProgress) => (await import(/* webpackChunkName: "appraisal" */ "../appraisal/readStage")).readStage(host, request, onProgress),
    moveStage: async (request, onProgress) => (await import(/* webpackChunkName: "appraisal" */ "../appraisal/moveStage")).moveStage(host, request, onProgress),
    readAppraisalNotice: async (request, onProgress) =>
      (await import(/* webpackChunkName: "appraisal" */ "../appraisal/readAppraisalNotice")).readAppraisalNotice(host, request, onProgress),
  };
}
