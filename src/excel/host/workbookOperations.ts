// What the task pane can ask of the workbook: one method per user action, each one Excel.run in
// the office-js host. The pane depends on this interface only, so it renders in tests with a fake.
import type { DocumentModel } from "../../domain/document/documentModel";
import type { Issue } from "../../domain/issues";
import type { RemediationPlan } from "../../domain/plan/remediationPlan";
import type { Totals } from "../../domain/scoring/computeTotals";
import type { Template } from "../../domain/template/schema";
import type { GroupScheme } from "../../domain/ranking/groups";
import type { PreviousRanking } from "../../domain/ranking/previousRanking";
import type { Ranking } from "../../domain/ranking/rankUnits";
import type { UnitResult } from "../../domain/ranking/unitResult";
import type {
  AssignmentOverview,
  AssignmentRequest,
  MergeReturnsRequest,
  MergeReturnsResult,
  SplitSourceResult,
  UnitFilterRequest,
  UnitFilterResult,
  WriteAssignmentResult,
} from "../assignment/assignmentOperations";
import type { AppraisalNoticeRequest, AppraisalNoticeResult, MoveStageRequest, MoveStageResult, StageOverview, StageRequest } from "../appraisal/stageOperations";
import type { HostFeature } from "./features";
import type { FileHandoff } from "./fileHandoff";

export type * from "../assignment/assignmentOperations";
export type * from "../appraisal/stageOperations";
export type { HostFeature } from "./features";
export type { FileHandoff } from "./fileHandoff";
/** What every method rejects with when Excel refuses (see hostError.ts); `message` is for staff. */
export { HostError, isHostError, type HostErrorKind } from "./hostError";

/** "Tải văn bản kế hoạch (.docx)": what the pane asks (readPlanDocument.ts does it). */
export interface PlanDocumentRequest {
  /** The scoring sheet; the current one when omitted. */
  sheetName?: string;
}

export type PlanDocumentResult =
  | {
      ok: true;
      /** The scoring sheet the document is of. */
      sheetName: string;
      document: DocumentModel;
      /** What to save it as: "Kế hoạch khắc phục 2021 - Văn phòng UBND tỉnh Sơn La.docx". */
      fileName: string;
      /** Gaps to fill (a lĩnh vực without a remedy, no signer, a field value that does not read), with their cells where known. */
      issues: Issue[];
      /** Where staff text came from; null when the workbook has no plan sheet (the plan was built from the scores alone). */
      planSheet: string | null;
      /** Where the fields came from; null when the defaults were used. */
      fieldsSheet: string | null;
      /** Lĩnh vực with shortcomings, each a numbered part of the document. */
      sections: number;
    }
  | {
      ok: false;
      sheetName: string;
      /** The scoring sheet's errors: the document waits until they are fixed. */
      issues: Issue[];
    };

/** Reports which step of an action is running, for the pane's progress line. */
export type ProgressListener = (step: ProgressStep) => void;
export type ProgressStep = "reading" | "checking" | "writing" | "done";

export interface ScoreSheetInfo {
  sheetName: string;
  templateId: string;
  templateName: string;
  unit?: string;
  year?: number;
}

export interface WorkbookState {
  /** Scoring sheets the add-in made (found through its metadata), in workbook order. */
  scoreSheets: ScoreSheetInfo[];
  /** The scoring sheet that is active, or else the first one; null when there is none. */
  current: ScoreSheetInfo | null;
  /** Plan sheets the add-in made. */
  planSheets: string[];
}

export interface LoadTemplateRequest {
  template: Template;
  unit?: string;
  year?: number;
}

export interface LoadTemplateResult {
  sheetName: string;
  /** Rows written, items and totals included. */
  rowCount: number;
  /** Finishes this Excel version could not draw (requirement set missing); the sheet works without them. */
  skippedFeatures?: HostFeature[];
  /** The template's owner whose phân công was left out, the sheet being for another unit (templateForUnit). */
  droppedAssignmentsOf?: string;
}

export type ImportSelectionResult =
  | { ok: true; template: Template; sheetName: string; warnings: Issue[]; skippedFeatures?: HostFeature[] }
  | { ok: false; issues: Issue[]; address: string };

export interface CheckResult {
  sheetName: string;
  ok: boolean;
  issues: Issue[];
  totals: Totals;
  /**
   * Text scores such as "3,61" that were turned into numbers so the sheet's formulas count them.
   * Their score_is_text issues are resolved, so they are not in `issues`.
   */
  convertedCells: string[];
}

export interface BuildPlanRequest {
  /** The scoring sheet to plan from; the current one when omitted. */
  sheetName?: string;
  defaults?: { leadUnit?: string; timeFrame?: string };
}

export interface BuildPlanResult {
  sheetName: string;
  /** Whether an existing plan sheet was rebuilt in place (staff text carried over). */
  rebuilt: boolean;
  plan: RemediationPlan;
  issues: Issue[];
  /** Finishes this Excel version could not draw (e.g. print settings without ExcelApi 1.9). */
  skippedFeatures?: HostFeature[];
  /** The plan document's fields sheet: added with this plan (from the defaults), or already there and left as it is. */
  documentFields?: { sheetName: string; created: boolean };
}

export interface BuildRankingRequest {
  /** Units read from their own workbooks (the pane reads the files, see src/taskpane/files). */
  units: readonly UnitResult[];
  /** Rank the scoring sheets this workbook holds too. */
  includeWorkbookSheets: boolean;
  groups?: GroupScheme;
  previous?: PreviousRanking | null;
  /** Leave out units whose appraisal result is not locked («Đã chốt») yet. */
  finalOnly?: boolean;
}

export interface BuildRankingResult {
  rankingSheet: string;
  areasSheet: string;
  /** The year's ranking sheets existed and were rebuilt in place. */
  rebuilt: boolean;
  /** Staff notes carried over from the sheet rebuilt. */
  notesKept: number;
  ranking: Ranking;
  /** The `file` of the units that are scoring sheets of this workbook: their issues' cells can be selected. */
  workbookFiles: string[];
  /** Native charts written. */
  charts: number;
  skippedFeatures?: HostFeature[];
}

export interface WorkbookOperations {
  getState(): Promise<WorkbookState>;
  loadTemplate(request: LoadTemplateRequest, onProgress?: ProgressListener): Promise<LoadTemplateResult>;
  importSelectionAsTemplate(
    request: { unit?: string; year?: number; name?: string },
    onProgress?: ProgressListener,
  ): Promise<ImportSelectionResult>;
  checkScores(request: { sheetName?: string }, onProgress?: ProgressListener): Promise<CheckResult>;
  /** Activates the sheet and selects the cell, so staff land on the problem. */
  selectCell(sheetName: string, cell: string): Promise<void>;
  buildPlan(request: BuildPlanRequest, onProgress?: ProgressListener): Promise<BuildPlanResult>;
  /** Reads what the plan document needs (scores, plan sheet, fields sheet) and builds its model; writes nothing. */
  readPlanDocument(request: PlanDocumentRequest, onProgress?: ProgressListener): Promise<PlanDocumentResult>;
  /** How this Office lets the pane hand a file to staff (download, the browser, or not at all). */
  fileHandoff(): Promise<FileHandoff>;
  /** Opens one of the add-in's https pages in the default browser (Mac, iPad: see fileHandoff.ts). */
  openInBrowser(url: string): Promise<void>;
  /** "Tổng hợp nhiều đơn vị": ranks the units and writes (or rebuilds) the year's ranking sheets. */
  buildRanking(request: BuildRankingRequest, onProgress?: ProgressListener): Promise<BuildRankingResult>;
  /** Phân công as the scoring sheet holds it (columns L and M); writes nothing. */
  readAssignment(request: { sheetName?: string }, onProgress?: ProgressListener): Promise<AssignmentOverview>;
  /** Writes (or rebuilds in place) the assignment sheet in seed 004's table form. */
  writeAssignmentSheet(request: AssignmentRequest, onProgress?: ProgressListener): Promise<WriteAssignmentResult>;
  /** "Tạo tệp cho từng đơn vị": reads the master for the pane to build each unit's file; writes nothing. */
  readSplitSource(request: AssignmentRequest, onProgress?: ProgressListener): Promise<SplitSourceResult>;
  /** "Gộp điểm từ các đơn vị": writes into the master only the cells the returns change. */
  mergeReturns(request: MergeReturnsRequest, onProgress?: ProgressListener): Promise<MergeReturnsResult>;
  /** "Chỉ hiện mục của đơn vị": shows only the unit's item rows (or every row again). */
  showUnitItems(request: UnitFilterRequest): Promise<UnitFilterResult>;
  /** «Thẩm định»: where the scoring sheet stands in the appraisal rounds; writes nothing. */
  readStage(request: StageRequest, onProgress?: ProgressListener): Promise<StageOverview>;
  /** «Chuyển giai đoạn»: one move forward, or back with a reason, written whole or not at all. */
  moveStage(request: MoveStageRequest, onProgress?: ProgressListener): Promise<MoveStageResult>;
  /** «Tải thông báo kết quả thẩm định (.docx)»: the notice's model, once round 1 is done; writes nothing. */
  readAppraisalNotice(request: AppraisalNoticeRequest, onProgress?: ProgressListener): Promise<AppraisalNoticeResult>;
}
