// The fake host's in-memory workbook: sheets with cells (value, formula, number format, text
// kept by an apostrophe), visibility, merges, row groups, validation, conditional formats,
// formats, frozen panes and page setup; plus the active sheet and the selection. Cells are
// entered as Excel enters typed input, so a test sees what a real sheet would hold.
import { MAX_COLUMNS, MAX_ROWS, contains, parseA1, union, type Rect } from "./a1";
import { FakeOfficeError } from "./officeError";

const MAX_CELL_TEXT = 32_767;
const MAX_FORMULA_TEXT = 8_192;

export type CellType = "empty" | "text" | "number" | "boolean" | "error" | "formula";

export interface FakeCell {
  type: CellType;
  value: string | number | boolean;
  formula: string | null;
  /** Text entered after a leading apostrophe: Excel shows it as text and does not store the apostrophe. */
  quotePrefix: boolean;
  numberFormat: string;
}

export interface FormatEntry {
  rect: Rect;
  property: string;
  value: unknown;
}

export interface ValidationEntry {
  rect: Rect;
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

export interface ConditionalFormatEntry {
  rect: Rect;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export interface PageSetup {
  orientation?: string;
  paperSize?: string;
  zoom?: unknown;
  printTitleRows?: string;
  printTitleColumns?: string;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** An AutoFilter: its range (first row the header), the 0-based sheet column filtered and the values kept (null: every row). */
export interface FakeAutoFilterState {
  rect: Rect;
  column: number;
  values: string[] | null;
}

/**
 * Cells a chart plots: the sheet by its id, so the reference follows the sheet through a rename as
 * Excel's does (a chart drawn on a sheet that is then renamed still plots that sheet's cells).
 */
export interface FakeChartCells {
  sheetId: string;
  rect: Rect;
}

/** A series of a fake chart: the cells it plots (null until set) and its fills. */
export interface FakeChartSeries {
  name: string;
  /** The cells of the values; null for a series added without values yet. */
  values: FakeChartCells | null;
  /** The category labels (x-axis values); null: Excel numbers the points 1, 2, … */
  xValues: FakeChartCells | null;
  fill?: string;
  /** Fill per point, by 0-based point index. */
  pointFills: Record<number, string>;
}

/** A chart on a worksheet, as the properties office-js set on it (see chartProxies.ts). */
export interface FakeChart {
  name: string;
  type: string;
  title?: string;
  legend: { visible?: boolean; position?: string };
  valueAxis: { minimum?: number; maximum?: number; majorUnit?: number; numberFormat?: string };
  categoryAxis: { reversePlotOrder?: boolean };
  dataLabels: { showValue?: boolean; numberFormat?: string };
  /** Top-left and bottom-right cells it covers (setPosition); null where Excel put it by default. */
  position: { start: Rect; end: Rect } | null;
  series: FakeChartSeries[];
}

const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)$/i;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";
const DATE = new RegExp(`^(\\d{1,2}/\\d{1,2}(/\\d{2,4})?|\\d{1,2}/\\d{4}|\\d{1,2}-${MONTH}(-\\d{2,4})?|${MONTH} \\d{1,4}|\\d{1,2}:\\d{2}(:\\d{2})?)$`, "i");

let nextSheetId = 0;

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: Rect[] = [];
  readonly rowGroups: { top: number; bottom: number }[] = [];
  readonly validations: ValidationEntry[] = [];
  readonly conditionalFormats: ConditionalFormatEntry[] = [];
  readonly formats: FormatEntry[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Charts on the sheet, in the order they were added; they go with the sheet when it is deleted. */
  readonly charts: FakeChart[] = [];
  /** Manual horizontal page breaks: the 0-based rows that start a printed page. */
  readonly pageBreaks: number[] = [];
  freeze: { rows: number; columns: number } = { rows: 0, columns: 0 };
  pageSetup: PageSetup = {};
  visibility: Visibility = "Visible";
  /** The sheet's own selection: Excel gives a sheet back its selection when it is activated again. */
  selected: Rect = { top: 0, left: 0, bottom: 0, right: 0 };
  /**
   * A protected sheet refuses changes with AccessDenied, as Excel does: all of them, but values
   * and formulas written to cells unlocked before the protection (and their number format, when
   * the protection allows formatting cells).
   */
  protected = false;
  /** The options the sheet was protected with (Excel.WorksheetProtectionOptions). */
  protectionOptions: Record<string, unknown> = {};

  /** Whether a cell is locked (every cell is, until format.protection.locked = false). */
  lockedAt(row: number, column: number): boolean {
    return this.formatAt(row, column, "protection.locked") !== false;
  }
  /** The sheet's own AutoFilter: what every co-author sees (see filterProxies.ts). */
  autoFilter: FakeAutoFilterState | null = null;
  /** Named sheet views (ExcelApiOnline 1.1) by name, each with its own filter. */
  readonly sheetViews = new Map<string, { autoFilter: FakeAutoFilterState | null }>();
  /** The view the fake's one user has switched to; null: the sheet's own view. */
  activeView: string | null = null;
  /** Rows hidden with Range.rowHidden: hidden for everyone. */
  readonly hiddenRows = new Set<number>();

  /** Excel's sheet id: stays with the sheet through renames and moves. */
  readonly id = `{00000000-0001-0000-0000-${String((nextSheetId += 1)).padStart(12, "0")}}`;

  constructor(public name: string) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  private ensure(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { type: "empty", value: "", formula: null, quotePrefix: false, numberFormat: "General" };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** What range.values reads: formulas show their value, which the fake does not calculate (""). */
  valueAt(row: number, column: number): string | number | boolean {
    return this.cell(row, column)?.value ?? "";
  }

  /** What range.formulas reads: the formula, else the value (text without its apostrophe). */
  formulaAt(row: number, column: number): string | number | boolean {
    const cell = this.cell(row, column);
    if (!cell) return "";
    return cell.formula ?? cell.value;
  }

  numberFormatAt(row: number, column: number): string {
    return this.cell(row, column)?.numberFormat ?? "General";
  }

  /** Enters one value as Excel enters what is typed or written through values/formulas. null leaves the cell alone. */
  enter(row: number, column: number, input: unknown): void {
    if (input === null || input === undefined) return;
    const cell = this.ensure(row, column);
    const asText = cell.numberFormat === "@";
    cell.formula = null;
    cell.quotePrefix = false;
    if (typeof input === "number" || typeof input === "boolean") {
      if (asText) Object.assign(cell, { type: "text", value: String(input) });
      else Object.assign(cell, { type: typeof input === "number" ? "number" : "boolean", value: input });
      return;
    }
    const text = String(input);
    // Excel's specifications and limits: 32 767 characters in a cell, 8 192 in a formula.
    if (text.length > MAX_CELL_TEXT) throw new FakeOfficeError("InvalidArgument", `${text.length} characters do not fit in a cell.`, "Range");
    if (text.startsWith("=") && text.length > MAX_FORMULA_TEXT) throw new FakeOfficeError("FormulaLengthExceedsLimit", undefined, "Range");
    if (text === "") {
      Object.assign(cell, { type: "empty", value: "" });
    } else if (text.startsWith("'")) {
      Object.assign(cell, { type: "text", value: text.slice(1), quotePrefix: true });
    } else if (asText) {
      Object.assign(cell, { type: "text", value: text });
    } else if (text.startsWith("=")) {
      Object.assign(cell, { type: "formula", value: "", formula: text });
    } else if (/^[+\-@]/.test(text) && !NUMBER.test(text.trim())) {
      // Excel reads "-Tăng cường…" as the formula =-Tăng cường… and shows #NAME?.
      Object.assign(cell, { type: "formula", value: "#NAME?", formula: `=${text.replace(/^@/, "")}` });
    } else if (NUMBER.test(text.trim()) || THOUSANDS.test(text.trim())) {
      const plain = text.trim().replace(/,/g, "");
      const number = plain.endsWith("%") ? Number(plain.slice(0, -1)) / 100 : Number(plain);
      Object.assign(cell, { type: "number", value: number });
    } else if (DATE.test(text.trim())) {
      // A date or time: Excel stores a serial number; the fake only needs "not text any more".
      Object.assign(cell, { type: "number", value: 45000 });
    } else if (/^(true|false)$/i.test(text.trim())) {
      Object.assign(cell, { type: "boolean", value: text.trim().toUpperCase() === "TRUE" });
    } else if (ERROR_LITERAL.test(text.trim())) {
      Object.assign(cell, { type: "error", value: text.trim().toUpperCase() });
    } else {
      Object.assign(cell, { type: "text", value: text });
    }
  }

  setNumberFormat(row: number, column: number, format: string): void {
    this.ensure(row, column).numberFormat = format;
  }

  /** Cells with content (valuesOnly) or also with a number format; A1 on an empty sheet, as Excel answers. */
  usedRect(valuesOnly: boolean): Rect {
    let rect: Rect | null = null;
    for (const [key, cell] of this.cells) {
      const used = cell.type !== "empty" || (!valuesOnly && cell.numberFormat !== "General");
      if (!used) continue;
      const [row, column] = key.split(",").map(Number) as [number, number];
      const here = { top: row, left: column, bottom: row, right: column };
      rect = rect ? union(rect, here) : here;
    }
    return rect ?? { top: 0, left: 0, bottom: 0, right: 0 };
  }

  clear(rect: Rect, applyTo: string): void {
    const contents = applyTo === "All" || applyTo === "Contents";
    const formats = applyTo === "All" || applyTo === "Formats";
    for (const [key, cell] of this.cells) {
      const [row, column] = key.split(",").map(Number) as [number, number];
      if (!contains(rect, row, column)) continue;
      if (contents) Object.assign(cell, { type: "empty", value: "", formula: null, quotePrefix: false });
      if (formats) cell.numberFormat = "General";
      if (cell.type === "empty" && cell.numberFormat === "General") this.cells.delete(key);
    }
    if (formats) {
      const inside = (entry: { rect: Rect }) => contains(rect, entry.rect.top, entry.rect.left) && contains(rect, entry.rect.bottom, entry.rect.right);
      removeWhere(this.formats, inside);
      removeWhere(this.conditionalFormats, inside);
    }
  }

  /** The last value set for a format property on a cell (font.bold, fill.color, borders.EdgeTop.style, …). */
  formatAt(row: number, column: number, property: string): unknown {
    for (let i = this.formats.length - 1; i >= 0; i -= 1) {
      const entry = this.formats[i]!;
      if (entry.property === property && contains(entry.rect, row, column)) return entry.value;
    }
    return undefined;
  }

  /** The sheet's content as a grid of formulas from A1 (what a test compares with a layout). */
  formulaGrid(rows: number, columns: number): (string | number | boolean)[][] {
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.formulaAt(r, c)));
  }
}

function removeWhere<T>(list: T[], predicate: (item: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i -= 1) if (predicate(list[i]!)) list.splice(i, 1);
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  /** Chart sheets: not worksheets (office-js does not list them), but their names are taken. */
  readonly chartSheets: string[] = [];
  activeSheet: FakeSheet;

  constructor(firstSheet = "Sheet1") {
    const sheet = new FakeSheet(firstSheet);
    this.sheets.push(sheet);
    this.activeSheet = sheet;
  }

  /** The active sheet and its selection; setting it activates the sheet. */
  get selection(): { sheet: FakeSheet; rect: Rect } {
    return { sheet: this.activeSheet, rect: this.activeSheet.selected };
  }

  set selection(value: { sheet: FakeSheet; rect: Rect }) {
    this.activeSheet = value.sheet;
    value.sheet.selected = { ...value.rect };
  }

  /** The sheet a chart's cells are on, by id; undefined when it was deleted. */
  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.id === id);
  }

  sheet(name: string): FakeSheet | undefined {
    const wanted = name.toLocaleLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLocaleLowerCase() === wanted);
  }

  /** The sheet by name, for tests; throws when there is none. */
  get(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`the fake workbook has no sheet "${name}" (it has ${this.sheets.map((s) => s.name).join(", ")})`);
    return sheet;
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Deletes a sheet; the active sheet moves to the first visible one, as Excel's does. */
  removeSheet(sheet: FakeSheet): void {
    const index = this.sheets.indexOf(sheet);
    if (index >= 0) this.sheets.splice(index, 1);
    if (this.activeSheet === sheet) {
      this.activeSheet = this.sheets.find((other) => other.visibility === "Visible") ?? this.sheets[0]!;
    }
  }

  /** Types a block of values from a top-left cell, as staff would: "B3" + [["1", "Tên"], …]. */
  typeInto(sheetName: string, topLeft: string, rows: readonly (readonly unknown[])[]): void {
    const sheet = this.get(sheetName);
    const at = parseA1(topLeft);
    if (!at) throw new Error(`not an address: ${topLeft}`);
    rows.forEach((row, r) => row.forEach((value, c) => sheet.enter(at.top + r, at.left + c, value)));
  }

  select(sheetName: string, address: string): void {
    const sheet = this.get(sheetName);
    const rect = parseA1(address);
    if (!rect) throw new Error(`not an address: ${address}`);
    this.selection = { sheet, rect };
  }
}

export function isWholeSheet(rect: Rect): boolean {
  return rect.top === 0 && rect.left === 0 && rect.bottom === MAX_ROWS - 1 && rect.right === MAX_COLUMNS - 1;
}
