// fast-check generators for templates whose maxima add up and for the scores staff could type.
import fc from "fast-check";
import type { ItemScore, ScoreSet } from "../../src/domain/scoring/scoreInput";
import { SCORING_METHODS, type Criterion, type Template } from "../../src/domain/template/schema";
import { indexTemplate } from "../../src/domain/template/tree";
import { makeTemplate } from "./templates";

/** A leaf maximum in hundredths, 0,25 to 5 điểm. */
const leafMax = fc.integer({ min: 25, max: 500 });

function arbitraryNode(code: string, depth: number): fc.Arbitrary<Criterion> {
  // Some leaves carry a scoring method (survey items), as provincial templates mark them.
  const leaf = fc
    .tuple(leafMax, fc.option(fc.constantFrom(...SCORING_METHODS), { freq: 3 }))
    .map(([h, method]): Criterion => ({
      code,
      name: `Tiêu chí ${code}`,
      maxPoints: h / 100,
      allowNotApplicable: true,
      ...(method ? { method } : {}),
    }));
  if (depth >= 3) return leaf;
  return fc.oneof(
    leaf,
    fc.integer({ min: 1, max: 4 }).chain((n) =>
      fc.tuple(...Array.from({ length: n }, (_, i) => arbitraryNode(`${code}.${i + 1}`, depth + 1))).map((children): Criterion => ({
        code,
        name: `Mục ${code}`,
        maxPoints: children.reduce((s, c) => s + Math.round(c.maxPoints * 100), 0) / 100,
        allowNotApplicable: true,
        children,
      })),
    ),
  );
}

export function arbitraryTemplate(): fc.Arbitrary<Template> {
  return fc
    .integer({ min: 1, max: 5 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbitraryNode(String(i + 1), 1))))
    .map((areas) => makeTemplate(areas));
}

/** A template with, per leaf, a score within its maximum (or none, or "không áp dụng"). */
export function arbitraryScoredTemplate(): fc.Arbitrary<{ template: Template; scores: ScoreSet }> {
  return arbitraryTemplate().chain((template) => {
    const leaves = indexTemplate(template).items.filter((i) => i.leaf);
    const perLeaf = leaves.map((leaf) =>
      fc.record({
        self: fc.option(fc.integer({ min: 0, max: leaf.max }), { nil: null }),
        appraised: fc.option(fc.integer({ min: 0, max: leaf.max }), { nil: null }),
        notApplicable: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      }),
    );
    return fc.tuple(...perLeaf).map((drawn) => {
      const items = new Map<string, ItemScore>();
      drawn.forEach((score, i) => {
        const na = score.notApplicable;
        items.set(leaves[i]!.code, na ? { self: null, appraised: null, notApplicable: true } : { ...score, notApplicable: false });
      });
      return { template, scores: { items, adjustments: new Map() } };
    });
  });
}
