// Reads what staff wrote in a remediation-plan sheet, by item code, so a rebuilt plan keeps it.
// Columns are found by their header text, so a plan whose columns staff rearranged still reads.
import { cellText, type Grid } from "../cells";
import { STAFF_FIELD_KEYS, type PreviousEntry, type StaffFields } from "../plan/remediationPlan";
import { PLAN_HEADERS, STAFF_COLUMNS } from "./planSheetColumns";

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
    const code = cellText(row[columns.code]).replace(/\.$/, "");
    if (!/^\d+(\.\d+)*$/.test(code) || entries.has(code)) continue;
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
