// Layout cells as the 2-D array given to range.formulas, with literal text kept literal.
//
// Why two mechanisms: Excel parses whatever is written to range.formulas/values as if typed, so
// "-Tăng cường…" becomes a formula (#NAME?), "1.10" a number and "12/2022" a date.
//  - Columns the layout formats as text ("@": codes, names, staff text) get that format queued
//    BEFORE their values, so Excel stores what arrives there verbatim. This also protects what
//    staff type in those cells later, which an apostrophe on our own write could not.
//  - Everywhere else (titles, summary names, the metadata sheet) a risky string gets the leading
//    apostrophe that every Excel client reads as "this is text" and does not store in the value,
//    so values read back equal the layout. It is not added inside "@" cells, where Excel would
//    not need it and might keep it as a visible character.
import type { LayoutCell } from "../../domain/layout/sheetLayout";

const FORMULA_LEAD = /^[=+\-@'#]/;
/** Digits with separators, signs, currency, percent, time or date punctuation: Excel would read a number or date. */
const NUMBER_OR_DATE = /^[\s\d.,%$€£¥₫()+\-/:eE]*\d[\s\d.,%$€£¥₫()+\-/:eE]*$/;
const MONTH_DATE = /^(\d{1,2}[\s\-/])?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?([\s\-/]\d{1,4})?$/i;
const BOOLEAN = /^(true|false)$/i;

/** Whether Excel would turn this text into something else (formula, number, date, boolean, error) when written. */
export function isRiskyText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "") return false;
  return FORMULA_LEAD.test(trimmed) || NUMBER_OR_DATE.test(trimmed) || MONTH_DATE.test(trimmed) || BOOLEAN.test(trimmed);
}

/** One cell for range.formulas: "" clears, formulas stay formulas, text stays text. */
export function toFormulaInput(cell: LayoutCell, textFormatted: boolean): string | number {
  if (cell === null) return "";
  if (typeof cell === "number") return cell;
  if (typeof cell === "object") return cell.formula;
  return !textFormatted && isRiskyText(cell) ? `'${cell}` : cell;
}
