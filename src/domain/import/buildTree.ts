// The criteria tree from the item rows: each code under its parent, maxima read exactly (a blank
// parent maximum is its children's sum), the optional columns read, and every row-level problem
// reported at its cell.
import { cellText, isBlank, type CellValue } from "../cells";
import { makeIssue, type Issue } from "../issues";
import { fromHundredths, parsePoints, toHundredths } from "../points";
import type { Criterion } from "../template/schema";
import { cleanLines, collapseSpaces } from "./foldText";
import { locate, pathOf, type GridPlace } from "./gridPlace";
import { readMethod } from "./readMethod";
import { readNotApplicable } from "./readNotApplicable";
import type { ItemColumns, ItemRow } from "./readItemRows";

export interface BuiltTree {
  areas: Criterion[];
  /** The row each code was read from, to put the template's own issues on cells. */
  rowOf: ReadonlyMap<string, ItemRow>;
  /** Codes whose maximum is not known (missing, unreadable, or summed from such a child). */
  unknownMax: ReadonlySet<string>;
  /** Parents with a given maximum but a child whose maximum is not known. */
  unknownChildrenSum: ReadonlySet<string>;
  issues: Issue[];
}

interface Node {
  code: string;
  item: ItemRow;
  children: Node[];
}

type MaxCell = { kind: "blank" } | { kind: "points"; maxPoints: number } | { kind: "bad"; text: string };

export function buildTree(items: readonly ItemRow[], codes: readonly string[], columns: ItemColumns, place: GridPlace): BuiltTree {
  const issues: Issue[] = [];
  const at = (item: ItemRow, column: number, code: string) => locate(place, item.row, column, pathOf(code));

  const nodes = new Map<string, Node>();
  items.forEach((item, i) => {
    const code = codes[i] ?? "";
    if (nodes.has(code)) {
      issues.push(makeIssue("duplicate_code", "error", { itemCode: code }, at(item, columns.code, code)));
    } else {
      nodes.set(code, { code, item, children: [] });
    }
  });

  const roots: Node[] = [];
  for (const node of nodes.values()) {
    const parentCode = node.code.includes(".") ? node.code.slice(0, node.code.lastIndexOf(".")) : null;
    const parent = parentCode === null ? undefined : nodes.get(parentCode);
    if (parentCode === null) roots.push(node);
    else if (parent) parent.children.push(node);
    else issues.push(makeIssue("code_not_under_parent", "error", { itemCode: node.code, parentCode }, at(node.item, columns.code, node.code)));
  }

  const rowOf = new Map<string, ItemRow>();
  const unknownMax = new Set<string>();
  const unknownChildrenSum = new Set<string>();

  const build = (node: Node): Criterion => {
    const { code, item } = node;
    rowOf.set(code, item);
    const children = node.children.map(build);
    const childUnknown = node.children.some((child) => unknownMax.has(child.code));
    const max = readMaxCell(item.cells[columns.max]);
    let maxPoints = 0;
    if (max.kind === "points") {
      maxPoints = max.maxPoints;
      if (childUnknown) unknownChildrenSum.add(code);
    } else if (max.kind === "blank" && children.length > 0) {
      // A blank parent maximum is the sum of its children; a given one is kept and checked.
      maxPoints = fromHundredths(children.reduce((sum, child) => sum + toHundredths(child.maxPoints), 0));
      if (childUnknown) unknownMax.add(code);
    } else {
      unknownMax.add(code);
      issues.push(
        max.kind === "bad"
          ? makeIssue("import_bad_max", "error", { itemCode: code, text: max.text }, at(item, columns.max, code))
          : makeIssue("import_missing_max", "error", { itemCode: code }, at(item, columns.max, code)),
      );
    }

    let name = item.name;
    if (name === "") {
      issues.push(makeIssue("import_missing_name", "error", { itemCode: code }, at(item, columns.name, code)));
      name = code; // only so the schema check can run on; the import fails anyway
    }
    const criterion: Criterion = { code, name, maxPoints };

    if (columns.method !== undefined) {
      const value = item.cells[columns.method];
      const method = readMethod(value);
      if (method) criterion.method = method;
      else if (method === null) {
        issues.push(makeIssue("import_unknown_method", "warning", { itemCode: code, text: cellText(value) }, at(item, columns.method, code)));
      }
    }
    const guidance = [optionalLines(item.cells, columns.guidance), ...item.guidanceLines].filter((line) => line !== "").join("\n");
    if (guidance !== "") criterion.guidance = guidance;
    const leadUnit = optionalLines(item.cells, columns.leadUnit);
    if (leadUnit !== "") criterion.leadUnit = leadUnit;
    const coUnits = optionalLines(item.cells, columns.coUnits);
    if (coUnits !== "") criterion.coUnits = coUnits;
    if (columns.notApplicable !== undefined) {
      const value = item.cells[columns.notApplicable];
      const allowed = readNotApplicable(value);
      if (allowed) criterion.allowNotApplicable = true;
      else if (allowed === null) {
        issues.push(
          makeIssue("import_bad_not_applicable", "warning", { itemCode: code, text: cellText(value) }, at(item, columns.notApplicable, code)),
        );
      }
    }
    if (children.length > 0) criterion.children = children;
    return criterion;
  };

  return { areas: roots.map(build), rowOf, unknownMax, unknownChildrenSum, issues };
}

/**
 * Points exactly, with a decimal comma or point or "1,5 điểm". Too many decimals or a negative
 * number are kept as typed so the template rules report them at this cell with their value.
 */
function readMaxCell(value: CellValue): MaxCell {
  if (isBlank(value)) return { kind: "blank" };
  if (typeof value === "boolean") return { kind: "bad", text: value ? "TRUE" : "FALSE" };
  const parsed = parsePoints(typeof value === "number" ? value : String(value));
  if (parsed.ok) return { kind: "points", maxPoints: fromHundredths(parsed.value) };
  if (parsed.reason === "not_a_number") return { kind: "bad", text: collapseSpaces(cellText(value)) };
  return { kind: "points", maxPoints: parsed.value };
}

function optionalLines(cells: readonly CellValue[], column: number | undefined): string {
  return column === undefined ? "" : cleanLines(cellText(cells[column]));
}
