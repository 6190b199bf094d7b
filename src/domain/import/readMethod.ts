// The scoring method column of a criteria table, both ways: the words staff write ("Tự đánh giá",
// "Điều tra XHH", "SIPAS") to a ScoringMethod, and the label the exported table writes back.
import { cellText, type CellValue } from "../cells";
import type { ScoringMethod } from "../template/schema";
import { foldText } from "./foldText";

export const METHOD_LABELS: Readonly<Record<ScoringMethod, string>> = {
  tu_danh_gia: "Tự đánh giá",
  dieu_tra_xhh: "Điều tra xã hội học",
  sipas: "SIPAS",
};

// Checked in this order: "Điều tra SIPAS" is SIPAS, and "Điều tra XHH, đánh giá tác động" is a survey.
const METHOD_WORDS: readonly (readonly [ScoringMethod, RegExp])[] = [
  ["sipas", /\bsipas\b|\bchi so hai long\b/],
  ["dieu_tra_xhh", /\bdieu tra\b|\bxhh\b|\bdtxhh\b|\bxa hoi hoc\b|\bkhao sat\b/],
  ["tu_danh_gia", /\btu danh gia\b|\btu cham\b|\btdg\b|\bdanh gia\b|\btham dinh\b/],
];

/** The method named in a cell; undefined when the cell is blank, null when the words are not understood. */
export function readMethod(value: CellValue): ScoringMethod | undefined | null {
  const folded = foldText(cellText(value));
  if (folded === "") return undefined;
  for (const [method, words] of METHOD_WORDS) if (words.test(folded)) return method;
  return null;
}
