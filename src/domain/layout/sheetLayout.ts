// A worksheet as plain data that any host (office-js, exceljs) can write: cell contents from A1,
// column widths, number formats, named styles, validation and conditional-format rules, frozen
// panes and print settings. Hosts only translate this, they decide nothing.
//
// No row outline: Excel puts a group's +/- button on the row after the group unless the sheet says
// summary rows are above (summaryBelow, a sheet setting office-js cannot write), so in a sheet the
// add-in makes each lĩnh vực's button would land on the next lĩnh vực's row. Both hosts must draw
// the same sheet, so neither groups rows.
import type { ChartSpec } from "./chartSpec";

/**
 * One cell: a number, literal text (never turned into a formula, even when it starts with "="),
 * a formula, or empty.
 */
export type LayoutCell = null | number | string | { formula: string };

export type StyleName =
  | "title"
  | "subtitle"
  | "note"
  | "header"
  | "area"
  | "criterion"
  | "subCriterion"
  | "input"
  | "computed"
  | "total"
  | "section"
  | "staffText"
  | "keptAside"
  | "locked"
  | "centered"
  | "wrapped";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center";
  wrap?: boolean;
  border?: boolean;
}

/** How each named style looks; both hosts draw from this one table. */
export const CELL_STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { bold: true, fontSize: 14, horizontal: "center" },
  subtitle: { italic: true, horizontal: "center" },
  note: { italic: true, fontColor: "#595959" },
  header: { bold: true, fill: "#1F6E43", fontColor: "#FFFFFF", horizontal: "center", vertical: "center", wrap: true, border: true },
  area: { bold: true, fill: "#E2EFDA", border: true, vertical: "top" },
  criterion: { bold: true, border: true, vertical: "top" },
  subCriterion: { border: true, vertical: "top" },
  input: { fill: "#FFF9E6", border: true },
  computed: { fill: "#F2F2F2", border: true },
  total: { bold: true, fill: "#C6E0B4", border: true },
  section: { bold: true, fontSize: 12 },
  staffText: { wrap: true, border: true, vertical: "top" },
  keptAside: { italic: true, fontColor: "#7F6000", fill: "#FFF2CC", wrap: true, border: true, vertical: "top" },
  /** Rows of a unit's file that belong to other units: greyed, and locked by the sheet's protection. */
  locked: { fill: "#D9D9D9", fontColor: "#808080" },
  centered: { horizontal: "center" },
  /** Added over another style: long lines above a table wrap inside their merged cell, not cut at its edge. */
  wrapped: { wrap: true, vertical: "top" },
};

export interface StyledRange {
  /** A1 range, e.g. "A5:O5". */
  range: string;
  style: StyleName;
}

export interface NumberFormatRange {
  range: string;
  /** Excel number format code; "@" is text. */
  format: string;
}

export type ValidationRule =
  /** A decimal between `min` and a formula relative to the range's top-left cell (e.g. "=$C6"). */
  | { kind: "decimal"; min: number; maxFormula: string }
  | { kind: "list"; values: string[] };

export interface ValidationSpec {
  range: string;
  rule: ValidationRule;
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

export type ConditionalStyle = "danger" | "warning" | "success" | "info";

export const CONDITIONAL_STYLES: Readonly<Record<ConditionalStyle, { fill: string; fontColor: string }>> = {
  danger: { fill: "#FFC7CE", fontColor: "#9C0006" },
  warning: { fill: "#FFEB9C", fontColor: "#9C5700" },
  success: { fill: "#C6EFCE", fontColor: "#006100" },
  info: { fill: "#DDEBF7", fontColor: "#1F4E78" },
};

export interface ConditionalFormatSpec {
  range: string;
  /** A formula relative to the range's top-left cell; the format applies where it is TRUE. */
  formula: string;
  style: ConditionalStyle;
  /** What the rule means, for people reading the rules list. */
  description: string;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  fitToWidth: boolean;
  /** Printed at this percentage (10–400) when not fitted to the page's width. */
  scale?: number;
  /** 1-based rows repeated at the top of every printed page, e.g. { first: 5, last: 5 }. */
  repeatRows?: { first: number; last: number };
  /** 1-based columns repeated at the left of every printed page, e.g. { first: 1, last: 2 }. */
  repeatColumns?: { first: number; last: number };
}

/** Sheet protection without a password: every cell is locked except these ranges. */
export interface SheetProtection {
  unlocked: string[];
}

export interface SheetLayout {
  name: string;
  kind: "score" | "plan" | "templateTable" | "documentFields" | "assignment" | "ranking" | "rankingAreas" | "history";
  /** Rectangular: every row has `columnCount` cells. */
  cells: LayoutCell[][];
  columnCount: number;
  /** Widths in Excel character units, one per column. */
  columnWidths: number[];
  numberFormats: NumberFormatRange[];
  styles: StyledRange[];
  merges: string[];
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  freeze: { rows: number; columns: number };
  print: PrintSetup;
  /** Absent: the sheet is not protected. */
  protection?: SheetProtection;
  /** Rows whose wrapped text needs more than the default height (see fitRowHeights), by 0-based row. */
  rowHeights: { row: number; points: number }[];
  /** 0-based rows that start a new printed page (a chart kept whole on its page). */
  pageBreaks?: number[];
  /** Native charts over the sheet's own cells; absent on sheets without charts. */
  charts?: ChartSpec[];
}

export function isFormulaCell(cell: LayoutCell): cell is { formula: string } {
  return typeof cell === "object" && cell !== null;
}
