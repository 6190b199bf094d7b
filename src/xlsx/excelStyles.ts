// How the layouts' named styles and conditional styles look in exceljs terms: fonts, fills,
// alignment and thin borders, built once per combination so a 10 000-row sheet shares objects.
import type { Alignment, Borders, Fill, Font, Style } from "exceljs";
import { CELL_STYLES, CONDITIONAL_STYLES, type CellStyle, type ConditionalStyle, type StyleName } from "../domain";

/** "#1F6E43" → "FF1F6E43" (exceljs wants ARGB). */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

const THIN = { style: "thin" as const, color: { argb: "FFA6A6A6" } };
const THIN_BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The layout's default font: every style names it so Excel and LibreOffice agree on metrics. */
export const BASE_FONT: Partial<Font> = { name: "Calibri", size: 11, family: 2 };

/**
 * Styles listed later override only the properties they set, as office-js does when formats are
 * applied one after another (an "area" row keeps its bold where a "computed" fill lands on it).
 */
export function mergeStyles(names: readonly StyleName[]): CellStyle {
  return Object.assign({}, ...names.map((name) => CELL_STYLES[name])) as CellStyle;
}

export function toExcelStyle(style: CellStyle, numFmt: string | undefined): Partial<Style> {
  const font: Partial<Font> = { ...BASE_FONT };
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontSize) font.size = style.fontSize;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  const out: Partial<Style> = { font };
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } } satisfies Fill;
  const alignment: Partial<Alignment> = {};
  if (style.horizontal) alignment.horizontal = style.horizontal;
  if (style.vertical) alignment.vertical = style.vertical === "center" ? "middle" : "top";
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.border) out.border = THIN_BORDERS;
  if (numFmt !== undefined) out.numFmt = numFmt;
  return out;
}

/** A conditional format's look: Excel's differential formats take a solid fill's colour as bgColor. */
export function toConditionalStyle(name: ConditionalStyle): Partial<Style> {
  const look = CONDITIONAL_STYLES[name];
  return {
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(look.fill) } },
    font: { color: { argb: argb(look.fontColor) } },
  };
}
