// Template problems as lines that say where they are: the JSON field or the item's code path,
// or the sheet cell for an imported table.
import { formatIssue, type Issue } from "../../domain";

export function templateIssueLine(issue: Issue, file: string): string {
  const kind = issue.severity === "error" ? "Lỗi" : "Cảnh báo";
  const where = issue.cell
    ? `${issue.sheet ? `${quoteSheet(issue.sheet)}!` : ""}${issue.cell}`
    : `${file}${issue.path ? ` › ${issue.path.join(" › ")}` : "field" in issue && issue.field ? ` › ${issue.field}` : ""}`;
  // formatIssue adds "Ô A1: " itself when there is a cell; the sheet-qualified place replaces it.
  const { cell: _cell, ...withoutCell } = issue;
  const text = formatIssue(withoutCell as Issue, "vi");
  return `  ${kind} [${where}]: ${text}`;
}

/** Sheet!A1 the way Excel writes it: quoted when the name has spaces or punctuation. */
export function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
