// The remediation-plan sheet's columns, shared by its layout and its reader.
import type { StaffFields } from "../plan/remediationPlan";

export const PLAN_COLUMNS = {
  stt: 0,
  code: 1,
  name: 2,
  shortcoming: 3,
  max: 4,
  score: 5,
  lostPoints: 6,
  remedy: 7,
  leadUnit: 8,
  coUnits: 9,
  timeFrame: 10,
  note: 11,
} as const;

export type PlanColumnKey = keyof typeof PLAN_COLUMNS;
export const PLAN_COLUMN_COUNT = 12;

export const PLAN_HEADERS: Readonly<Record<PlanColumnKey, string>> = {
  stt: "STT",
  code: "Mã",
  name: "Lĩnh vực / tiêu chí",
  shortcoming: "Tồn tại, hạn chế",
  max: "Điểm tối đa",
  score: "Điểm đạt",
  lostPoints: "Điểm bị trừ",
  remedy: "Nhiệm vụ, giải pháp khắc phục",
  leadUnit: "Đơn vị chủ trì",
  coUnits: "Đơn vị phối hợp",
  timeFrame: "Thời gian thực hiện",
  note: "Ghi chú",
};

export const PLAN_COLUMN_WIDTHS: Readonly<Record<PlanColumnKey, number>> = {
  stt: 6,
  code: 8,
  name: 36,
  shortcoming: 44,
  max: 9,
  score: 9,
  lostPoints: 9,
  remedy: 48,
  leadUnit: 24,
  coUnits: 24,
  timeFrame: 14,
  note: 20,
};

/** Columns staff write in, by the field they hold. */
export const STAFF_COLUMNS: Readonly<Record<keyof StaffFields, PlanColumnKey>> = {
  remedy: "remedy",
  leadUnit: "leadUnit",
  coUnits: "coUnits",
  timeFrame: "timeFrame",
  note: "note",
};

export const PLAN_SHEET_BASE_NAME = "Kế hoạch khắc phục";

export const SUMMARY_HEADERS = ["TT", "Nội dung", "Điểm tối đa", "Điểm đạt", "Ghi chú"] as const;
