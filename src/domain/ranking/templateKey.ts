// Whether two units were scored on the same template: the same id and the same maxima for the
// same items (a template staff edited keeps its id but may change points, which makes the
// percentages incomparable). The key is compact so many units can be compared without keeping
// their templates; the first difference is found only for the message.
import type { Hundredths } from "../points";
import type { Template } from "../template/schema";
import { indexTemplate } from "../template/tree";

/** Every item's code and maximum, and the bonus/penalty caps, after the id: equal keys, comparable units. */
export function templateKey(template: Template): string {
  const index = indexTemplate(template);
  const parts = [template.id];
  for (const item of index.items) parts.push(`${item.code}=${item.max}`);
  for (const adjustment of index.adjustments) parts.push(`${adjustment.kind}:${adjustment.code}=${adjustment.cap}`);
  return fingerprint(parts.join("|"));
}

export type TemplateDifference =
  | { difference: "id"; itemCode: null; max: null; expectedMax: null }
  | { difference: "max"; itemCode: string; max: Hundredths; expectedMax: Hundredths }
  | { difference: "items"; itemCode: string; max: null; expectedMax: null };

/** The first way `template` differs from `expected`, or null when they are comparable. */
export function templateDifference(template: Template, expected: Template): TemplateDifference | null {
  if (template.id !== expected.id) return { difference: "id", itemCode: null, max: null, expectedMax: null };
  const maxima = (t: Template) => {
    const index = indexTemplate(t);
    const out = new Map<string, Hundredths>();
    for (const item of index.items) out.set(item.code, item.max);
    for (const adjustment of index.adjustments) out.set(adjustment.code, adjustment.cap);
    return out;
  };
  const mine = maxima(template);
  const theirs = maxima(expected);
  for (const [code, max] of theirs) {
    const own = mine.get(code);
    if (own === undefined) return { difference: "items", itemCode: code, max: null, expectedMax: null };
    if (own !== max) return { difference: "max", itemCode: code, max: own, expectedMax: max };
  }
  for (const code of mine.keys()) {
    if (!theirs.has(code)) return { difference: "items", itemCode: code, max: null, expectedMax: null };
  }
  return null;
}

/** Two independent 32-bit FNV-1a hashes of the text, so a key stays short whatever the template's size. */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
    b ^= b >>> 15;
  }
  return `${a.toString(16).padStart(8, "0")}${b.toString(16).padStart(8, "0")}`;
}
