// Reads what staff wrote in a remediation-plan sheet, by item code, so a rebuilt plan keeps it;
// and the rows no item code keys (rows staff inserted, notes under the table), so the rebuild
// carries them below the plan instead of dropping them. Columns are found by their header text,
// so a plan whose columns staff rearranged still reads.
import { cellText, type CellValue, type Grid } from "../cells";
import { STAFF_FIELD_KEYS, type PreviousEntry, type StaffFields, type StaffRow } from "../plan/remediationPlan";
import { PLAN_COLUMN_COUNT, PLAN_COLUMNS, PLAN_HEADERS, STAFF_COLUMNS, type PlanColumnKey } from "./planSheetColumns";
import { NO_SHORTCOMINGS, SECTION_TITLES } from "./planSheetTitles";

const ITEM_CODE = /^\d+(\.\d+)*$/;
const codeOf = (value: CellValue | undefined) => cellText(value ?? null).replace(/\.$/, "");

export function readPlanSheet(values: Grid): Map<string, PreviousEntry> {
  const entries = new Map<string, PreviousEntry>();
  let columns: { code: number; name: number; fields: Partial<Record<keyof StaffFields, number>> } | null = null;
  for (const row of values) {
    // A grid read from a file may leave rows with nothing out.
    if (!row) continue;
    const header = headerColumns(row);
    if (header) {
      columns = header;
      continue;
    }
    if (!columns) continue;
    const code = codeOf(row[columns.code]);
    if (!ITEM_CODE.test(code) || entries.has(code)) continue;
    const fields: Partial<StaffFields> = {};
    for (const key of STAFF_FIELD_KEYS) {
      const column = columns.fields[key];
      if (column !== undefined) fields[key] = cellText(row[column]);
    }
    entries.set(code, { name: cellText(row[columns.name]), fields });
  }
  return entries;
}

function headerColumns(row: readonly unknown[]) {
  const find = (text: string) => row.findIndex((cell) => typeof cell === "string" && cellText(cell) === text);
  const remedy = find(PLAN_HEADERS.remedy);
  const code = find(PLAN_HEADERS.code);
  if (remedy < 0 || code < 0) return null;
  const fields: Partial<Record<keyof StaffFields, number>> = {};
  for (const key of STAFF_FIELD_KEYS) {
    const column = find(PLAN_HEADERS[STAFF_COLUMNS[key]]);
    if (column >= 0) fields[key] = column;
  }
  return { code, name: find(PLAN_HEADERS.name), fields };
}

/** Lines the plan sheet writes itself below its header: never staff rows. */
const OWN_LINES = new Set<string>([SECTION_TITLES.keptAside, SECTION_TITLES.staffRows, NO_SHORTCOMINGS]);

/**
 * The rows under the plan table's header that no item code keys and that hold text: a row staff
 * inserted (a second remedy line), a note typed under the table, a row pasted with a code already
 * used above. Their text by plan column; text in a column the plan does not have joins the note.
 */
export function readPlanStaffRows(values: Grid): StaffRow[] {
  const rows: StaffRow[] = [];
  const seen = new Set<string>();
  let columns: Map<number, PlanColumnKey> | null = null;
  let codeColumn = 0;
  let after: string | null = null;
  for (const row of values) {
    if (!row) continue;
    const header = headerColumns(row);
    if (header) {
      columns = allColumns(row);
      codeColumn = header.code;
      continue;
    }
    if (!columns) continue;
    const code = codeOf(row[codeColumn]);
    const texts = row.map((cell) => cellText(cell));
    if (ITEM_CODE.test(code) && !seen.has(code)) {
      seen.add(code);
      after = code;
      // The item's row is rebuilt from its code; text staff put right of the plan's columns is not
      // part of it, so it goes below as a row of its own, naming the item.
      const strays = texts.filter((text, c) => text !== "" && !columns!.has(c));
      if (strays.length > 0) {
        const cells = new Array<string>(PLAN_COLUMN_COUNT).fill("");
        cells[PLAN_COLUMNS.name] = `(dòng ${code})`;
        cells[PLAN_COLUMNS.note] = strays.join(" — ");
        rows.push({ cells, after: code });
      }
      continue;
    }
    const filled = texts.filter((text) => text !== "");
    if (filled.length === 1 && filled[0] === SECTION_TITLES.staffRows) {
      // Rows already carried: where they first stood is no longer known.
      after = null;
      continue;
    }
    if (filled.length === 0 || (filled.length === 1 && OWN_LINES.has(filled[0]!))) continue;
    const cells = new Array<string>(PLAN_COLUMN_COUNT).fill("");
    const strays: string[] = [];
    texts.forEach((text, c) => {
      if (text === "") return;
      const key = columns!.get(c);
      if (key) cells[PLAN_COLUMNS[key]] = text;
      else strays.push(text);
    });
    if (strays.length > 0) cells[PLAN_COLUMNS.note] = [cells[PLAN_COLUMNS.note], ...strays].filter(Boolean).join(" — ");
    rows.push({ cells, after });
  }
  return rows;
}

/** Every plan column the header row names, by the column it is in. */
function allColumns(row: readonly unknown[]): Map<number, PlanColumnKey> {
  const byColumn = new Map<number, PlanColumnKey>();
  for (const key of Object.keys(PLAN_HEADERS) as PlanColumnKey[]) {
    const column = row.findIndex((cell) => typeof cell === "string" && cellText(cell) === PLAN_HEADERS[key]);
    if (column >= 0 && !byColumn.has(column)) byColumn.set(column, key);
  }
  return byColumn;
}
