// The finishes a sheet can go without, drawn once its content and its metadata record are in:
// frozen panes, score-cell validation (ExcelApi 1.8), print settings with page breaks and fit to
// page width (ExcelApi 1.9), number formats on charts (ExcelApi 1.8). Each one is optional: one this Excel lacks is not sent, and one Excel refuses
// (a page-layout value a build does not take, a freeze quirk) is reported, not fatal, because
// the sheet and its record are already complete. All go in one request; only if that fails are
// they sent one by one, so the others still land and the refused ones are named.
import { columnLetter, rangeAddress } from "../../domain/cells";
import type { SheetLayout, ValidationSpec } from "../../domain/layout/sheetLayout";
import { absoluteRows } from "./addresses";
import type { HostFeature, HostFeatures } from "../host/features";
import { isOfficeError } from "../host/hostError";
import { COMMAND_BYTES, payloadBytes, type RequestBudget } from "../host/requestBudget";
import { queueChartNumberFormats } from "../ranking/writeCharts";

export interface SheetFinish {
  feature: HostFeature;
  /** Queues the finish's commands; repeating it gives the same sheet (it may run twice). */
  queue: (budget: RequestBudget) => Promise<void>;
}

/** The finishes a layout asks for that this Excel supports, and those it does not. */
export function layoutFinishes(
  worksheet: Excel.Worksheet,
  layout: SheetLayout,
  features: HostFeatures,
): { finishes: SheetFinish[]; unsupported: HostFeature[] } {
  const finishes: SheetFinish[] = [];
  const unsupported: HostFeature[] = [];
  const { freeze, print } = layout;
  if (freeze.rows > 0 || freeze.columns > 0) {
    finishes.push({ feature: "freezePanes", queue: (budget) => queueFreezePanes(worksheet, freeze, budget) });
  }
  if (layout.validations.length > 0) {
    if (features.dataValidation) {
      finishes.push({ feature: "dataValidation", queue: (budget) => queueValidations(worksheet, layout.validations, budget) });
    } else {
      unsupported.push("dataValidation");
    }
  }
  if (features.pageLayout) {
    finishes.push({ feature: "pageLayout", queue: (budget) => queuePageSetup(worksheet, print, layout.pageBreaks ?? [], budget) });
    if (print.fitToWidth) finishes.push({ feature: "fitToWidth", queue: (budget) => queueFitToWidth(worksheet, budget) });
  } else {
    unsupported.push("pageLayout");
    if (print.fitToWidth) unsupported.push("fitToWidth");
  }
  const charts = layout.charts ?? [];
  if (charts.length > 0) {
    if (features.chartNumberFormat) {
      finishes.push({ feature: "chartNumberFormat", queue: (budget) => queueChartNumberFormats(worksheet, charts, budget) });
    } else {
      unsupported.push("chartNumberFormat");
    }
  }
  return { finishes, unsupported };
}

/**
 * The finishes of a sheet drawn beside the one staff should land on (a fields sheet beside its
 * plan): frozen panes activate their sheet (see queueFreezePanes), so that finish hands the
 * active sheet back in the same request.
 */
export function finishesBeside(
  planned: { finishes: SheetFinish[]; unsupported: HostFeature[] },
  landOn: Excel.Worksheet,
): { finishes: SheetFinish[]; unsupported: HostFeature[] } {
  const finishes = planned.finishes.map((finish): SheetFinish =>
    finish.feature !== "freezePanes"
      ? finish
      : {
          feature: finish.feature,
          queue: async (budget) => {
            await finish.queue(budget);
            await budget.reserveCommands(1);
            landOn.activate();
          },
        },
  );
  return { finishes, unsupported: planned.unsupported };
}

/** Several sheets' finishes as one set, each feature named once. */
export function allFinishes(planned: readonly { finishes: SheetFinish[]; unsupported: HostFeature[] }[]): { finishes: SheetFinish[]; unsupported: HostFeature[] } {
  return { finishes: planned.flatMap((entry) => entry.finishes), unsupported: [...new Set(planned.flatMap((entry) => entry.unsupported))] };
}

/**
 * Draws the finishes; returns those not drawn (unsupported first, then refused). Syncs: one, or
 * one more per finish when the first request failed.
 */
export async function applyFinishes(
  context: Excel.RequestContext,
  budget: RequestBudget,
  planned: { finishes: SheetFinish[]; unsupported: HostFeature[] },
): Promise<HostFeature[]> {
  const { finishes, unsupported } = planned;
  if (finishes.length === 0) return unsupported;
  try {
    for (const finish of finishes) await finish.queue(budget);
    await context.sync();
    budget.synced();
    return unsupported;
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    budget.synced();
  }
  const refused: HostFeature[] = [];
  for (const finish of finishes) {
    try {
      await finish.queue(budget);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only after a refusal, once per finish (four at most)
      await context.sync();
    } catch (error) {
      if (!isOfficeError(error)) throw error;
      refused.push(finish.feature);
    }
    budget.synced();
  }
  return [...unsupported, ...refused];
}

async function queueFreezePanes(worksheet: Excel.Worksheet, freeze: SheetLayout["freeze"], budget: RequestBudget): Promise<void> {
  await budget.reserveCommands(2);
  // Frozen panes of a sheet that is not the active one leave Excel's active and shown sheets out
  // of step (OfficeDev/office-js#3148): activate it in the same request, right before.
  worksheet.activate();
  const panes = worksheet.freezePanes;
  if (freeze.rows > 0 && freeze.columns > 0) {
    // freezeAt freezes the rows above and the columns left of the range's far corner, both at once.
    panes.freezeAt(worksheet.getRange(rangeAddress(0, 0, freeze.rows - 1, freeze.columns - 1)));
  } else if (freeze.rows > 0) {
    panes.freezeRows(freeze.rows);
  } else {
    panes.freezeColumns(freeze.columns);
  }
}

export async function queueValidations(worksheet: Excel.Worksheet, specs: readonly ValidationSpec[], budget: RequestBudget): Promise<void> {
  for (const spec of specs) {
    // clear (so a repeat replaces the rule), then rule, prompt and error alert carrying the spec's text.
    await budget.reserve(payloadBytes(spec) + 3 * COMMAND_BYTES);
    const validation = worksheet.getRange(spec.range).dataValidation;
    validation.clear();
    validation.rule =
      spec.rule.kind === "decimal"
        ? { decimal: { formula1: spec.rule.min, formula2: spec.rule.maxFormula, operator: "Between" } }
        : { list: { inCellDropDown: true, source: spec.rule.values.join(",") } };
    validation.prompt = { showPrompt: true, title: spec.prompt.title, message: spec.prompt.message };
    validation.errorAlert = { showAlert: true, style: "Stop", title: spec.error.title, message: spec.error.message };
  }
}

async function queuePageSetup(worksheet: Excel.Worksheet, print: SheetLayout["print"], pageBreaks: readonly number[], budget: RequestBudget): Promise<void> {
  await budget.reserveCommands(5);
  const page = worksheet.pageLayout;
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = "A4";
  const repeat = print.repeatRows;
  if (repeat) page.setPrintTitleRows(absoluteRows(repeat.first - 1, repeat.last - 1));
  const columns = print.repeatColumns;
  if (columns) page.setPrintTitleColumns(`$${columnLetter(columns.first - 1)}:$${columnLetter(columns.last - 1)}`);
  if (!print.fitToWidth && print.scale !== undefined) page.zoom = { scale: print.scale };
  if (pageBreaks.length === 0) return;
  // Cleared first, so drawing the finish again (after a refusal) does not add the breaks twice.
  await budget.reserveCommands(1 + pageBreaks.length);
  worksheet.horizontalPageBreaks.removePageBreaks();
  for (const row of pageBreaks) worksheet.horizontalPageBreaks.add(rangeAddress(row, 0, row, 0));
}

/**
 * One page wide, as many tall as needed. The file format says so with fitToHeight="0"; office-js
 * documents no "automatic" for verticalFitToPages, so 0 is sent here alone, where a build that
 * refuses it costs only this finish.
 */
async function queueFitToWidth(worksheet: Excel.Worksheet, budget: RequestBudget): Promise<void> {
  await budget.reserveCommands(1);
  worksheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
}
