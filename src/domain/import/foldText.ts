// Folding Vietnamese text for matching labels: staff type headers with or without accents, in any
// case, and Word pastes decomposed (NFD) letters, so "ĐIỂM TỐI ĐA" and "diem toi da" must meet.

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
