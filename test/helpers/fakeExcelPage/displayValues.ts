// What the fake page's grid shows in a cell: a formula's value computed by HyperFormula (the fake
// host itself never calculates, as src/excel does not rely on it), numbers the way Excel set to
// Vietnamese prints them, text as typed.
import { HyperFormula } from "hyperformula";
import type { FakeSheet } from "../fakeExcel";

export type ComputedValue = string | number | boolean | null;

/** A sheet's formula values by "row,column"; empty when HyperFormula cannot read the sheet. */
export function computeFormulaValues(sheet: FakeSheet, rows: number, columns: number): Map<string, ComputedValue> {
  const computed = new Map<string, ComputedValue>();
  const hasFormula = [...sheet.cells.values()].some((cell) => cell.formula !== null);
  if (!hasFormula) return computed;
  const grid = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c): string | number | boolean | null => {
      const cell = sheet.cell(r, c);
      if (!cell || cell.type === "empty") return null;
      if (cell.formula !== null) return cell.formula;
      // A leading apostrophe keeps HyperFormula from reading text such as "3,8" or "x" as input to parse.
      return typeof cell.value === "string" ? `'${cell.value}` : cell.value;
    }),
  );
  let engine: HyperFormula | null = null;
  try {
    engine = HyperFormula.buildFromArray(grid, { licenseKey: "gpl-v3" });
    const values = engine.getSheetValues(0);
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === null) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      const value: unknown = values[r]?.[c];
      computed.set(key, isPlainValue(value) ? value : errorText(value));
    }
  } catch (error) {
    // A formula HyperFormula does not know leaves the grid showing formula text: only the picture suffers.
    if (!(error instanceof Error)) throw error;
  } finally {
    engine?.destroy();
  }
  return computed;
}

function isPlainValue(value: unknown): value is string | number | boolean | null {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

function errorText(value: unknown): string {
  const text = (value as { value?: unknown } | undefined)?.value;
  return typeof text === "string" ? text : "#VALUE!";
}

const VIETNAMESE = "vi-VN";

/** "0.00" → 2 decimals, "0.00%" → a percentage, "@" → as text; General shows up to 10 decimals. */
export function formatCellValue(value: ComputedValue, numberFormat: string): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (numberFormat === "@") return String(value);
  const decimals = /0\.(0+)/.exec(numberFormat)?.[1]?.length;
  const percent = numberFormat.endsWith("%");
  const shown = percent ? value * 100 : value;
  const text = new Intl.NumberFormat(VIETNAMESE, {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 10,
    useGrouping: false,
  }).format(shown);
  return percent ? `${text}%` : text;
}
