// Fake office-js Range: loads, the blocks written to it (values, formulas and number formats as
// whole 2-D arrays whose shape must match the range, each write recorded with its address),
// bounding rectangles and intersections, merges, row groups, selection and clearing.
import { columnsOf, formatA1, intersection, parseA1, qualify, rowsOf, union, type Rect } from "./a1";
import { FakeClientObject, loadedNames, type LoadOption } from "./clientObject";
import { isWholeSheet, type FakeSheet } from "./fakeWorkbook";
import { FakeRangeFormat } from "./rangeFormatProxies";
import { FakeConditionalFormats, FakeDataValidation } from "./rangeRuleProxies";
import { FakeOfficeError } from "./officeError";
import type { FakeRequestContext } from "./requestContext";
import { FakeWorksheet } from "./worksheetProxies";

/** Refuses a value outside an office-js string enum, as Excel does with InvalidArgument. */
export function requireEnum(label: string, value: unknown, allowed: readonly string[]): void {
  if (typeof value !== "string" || !allowed.includes(value)) {
    throw new FakeOfficeError("InvalidArgument", `${JSON.stringify(value)} is not one of ${allowed.join(", ")}.`, label);
  }
}

export interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

/** More cells than this in one load is a response no Excel would send back. */
const MAX_LOADED_CELLS = 5_000_000;

type BlockProperty = "values" | "formulas" | "numberFormat";

export class FakeRange extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly resolveTarget: () => RangeTarget | null,
  ) {
    super(context, "Range");
  }

  /** The sheet and cells, or ItemNotFound for a null object used as a range. */
  target(): RangeTarget {
    const target = this.resolveTarget();
    if (!target) throw new FakeOfficeError("ItemNotFound", undefined, "Range");
    return target;
  }

  get values(): unknown[][] {
    return this.read("values");
  }

  set values(block: unknown[][]) {
    this.writeBlock("values", block);
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }

  set formulas(block: unknown[][]) {
    this.writeBlock("formulas", block);
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }

  set numberFormat(block: unknown[][]) {
    this.writeBlock("numberFormat", block);
  }

  get address(): string {
    return this.read("address");
  }

  get rowIndex(): number {
    return this.read("rowIndex");
  }

  get columnIndex(): number {
    return this.read("columnIndex");
  }

  get rowCount(): number {
    return this.read("rowCount");
  }

  get columnCount(): number {
    return this.read("columnCount");
  }

  load(option?: LoadOption): this {
    const names = loadedNames(option);
    this.context.enqueue("Range.load", option, () => {
      const target = this.resolveTarget();
      if (!target) {
        this.settle(null);
        return;
      }
      const { sheet, rect } = target;
      // Excel on every platform reads at most five million cells in one range (learn.microsoft.com
      // /office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
      if (names.some((name) => ["values", "formulas", "numberFormat"].includes(name)) && rowsOf(rect) * columnsOf(rect) > MAX_LOADED_CELLS) {
        throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `Loading ${formatA1(rect)} would return too many cells.`, "Range.load");
      }
      const grid = (read: (row: number, column: number) => unknown) =>
        Array.from({ length: rowsOf(rect) }, (_, r) => Array.from({ length: columnsOf(rect) }, (_, c) => read(rect.top + r, rect.left + c)));
      const values: Record<string, () => unknown> = {
        values: () => grid((r, c) => sheet.valueAt(r, c)),
        formulas: () => grid((r, c) => sheet.formulaAt(r, c)),
        numberFormat: () => grid((r, c) => sheet.numberFormatAt(r, c)),
        address: () => qualify(sheet.name, rect),
        rowIndex: () => rect.top,
        columnIndex: () => rect.left,
        rowCount: () => rowsOf(rect),
        columnCount: () => columnsOf(rect),
      };
      const loaded = Object.fromEntries(names.filter((name) => name in values).map((name) => [name, values[name]!()]));
      this.context.addResponse(loaded);
      this.settle(loaded);
    });
    return this;
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.target().sheet);
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this);
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this);
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this);
  }

  getBoundingRect(other: FakeRange | string): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.target();
      return { sheet, rect: union(rect, this.otherRect(other, sheet)) };
    });
  }

  getIntersection(other: FakeRange | string): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.target();
      const common = intersection(rect, this.otherRect(other, sheet));
      if (!common) throw new FakeOfficeError("ItemNotFound", "The ranges do not intersect.", "Range.getIntersection");
      return { sheet, rect: common };
    });
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return new FakeRange(this.context, () => {
      this.context.host.requireApi("1.4", "Range.getIntersectionOrNullObject");
      const { sheet, rect } = this.target();
      const common = intersection(rect, this.otherRect(other, sheet));
      return common ? { sheet, rect: common } : null;
    });
  }

  getColumn(column: number): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.target();
      if (column < 0 || column >= columnsOf(rect)) throw new FakeOfficeError("InvalidArgument", undefined, "Range.getColumn");
      return { sheet, rect: { ...rect, left: rect.left + column, right: rect.left + column } };
    });
  }

  merge(across = false): void {
    this.mutate("Range.merge", across, (sheet, rect) => {
      sheet.merges.push({ ...rect });
      this.record(sheet, rect, "merge", [across]);
    });
  }

  unmerge(): void {
    this.mutate("Range.unmerge", null, (sheet, rect) => {
      for (let i = sheet.merges.length - 1; i >= 0; i -= 1) if (intersection(sheet.merges[i]!, rect)) sheet.merges.splice(i, 1);
      this.record(sheet, rect, "unmerge", []);
    });
  }

  group(groupOption: string): void {
    this.mutate("Range.group", groupOption, (sheet, rect) => {
      requireEnum("Range.group", groupOption, ["ByRows", "ByColumns"]);
      if (groupOption !== "ByRows") throw new FakeOfficeError("NotImplemented", "The fake groups rows only.", "Range.group");
      sheet.rowGroups.push({ top: rect.top, bottom: rect.bottom });
      this.record(sheet, rect, "group", [groupOption]);
    });
  }

  select(): void {
    this.context.enqueue("Range.select", null, () => {
      const { sheet, rect } = this.target();
      const workbook = this.context.host.workbook;
      workbook.activeSheet = sheet;
      workbook.selection = { sheet, rect: { ...rect } };
      this.record(sheet, rect, "select", []);
    });
  }

  clear(applyTo: string = "All"): void {
    this.mutate("Range.clear", applyTo, (sheet, rect) => {
      // Excel.ClearApplyTo.
      requireEnum("Range.clear", applyTo, ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"]);
      sheet.clear(rect, applyTo);
      this.record(sheet, rect, "clear", [applyTo]);
    });
  }

  /** Hides (or shows) the range's rows, for everyone (ExcelApi 1.2). */
  set rowHidden(hidden: boolean) {
    this.mutate("Range.rowHidden", hidden, (sheet, rect) => {
      if (typeof hidden !== "boolean") throw new FakeOfficeError("InvalidArgument", undefined, "Range.rowHidden");
      for (let row = rect.top; row <= rect.bottom; row += 1) {
        if (hidden) sheet.hiddenRows.add(row);
        else sheet.hiddenRows.delete(row);
      }
      this.record(sheet, rect, "rowHidden", [hidden]);
    });
  }

  /** @internal queues a change to the range's sheet (its requirement set is checked by label, see apiSets.ts). */
  mutate(label: string, args: unknown, change: (sheet: FakeSheet, rect: Rect) => void): void {
    this.context.enqueue(label, args, () => {
      const { sheet, rect } = this.target();
      if (sheet.protected && !allowedOnProtected(sheet, rect, label)) throw new FakeOfficeError("AccessDenied", undefined, label);
      change(sheet, rect);
    });
  }

  /** @internal */
  record(sheet: FakeSheet, rect: Rect, method: string, args: unknown[]): void {
    this.context.host.recordCall({ sheet: sheet.name, address: isWholeSheet(rect) ? "" : formatA1(rect), method, args });
  }

  private otherRect(other: FakeRange | string, sheet: FakeSheet): Rect {
    if (typeof other !== "string") {
      const target = other.target();
      if (target.sheet !== sheet) throw new FakeOfficeError("InvalidArgument", "The ranges are on different sheets.", "Range");
      return target.rect;
    }
    const rect = parseA1(other);
    if (!rect) throw new FakeOfficeError("InvalidArgument", `Not an address: ${other}`, "Range");
    return rect;
  }

  private writeBlock(property: BlockProperty, block: unknown[][]): void {
    this.mutate(`Range.${property}`, block, (sheet, rect) => {
      if (!Array.isArray(block) || block.length !== rowsOf(rect) || block.some((row) => !Array.isArray(row) || row.length !== columnsOf(rect))) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `The ${property} block does not match ${formatA1(rect)} (${rowsOf(rect)}×${columnsOf(rect)}).`,
          `Range.${property}`,
        );
      }
      block.forEach((row, r) =>
        row.forEach((value, c) => {
          if (property === "numberFormat") {
            if (value !== null && value !== undefined) sheet.setNumberFormat(rect.top + r, rect.left + c, String(value));
          } else {
            sheet.enter(rect.top + r, rect.left + c, value);
          }
        }),
      );
      this.context.host.recordWrite({ sheet: sheet.name, address: formatA1(rect), property, block: block.map((row) => [...row]) });
    });
  }
}

/** What Excel lets through on a protected sheet: typing into unlocked cells (and formatting them, columns and rows when allowed). */
function allowedOnProtected(sheet: FakeSheet, rect: Rect, label: string): boolean {
  // Column widths and row heights, locked cells or not, when the protection allows formatting columns or rows.
  if (label === "RangeFormat.columnWidth") return sheet.protectionOptions.allowFormatColumns === true;
  if (label === "RangeFormat.rowHeight") return sheet.protectionOptions.allowFormatRows === true;
  const typing = label === "Range.values" || label === "Range.formulas";
  const formatting = label === "Range.numberFormat" && sheet.protectionOptions.allowFormatCells === true;
  if (!typing && !formatting) return false;
  for (let r = rect.top; r <= rect.bottom; r += 1) for (let c = rect.left; c <= rect.right; c += 1) if (sheet.lockedAt(r, c)) return false;
  return true;
}
