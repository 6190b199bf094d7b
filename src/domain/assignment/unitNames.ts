// Unit names as staff type them in the Đơn vị chủ trì / phối hợp columns: one cell may name
// several units separated by ";", and the same unit typed twice (other case, extra spaces, NFD
// letters pasted from Word) must count once.
import { cellText, type CellValue } from "../cells";
import { tidyUnitName, unitKey } from "../unitNames";

export interface UnitName {
  /** What two spellings of the same unit share: NFC, trimmed, single spaces, lower case. */
  key: string;
  /** The first spelling met, tidied (NFC, single spaces). */
  name: string;
}

/**
 * The units a cell names, in order, each once. Only ";" (or a line break) separates units: a
 * comma does not, since names hold commas ("Sở Văn hóa, Thể thao và Du lịch").
 */
export function readUnitList(value: CellValue): UnitName[] {
  const seen = new Set<string>();
  const units: UnitName[] = [];
  for (const part of cellText(value).split(/[;\n\r]+/)) {
    const name = tidyUnitName(part);
    if (name === "") continue;
    const key = unitKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    units.push({ key, name });
  }
  return units;
}

export function sameUnit(a: string, b: string): boolean {
  return unitKey(a) === unitKey(b);
}
