// The office-js implementation of WorkbookOperations that the task pane receives: each method is
// one user action, one Excel.run. Tests and the in-page fake host pass their own dependencies.
import { assignmentActions } from "../assignment/assignmentActions";
import { buildPlan } from "../plan/buildPlan";
import { checkScores } from "../scoring/checkScores";
import { getState } from "../scoring/getState";
import { officeHostDependencies, type HostDependencies } from "./hostEnvironment";
import { importSelectionAsTemplate } from "../scoring/importSelection";
import { loadTemplate } from "../scoring/loadTemplate";
import { selectCell } from "../scoring/selectCell";
import { detectFileHandoff, openInBrowser } from "./fileHandoff";
import { readPlanDocument } from "../plan/readPlanDocument";
import type { WorkbookOperations } from "./workbookOperations";

export function createWorkbookOperations(deps: Partial<HostDependencies> = {}): WorkbookOperations {
  const host: HostDependencies = { ...officeHostDependencies(), ...deps };
  return {
    getState: () => getState(host),
    loadTemplate: (request, onProgress) => loadTemplate(host, request, onProgress),
    importSelectionAsTemplate: (request, onProgress) => importSelectionAsTemplate(host, request, onProgress),
    checkScores: (request, onProgress) => checkScores(host, request, onProgress),
    selectCell: (sheetName, cell) => selectCell(host, sheetName, cell),
    buildPlan: (request, onProgress) => buildPlan(host, request, onProgress),
    readPlanDocument: (request, onProgress) => readPlanDocument(host, request, onProgress),
    fileHandoff: () => detectFileHandoff(host),
    openInBrowser: (url) => openInBrowser(host, url),
    // Loaded on first use: the ranking's layouts and writers are a chunk of their own, out of the pane's first download.
    buildRanking: async (request, onProgress) => (await import(/* webpackChunkName: "ranking" */ "../ranking/buildRanking")).buildRanking(host, request, onProgress),
    ...assignmentActions(host),
    // The appraisal rounds, a chunk of their own like the ranking: loaded when the step first asks.
    readStage: async (request, onProgress) => (await import(/* webpackChunkName: "appraisal" */ "../appraisal/readStage")).readStage(host, request, onProgress),
    moveStage: async (request, onProgress) => (await import(/* webpackChunkName: "appraisal" */ "../appraisal/moveStage")).moveStage(host, request, onProgress),
    readAppraisalNotice: async (request, onProgress) =>
      (await import(/* webpackChunkName: "appraisal" */ "../appraisal/readAppraisalNotice")).readAppraisalNotice(host, request, onProgress),
  };
}
