// Groups (xếp loại) by percentage: thresholds from the top down, each the lowest percentage of its
// group (A ≥ 90 %, B 80 – < 90 %, C 70 – < 80 %, D below by default, as the 2015 index and PAR
// INDEX 2024 publish), with labels staff may rename (Tốt / Khá / Trung bình / Yếu).
import { makeIssue, type Issue, type IssueParams } from "../issues";
import { formatPoints, hasAtMostTwoDecimals, toHundredths, type Hundredths } from "../points";
import { fail, succeed, type Result } from "../result";

export interface GroupScheme {
  /** Lowest percentage of each group but the last, in hundredths of a percent, strictly decreasing. */
  thresholds: Hundredths[];
  /** One more label than thresholds: the last group is everything below the last threshold. */
  labels: string[];
}

export const DEFAULT_GROUPS: GroupScheme = { thresholds: [9000, 8000, 7000], labels: ["A", "B", "C", "D"] };

/** 0 for the top group. Exactly 90,00 % is in A; 89,99 % is in B. */
export function groupIndex(scheme: GroupScheme, percent: Hundredths): number {
  const i = scheme.thresholds.findIndex((threshold) => percent >= threshold);
  return i < 0 ? scheme.thresholds.length : i;
}

export function groupLabel(scheme: GroupScheme, percent: Hundredths): string {
  return scheme.labels[groupIndex(scheme, percent)]!;
}

/** "A: từ 90 %", "B: từ 80 % đến dưới 90 %", …, "D: dưới 70 %". */
export function describeGroups(scheme: GroupScheme): string[] {
  const pct = (h: Hundredths) => `${formatPoints(h)} %`;
  return scheme.labels.map((label, i) => {
    const low = scheme.thresholds[i];
    const high = scheme.thresholds[i - 1];
    if (low === undefined) return `${label}: dưới ${pct(scheme.thresholds[i - 1]!)}`;
    if (high === undefined) return `${label}: từ ${pct(low)}`;
    return `${label}: từ ${pct(low)} đến dưới ${pct(high)}`;
  });
}

/**
 * Thresholds as staff type them: "90,80,70", or with decimals "89.5,80,70" / "89,5;80;70" (with a
 * semicolon, a comma is the decimal one); labels "Tốt,Khá,Trung bình,Yếu" (or with semicolons).
 * Without labels: A, B, C… as many as needed.
 */
export function parseGroupScheme(thresholdsText: string, labelsText?: string): Result<GroupScheme> {
  const issue = (text: string, problem: IssueParams["rank_groups_invalid"]["problem"], expected: number | null = null): Issue =>
    makeIssue("rank_groups_invalid", "error", { text, problem, expected });
  const trimmed = thresholdsText.trim();
  if (!trimmed) return fail([issue(thresholdsText, "empty")]);
  const parts = trimmed.includes(";") ? trimmed.split(";") : trimmed.split(",");
  const thresholds: Hundredths[] = [];
  for (const raw of parts) {
    const text = raw.trim().replace(/\s*%$/, "");
    const value = /^\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : Number.NaN;
    if (!Number.isFinite(value)) return fail([issue(raw.trim(), "not_a_number")]);
    if (!hasAtMostTwoDecimals(value)) return fail([issue(raw.trim(), "too_many_decimals")]);
    if (value <= 0 || value > 100) return fail([issue(raw.trim(), "out_of_range")]);
    const hundredths = toHundredths(value);
    const previous = thresholds[thresholds.length - 1];
    if (previous !== undefined && hundredths >= previous) return fail([issue(raw.trim(), "not_descending")]);
    thresholds.push(hundredths);
  }
  let labels: string[];
  if (labelsText === undefined) {
    labels = Array.from({ length: thresholds.length + 1 }, (_, i) => String.fromCharCode(65 + i));
  } else {
    const text = labelsText.trim();
    labels = (text.includes(";") ? text.split(";") : text.split(",")).map((label) => label.trim().normalize("NFC"));
    if (labels.length !== thresholds.length + 1 || labels.some((label) => label === "")) {
      return fail([issue(labelsText, "labels_count", thresholds.length + 1)]);
    }
  }
  return succeed({ thresholds, labels });
}
