// Importing a criteria framework from the table staff paste into a sheet (the official appendix
// copied from Word or Excel): find the header and columns, read the item rows, build the tree,
// check it with the template rules, and put every issue on the cell it concerns.
import { isBlank, parseCellAddress, type CellValue, type Grid } from "../cells";
import { hasErrors, makeIssue, type Issue, type IssueCode } from "../issues";
import { fromHundredths, toHundredths } from "../points";
import { fail, succeed, type Result } from "../result";
import { parseTemplate } from "../template/parseTemplate";
import { TEMPLATE_SCHEMA_VERSION, type Criterion, type Template } from "../template/schema";
import { overlongCells } from "../layout/excelLimits";
import { buildTree, type BuiltTree } from "./buildTree";
import { detectColumns } from "./detectColumns";
import { slugify } from "./foldText";
import { locate, type GridPlace, type Location } from "./gridPlace";
import { readItemRows, type ItemColumns } from "./readItemRows";
import { resolveCodes } from "./resolveCodes";

export interface ImportOptions {
  /** Sheet name for issue locations and the default source. */
  sheet?: string;
  /** Zero-based sheet position of grid[0][0], so issue cells are real A1 addresses. */
  origin?: { row: number; column: number };
  meta?: Partial<Pick<Template, "id" | "name" | "shortName" | "source" | "sourceUrl" | "level" | "scale" | "years" | "description">>;
}

export const DEFAULT_IMPORT_ID = "nhap-tu-bang";
export const DEFAULT_IMPORT_NAME = "Bộ tiêu chí nhập từ bảng";

export function importTemplateFromGrid(grid: Grid, options: ImportOptions = {}): Result<Template> {
  const origin = options.origin ?? { row: 0, column: 0 };
  // Checked up front: a bad origin is the host's mistake even when the table has no issue to place.
  if (![origin.row, origin.column].every((index) => Number.isInteger(index) && index >= 0)) {
    throw new RangeError(`origin must be a zero-based cell position, got ${JSON.stringify(origin)}`);
  }
  const place: GridPlace = { origin };
  if (options.sheet !== undefined) place.sheet = options.sheet;
  const sheetOnly: Location = options.sheet !== undefined ? { sheet: options.sheet } : {};

  const rows = grid.map((row) => row.map(normalizeCell));
  if (rows.every((row) => row.every(isBlank))) return fail([makeIssue("import_empty", "error", {}, sheetOnly)]);
  // Text Excel cannot hold (pasted by another program) would be cut when the sheet is written.
  const overlong = overlongCells(rows, { ...sheetOnly, origin });
  if (overlong.length > 0) return fail(overlong);

  const { header, dataStart, columns } = detectColumns(rows);
  const { code, name, max } = columns;
  if (code === undefined || name === undefined || max === undefined) {
    const missing: Issue[] = [];
    if (code === undefined) missing.push(makeIssue("import_no_code_column", "error", {}, sheetOnly));
    if (name === undefined) missing.push(makeIssue("import_no_name_column", "error", {}, sheetOnly));
    if (max === undefined) missing.push(makeIssue("import_no_max_column", "error", {}, sheetOnly));
    return fail(missing);
  }
  const itemColumns: ItemColumns = { ...columns, code, name, max };

  const reading = readItemRows(rows, dataStart, itemColumns, place);
  if (reading.items.length === 0) return fail([makeIssue("import_empty", "error", {}, sheetOnly), ...reading.issues]);
  const codes = resolveCodes(reading.items.map((item) => item.code));
  const tree = buildTree(reading.items, codes, itemColumns, place);

  const title = options.meta?.name === undefined && header ? tableTitle(rows.slice(0, header.firstRow)) : undefined;
  const named: ImportOptions = title === undefined ? options : { ...options, meta: { ...options.meta, name: title } };
  const checked = parseTemplate(assembleTemplate(tree.areas, named));
  const scaleGiven = options.meta?.scale !== undefined;
  const templateIssues = placeTemplateIssues(checked.issues, tree, itemColumns, place, sheetOnly, scaleGiven);
  const issues = sortByCell([...reading.issues, ...tree.issues, ...templateIssues]);
  return checked.ok && !hasErrors(issues) ? succeed(checked.value, issues) : fail(issues);
}

/**
 * The framework's name as the rows above the table give it: the first text that is not the
 * appendix's label («PHỤ LỤC II»), an attachment line («(Kèm theo Quyết định …)») or a
 * number. The sheet and the template are then named for the framework, not «Bộ tiêu chí nhập».
 */
function tableTitle(above: CellValue[][]): string | undefined {
  for (const row of above) {
    for (const cell of row) {
      if (typeof cell !== "string") continue;
      const text = cell.replace(/\s+/g, " ").trim();
      if (text.length < 4 || /^phụ lục(\s+[\divxlc]+)?[.:]?$/iu.test(text) || /^[(\[]|^kèm theo/iu.test(text) || /^[\d\s.,:-]+$/.test(text)) continue;
      return text.length > 200 ? `${text.slice(0, 199).trimEnd()}…` : text;
    }
  }
  return undefined;
}

/** Word pastes decomposed (NFD) Vietnamese; every comparison and the stored names use NFC. */
function normalizeCell(value: CellValue): CellValue {
  return typeof value === "string" ? value.normalize("NFC") : value;
}

function assembleTemplate(areas: Criterion[], options: ImportOptions): Template {
  const meta = options.meta ?? {};
  const areaTotal = areas.reduce((sum, area) => sum + toHundredths(area.maxPoints), 0);
  const template: Template = {
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id: meta.id ?? (slugify(meta.name ?? "") || DEFAULT_IMPORT_ID),
    name: meta.name ?? DEFAULT_IMPORT_NAME,
    source: meta.source ?? `Bảng dán vào trang ${options.sheet ?? "tính"}`,
    level: meta.level ?? "so",
    // The declared scale defaults to what the table adds up to, so only a given scale is checked;
    // 100 stands in (positive, as the schema wants) when nothing adds up, which fails anyway.
    scale: meta.scale ?? (areaTotal > 0 ? fromHundredths(areaTotal) : 100),
    areas,
  };
  if (meta.shortName !== undefined) template.shortName = meta.shortName;
  if (meta.sourceUrl !== undefined) template.sourceUrl = meta.sourceUrl;
  if (meta.years !== undefined) template.years = meta.years;
  if (meta.description !== undefined) template.description = meta.description;
  return template;
}

const MAX_CELL_ISSUES: ReadonlySet<IssueCode> = new Set(["max_not_positive", "max_too_many_decimals", "children_sum_mismatch"]);

/** Puts the template rules' issues on the rows they concern: maxima on the maximum cell, codes on the code cell. */
function placeTemplateIssues(
  issues: readonly Issue[],
  tree: BuiltTree,
  columns: ItemColumns,
  place: GridPlace,
  sheetOnly: Location,
  scaleGiven: boolean,
): Issue[] {
  const placed: Issue[] = [];
  for (const issue of issues) {
    if (followsFromReported(issue, tree, scaleGiven)) continue;
    const itemCode = issue.path?.[issue.path.length - 1];
    const item = itemCode === undefined ? undefined : tree.rowOf.get(itemCode);
    if (!item || !issue.path) {
      placed.push(relocate(issue, sheetOnly));
      continue;
    }
    const column = MAX_CELL_ISSUES.has(issue.code) ? columns.max : columns.code;
    placed.push(relocate(issue, locate(place, item.row, column, issue.path)));
  }
  return placed;
}

/**
 * Each mistake is reported once: a sum or total that only differs because a maximum is already
 * reported missing or unreadable is dropped, and so is a total that differs from a scale nobody
 * gave (the default scale is the total, or a stand-in when nothing adds up).
 */
function followsFromReported(issue: Issue, tree: BuiltTree, scaleGiven: boolean): boolean {
  if (issue.code === "total_differs_from_scale") {
    return !scaleGiven || tree.areas.some((area) => tree.unknownMax.has(area.code));
  }
  const itemCode = issue.path?.[issue.path.length - 1];
  if (itemCode === undefined || !MAX_CELL_ISSUES.has(issue.code)) return false;
  return tree.unknownMax.has(itemCode) || (issue.code === "children_sum_mismatch" && tree.unknownChildrenSum.has(itemCode));
}

function relocate(issue: Issue, location: Location): Issue {
  // Spreading a union loses its discriminant for TypeScript; code and parameters are unchanged.
  return { ...issue, ...location } as Issue;
}

/** Reading order: by row, then column; issues without a cell last. */
function sortByCell(issues: Issue[]): Issue[] {
  const position = (issue: Issue) => {
    const address = issue.cell === undefined ? null : parseCellAddress(issue.cell);
    return address ? [address.row, address.column] : [Number.POSITIVE_INFINITY, 0];
  };
  return issues
    .map((issue, i) => ({ issue, i, at: position(issue) }))
    .sort((a, b) => (a.at[0] ?? 0) - (b.at[0] ?? 0) || (a.at[1] ?? 0) - (b.at[1] ?? 0) || a.i - b.i)
    .map(({ issue }) => issue);
}
