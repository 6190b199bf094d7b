// The fake workbook drawn as Excel would show it beside the task pane: name box and formula bar,
// the active sheet's grid (values, fills, bold, merges, column widths, the selection outlined)
// and the visible sheet tabs. Redrawn after every Excel.run and every change made through the
// page API, so a screenshot shows the workbook as the pane left it.
import { hiddenRowsOf, type FakeCell, type FakeSheet, type FakeWorkbook } from "../fakeExcel";
import { columnName, contains, formatA1, type Rect } from "../fakeExcel/a1";
import { CHART_CSS, chartHtml, placeCharts } from "./chartView";
import { computeFormulaValues, formatCellValue, type ComputedValue } from "./displayValues";

const MIN_ROWS = 30;
const MIN_COLUMNS = 10;
/** The grid stops here: the fake's sheets are a few hundred rows at most. */
const MAX_ROWS = 400;
const DEFAULT_COLUMN_PX = 64;
const MAX_COLUMN_PX = 260;
const ROW_HEADER_PX = 36;

export const PAGE_CSS = `
html, body { margin: 0; height: 100%; overflow: hidden; }
body { display: flex; font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
/* Excel docks the task pane on the right at 320 px. */
#root { order: 2; flex: 0 0 320px; width: 320px; height: 100vh; overflow-y: auto; border-left: 1px solid #c8c6c4; box-sizing: border-box; }
#fake-excel { order: 1; flex: 1 1 auto; min-width: 0; height: 100vh; display: flex; flex-direction: column; background: #fff; color: #201f1e; font-size: 12px; }
#fake-excel .fx-title { background: #107c41; color: #fff; padding: 4px 10px; font-size: 12px; }
#fake-excel .fx-bar { display: flex; gap: 6px; padding: 4px 6px; border-bottom: 1px solid #d4d4d4; align-items: center; }
#fake-excel .fx-name { width: 90px; border: 1px solid #c8c6c4; padding: 2px 4px; font-weight: bold; }
#fake-excel .fx-formula { flex: 1; border: 1px solid #c8c6c4; padding: 2px 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-height: 15px; }
/* scrollIntoView honours scroll padding, so the selected cell never hides under the sticky headers. */
#fake-excel .fx-grid { flex: 1 1 auto; overflow: auto; scroll-padding: 20px 0 0 ${ROW_HEADER_PX}px; }
#fake-excel table { border-collapse: collapse; table-layout: fixed; }
#fake-excel th { background: #f3f2f1; color: #605e5c; font-weight: normal; border: 1px solid #d4d4d4; padding: 0 2px; position: sticky; z-index: 1; }
#fake-excel thead th { top: 0; height: 18px; }
#fake-excel tbody th { left: 0; text-align: center; }
#fake-excel th.fx-current { background: #d2d0ce; color: #107c41; font-weight: bold; }
#fake-excel td { border: 1px solid #e1dfdd; padding: 1px 3px; height: 18px; vertical-align: bottom; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; max-width: ${MAX_COLUMN_PX}px; }
#fake-excel td.fx-wrap { white-space: normal; overflow-wrap: anywhere; }
/* Unwrapped text runs on over empty cells to its right, as in Excel. */
#fake-excel td.fx-spill { overflow: visible; text-overflow: clip; position: relative; z-index: 0; }
#fake-excel td.fx-number { text-align: right; }
#fake-excel td.fx-in-selection { background-color: #e1efe7 !important; }
#fake-excel td.fx-selected { outline: 2px solid #107c41; outline-offset: -2px; }
#fake-excel .fx-tabs { display: flex; gap: 2px; padding: 2px 6px; border-top: 1px solid #d4d4d4; background: #f3f2f1; overflow-x: auto; }
#fake-excel .fx-tab { border: none; background: transparent; padding: 4px 10px; font: inherit; cursor: pointer; white-space: nowrap; }
#fake-excel .fx-tab.fx-active { background: #fff; color: #107c41; font-weight: bold; border-bottom: 2px solid #107c41; }
${CHART_CSS}`;

export class WorkbookView {
  private root: HTMLElement | null = null;

  constructor(
    private readonly workbook: FakeWorkbook,
    private readonly title: string,
  ) {}

  /** Puts the view into the page; clicks on tabs and cells act as staff clicking in Excel. */
  mount(document: Document): void {
    const root = document.createElement("div");
    root.id = "fake-excel";
    root.setAttribute("aria-label", "Excel (fake host)");
    root.addEventListener("click", (event) => this.onClick(event));
    document.body.appendChild(root);
    this.root = root;
    this.render();
  }

  render(): void {
    if (!this.root) return;
    const sheet = this.workbook.activeSheet;
    const selection = this.workbook.selection;
    const selectedAddress = formatA1(selection.rect);
    const selectedCell = sheet.cell(selection.rect.top, selection.rect.left);
    this.root.innerHTML = [
      `<div class="fx-title">${escape(this.title)}</div>`,
      `<div class="fx-bar"><span class="fx-name" data-testid="name-box">${escape(selectedAddress)}</span>`,
      `<span aria-hidden="true">fx</span><span class="fx-formula" data-testid="formula-bar">${escape(formulaBarText(selectedCell))}</span></div>`,
      `<div class="fx-grid">${this.gridHtml(sheet)}</div>`,
      `<div class="fx-tabs" role="tablist">${this.tabsHtml(sheet)}</div>`,
    ].join("");
    placeCharts(this.root);
    this.root.querySelector(".fx-selected")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  private gridHtml(sheet: FakeSheet): string {
    const used = sheet.usedRect(false);
    // Charts float over cells that may hold nothing: the grid reaches as far as they do.
    const chartBottom = Math.max(0, ...sheet.charts.map((chart) => chart.position?.end.bottom ?? 0));
    const chartRight = Math.max(0, ...sheet.charts.map((chart) => chart.position?.end.right ?? 0));
    const rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, used.bottom + 4, chartBottom + 2));
    const columns = Math.max(MIN_COLUMNS, used.right + 2, chartRight + 2);
    const computed = computeFormulaValues(sheet, used.bottom + 1, used.right + 1);
    const selection = this.workbook.selection.sheet === sheet ? this.workbook.selection.rect : null;
    const covered = coveredByMerges(sheet);

    const widths = Array.from({ length: columns }, (_, c) => {
      const points = sheet.columnWidths.get(c);
      // office-js column widths are in points; 4/3 px per point at 96 dpi.
      return points === undefined ? DEFAULT_COLUMN_PX : Math.min(MAX_COLUMN_PX, Math.max(24, Math.round((points * 4) / 3)));
    });
    const colgroup = `<colgroup><col style="width:${ROW_HEADER_PX}px">${widths.map((w) => `<col style="width:${w}px">`).join("")}</colgroup>`;
    const head = `<thead><tr><th></th>${widths
      .map((_, c) => `<th class="${selection && c >= selection.left && c <= selection.right ? "fx-current" : ""}">${columnName(c)}</th>`)
      .join("")}</tr></thead>`;

    const body: string[] = [];
    // Rows this user sees hidden (hidden rows, a filter of the sheet or of the sheet view it is in) are not drawn, as in Excel.
    const hiddenRows = new Set(hiddenRowsOf(sheet, "me"));
    for (let r = 0; r < rows; r += 1) {
      if (hiddenRows.has(r)) continue;
      const current = selection !== null && r >= selection.top && r <= selection.bottom;
      const cells: string[] = [`<th class="${current ? "fx-current" : ""}">${r + 1}</th>`];
      for (let c = 0; c < columns; c += 1) {
        const span = covered.get(`${r},${c}`);
        if (span === "hidden") continue;
        cells.push(this.cellHtml(sheet, r, c, computed, selection, span));
      }
      body.push(`<tr>${cells.join("")}</tr>`);
    }
    // Fixed table layout only applies to a table with a width; without one, content would size the columns.
    const tableWidth = ROW_HEADER_PX + widths.reduce((sum, w) => sum + w, 0);
    const valueAt = (r: number, c: number): ComputedValue => {
      const cell = sheet.cell(r, c);
      return cell?.formula != null ? (computed.get(`${r},${c}`) ?? null) : (cell?.value ?? null);
    };
    const charts = sheet.charts.map((chart) => chartHtml(sheet, chart, valueAt, escape)).join("");
    return `<div class="fx-sheet"><table data-sheet="${escape(sheet.name)}" style="width:${tableWidth}px">${colgroup}${head}<tbody>${body.join("")}</tbody></table>${charts}</div>`;
  }

  private cellHtml(
    sheet: FakeSheet,
    r: number,
    c: number,
    computed: Map<string, ComputedValue>,
    selection: Rect | null,
    span: { rows: number; columns: number } | undefined,
  ): string {
    const cell = sheet.cell(r, c);
    const key = `${r},${c}`;
    const value: ComputedValue = cell?.formula != null ? (computed.get(key) ?? cell.formula) : (cell?.value ?? null);
    const text = formatCellValue(value, sheet.numberFormatAt(r, c));
    const classes: string[] = [];
    const style: string[] = [];
    const format = (property: string) => sheet.formatAt(r, c, property);
    const horizontal = format("horizontalAlignment");
    if (typeof value === "number" && horizontal === undefined && sheet.numberFormatAt(r, c) !== "@") classes.push("fx-number");
    if (format("wrapText") === true) classes.push("fx-wrap");
    else if (typeof value === "string" && value !== "" && !span && isEmpty(sheet.cell(r, c + 1))) classes.push("fx-spill");
    if (format("font.bold") === true) style.push("font-weight:bold");
    if (format("font.italic") === true) style.push("font-style:italic");
    const fill = format("fill.color");
    if (typeof fill === "string") style.push(`background-color:${cssColor(fill)}`);
    const color = format("font.color");
    if (typeof color === "string") style.push(`color:${cssColor(color)}`);
    if (typeof horizontal === "string") style.push(`text-align:${horizontal.toLowerCase()}`);
    if (selection && contains(selection, r, c)) {
      classes.push("fx-in-selection");
      if (r === selection.top && c === selection.left) classes.push("fx-selected");
    }
    const spanAttributes = span ? ` rowspan="${span.rows}" colspan="${span.columns}"` : "";
    const address = `${columnName(c)}${r + 1}`;
    return `<td data-address="${address}" class="${classes.join(" ")}" style="${style.join(";")}"${spanAttributes} title="${escape(text)}">${escape(text)}</td>`;
  }

  private tabsHtml(active: FakeSheet): string {
    return this.workbook.sheets
      // Excel shows no tab for a hidden or very hidden sheet (the add-in's metadata sheet).
      .filter((sheet) => sheet.visibility === "Visible")
      .map(
        (sheet) =>
          `<button type="button" role="tab" class="fx-tab${sheet === active ? " fx-active" : ""}" aria-selected="${sheet === active}" data-sheet="${escape(sheet.name)}">${escape(sheet.name)}</button>`,
      )
      .join("");
  }

  private onClick(event: Event): void {
    const target = event.target instanceof Element ? event.target : null;
    const tab = target?.closest<HTMLElement>(".fx-tab");
    if (tab?.dataset.sheet !== undefined) {
      const sheet = this.workbook.get(tab.dataset.sheet);
      this.workbook.select(sheet.name, sheet === this.workbook.selection.sheet ? formatA1(this.workbook.selection.rect) : "A1");
      this.render();
      return;
    }
    const cell = target?.closest<HTMLElement>("td[data-address]");
    if (cell?.dataset.address !== undefined) {
      this.workbook.select(this.workbook.activeSheet.name, cell.dataset.address);
      this.render();
    }
  }
}

function isEmpty(cell: FakeCell | undefined): boolean {
  return cell === undefined || (cell.type === "empty" && cell.formula === null);
}

/** The formula bar shows a formula as written and a typed number with the decimal comma, as Excel in Vietnamese does. */
function formulaBarText(cell: FakeCell | undefined): string {
  if (!cell) return "";
  if (cell.formula !== null) return cell.formula;
  return typeof cell.value === "number" ? formatCellValue(cell.value, "General") : formatCellValue(cell.value, "@");
}

/** The top-left cell of each merge gets its span; the other cells of the merge are not drawn. */
function coveredByMerges(sheet: FakeSheet): Map<string, { rows: number; columns: number } | "hidden"> {
  const covered = new Map<string, { rows: number; columns: number } | "hidden">();
  for (const merge of sheet.merges) {
    // A whole-row or whole-column merge is no title cell: drawing it would add thousands of cells.
    if (merge.bottom - merge.top > MAX_ROWS || merge.right - merge.left > 100) continue;
    for (let r = merge.top; r <= merge.bottom; r += 1) {
      for (let c = merge.left; c <= merge.right; c += 1) covered.set(`${r},${c}`, "hidden");
    }
    covered.set(`${merge.top},${merge.left}`, { rows: merge.bottom - merge.top + 1, columns: merge.right - merge.left + 1 });
  }
  return covered;
}

/** office-js colours are "#RRGGBB" or names; anything else is dropped rather than injected into CSS. */
function cssColor(color: string): string {
  return /^#?[0-9a-f]{6}$/i.test(color) ? (color.startsWith("#") ? color : `#${color}`) : /^[a-z]+$/i.test(color) ? color : "inherit";
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
