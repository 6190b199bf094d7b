// Subtotals for every tiêu chí and lĩnh vực, the grand total, lost points (điểm bị trừ) and the
// percentage of the applicable maximum, all in integer hundredths. The scoring sheet's formulas
// compute exactly the same numbers; tests prove it with a real spreadsheet engine.
import { percentHundredths, type Hundredths } from "../points";
import type { Template } from "../template/schema";
import { indexTemplate, type TemplateItem } from "../template/tree";
import { addToMethodSplit, emptyMethodSplit, methodOf, type MethodSplit } from "./methodTotals";
import { resultOf, type ScoreSet } from "./scoreInput";

export interface ItemTotal {
  code: string;
  name: string;
  depth: number;
  leaf: boolean;
  path: string[];
  /** Điểm tối đa as the template declares it. */
  max: Hundredths;
  /** The maximum that still counts: 0 when the item is "không áp dụng". */
  applicableMax: Hundredths;
  notApplicable: boolean;
  /** Điểm tự đánh giá; for a parent the sum of what its items have, null when none has one. */
  self: Hundredths | null;
  /** Điểm thẩm định (round 1), likewise. */
  appraised: Hundredths | null;
  /** Điểm thẩm định lần 2, likewise (null in sheets without the appraisal rounds). */
  round2: Hundredths | null;
  /** The score that counts (the result): round 2 where entered, else round 1, else self, else 0. */
  score: Hundredths;
  /** Điểm bị trừ = applicable maximum − score. */
  lostPoints: Hundredths;
  /** score / applicable maximum × 100, in hundredths of a percent; null without a maximum. */
  percent: Hundredths | null;
  /** Whether the item (or each of its items) has a self or appraised score. */
  scored: boolean;
}

export interface AdjustmentTotal {
  code: string;
  kind: "bonus" | "penalty";
  name: string;
  cap: Hundredths;
  self: Hundredths | null;
  appraised: Hundredths | null;
  round2: Hundredths | null;
  /** Points added (bonus) or taken off (penalty). */
  points: Hundredths;
}

export interface GrandTotal {
  max: Hundredths;
  applicableMax: Hundredths;
  /** Tree score + bonus − penalty. */
  score: Hundredths;
  /** Points lost in the tree (bonus and penalty items are not lost points). */
  lostPoints: Hundredths;
  percent: Hundredths | null;
  bonus: Hundredths;
  penalty: Hundredths;
  treeScore: Hundredths;
  /** The tree's points by scoring method; the scores add up to `treeScore`. */
  byMethod: MethodSplit;
}

export interface Totals {
  items: ItemTotal[];
  byCode: ReadonlyMap<string, ItemTotal>;
  areas: ItemTotal[];
  adjustments: AdjustmentTotal[];
  total: GrandTotal;
  /** Each lĩnh vực's points by scoring method, by its code. */
  areaMethods: ReadonlyMap<string, MethodSplit>;
}

export function computeTotals(template: Template, scores: ScoreSet): Totals {
  const index = indexTemplate(template);
  const byCode = new Map<string, ItemTotal>();
  // Children come after their parent in pre-order, so walk backwards to total bottom-up.
  for (let i = index.items.length - 1; i >= 0; i -= 1) {
    const item = index.items[i]!;
    byCode.set(item.code, item.leaf ? leafTotal(item, scores) : parentTotal(item, byCode));
  }
  const items = index.items.map((item) => byCode.get(item.code)!);
  const areas = items.filter((item) => item.depth === 1);
  const byMethod = emptyMethodSplit();
  const areaMethods = new Map(areas.map((area) => [area.code, emptyMethodSplit()]));
  for (const item of index.items) {
    if (!item.leaf) continue;
    const method = methodOf(index, item);
    const leaf = byCode.get(item.code)!;
    addToMethodSplit(byMethod, method, leaf);
    addToMethodSplit(areaMethods.get(item.path[0]!)!, method, leaf);
  }

  const adjustments: AdjustmentTotal[] = index.adjustments.map((adjustment) => {
    const score = scores.adjustments.get(adjustment.code);
    const self = score?.self ?? null;
    const appraised = score?.appraised ?? null;
    const round2 = score?.round2 ?? null;
    return {
      code: adjustment.code,
      kind: adjustment.kind,
      name: adjustment.name,
      cap: adjustment.cap,
      self,
      appraised,
      round2,
      points: resultOf({ self, appraised, round2 }) ?? 0,
    };
  });
  const bonus = sumOf(adjustments.filter((a) => a.kind === "bonus").map((a) => a.points));
  const penalty = sumOf(adjustments.filter((a) => a.kind === "penalty").map((a) => a.points));
  const max = sumOf(areas.map((a) => a.max));
  const applicableMax = sumOf(areas.map((a) => a.applicableMax));
  const treeScore = sumOf(areas.map((a) => a.score));
  const score = treeScore + bonus - penalty;
  return {
    items,
    byCode,
    areas,
    adjustments,
    areaMethods,
    total: {
      max,
      applicableMax,
      score,
      lostPoints: sumOf(areas.map((a) => a.lostPoints)),
      percent: percentHundredths(score, applicableMax),
      bonus,
      penalty,
      treeScore,
      byMethod,
    },
  };
}

function leafTotal(item: TemplateItem, scores: ScoreSet): ItemTotal {
  const entry = scores.items.get(item.code);
  const notApplicable = entry?.notApplicable ?? false;
  const self = entry?.self ?? null;
  const appraised = entry?.appraised ?? null;
  const round2 = entry?.round2 ?? null;
  const applicableMax = notApplicable ? 0 : item.max;
  const score = notApplicable ? 0 : (resultOf({ self, appraised, round2 }) ?? 0);
  return {
    ...describe(item),
    applicableMax,
    notApplicable,
    self,
    appraised,
    round2,
    score,
    lostPoints: applicableMax - score,
    percent: percentHundredths(score, applicableMax),
    scored: notApplicable || self !== null || appraised !== null || round2 !== null,
  };
}

function parentTotal(item: TemplateItem, done: ReadonlyMap<string, ItemTotal>): ItemTotal {
  const children = item.childCodes.map((code) => done.get(code)!);
  const applicableMax = sumOf(children.map((c) => c.applicableMax));
  const score = sumOf(children.map((c) => c.score));
  return {
    ...describe(item),
    applicableMax,
    notApplicable: children.every((c) => c.notApplicable),
    self: sumOfPresent(children.map((c) => c.self)),
    appraised: sumOfPresent(children.map((c) => c.appraised)),
    round2: sumOfPresent(children.map((c) => c.round2)),
    score,
    lostPoints: sumOf(children.map((c) => c.lostPoints)),
    percent: percentHundredths(score, applicableMax),
    scored: children.every((c) => c.scored),
  };
}

function describe(item: TemplateItem) {
  return { code: item.code, name: item.name, depth: item.depth, leaf: item.leaf, path: item.path, max: item.max };
}

function sumOf(values: readonly Hundredths[]): Hundredths {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function sumOfPresent(values: readonly (Hundredths | null)[]): Hundredths | null {
  let total: Hundredths | null = null;
  for (const value of values) if (value !== null) total = (total ?? 0) + value;
  return total;
}
