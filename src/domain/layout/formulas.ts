// Small builders for the A1 formulas the layouts write, so subtotal formulas stay short and
// within Excel's limits (255 arguments per function, 8 192 characters per formula).
import { columnLetter } from "../cells";

/** A reference to column `column` (0-based) on sheet row `row` (0-based). */
export function ref(column: number, row: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/**
 * The cells of one column on the given rows as SUM arguments, contiguous rows merged into a
 * range ("E7:E12"), so a tiêu chí with fifty sub-criteria costs one argument, not fifty.
 */
export function columnArguments(column: number, rows: readonly number[]): string[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const args: string[] = [];
  let start = sorted[0];
  let previous = start;
  const flush = () => {
    if (start === undefined || previous === undefined) return;
    args.push(start === previous ? ref(column, start) : `${ref(column, start)}:${ref(column, previous)}`);
  };
  for (const row of sorted.slice(1)) {
    if (previous !== undefined && row === previous + 1) {
      previous = row;
      continue;
    }
    flush();
    start = row;
    previous = row;
  }
  flush();
  return args;
}

const MAX_ARGUMENTS = 255;

/** SUM over the arguments, nested when there are more than Excel's 255 per function. */
export function sumOf(args: readonly string[]): string {
  if (args.length === 0) return "0";
  if (args.length <= MAX_ARGUMENTS) return `SUM(${args.join(",")})`;
  const groups: string[] = [];
  for (let i = 0; i < args.length; i += MAX_ARGUMENTS) groups.push(sumOf(args.slice(i, i + MAX_ARGUMENTS)));
  return sumOf(groups);
}

export function countOf(args: readonly string[]): string {
  if (args.length <= MAX_ARGUMENTS) return `COUNT(${args.join(",")})`;
  const groups: string[] = [];
  for (let i = 0; i < args.length; i += MAX_ARGUMENTS) groups.push(countOf(args.slice(i, i + MAX_ARGUMENTS)));
  return sumOf(groups);
}
