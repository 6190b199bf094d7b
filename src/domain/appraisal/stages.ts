// The appraisal rounds as stages: who holds a scoring workbook in each and which columns that
// holder may change. A workbook is in exactly one stage; one without a record is in the first.
import type { ScoreColumnKey } from "../layout/scoreSheetColumns";

export const STAGE_IDS = ["self", "submitted", "appraised", "explained", "final"] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** The unit scores itself and explains; the council (Hội đồng thẩm định) appraises. */
export type Holder = "unit" | "council";

export interface StageInfo {
  id: StageId;
  label: string;
  labelEn: string;
  holder: Holder | null;
  /** Columns the holder may change on each item row (score columns only where they are inputs). */
  columns: readonly ScoreColumnKey[];
}

export const STAGES: Readonly<Record<StageId, StageInfo>> = {
  self: {
    id: "self",
    label: "Đơn vị tự chấm",
    labelEn: "Self-assessment",
    holder: "unit",
    columns: ["self", "notApplicable", "evidence", "explanation", "leadUnit", "coUnits"],
  },
  submitted: { id: "submitted", label: "Đã nộp", labelEn: "Submitted", holder: "council", columns: ["appraised", "councilNote"] },
  appraised: { id: "appraised", label: "Đã thẩm định lần 1", labelEn: "Appraised (round 1)", holder: "unit", columns: ["reply", "evidence"] },
  explained: { id: "explained", label: "Đã giải trình", labelEn: "Explained", holder: "council", columns: ["round2", "councilNote2"] },
  final: { id: "final", label: "Đã chốt", labelEn: "Final", holder: null, columns: [] },
};

/** Every column some stage lets its holder change: what the workbook keeps a picture of at each move. */
export const TRACKED_COLUMNS: readonly ScoreColumnKey[] = [
  "self",
  "notApplicable",
  "evidence",
  "explanation",
  "leadUnit",
  "coUnits",
  "appraised",
  "councilNote",
  "reply",
  "round2",
  "councilNote2",
];

/** Score columns: open only on the rows where a score is typed (sub-criteria, bonus and penalty items). */
export const SCORE_INPUT_COLUMNS: ReadonlySet<ScoreColumnKey> = new Set(["self", "appraised", "round2"]);

export const HOLDER_LABELS: Readonly<Record<Holder, string>> = { unit: "đơn vị", council: "Hội đồng thẩm định" };

export function isStageId(text: string): text is StageId {
  return (STAGE_IDS as readonly string[]).includes(text);
}

export function stageIndex(stage: StageId): number {
  return STAGE_IDS.indexOf(stage);
}

/** "forward" one stage, "back" one stage, or null for any other move. */
export function moveDirection(from: StageId, to: StageId): "forward" | "back" | null {
  const step = stageIndex(to) - stageIndex(from);
  return step === 1 ? "forward" : step === -1 ? "back" : null;
}

/** The stages one move away, forward first. */
export function possibleMoves(from: StageId): StageId[] {
  const i = stageIndex(from);
  return [STAGE_IDS[i + 1], STAGE_IDS[i - 1]].filter((stage): stage is StageId => stage !== undefined);
}

export function nextStage(from: StageId): StageId | null {
  return STAGE_IDS[stageIndex(from) + 1] ?? null;
}

export function stageLabel(stage: StageId): string {
  return STAGES[stage].label;
}

/** A stage from its id or its Vietnamese label (as the history sheet prints it); null otherwise. */
export function stageFromText(text: string): StageId | null {
  const wanted = text.trim().normalize("NFC").toLowerCase();
  for (const stage of STAGE_IDS) {
    if (stage === wanted || STAGES[stage].label.toLowerCase() === wanted) return stage;
  }
  return null;
}
