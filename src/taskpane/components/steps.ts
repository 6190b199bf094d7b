// The five steps of the work, in order, and which of them the pane can show with what it knows.
export const STEPS = ["template", "scores", "check", "totals", "plan"] as const;
export type Step = (typeof STEPS)[number];

export interface StepAvailability {
  hasSheet: boolean;
  hasCheck: boolean;
}

export function isStepReachable(step: Step, { hasSheet, hasCheck }: StepAvailability): boolean {
  switch (step) {
    case "template":
      return true;
    case "scores":
    case "check":
    case "plan":
      return hasSheet;
    case "totals":
      return hasCheck;
  }
}
