// Fake office-js AutoFilter (ExcelApi 1.9) and named sheet views (ExcelApiOnline 1.1), as
// @types/office-js documents them: Worksheet.autoFilter.apply(range, columnIndex, criteria) with a
// values filter keeps the rows whose cell in that column shows one of the values (the range's first
// row is its header, never hidden), remove() takes it off; NamedSheetViewCollection.add(name) makes
// a view (its name unique on the sheet, not empty), getItem(name) finds one (ItemNotFound
// otherwise), NamedSheetView.activate() switches this user to it ("Switch To" in Excel) and exit()
// leaves it. "A sheet view stores the sort and filter rules": an AutoFilter applied while a view is
// active is that view's, and only who switched to it sees it; the sheet's own filter is everyone's.
// The fake has one user: FakeSheet.activeView is the view that user is in.
import { parseA1, type Rect } from "./a1";
import { FakeClientObject, loadedNames, type LoadOption } from "./clientObject";
import type { FakeAutoFilterState, FakeSheet } from "./fakeWorkbook";
import { FakeOfficeError } from "./officeError";
import type { FakeRange } from "./rangeProxies";
import type { FakeWorksheet } from "./worksheetProxies";

/** The filter this user's commands reach: the active view's, else the sheet's own. */
function filterHolder(sheet: FakeSheet): { autoFilter: FakeAutoFilterState | null } {
  return sheet.activeView !== null ? sheet.sheetViews.get(sheet.activeView)! : sheet;
}

export class FakeAutoFilter extends FakeClientObject {
  constructor(private readonly worksheet: FakeWorksheet) {
    super(worksheet.context, "AutoFilter");
  }

  get enabled(): boolean {
    return this.read("enabled");
  }

  get isDataFiltered(): boolean {
    return this.read("isDataFiltered");
  }

  apply(range: FakeRange | string, columnIndex?: number, criteria?: { filterOn?: string; values?: unknown[] }): void {
    this.worksheet.mutate("AutoFilter.apply", { range: typeof range === "string" ? range : "range", columnIndex, criteria }, (sheet) => {
      const rect: Rect | null = typeof range === "string" ? parseA1(range) : range.target().rect;
      if (!rect) throw new FakeOfficeError("InvalidArgument", "Not an address.", "AutoFilter.apply");
      const width = rect.right - rect.left + 1;
      if (columnIndex !== undefined && (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= width)) {
        throw new FakeOfficeError("InvalidArgument", `Column ${columnIndex} is outside the range.`, "AutoFilter.apply");
      }
      let values: string[] | null = null;
      if (criteria !== undefined) {
        // The only filter the fake models; Excel knows others (top items, colours, custom…).
        if (criteria.filterOn !== "Values" || !Array.isArray(criteria.values) || criteria.values.some((v) => typeof v !== "string")) {
          throw new FakeOfficeError("InvalidArgument", `The fake filters on values only: ${JSON.stringify(criteria)}`, "AutoFilter.apply");
        }
        values = criteria.values as string[];
      }
      filterHolder(sheet).autoFilter = { rect: { ...rect }, column: rect.left + (columnIndex ?? 0), values };
      this.worksheet.context.host.recordCall({ sheet: sheet.name, address: "", method: "autoFilter.apply", args: [typeof range === "string" ? range : "range", columnIndex, criteria] });
    });
  }

  /** "Clears the filter criteria and sort state of the AutoFilter": the filter stays, every row shows. */
  clearCriteria(): void {
    this.worksheet.mutate("AutoFilter.clearCriteria", null, (sheet) => {
      const holder = filterHolder(sheet);
      if (holder.autoFilter) holder.autoFilter = { ...holder.autoFilter, values: null };
    });
  }

  remove(): void {
    this.worksheet.mutate("AutoFilter.remove", null, (sheet) => {
      filterHolder(sheet).autoFilter = null;
      this.worksheet.context.host.recordCall({ sheet: sheet.name, address: "", method: "autoFilter.remove", args: [] });
    });
  }

  load(option?: LoadOption): this {
    const names = loadedNames(option);
    this.context.enqueue("AutoFilter.load", option, () => {
      const filter = filterHolder(this.worksheet.target()).autoFilter;
      const all: Record<string, unknown> = { enabled: filter !== null, isDataFiltered: filter !== null && filter.values !== null };
      this.settle(Object.fromEntries(names.filter((name) => name in all).map((name) => [name, all[name]])));
    });
    return this;
  }
}

export class FakeNamedSheetViewCollection extends FakeClientObject {
  constructor(private readonly worksheet: FakeWorksheet) {
    super(worksheet.context, "NamedSheetViewCollection");
  }

  get items(): FakeNamedSheetView[] {
    return this.read("items");
  }

  load(option?: LoadOption): this {
    const names = loadedNames(option).map((name) => name.replace(/^items\//, ""));
    this.context.enqueue("NamedSheetViewCollection.load", option, () => {
      const sheet = this.worksheet.target();
      const items = [...sheet.sheetViews.keys()].map((name) => {
        const view = new FakeNamedSheetView(this.worksheet, name);
        view.loadNow(names);
        return view;
      });
      this.settle({ items });
    });
    return this;
  }

  add(name: string): FakeNamedSheetView {
    this.worksheet.mutate(
      "NamedSheetViewCollection.add",
      name,
      (sheet) => {
        if (name.trim() === "") throw new FakeOfficeError("InvalidArgument", "A sheet view needs a name.", "NamedSheetViewCollection.add");
        if (sheet.sheetViews.has(name)) throw new FakeOfficeError("ItemAlreadyExists", undefined, "NamedSheetViewCollection.add");
        // A new view starts from what this user sees now.
        const current = filterHolder(sheet).autoFilter;
        sheet.sheetViews.set(name, { autoFilter: current ? { ...current } : null });
        this.worksheet.context.host.recordCall({ sheet: sheet.name, address: "", method: "sheetView.add", args: [name] });
      },
      { allowProtected: true },
    );
    return new FakeNamedSheetView(this.worksheet, name);
  }

  /** "The case-sensitive name of the sheet view": ItemNotFound, when the sheet has none of that name, at the command that uses it. */
  getItem(key: string): FakeNamedSheetView {
    return new FakeNamedSheetView(this.worksheet, key);
  }

  /** "Exits the currently active sheet view." */
  exit(): void {
    this.worksheet.mutate(
      "NamedSheetViewCollection.exit",
      null,
      (sheet) => {
        sheet.activeView = null;
        this.worksheet.context.host.recordCall({ sheet: sheet.name, address: "", method: "sheetView.exit", args: [] });
      },
      { allowProtected: true },
    );
  }
}

export class FakeNamedSheetView extends FakeClientObject {
  constructor(
    private readonly worksheet: FakeWorksheet,
    private readonly key: string,
  ) {
    super(worksheet.context, "NamedSheetView");
  }

  get name(): string {
    return this.read("name");
  }

  /** @internal */
  loadNow(names: readonly string[]): void {
    this.settle(names.includes("name") ? { name: this.key } : {});
  }

  activate(): void {
    this.worksheet.mutate(
      "NamedSheetView.activate",
      this.key,
      (sheet) => {
        if (!sheet.sheetViews.has(this.key)) throw new FakeOfficeError("ItemNotFound", undefined, "NamedSheetView.activate");
        sheet.activeView = this.key;
        this.worksheet.context.host.recordCall({ sheet: sheet.name, address: "", method: "sheetView.activate", args: [this.key] });
      },
      { allowProtected: true },
    );
  }

  delete(): void {
    this.worksheet.mutate("NamedSheetView.delete", this.key, (sheet) => {
      if (!sheet.sheetViews.delete(this.key)) throw new FakeOfficeError("ItemNotFound", undefined, "NamedSheetView.delete");
      if (sheet.activeView === this.key) sheet.activeView = null;
    });
  }
}

/** The rows a filter hides: below its header row, those whose cell in its column shows none of its values. */
export function rowsFilteredOut(sheet: FakeSheet, filter: FakeAutoFilterState | null): number[] {
  if (!filter || filter.values === null) return [];
  const keep = new Set(filter.values);
  const hidden: number[] = [];
  for (let row = filter.rect.top + 1; row <= filter.rect.bottom; row += 1) {
    if (!keep.has(String(sheet.valueAt(row, filter.column)))) hidden.push(row);
  }
  return hidden;
}

/**
 * 0-based rows hidden, sorted: for "me" (the fake's one user: hidden rows and the filter of the
 * view it is in, else the sheet's) or for "others" (a co-author in the sheet's own view).
 */
export function hiddenRowsOf(sheet: FakeSheet, whose: "me" | "others"): number[] {
  const filter = whose === "me" ? filterHolder(sheet).autoFilter : sheet.autoFilter;
  return [...new Set([...sheet.hiddenRows, ...rowsFilteredOut(sheet, filter)])].sort((a, b) => a - b);
}
