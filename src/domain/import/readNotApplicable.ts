// The "Không áp dụng được" column of a criteria table: whether an item may be marked not applicable.
import { cellText, type CellValue } from "../cells";
import { foldText } from "./foldText";

/** What the exported table writes for an item that may be marked not applicable. */
export const NOT_APPLICABLE_ALLOWED_MARK = "x";

const YES = new Set(["x", "co", "duoc", "cho phep", "duoc phep", "yes", "y", "1", "v"]);
const NO = new Set(["khong", "ko", "no", "0"]);
const TICKS = new Set(["✓", "✔", "☑", "√"]);

/**
 * true when the item may be marked not applicable; undefined when the cell is blank or says no,
 * because the template only records the permission; null when the cell is not understood.
 */
export function readNotApplicable(value: CellValue): true | undefined | null {
  if (value === true) return true;
  if (value === false) return undefined;
  const text = cellText(value);
  if (text === "" || text === "-") return undefined;
  if (TICKS.has(text)) return true;
  const folded = foldText(text);
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return undefined;
  return null;
}
