// The score split by scoring method — tự đánh giá / thẩm định items, điều tra xã hội học and
// SIPAS — as the seed's plan writes it ("94,52 điểm, trong đó điểm thẩm định: 67,11 điểm; điểm
// điều tra xã hội học: 27,41 điểm"). A leaf's method is its own, else the nearest one above it,
// else tự đánh giá: survey points come from published results, so a template marks them.
import type { Hundredths } from "../points";
import { SCORING_METHODS, type ScoringMethod } from "../template/schema";
import type { TemplateIndex, TemplateItem } from "../template/tree";

export interface MethodTotal {
  /** Leaves scored this way. */
  items: number;
  max: Hundredths;
  applicableMax: Hundredths;
  score: Hundredths;
  lostPoints: Hundredths;
}

export type MethodSplit = Readonly<Record<ScoringMethod, MethodTotal>>;

/** The method that scores a leaf. */
export function methodOf(index: TemplateIndex, item: TemplateItem): ScoringMethod {
  for (let i = item.path.length - 1; i >= 0; i -= 1) {
    const method = index.byCode.get(item.path[i]!)?.criterion.method;
    if (method) return method;
  }
  return "tu_danh_gia";
}

export function emptyMethodSplit(): Record<ScoringMethod, MethodTotal> {
  const split = {} as Record<ScoringMethod, MethodTotal>;
  for (const method of SCORING_METHODS) split[method] = { items: 0, max: 0, applicableMax: 0, score: 0, lostPoints: 0 };
  return split;
}

export function addToMethodSplit(
  split: Record<ScoringMethod, MethodTotal>,
  method: ScoringMethod,
  leaf: { max: Hundredths; applicableMax: Hundredths; score: Hundredths; lostPoints: Hundredths },
): void {
  const entry = split[method];
  entry.items += 1;
  entry.max += leaf.max;
  entry.applicableMax += leaf.applicableMax;
  entry.score += leaf.score;
  entry.lostPoints += leaf.lostPoints;
}

/** The methods a split actually has items for, in the catalogue's order. */
export function methodsPresent(split: MethodSplit): ScoringMethod[] {
  return SCORING_METHODS.filter((method) => split[method].items > 0);
}
