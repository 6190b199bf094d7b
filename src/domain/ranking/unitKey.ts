// How two unit names are found to be the same unit: the same letters after Unicode NFC (Word and
// some Mac tools write decomposed accents), trimmed, single-spaced and case-folded the Vietnamese way.

/** "  Sở Tư  Pháp " and "sở tư pháp" (NFD or NFC) give the same key. */
export function unitKey(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
}

/** A unit name as shown: NFC, trimmed, single-spaced, case kept. */
export function tidyUnitName(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim();
}
