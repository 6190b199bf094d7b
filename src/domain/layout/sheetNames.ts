// Worksheet names as Excel allows them: at most 31 characters, none of : \ / ? * [ ], not
// starting or ending with an apostrophe, unique without regard to case.

export const MAX_SHEET_NAME_LENGTH = 31;

export function sanitizeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .slice(0, MAX_SHEET_NAME_LENGTH)
    .trim();
  return cleaned || "Trang tính";
}

/** `base`, or `base (2)`, `base (3)`… — the first name no existing sheet has. */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLocaleLowerCase("vi")));
  const clean = sanitizeSheetName(base);
  if (!taken.has(clean.toLocaleLowerCase("vi"))) return clean;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = clean.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLocaleLowerCase("vi"))) return candidate;
  }
}
