// Text as it goes into a document: whatever staff typed in a cell (formula-looking text, markup
// characters, emoji, Word's decomposed NFD letters, control characters pasted from elsewhere)
// becomes plain NFC text that an XML document can hold; lines become paragraphs; lists of units
// are joined once each.

// Characters XML 1.0 cannot hold (C0 controls other than tab and line breaks, U+FFFE/U+FFFF) and
// lone surrogates, which would make the document unreadable.
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One line of document text: NFC, no control characters, tabs and non-breaking runs as spaces. */
export function cleanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(NOT_IN_XML, "")
    .replace(/[\t\u00a0]/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Non-blank lines of a cell (Alt+Enter breaks, Windows or Mac line ends), each cleaned. */
export function textLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(cleanText)
    .filter((line) => line !== "");
}

/** Ends a sentence with a full stop unless it already ends with punctuation that closes it. */
export function withFinalStop(text: string): string {
  const trimmed = text.trimEnd();
  if (trimmed === "") return trimmed;
  if (/[;,]$/.test(trimmed)) return `${trimmed.slice(0, -1).trimEnd()}.`;
  // A closing bracket or quote ends the sentence only after a stop inside it: "(để b/c)" takes one.
  return /[.!?…:][)"”»]?$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Drops closing punctuation so a text can be joined into a list with "; ". */
export function withoutFinalStop(text: string): string {
  return text.trimEnd().replace(/\s*[.;,]+$/u, "");
}

/** A key under which two spellings of the same text are equal (case, spaces, NFC/NFD, final stop). */
export function sameTextKey(text: string): string {
  return withoutFinalStop(cleanText(text)).toLocaleLowerCase("vi").replace(/\s+/g, " ");
}

/** Each distinct non-blank text once, in first-seen order. */
export function distinctTexts(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const text of texts) {
    const key = sameTextKey(text);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/**
 * Units named in several plan rows ("Phòng A; Phòng B", one per line…), each once: split on ";"
 * and line breaks only, since a unit's own name may hold commas ("Các phòng, ban, đơn vị").
 */
export function joinUnits(values: readonly string[]): string {
  const units = values.flatMap((value) => value.split(/[;\r\n]+/)).map((unit) => withoutFinalStop(cleanText(unit)));
  return distinctTexts(units).join("; ");
}

/** Upper case the Vietnamese way (header lines, signer titles). */
export function upperVi(text: string): string {
  return cleanText(text).toLocaleUpperCase("vi");
}

/** 6 → "06": Nghị định 30 writes small ordinals and ranks with two digits. */
export function twoDigits(n: number): string {
  return String(n).padStart(2, "0");
}
