// Exact points: every score and maximum is held as an integer number of hundredths, so sums
// such as 0,61 + 0,28 + … are exactly 5,48 and never 5,4799999.

/** Points in integer hundredths (1,5 điểm = 150). */
export type Hundredths = number;

const EPSILON = 1e-6;

/** Whether a JS number has at most two decimals (3.61 stored as 3.6099999999999999 counts). */
export function hasAtMostTwoDecimals(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const scaled = value * 100;
  return Math.abs(scaled - Math.round(scaled)) < EPSILON * Math.max(1, Math.abs(scaled));
}

/** Converts a number with at most two decimals to hundredths; callers check the decimals first. */
export function toHundredths(value: number): Hundredths {
  return Math.round(value * 100);
}

export function fromHundredths(value: Hundredths): number {
  return value / 100;
}

export function sumHundredths(values: readonly Hundredths[]): Hundredths {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * a / b × 100 as a percentage in hundredths, rounded half away from zero like Excel's ROUND(…, 2),
 * computed on integers so no binary fraction decides a tie.
 */
export function percentHundredths(part: Hundredths, whole: Hundredths): Hundredths | null {
  if (whole <= 0) return null;
  const numerator = Math.abs(part) * 10000;
  const rounded = Math.floor((2 * numerator + whole) / (2 * whole));
  return part < 0 ? -rounded : rounded;
}

/** Rounds any finite number to two decimals, half away from zero (Excel's ROUND(x, 2)). */
export function roundTo2(value: number): number {
  const sign = value < 0 ? -1 : 1;
  // toPrecision(15) strips binary noise first, as Excel does before rounding.
  const abs = Number(Math.abs(value).toPrecision(15));
  return (sign * Math.round(abs * 100 + EPSILON)) / 100 || 0;
}

export type PointsParse =
  | { ok: true; value: Hundredths }
  | { ok: false; reason: "not_a_number" }
  | { ok: false; reason: "too_many_decimals" | "negative"; value: number };

const NUMBER_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * Reads points typed by staff: numbers, or text with a decimal comma or point ("3,61", "3.61",
 * "1,5 điểm", " 2 "). Thousands separators do not occur in points, so one separator is decimal.
 */
export function parsePoints(raw: number | string): PointsParse {
  let value: number;
  if (typeof raw === "number") {
    value = raw;
  } else {
    const text = raw
      .replace(/\u00a0/g, " ")
      .trim()
      .replace(/\s*(điểm|đ)\.?$/iu, "")
      .replace(/\s+/g, "");
    if (!NUMBER_TEXT.test(text)) return { ok: false, reason: "not_a_number" };
    value = Number(text.replace(",", "."));
  }
  if (!Number.isFinite(value)) return { ok: false, reason: "not_a_number" };
  if (!hasAtMostTwoDecimals(value)) return { ok: false, reason: "too_many_decimals", value };
  if (value < 0) return { ok: false, reason: "negative", value };
  return { ok: true, value: toHundredths(value) };
}

/** Formats hundredths the Vietnamese way: 1089 → "10,89", 200 → "2", 50 → "0,5". */
export function formatPoints(value: Hundredths, decimalSeparator: "," | "." = ","): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  if (cents === 0) return `${sign}${whole}`;
  const fraction = String(cents).padStart(2, "0").replace(/0$/, "");
  return `${sign}${whole}${decimalSeparator}${fraction}`;
}

/** Formats a plain number of points (two decimals at most) the Vietnamese way. */
export function formatNumber(value: number, decimalSeparator: "," | "." = ","): string {
  return formatPoints(toHundredths(roundTo2(value)), decimalSeparator);
}
