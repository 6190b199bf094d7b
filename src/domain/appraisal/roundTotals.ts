// The three totals the appraisal rounds speak of: what the unit claimed, the result after round 1
// and the result. Each follows the one rule (round 2, else round 1, else self) up to its round.
import type { Hundredths } from "../points";
import type { Totals } from "../scoring/computeTotals";
import type { RoundTotals } from "./history";

export function roundTotals(totals: Totals): RoundTotals {
  let self = 0;
  let round1 = 0;
  for (const item of totals.items) {
    if (!item.leaf || item.notApplicable) continue;
    self += item.self ?? 0;
    round1 += item.appraised ?? item.self ?? 0;
  }
  const signed = (kind: "bonus" | "penalty", points: Hundredths) => (kind === "bonus" ? points : -points);
  for (const adjustment of totals.adjustments) {
    self += signed(adjustment.kind, adjustment.self ?? 0);
    round1 += signed(adjustment.kind, adjustment.appraised ?? adjustment.self ?? 0);
  }
  return { self, round1, result: totals.total.score };
}
