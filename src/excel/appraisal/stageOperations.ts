// What the pane's «Thẩm định» step asks of the workbook, and what it gets back: the actions'
// contract for the appraisal rounds (readStage.ts and moveStage.ts do them).
import type { LockedCellChange } from "../../domain/appraisal/snapshot";
import type { MoveRefusal } from "../../domain/appraisal/moveStage";
import type { StageId } from "../../domain/appraisal/stages";
import type { StageState } from "../../domain/appraisal/stageState";
import type { StageStatus } from "../../domain/appraisal/stageStatus";
import type { NoticeRow } from "../../domain/document/buildAppraisalNotice";
import type { RoundTotals } from "../../domain/appraisal/history";
import type { DocumentModel } from "../../domain/document/documentModel";
import type { Issue } from "../../domain/issues";
import type { HostFeature } from "../host/features";

export interface StageRequest {
  /** The scoring sheet; the current one when omitted. */
  sheetName?: string;
  /** Today as an ISO date, for the days left (the pane's clock, not the host's). */
  today: string;
}

export interface StageOverview {
  sheetName: string;
  state: StageState;
  status: StageStatus;
  /** Sub-criteria where the council's score differs from the unit's, with the notes. */
  differences: NoticeRow[];
  totals: RoundTotals;
  /** The sheet's layout: 1 and 2 are upgraded in place at their first move. */
  layoutVersion: 1 | 2 | 3;
}

export interface MoveStageRequest {
  sheetName?: string;
  to: StageId;
  by?: string;
  /** Required when moving back. */
  note?: string;
  /** For the next holder, ISO date. */
  deadline?: string;
  /** The moment of the move, ISO timestamp (the pane's clock). */
  now: string;
}

export type MoveStageResult =
  | {
      ok: false;
      sheetName: string;
      from: StageId;
      to: StageId;
      /** "upgrade": an older sheet cannot take the rounds' columns in place (see its issues). */
      reason: MoveRefusal | "upgrade";
      issues: Issue[];
      changed: LockedCellChange[];
    }
  | {
      ok: true;
      sheetName: string;
      from: StageId;
      to: StageId;
      direction: "forward" | "back";
      historySheet: string;
      /** Check warnings shown with a submission. */
      warnings: Issue[];
      /** What an older sheet's upgrade could not draw (the round-2 rule, the new columns' widths); the move is whole without them. */
      skippedFeatures?: HostFeature[];
      overview: StageOverview;
    };

/** «Tải thông báo kết quả thẩm định (.docx)»: readAppraisalNotice.ts reads it; nothing is written. */
export interface AppraisalNoticeRequest {
  sheetName?: string;
}

export type AppraisalNoticeResult =
  | {
      ok: true;
      sheetName: string;
      stage: StageId;
      document: DocumentModel;
      /** "Thông báo kết quả thẩm định 2021 - Văn phòng UBND tỉnh Sơn La.docx". */
      fileName: string;
      /** Items in the notice's table: the council's score differs from the unit's. */
      rows: number;
      /** Where the unit's fields (governing body, place, date) came from; null: the defaults. */
      fieldsSheet: string | null;
      /** Field values that do not read, with their cells. */
      issues: Issue[];
    }
  | {
      ok: false;
      sheetName: string;
      /** Still with the unit or before round 1: there is no appraisal to give notice of. */
      stage: StageId;
    };
