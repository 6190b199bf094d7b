// A unit's items in words, the way the provinces' plans write them (seeds 000, 003, 004): a whole
// lĩnh vực by its name ("Lĩnh vực 6 Cải cách tài chính công"), a part of one by its items
// ("Lĩnh vực 1 Công tác chỉ đạo, điều hành CCHC: các tiêu chí 1.1, 1.2, 1.3, 1.4, 1.5"), or, when
// only a few are left out, by its exceptions ("Lĩnh vực 3 Cải cách thủ tục hành chính (trừ tiêu chí
// thành phần 3.2.5)"). One line per lĩnh vực, in sheet order.
import { childrenOf, type TemplateIndex, type TemplateItem } from "../template/tree";

export interface AreaDescription {
  /** The lĩnh vực's code. */
  area: string;
  text: string;
  /** The leaves the line covers. */
  items: string[];
}

const LEVEL_NAMES: Readonly<Record<number, [one: string, many: string]>> = {
  2: ["tiêu chí", "các tiêu chí"],
  3: ["tiêu chí thành phần", "các tiêu chí thành phần"],
};

/**
 * The exceptions form is used when it names at most a third as many codes as the list of items
 * would: seed 003 writes "nội dung 3 (trừ tiêu chí thành phần 3.2.5)", while seed 004 lists five
 * tiêu chí of seven rather than naming the two left out.
 */
const EXCEPTIONS_RATIO = 3;

export function describeItems(index: TemplateIndex, items: ReadonlySet<string>): AreaDescription[] {
  const lines: AreaDescription[] = [];
  for (const area of index.areas) {
    const leaves = leavesUnder(index, area);
    const covered = leaves.filter((code) => items.has(code));
    if (covered.length === 0) continue;
    const label = `Lĩnh vực ${area.code} ${area.name}`;
    if (covered.length === leaves.length) {
      lines.push({ area: area.code, text: label, items: covered });
      continue;
    }
    const all = (item: TemplateItem) => leavesUnder(index, item).every((code) => items.has(code));
    const none = (item: TemplateItem) => leavesUnder(index, item).every((code) => !items.has(code));
    const included = maximal(index, area, all);
    const excluded = maximal(index, area, none);
    const text =
      EXCEPTIONS_RATIO * excluded.length <= included.length
        ? `${label} (trừ ${listItems(excluded, false)})`
        : `${label}: ${listItems(included, true)}`;
    lines.push({ area: area.code, text, items: covered });
  }
  return lines;
}

/** The lines joined as one sentence, for a summary cell or a script. */
export function describeItemsText(index: TemplateIndex, items: ReadonlySet<string>): string {
  return describeItems(index, items)
    .map((line) => line.text)
    .join("; ");
}

/** The highest items under `top` (not `top` itself) that satisfy `test`. */
function maximal(index: TemplateIndex, top: TemplateItem, test: (item: TemplateItem) => boolean): TemplateItem[] {
  const found: TemplateItem[] = [];
  const visit = (item: TemplateItem) => {
    if (test(item)) found.push(item);
    else for (const child of childrenOf(index, item)) visit(child);
  };
  for (const child of childrenOf(index, top)) visit(child);
  return found;
}

/** "các tiêu chí 8.2, 8.3 và tiêu chí thành phần 8.4.1"; one item alone is named ("tiêu chí 1.7 Thực hiện …"). */
function listItems(items: readonly TemplateItem[], nameSingle: boolean): string {
  if (items.length === 1 && nameSingle) {
    const only = items[0]!;
    return `${levelName(only.depth, 1)} ${only.code} ${only.name}`;
  }
  const depths = [...new Set(items.map((item) => item.depth))].sort((a, b) => a - b);
  return depths
    .map((depth) => {
      const codes = items.filter((item) => item.depth === depth).map((item) => item.code);
      return `${levelName(depth, codes.length)} ${codes.join(", ")}`;
    })
    .join(" và ");
}

function levelName(depth: number, count: number): string {
  const names = LEVEL_NAMES[depth] ?? LEVEL_NAMES[3]!;
  return count === 1 ? names[0] : names[1];
}

const leafCache = new WeakMap<TemplateItem, string[]>();

function leavesUnder(index: TemplateIndex, item: TemplateItem): string[] {
  const cached = leafCache.get(item);
  if (cached) return cached;
  const leaves = item.leaf ? [item.code] : childrenOf(index, item).flatMap((child) => leavesUnder(index, child));
  leafCache.set(item, leaves);
  return leaves;
}
