// Finds the scores again in a scoring sheet read back as a grid: rows are matched by the code in
// column A (so rows moved by staff still count), cells are reported by their A1 address, and
// subtotal cells whose formulas were typed over are flagged.
import { cellAddress, cellText, isBlank, rowIndexes, type CellValue, type Grid } from "../cells";
import { makeIssue, type Issue } from "../issues";
import type { AdjustmentInput, RoundColumn, ScoreInput, ScoreSheetInput } from "../scoring/scoreInput";
import type { Template } from "../template/schema";
import { indexTemplate } from "../template/tree";
import { SCORE_COLUMNS as C, SCORE_HEADER_ROW, SCORE_HEADERS } from "./scoreSheetColumns";
import { detectScoreLayout, type ScoreLayoutColumns } from "./scoreLayoutVersion";

export interface ReadScoreSheetOptions {
  sheet?: string;
  /** The same block as `values` but with formulas, to notice subtotals typed over. */
  formulas?: Grid;
  /** Zero-based sheet position of grid[0][0]; A1 when omitted. */
  origin?: { row: number; column: number };
}

export interface ScoreSheetRead {
  input: ScoreSheetInput;
  issues: Issue[];
  /** 0-based sheet row of each code found. */
  rowOf: Record<string, number>;
  /** The layout version found in the header, and where evidence and explanations are. */
  layout: ScoreLayoutColumns;
  /** 0-based grid row of the header. */
  headerRow: number;
}

export function readScoreSheet(template: Template, values: Grid, options: ReadScoreSheetOptions = {}): ScoreSheetRead {
  const index = indexTemplate(template);
  const top = options.origin?.row ?? 0;
  const left = options.origin?.column ?? 0;
  const sheet = options.sheet;
  const at = (row: number, column: number) => cellAddress(top + row, left + column);
  const issues: Issue[] = [];
  const header = findHeaderRow(values);
  const layout = detectScoreLayout(values[header]);
  const rowOf: Record<string, number> = {};
  const items: ScoreInput[] = [];
  const adjustments: AdjustmentInput[] = [];
  const adjustmentCodes = new Set(index.adjustments.map((a) => a.code));
  // The round-2 score is read only where the sheet has the appraisal rounds' columns (layout 3).
  const roundColumns: readonly RoundColumn[] = layout.rounds ? ["self", "appraised", "round2"] : ["self", "appraised"];
  const roundTexts = (row: readonly CellValue[], r: number) =>
    layout.rounds
      ? {
          values: { round2: row[C.round2], councilNote: row[C.councilNote], reply: row[C.reply], councilNote2: row[C.councilNote2] },
          cells: { round2: at(r, C.round2), councilNote: at(r, C.councilNote), reply: at(r, C.reply), councilNote2: at(r, C.councilNote2) },
        }
      : { values: {}, cells: {} };

  // A host may leave rows with nothing out of the grid (a far stray cell): only the rows there are.
  for (const r of rowIndexes(values, header + 1)) {
    const row = values[r];
    if (!row) continue;
    const code = normalizeCode(row[C.code]);
    if (!code) continue;
    const known = index.byCode.get(code);
    if (!known && !adjustmentCodes.has(code)) {
      if (/^\d+(\.\d+)*$/.test(code)) {
        issues.push(makeIssue("item_row_unknown", "warning", { itemCode: code }, { sheet, cell: at(r, C.code) }));
      }
      continue;
    }
    if (rowOf[code] !== undefined) {
      issues.push(makeIssue("item_row_duplicate", "warning", { itemCode: code }, { sheet, cell: at(r, C.code), path: known?.path }));
      continue;
    }
    rowOf[code] = top + r;
    if (known) {
      // A score given by a formula that a program saved without calculating: its value is unknown.
      const unresolved = known.leaf
        ? roundColumns.filter((column) => {
            const formula = options.formulas?.[r]?.[C[column]];
            const pending = typeof formula === "string" && formula.startsWith("=") && isBlank(row[C[column]]);
            if (pending) {
              issues.push(makeIssue("score_formula_no_result", "error", { itemCode: code, column, formula: String(formula) }, { sheet, cell: at(r, C[column]), path: known.path }));
            }
            return pending;
          })
        : [];
      const rounds = roundTexts(row, r);
      items.push({
        code,
        self: known.leaf ? row[C.self] : undefined,
        appraised: known.leaf ? row[C.appraised] : undefined,
        ...rounds.values,
        ...(known.leaf ? {} : { round2: undefined }),
        notApplicable: row[C.notApplicable],
        ...(layout.evidence === null ? {} : { evidence: row[layout.evidence] }),
        ...(layout.explanation === null ? {} : { explanation: row[layout.explanation] }),
        leadUnit: row[C.leadUnit],
        coUnits: row[C.coUnits],
        cells: {
          self: at(r, C.self),
          appraised: at(r, C.appraised),
          notApplicable: at(r, C.notApplicable),
          evidence: at(r, C.evidence),
          ...(layout.explanation === null ? {} : { explanation: at(r, layout.explanation) }),
          leadUnit: at(r, C.leadUnit),
          coUnits: at(r, C.coUnits),
          ...rounds.cells,
        },
        ...(unresolved.length > 0 ? { unresolved } : {}),
      });
      const expected = known.leaf
        ? [C.applicableMax, C.score, C.lostPoints, C.percent]
        : // The round-2 subtotal (S) is shown, not counted (the engine adds the leaves): the hosts read formulas of E…J only.
          [C.applicableMax, C.self, C.appraised, C.score, C.lostPoints, C.percent];
      checkFormulas(options.formulas?.[r], expected, (column) => {
        issues.push(makeIssue("formula_replaced", "warning", { itemCode: code }, { sheet, cell: at(r, column), path: known.path }));
      });
    } else {
      adjustments.push({
        code,
        self: row[C.self],
        appraised: row[C.appraised],
        ...(layout.rounds ? { round2: row[C.round2] } : {}),
        cells: { self: at(r, C.self), appraised: at(r, C.appraised), ...(layout.rounds ? { round2: at(r, C.round2) } : {}) },
      });
    }
  }
  for (const item of index.items) {
    if (rowOf[item.code] === undefined) {
      issues.push(makeIssue("item_row_missing", "error", { itemCode: item.code }, { sheet, path: item.path }));
    }
  }
  for (const adjustment of index.adjustments) {
    if (rowOf[adjustment.code] === undefined) {
      issues.push(makeIssue("item_row_missing", "error", { itemCode: adjustment.code }, { sheet, path: [adjustment.code] }));
    }
  }
  return { input: { sheet, evidenceRead: layout.evidence !== null, items, adjustments }, issues, rowOf, layout, headerRow: header };
}

/** Row of the "Mã" header; staff may have inserted rows above it. */
export function findHeaderRow(values: Grid): number {
  for (let r = 0; r < Math.min(values.length, 50); r += 1) {
    const row = values[r] ?? [];
    if (cellText(row[C.code]) === SCORE_HEADERS.code && cellText(row[C.name]) === SCORE_HEADERS.name) return r;
  }
  return SCORE_HEADER_ROW;
}

function normalizeCode(value: unknown): string {
  if (typeof value === "number") return String(value);
  return typeof value === "string" ? value.trim().replace(/\.$/, "") : "";
}

function checkFormulas(
  formulas: readonly unknown[] | undefined,
  columns: readonly number[],
  report: (column: number) => void,
): void {
  if (!formulas) return;
  for (const column of columns) {
    const cell = formulas[column];
    if (!(typeof cell === "string" && cell.startsWith("="))) report(column);
  }
}
