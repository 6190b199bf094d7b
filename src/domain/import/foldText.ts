// Normalising pasted text: folding Vietnamese for label matching (staff type headers with or
// without accents, in any case, and Word pastes decomposed NFD letters), and tidying cell text.

/** "Điểm tối đa (điểm):" → "diem toi da diem": lower case, no marks, đ → d, punctuation → space. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** One line of text with single spaces: Word and Excel paste line breaks and runs of spaces into cells. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Multi-line text (guidance, lists of units) with each line tidied and blank lines dropped. */
export function cleanLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(collapseSpaces)
    .filter((line) => line !== "")
    .join("\n");
}

/** A template id from a name: "Bộ chỉ số Sở 2024" → "bo-chi-so-so-2024"; "" when nothing is left. */
export function slugify(text: string): string {
  // Cut at a word's end, so a long name gives «…-ke-hoach», not «…-k».
  const slug = foldText(text).replace(/ /g, "-");
  if (slug.length <= 60) return slug.replace(/-+$/, "");
  const cut = slug.slice(0, 61);
  const end = cut.lastIndexOf("-");
  return (end > 0 ? cut.slice(0, end) : slug.slice(0, 60)).replace(/-+$/, "");
}
