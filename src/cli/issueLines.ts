// Issues as lines that say where they are: Sheet!A1 for a cell, else the file with the JSON field
// or the item's code path (template problems have no cell).
import { formatIssue, type Issue } from "../domain";

export function locatedIssueLine(issue: Issue, file: string): string {
  const kind = issue.severity === "error" ? "Lỗi" : "Cảnh báo";
  const where = issue.cell
    ? `${issue.sheet ? `${quoteSheet(issue.sheet)}!` : ""}${issue.cell}`
    : issue.sheet
      ? `${file} › ${quoteSheet(issue.sheet)}`
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

/** Issues as lines: errors first, each with its cell (formatIssue starts with "Ô E14:"). */
export function issueLines(issues: readonly Issue[]): string[] {
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return sorted.map((issue) => `  ${issue.severity === "error" ? "Lỗi" : "Cảnh báo"}: ${formatIssue(issue, "vi")}`);
}
