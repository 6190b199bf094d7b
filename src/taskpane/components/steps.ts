// The steps of the work, in order, and which of them the pane can show with what it knows: a unit's
// five, then Sở Nội vụ's consolidation of many units, which needs no scoring sheet of its own, and
// its phân công of the scoring sheet to the departments (sending their parts, gathering them back),
// and the appraisal rounds a scoring sheet goes through (thẩm định).
export const STEPS = ["template", "scores", "check", "totals", "plan", "ranking", "assignment", "appraisal"] as const;
export type Step = (typeof STEPS)[number];

export interface StepAvailability {
  hasSheet: boolean;
  hasCheck: boolean;
}

export function isStepReachable(step: Step, { hasSheet, hasCheck }: StepAvailability): boolean {
  switch (step) {
    case "template":
    case "ranking":
      return true;
    case "scores":
    case "check":
    case "plan":
    case "assignment":
    case "appraisal":
      return hasSheet;
    case "totals":
      return hasCheck;
  }
}
