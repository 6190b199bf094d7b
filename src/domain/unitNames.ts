// How two unit names are found to be the same unit, wherever units meet (phân công, ranking,
// gathering): the same letters after Unicode NFC (Word and some Mac tools write decomposed
// accents), trimmed, single-spaced and case-folded the Vietnamese way.

/** "  sở  NỘI VỤ " and "Sở Nội vụ" (NFC or NFD) → "sở nội vụ". */
export function unitKey(name: string): string {
  return tidyUnitName(name).toLocaleLowerCase("vi");
}

/** A unit name as shown: NFC, trimmed, single-spaced, case kept. */
export function tidyUnitName(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim();
}
