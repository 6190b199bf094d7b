// Generated criteria templates of any size with valid sums (each parent's maximum is the sum of
// its children's), for the formula proof, the benchmark and property tests. Deterministic per seed.
import type { Adjustment, Criterion, Template } from "../../src/domain/template/schema";
import type { TypedScore } from "./scoreGrid";

export interface GenerateOptions {
  seed?: number;
  /** Every criterion whose number is divisible by this has no sub-criteria (a mixed 2/3-level tree). */
  leafCriterionEvery?: number;
  /** Mark some lĩnh vực, tiêu chí and tiêu chí thành phần as allowed "không áp dụng". */
  allowNotApplicable?: boolean;
  /** Add one bonus and one penalty item outside the tree. */
  adjustments?: boolean;
  id?: string;
}

/** A small deterministic PRNG (mulberry32), so generated data is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** nAreas lĩnh vực × nCriteria tiêu chí × nSub tiêu chí thành phần (nSub = 0: two levels). */
export function generateTemplate(nAreas: number, nCriteria: number, nSub: number, options: GenerateOptions = {}): Template {
  const random = seededRandom(options.seed ?? 1);
  // Leaf maxima from 0,25 to 5 in hundredths, so sums exercise two-decimal arithmetic.
  const leafMax = () => (25 + Math.floor(random() * 476)) / 100;
  const sumOf = (children: Criterion[]) => children.reduce((sum, c) => sum + Math.round(c.maxPoints * 100), 0) / 100;
  const areas: Criterion[] = [];
  for (let a = 1; a <= nAreas; a += 1) {
    const criteria: Criterion[] = [];
    for (let c = 1; c <= nCriteria; c += 1) {
      const code = `${a}.${c}`;
      const isLeaf = nSub === 0 || (options.leafCriterionEvery !== undefined && c % options.leafCriterionEvery === 0);
      const criterion: Criterion = isLeaf
        ? { code, name: `Tiêu chí ${code}`, maxPoints: leafMax() }
        : {
            code,
            name: `Tiêu chí ${code}`,
            maxPoints: 0,
            children: Array.from({ length: nSub }, (_, s) => ({
              code: `${code}.${s + 1}`,
              name: `Tiêu chí thành phần ${code}.${s + 1}`,
              maxPoints: leafMax(),
              ...(options.allowNotApplicable && s % 4 === 1 ? { allowNotApplicable: true } : {}),
            })),
          };
      if (criterion.children) criterion.maxPoints = sumOf(criterion.children);
      if (options.allowNotApplicable && c % 3 === 0) criterion.allowNotApplicable = true;
      criteria.push(criterion);
    }
    areas.push({
      code: String(a),
      name: `Lĩnh vực ${a}`,
      maxPoints: sumOf(criteria),
      children: criteria,
      ...(options.allowNotApplicable && a % 4 === 0 ? { allowNotApplicable: true } : {}),
    });
  }
  const adjustments: Adjustment[] = options.adjustments
    ? [
        { code: "T1", kind: "bonus", name: "Điểm thưởng: sáng kiến", cap: 5 },
        { code: "D1", kind: "penalty", name: "Điểm trừ: vi phạm kỷ luật", cap: 3 },
      ]
    : [];
  return {
    schemaVersion: 1,
    id: options.id ?? `sinh-${nAreas}-${nCriteria}-${nSub}`,
    name: `Bộ tiêu chí sinh tự động ${nAreas}×${nCriteria}×${nSub}`,
    shortName: `Sinh ${nAreas}x${nCriteria}x${nSub}`,
    source: "Sinh tự động cho kiểm thử",
    level: "so",
    scale: sumOf(areas),
    areas,
    ...(adjustments.length > 0 ? { adjustments } : {}),
  };
}

/** Leaves in tree order with their maxima and whether they (or an ancestor) may be marked N/A. */
export function leavesOf(template: Template): { code: string; maxPoints: number; notApplicableAllowed: boolean; ancestorsAllowing: string[] }[] {
  const out: ReturnType<typeof leavesOf> = [];
  const visit = (criterion: Criterion, allowing: string[]) => {
    const here = criterion.allowNotApplicable ? [...allowing, criterion.code] : allowing;
    if (!criterion.children?.length) {
      out.push({ code: criterion.code, maxPoints: criterion.maxPoints, notApplicableAllowed: criterion.allowNotApplicable === true, ancestorsAllowing: allowing });
      return;
    }
    for (const child of criterion.children) visit(child, here);
  };
  for (const area of template.areas) visit(area, []);
  return out;
}

/**
 * Valid random scores: some leaves unscored, some with only a self score, most appraised, a few
 * items (leaf or ancestor) marked "x"; bonus/penalty within their caps. Numbers only, so the
 * sheet's formulas and the core count the same cells.
 */
export function randomScores(template: Template, random: () => number): Record<string, TypedScore> {
  const scores: Record<string, TypedScore> = {};
  const leaves = leavesOf(template);
  // Marks on lĩnh vực / tiêu chí first, so no leaf under a marked item gets a score.
  const markedAncestors = new Set<string>();
  for (const code of new Set(leaves.flatMap((leaf) => leaf.ancestorsAllowing))) {
    if (random() < 0.15) {
      markedAncestors.add(code);
      scores[code] = { notApplicable: random() < 0.5 ? "x" : " X " };
    }
  }
  const anyScore = (max: number) => Math.floor(random() * (Math.round(max * 100) + 1)) / 100;
  for (const [i, leaf] of leaves.entries()) {
    if (leaf.ancestorsAllowing.some((code) => markedAncestors.has(code))) continue;
    const roll = random();
    if (leaf.notApplicableAllowed && roll < 0.25) scores[leaf.code] = { notApplicable: "x" };
    else if (roll < 0.1) continue;
    else if (roll < 0.3) scores[leaf.code] = { self: anyScore(leaf.maxPoints) };
    else if (roll < 0.4) scores[leaf.code] = { self: anyScore(leaf.maxPoints), appraised: leaf.maxPoints };
    else scores[leaf.code] = { self: anyScore(leaf.maxPoints), appraised: anyScore(leaf.maxPoints) };
    // Every seventh leaf scored both ways also has a round-2 score (no random draw: the other scores stay as they were).
    if (i % 7 === 0 && scores[leaf.code]?.appraised !== undefined) scores[leaf.code] = { ...scores[leaf.code], round2: leaf.maxPoints };
  }
  for (const adjustment of template.adjustments ?? []) {
    if (random() < 0.8) scores[adjustment.code] = { appraised: anyScore(adjustment.cap) };
  }
  return scores;
}
