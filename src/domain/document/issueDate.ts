// The date line of a document, "Sơn La, ngày 05 tháng 02 năm 2022": day and month are often
// left for the clerk to fill by hand when the document is signed, so each part may be missing.
import type { CellValue } from "../cells";
import { foldText } from "../import/foldText";
import { cleanText, twoDigits } from "./documentText";

export interface IssueDate {
  day?: number;
  month?: number;
  year?: number;
}

/** The blank a clerk fills by hand, as wide as "ngày 15". */
const BLANK = "\u00a0".repeat(6);

/**
 * "Sơn La, ngày 05 tháng 02 năm 2022". Nghị định 30/2020 writes days below 10 and the months
 * 1 and 2 with a leading zero (so "01/02" cannot be misread or altered).
 */
export function describeIssueDate(place: string, date: IssueDate): string {
  const day = date.day === undefined ? BLANK : date.day < 10 ? twoDigits(date.day) : String(date.day);
  const month = date.month === undefined ? BLANK : date.month <= 2 ? twoDigits(date.month) : String(date.month);
  const year = date.year === undefined ? BLANK : String(date.year);
  const where = cleanText(place);
  return `${where ? `${where}, ` : ""}ngày ${day} tháng ${month} năm ${year}`;
}

/** The date as the fields sheet shows it: "15/3/2022", "…/…/2022". */
export function formatIssueDate(date: IssueDate): string {
  const part = (n: number | undefined) => (n === undefined ? "…" : String(n));
  return `${part(date.day)}/${part(date.month)}/${part(date.year)}`;
}

/**
 * Reads a date typed in a cell: "15/3/2022", "…/…/2022", "3/2022", "2022", "15-03-2022",
 * "ngày 15 tháng 3 năm 2022", or an Excel date serial. Undefined when it cannot be read.
 */
export function parseIssueDate(value: CellValue): IssueDate | undefined {
  if (value === null || value === undefined || value === "") return {};
  if (typeof value === "boolean") return undefined;
  if (typeof value === "number") return fromSerial(value);
  const text = cleanText(value);
  const words = /^ngay (\S*) ?thang (\S*) ?nam (\S*)$/.exec(foldText(text).replace(/\s+/g, " "));
  const parts = words ? [words[1]!, words[2]!, words[3]!] : text.split(/\s*[/-]\s*/);
  if (parts.length > 3) return undefined;
  const [day, month, year] = parts.length === 3 ? parts : parts.length === 2 ? ["", ...parts] : ["", "", ...parts];
  const date: IssueDate = {};
  const read = (part: string | undefined, min: number, max: number): number | null | undefined => {
    const t = (part ?? "").trim();
    if (t === "" || /^[.…_ ]+$/.test(t)) return null;
    if (!/^\d{1,4}$/.test(t)) return undefined;
    const n = Number(t);
    return n >= min && n <= max ? n : undefined;
  };
  const d = read(day, 1, 31);
  const m = read(month, 1, 12);
  const y = read(year, 1990, 2100);
  if (d === undefined || m === undefined || y === undefined) return undefined;
  if (d !== null) date.day = d;
  if (m !== null) date.month = m;
  if (y !== null) date.year = y;
  if (date.day !== undefined && date.month !== undefined && date.day > daysIn(date.month, date.year)) return undefined;
  return date;
}

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** An Excel serial (days since 1899-12-30) as a calendar date. */
function fromSerial(serial: number): IssueDate | undefined {
  if (!Number.isFinite(serial) || serial < 1) return undefined;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const year = date.getUTCFullYear();
  if (year < 1990 || year > 2100) return undefined;
  return { day: date.getUTCDate(), month: date.getUTCMonth() + 1, year };
}
