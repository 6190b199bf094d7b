// Which master a unit's file belongs to. A scoring sheet made now carries an id in the metadata;
// one made by the first release has none, so its id is derived from what identifies it — its
// template's structure, the unit assessed and the year — and comes out the same every time, so
// returns split from it are recognised without ever writing to the master.
import type { ManagedSheet } from "../layout/metadata";
import type { Criterion, Template } from "../template/schema";

/** The template's structure (codes, maxima, methods, không áp dụng, bonus and penalty caps), not its wording. */
export function templateFingerprint(template: Template): string {
  const shape = (criterion: Criterion): unknown[] => [
    criterion.code,
    criterion.maxPoints,
    criterion.method ?? "",
    criterion.allowNotApplicable === true,
    (criterion.children ?? []).map(shape),
  ];
  const adjustments = (template.adjustments ?? []).map((a) => [a.code, a.kind, a.cap]);
  return hash(JSON.stringify([template.id, template.areas.map(shape), adjustments]));
}

export function masterIdOf(record: ManagedSheet, template: Template): string {
  if (record.sheetId) return record.sheetId;
  return `auto-${hash(JSON.stringify([templateFingerprint(template), record.unit ?? "", record.year ?? 0]))}`;
}

/** Two 32-bit FNV-1a hashes with different offsets: 16 hex digits, stable on every platform. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193) >>> 0;
    b = (b ^ (b >>> 13)) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}
