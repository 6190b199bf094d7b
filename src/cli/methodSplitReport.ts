// The score per scoring method in `check`'s report: as JSON for scripts (every method the
// template has items for) and as one Vietnamese line under the table (when there are two or more).
import { isAppraised, methodParts, splitWorthShowing, describePartOfMax, type MethodSplit, type ScoringMethod, type Totals } from "../domain";

export interface MethodJson {
  items: number;
  max: number;
  applicableMax: number;
  score: number;
  lostPoints: number;
}

export type ByMethodJson = Partial<Record<ScoringMethod, MethodJson>>;

export function byMethodJson(split: MethodSplit): ByMethodJson {
  const out: ByMethodJson = {};
  for (const part of methodParts(split, false)) {
    out[part.method] = {
      items: part.items,
      max: part.max / 100,
      applicableMax: part.applicableMax / 100,
      score: part.score / 100,
      lostPoints: part.lostPoints / 100,
    };
  }
  return out;
}

/** "Trong đó: điểm thẩm định 85,53/90; điểm điều tra xã hội học 8,99/10." or null. */
export function methodSplitLine(totals: Totals): string | null {
  const parts = splitWorthShowing(methodParts(totals.total.byMethod, isAppraised(totals)));
  if (parts.length === 0) return null;
  return `Trong đó: ${parts.map((part) => `${part.label} ${describePartOfMax(part)}`).join("; ")}.`;
}
