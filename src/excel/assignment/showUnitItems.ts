// "Chỉ hiện mục của đơn vị": the scoring sheet showing only one unit's item rows — its items, the
// lĩnh vực and tiêu chí above them (so the rows keep their context), the header and everything
// outside the item rows (titles, totals) — for a department working in a shared workbook. It
// never writes a cell value: only what is shown changes.
//  - Excel on the web (ExcelApiOnline 1.1): a named sheet view of the user's own, "Mục của <đơn
//    vị>", switched to and filtered there. A sheet view's filter applies to whoever switched to
//    it; co-authors keep seeing every row ("sheetView").
//  - Elsewhere, with ExcelApi 1.9: an AutoFilter on the item code column of the sheet itself;
//    without 1.9, the other rows hidden. Everyone with the workbook open sees that ("rows"), as
//    the pane says.
// Unit null shows every row again: leaves the sheet view, or takes the filter off / shows the rows.
// Syncs: the snapshot, the block (with the views or the filter state alongside), the filter — three.
import { cellText, rangeAddress } from "../../domain/cells";
import { findUnit } from "../../domain/assignment/resolveAssignment";
import { indexTemplate } from "../../domain/template/tree";
import { rectAddress } from "../sheets/addresses";
import type { UnitFilterRequest, UnitFilterResult } from "./assignmentOperations";
import type { HostDependencies } from "../host/hostEnvironment";
import { readAssignmentSource } from "./readAssignmentSource";
import { runAction } from "../host/runAction";

/** The views this action makes start so: "Mục của Sở Tư pháp". */
const VIEW_PREFIX = "Mục của ";

/** The unit's view: its whole name (two units must not share a view), without the characters sheet names refuse. */
export function unitViewName(unit: string): string {
  return `${VIEW_PREFIX}${unit}`.normalize("NFC").replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " ").trim();
}

export function showUnitItems(host: HostDependencies, request: UnitFilterRequest): Promise<UnitFilterResult> {
  return runAction(
    host,
    "showUnitItems",
    async (scope): Promise<UnitFilterResult> => {
      const { features } = scope;
      // A sheet view is filtered with the AutoFilter too: both sets, or the sheet's own filter.
      const inView = features.sheetViews && features.autoFilter;
      let views: Excel.NamedSheetViewCollection | null = null;
      let filter: Excel.AutoFilter | null = null;
      const source = await readAssignmentSource(scope, request.sheetName, {
        alongside: (sheetName) => {
          const worksheet = scope.context.workbook.worksheets.getItem(sheetName);
          if (features.sheetViews && features.autoFilter) views = loadViews(worksheet);
          else if (features.autoFilter) filter = loadFilter(worksheet);
        },
      });
      const sheetName = source.record.sheetName;
      const worksheet = scope.context.workbook.worksheets.getItem(sheetName);
      const index = indexTemplate(source.template);
      const itemRows = index.items.flatMap((item) => {
        const row = source.read.rowOf[item.code];
        return row === undefined ? [] : [{ code: item.code, row }];
      });
      const unit = request.unit === null ? null : findUnit(source.assignment, request.unit);
      if (request.unit !== null && !unit) return scope.fail("unitNotAssigned", { unit: request.unit, sheet: sheetName });
      const shownCodes = unit ? new Set(unit.items.flatMap((code) => index.byCode.get(code)?.path ?? [code])) : null;
      const shown = shownCodes ? itemRows.filter((item) => shownCodes.has(item.code)).length : itemRows.length;
      const result = (): UnitFilterResult => ({
        sheetName,
        unit: unit?.unit.name ?? null,
        shown,
        hidden: itemRows.length - shown,
        method: inView ? "sheetView" : "rows",
      });
      if (itemRows.length === 0) return result();

      // The filtered block: from the header row (the filter's own row, never hidden) to the last item row.
      const header = source.read.headerRow;
      const lastRow = Math.max(...itemRows.map((item) => item.row));
      const lastColumn = Math.max(0, (source.block.values[header]?.length ?? 1) - 1);
      const block = rangeAddress(header, 0, lastRow, lastColumn);
      const criteria = (codes: ReadonlySet<string>): Excel.FilterCriteria => ({
        filterOn: "Values",
        // As column A holds them (text): codes staff retyped keep their own spelling.
        values: [...new Set(itemRows.filter((item) => codes.has(item.code)).map((item) => cellText(source.block.values[item.row]?.[0]).trim() || item.code))],
      });

      scope.progress("writing");
      const plan: FilterPlan = { block, criteria: shownCodes ? criteria(shownCodes) : null, unitView: unit ? unitViewName(unit.unit.name) : null };
      if (features.sheetViews && features.autoFilter) {
        queueSheetView(worksheet, plan, new Set((views as Excel.NamedSheetViewCollection | null)?.items.map((view) => view.name) ?? []));
      } else if (features.autoFilter) {
        queueAutoFilter(worksheet, plan, (filter as Excel.AutoFilter | null)?.enabled === true);
      } else {
        const hiddenRows = shownCodes ? itemRows.filter((item) => !shownCodes.has(item.code)).map((item) => item.row) : [];
        const runs = rowRuns(hiddenRows);
        await scope.budget.reserveCommands(1 + runs.length);
        queueHiddenRows(worksheet, rangeAddress(header + 1, 0, lastRow, 0), runs);
      }
      await scope.context.sync();
      scope.progress("done");
      return result();
    },
    request.sheetName !== undefined ? { sheet: request.sheetName } : {},
  );
}

/** Sorted rows as runs of consecutive rows, [first, last]. */
function rowRuns(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[1] + 1 === row) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

interface FilterPlan {
  /** The header row to the last item row, A1 style. */
  block: string;
  /** The codes to keep shown; null to show every row. */
  criteria: Excel.FilterCriteria | null;
  unitView: string | null;
}

function loadViews(worksheet: Excel.Worksheet): Excel.NamedSheetViewCollection {
  return worksheet.namedSheetViews.load("items/name");
}

function loadFilter(worksheet: Excel.Worksheet): Excel.AutoFilter {
  return worksheet.autoFilter.load("enabled");
}

/** The unit's view, switched to (made the first time) and filtered; or, for every row, out of the view. */
function queueSheetView(worksheet: Excel.Worksheet, plan: FilterPlan, existing: ReadonlySet<string>): void {
  const views = worksheet.namedSheetViews;
  if (plan.criteria && plan.unitView !== null) {
    // The sheet first: a sheet view is switched to on the sheet shown.
    worksheet.activate();
    const view = existing.has(plan.unitView) ? views.getItem(plan.unitView) : views.add(plan.unitView);
    view.activate();
    worksheet.autoFilter.apply(plan.block, 0, plan.criteria);
  } else if ([...existing].some((name) => name.startsWith(VIEW_PREFIX))) {
    views.exit();
  }
}

function queueAutoFilter(worksheet: Excel.Worksheet, plan: FilterPlan, enabled: boolean): void {
  if (plan.criteria) worksheet.autoFilter.apply(plan.block, 0, plan.criteria);
  else if (enabled) worksheet.autoFilter.remove();
}

function queueHiddenRows(worksheet: Excel.Worksheet, itemBlock: string, hidden: readonly [number, number][]): void {
  worksheet.getRange(itemBlock).rowHidden = false;
  for (const [top, bottom] of hidden) worksheet.getRange(rectAddress({ top, left: 0, bottom, right: 0 })).rowHidden = true;
}
