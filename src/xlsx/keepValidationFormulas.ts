// Makes exceljs 4.4 read data validations back without losing them: as shipped it parses a
// decimal rule's formula with parseFloat ("$C7" → NaN) and copies a range rule onto every cell,
// which it then writes back anchored at the wrong cells. We keep the formula text and the
// rule's sqref on read, and regroup a sheet's cells into one rule per original range.
import type { DataValidation, Worksheet } from "exceljs";
import DataValidationsXform from "exceljs/lib/xlsx/xform/sheet/data-validations-xform";
import { formatRange, parseRange, slideFormula } from "./a1";
import { dataValidationsOf } from "./exceljsModel";

interface XformState {
  _dataValidation?: DataValidation;
  _formula?: string[];
  _address?: string;
}

/** The sqref each rule object was read from (exceljs shares one object among the rule's cells). */
const sqrefOf = new WeakMap<object, string>();
const NUMBER = /^\s*-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;
let installed = false;

export function installValidationReadFix(): void {
  if (installed) return;
  installed = true;
  const proto = DataValidationsXform.prototype;
  const original = proto.parseClose;
  proto.parseClose = function parseClose(this: XformState, name: string): boolean {
    const rule = this._dataValidation;
    if ((name === "formula1" || name === "formula2") && rule && this._formula) {
      const text = this._formula.join("");
      if (!NUMBER.test(text) && rule.type !== "list" && rule.type !== "custom") {
        rule.formulae.push(text);
        this._formula = undefined;
        return true;
      }
    }
    if (name === "dataValidation" && rule && this._address) sqrefOf.set(rule, this._address);
    return original.call(this, name);
  };
}

/** One rule per rectangle of the original sqref, each with its formulas slid to its top-left cell. */
export function regroupValidations(worksheet: Worksheet): void {
  const validations = dataValidationsOf(worksheet);
  const byRule = new Map<DataValidation, string[]>();
  for (const [address, rule] of Object.entries(validations.model)) {
    if (!rule) continue;
    const cells = byRule.get(rule);
    if (cells) cells.push(address);
    else byRule.set(rule, [address]);
  }
  const regrouped: Record<string, DataValidation> = {};
  for (const [rule, cells] of byRule) {
    const sqref = sqrefOf.get(rule);
    if (!sqref) {
      // Added in this session, not read from a file: already keyed as the host wants.
      for (const address of cells) regrouped[address] = rule;
      continue;
    }
    const ranges = sqref.split(/\s+/).filter(Boolean).map(parseRange);
    const anchor = ranges[0]!;
    for (const range of ranges) {
      const rows = range.top - anchor.top;
      const columns = range.left - anchor.left;
      regrouped[formatRange(range)] = {
        ...rule,
        formulae: rule.formulae.map((f: unknown) => (typeof f === "string" ? slideFormula(f, rows, columns) : f)),
      };
    }
  }
  validations.model = regrouped;
}
