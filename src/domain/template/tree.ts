// The template tree flattened once into the order the scoring sheet shows it, with each item's
// depth, path, parent and maximum in hundredths, so every other module walks a list, not a tree.
import { toHundredths, type Hundredths } from "../points";
import type { Adjustment, Criterion, Template } from "./schema";

export interface TemplateItem {
  code: string;
  name: string;
  /** 1 = lĩnh vực, 2 = tiêu chí, 3 = tiêu chí thành phần. */
  depth: number;
  /** Codes from the lĩnh vực down to this item. */
  path: string[];
  parentCode: string | null;
  childCodes: string[];
  max: Hundredths;
  leaf: boolean;
  criterion: Criterion;
  /** Position in pre-order (the sheet's row order). */
  order: number;
}

export interface TemplateAdjustment {
  code: string;
  kind: Adjustment["kind"];
  name: string;
  cap: Hundredths;
  adjustment: Adjustment;
}

export interface TemplateIndex {
  template: Template;
  items: TemplateItem[];
  byCode: ReadonlyMap<string, TemplateItem>;
  areas: TemplateItem[];
  adjustments: TemplateAdjustment[];
  scale: Hundredths;
}

const cache = new WeakMap<Template, TemplateIndex>();

/** Flattens the tree in pre-order. Templates are treated as immutable, so the index is cached. */
export function indexTemplate(template: Template): TemplateIndex {
  const cached = cache.get(template);
  if (cached) return cached;
  const items: TemplateItem[] = [];
  const byCode = new Map<string, TemplateItem>();
  const visit = (criterion: Criterion, parent: TemplateItem | null): void => {
    const children = criterion.children ?? [];
    const item: TemplateItem = {
      code: criterion.code,
      name: criterion.name,
      depth: parent ? parent.depth + 1 : 1,
      path: parent ? [...parent.path, criterion.code] : [criterion.code],
      parentCode: parent ? parent.code : null,
      childCodes: children.map((child) => child.code),
      max: toHundredths(criterion.maxPoints),
      leaf: children.length === 0,
      criterion,
      order: items.length,
    };
    items.push(item);
    if (!byCode.has(item.code)) byCode.set(item.code, item);
    for (const child of children) visit(child, item);
  };
  for (const area of template.areas) visit(area, null);
  const index: TemplateIndex = {
    template,
    items,
    byCode,
    areas: items.filter((item) => item.depth === 1),
    adjustments: (template.adjustments ?? []).map((adjustment) => ({
      code: adjustment.code,
      kind: adjustment.kind,
      name: adjustment.name,
      cap: toHundredths(adjustment.cap),
      adjustment,
    })),
    scale: toHundredths(template.scale),
  };
  cache.set(template, index);
  return index;
}

/** The item's children, in order. */
export function childrenOf(index: TemplateIndex, item: TemplateItem): TemplateItem[] {
  return item.childCodes.map((code) => index.byCode.get(code)).filter((c): c is TemplateItem => !!c);
}

/** Total maximum of the tree: the sum of the lĩnh vực maxima. */
export function treeMax(index: TemplateIndex): Hundredths {
  let total = 0;
  for (const area of index.areas) total += area.max;
  return total;
}
