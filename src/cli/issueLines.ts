// Issues as lines that say where they are: Sheet!A1 for a cell, else the file with the JSON field
// or the item's code path (template problems have no cell).
import { formatIssue, issueGroupLabel, type Issue, type IssueCode } from "../domain";

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

/** More warnings of one kind than this read as one line with their count and first places. */
export const GROUP_ABOVE = 5;
const PLACES_SHOWN = 5;

export interface IssueLineOptions {
  /** Leave the warnings out (they are still counted by the caller's summary). */
  errorsOnly?: boolean;
  /** Group many warnings of a kind into one line (`check --json` lists each one). */
  group?: boolean;
}

/**
 * Issues as lines, each place written as Excel writes it ('VPUB Sơn La 2021'!G14, which Excel's
 * Go To accepts): every error on its own line first, then the warnings; with `group`, a kind with
 * more than GROUP_ABOVE of them is one line with its count and its first places.
 */
export function issueLines(issues: readonly Issue[], file: string, options: IssueLineOptions = {}): string[] {
  const errors = issues.filter((issue) => issue.severity === "error");
  const warnings = options.errorsOnly ? [] : issues.filter((issue) => issue.severity === "warning");
  const lines = errors.map((issue) => locatedIssueLine(issue, file));
  const byCode = new Map<IssueCode, Issue[]>();
  for (const warning of warnings) {
    const group = byCode.get(warning.code);
    if (group) group.push(warning);
    else byCode.set(warning.code, [warning]);
  }
  for (const group of byCode.values()) {
    if (!options.group || group.length <= GROUP_ABOVE) lines.push(...group.map((issue) => locatedIssueLine(issue, file)));
    else lines.push(groupedLine(group, file));
  }
  return lines;
}

function groupedLine(group: readonly Issue[], file: string): string {
  const first = group[0]!;
  const label = issueGroupLabel(first.code, "vi");
  const { cell: _cell, ...withoutCell } = first;
  const what = label ?? `cảnh báo cùng loại, như: ${formatIssue(withoutCell as Issue, "vi")}`;
  const count = group.length.toLocaleString("vi-VN");
  const places = placesOf(group, file);
  const shown = places.slice(0, PLACES_SHOWN);
  const more = places.length > shown.length ? ` và ${(places.length - shown.length).toLocaleString("vi-VN")} chỗ khác` : "";
  const where = shown.length > 0 ? ` [${shown.join(", ")}${more}]` : "";
  return `  Cảnh báo${where}: ${count} ${what} (par-index check --json liệt kê từng chỗ).`;
}

/** Each issue's place, the sheet named once for a run of cells on the same sheet; else its item code. */
function placesOf(group: readonly Issue[], file: string): string[] {
  let sheet: string | null | undefined;
  return group.flatMap((issue) => {
    if (issue.cell) {
      const named = issue.sheet && issue.sheet !== sheet ? `${quoteSheet(issue.sheet)}!` : "";
      sheet = issue.sheet ?? sheet;
      return [`${named}${issue.cell}`];
    }
    if ("itemCode" in issue && issue.itemCode) return [issue.itemCode];
    return issue.sheet ? [`${file} › ${quoteSheet(issue.sheet)}`] : [];
  });
}
