// The score split by scoring method in the words a result is reported with: "trong đó điểm thẩm
// định: 67,11 điểm; điểm điều tra xã hội học: 27,41 điểm". Only the methods the template has
// items for are named; a template scored one way only has no split worth writing.
import { formatPoints, type Hundredths } from "../points";
import type { ScoringMethod } from "../template/schema";
import type { Totals } from "./computeTotals";
import { methodsPresent, type MethodSplit, type MethodTotal } from "./methodTotals";

export interface MethodPart extends MethodTotal {
  method: ScoringMethod;
  /** "điểm thẩm định" (or "điểm tự đánh giá" when nothing is appraised), "điểm điều tra xã hội học", "điểm SIPAS". */
  label: string;
}

/** Whether any item has an appraised score: the result is then the appraised one (điểm thẩm định). */
export function isAppraised(totals: Pick<Totals, "items">): boolean {
  return totals.items.some((item) => item.leaf && item.appraised !== null);
}

export function methodLabel(method: ScoringMethod, appraised: boolean): string {
  switch (method) {
    case "tu_danh_gia":
      return appraised ? "điểm thẩm định" : "điểm tự đánh giá";
    case "dieu_tra_xhh":
      return "điểm điều tra xã hội học";
    case "sipas":
      return "điểm SIPAS";
  }
}

/** The methods present in a split, in the catalogue's order, with their labels. */
export function methodParts(split: MethodSplit, appraised: boolean): MethodPart[] {
  return methodsPresent(split).map((method) => ({ method, label: methodLabel(method, appraised), ...split[method] }));
}

/** The parts worth writing beside a total: none when everything is scored one way. */
export function splitWorthShowing(parts: readonly MethodPart[]): readonly MethodPart[] {
  return parts.length >= 2 ? parts : [];
}

/** "điểm thẩm định: 67,11 điểm; điểm điều tra xã hội học: 27,41 điểm" */
export function describeMethodSplit(parts: readonly Pick<MethodPart, "label" | "score">[]): string {
  return parts.map((part) => `${part.label}: ${formatPoints(part.score)} điểm`).join("; ");
}

/** A part's points as "85,53/90". */
export function describePartOfMax(part: { score: Hundredths; applicableMax: Hundredths }): string {
  return `${formatPoints(part.score)}/${formatPoints(part.applicableMax)}`;
}
