// The phân công actions' requests and results, shared by the office-js host (src/excel) and the
// pane (src/taskpane): the assignment as the scoring sheet holds it, the assignment sheet, the
// master's data for the units' files (built in the pane, see src/taskpane/files), gathering the
// returns into the master, and the "chỉ hiện mục của đơn vị" filter.
import type { Issue } from "../../domain/issues";
import type { Assignment } from "../../domain/assignment/resolveAssignment";
import type { UnitSchedule } from "../../domain/assignment/schedule";
import type { MasterSheet } from "../../domain/assignment/splitSheet";
import type { MergeConflict, OutsideEntry, ReturnedSheet, ReturnReport, UnitProgress } from "../../domain/assignment/mergeReturns";
import type { HostFeature } from "../host/features";

export interface AssignmentRequest {
  /** The scoring sheet; the current one when omitted. */
  sheetName?: string;
  /** Hạn gửi kết quả for every unit, ISO yyyy-mm-dd. */
  deadline?: string;
  /** Thời gian thực hiện for every unit ("Tháng 12/2024 - Tháng 01/2025"). */
  timeFrame?: string;
}

export interface AssignedUnit {
  unit: string;
  /** The self-scored leaf codes it scores, in sheet order. */
  items: string[];
  /** The seeds' description of its part ("Lĩnh vực 1 …: các tiêu chí 1.1, 1.2 …"). */
  summary: string;
  schedule: UnitSchedule;
}

export interface AssignmentOverview {
  /** The scoring sheet read. */
  sheetName: string;
  units: AssignedUnit[];
  /** Self-scored leaves nobody scores. */
  unassigned: string[];
  /** Warnings with their cells: unassigned items, items without evidence or explanation, self scores on surveyed items. */
  issues: Issue[];
}

export interface WriteAssignmentResult extends AssignmentOverview {
  /** The assignment sheet written («Phân công chấm điểm <năm>»). */
  assignmentSheet: string;
  /** It existed and was rebuilt in place. */
  rebuilt: boolean;
  skippedFeatures?: HostFeature[];
}

/** What the pane needs to make the units' files itself: the master sheet as read, and its assignment. */
export type SplitSourceResult =
  | { ok: true; sheetName: string; master: MasterSheet; assignment: Assignment; units: AssignedUnit[] }
  /** The scoring sheet has errors, or assigns nothing: no file is made. */
  | { ok: false; sheetName: string; issues: Issue[] };

export interface MergeReturnsRequest {
  sheetName?: string;
  /** The units' files as the pane read them (src/taskpane/files). */
  returns: readonly ReturnedSheet[];
  /** Today, ISO yyyy-mm-dd, for the days left to each deadline. */
  today?: string;
  deadline?: string;
}

export interface MergeReturnsResult {
  sheetName: string;
  /** Master cells written (only cells whose value changes; none when the same returns are gathered again). */
  changedCells: number;
  conflicts: MergeConflict[];
  outside: OutsideEntry[];
  progress: UnitProgress[];
  returns: ReturnReport[];
  /** Returns refused (another template, another master, not a unit's file) and other problems, with files and cells. */
  issues: Issue[];
}

export interface UnitFilterRequest {
  sheetName?: string;
  /** The unit whose items to show; null shows every row again. */
  unit: string | null;
}

export interface UnitFilterResult {
  sheetName: string;
  unit: string | null;
  /** Item rows shown and hidden. */
  shown: number;
  hidden: number;
  /** How: a named sheet view of this user only (co-authoring safe), or hidden rows everyone sees. */
  method: "sheetView" | "rows";
}
