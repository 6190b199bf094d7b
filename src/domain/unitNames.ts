// How two unit names are found to be the same unit, wherever units meet (phân công, ranking,
// gathering): the same letters after Unicode NFC (Word and some Mac tools write decomposed
// accents), trimmed, single-spaced and case-folded the Vietnamese way.

/** "  sở  NỘI VỤ " and "Sở Nội vụ" (NFC or NFD) → "sở nội vụ". */
export function unitKey(name: string): string {
  return tidyUnitName(name).toLocaleLowerCase("vi");
}

/**
 * A name in the short forms Vietnamese offices write themselves («UBND», «HĐND», «CCHC»): for a
 * sheet name that must fit 31 characters, and to know «Văn phòng Ủy ban nhân dân tỉnh» and
 * «Văn phòng UBND tỉnh» for the same unit.
 */
export function shortUnitName(name: string): string {
  return name
    .normalize("NFC")
    .replace(/[UuỦủ][ỷỶyY]?\s*ban\s+nhân\s+dân/giu, "UBND")
    .replace(/Hội\s+đồng\s+nhân\s+dân/giu, "HĐND")
    .replace(/cải\s+cách\s+hành\s+chính/giu, "CCHC");
}

/** A unit name as shown: NFC, trimmed, single-spaced, case kept. */
export function tidyUnitName(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim();
}
