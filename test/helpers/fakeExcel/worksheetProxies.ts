// Fake office-js objects above the range: Workbook, WorksheetCollection, Worksheet, FreezePanes
// and PageLayout — the subset src/excel uses, with office-js's queue-then-sync behaviour.
import { MAX_COLUMNS, MAX_ROWS, parseA1, type Rect } from "./a1";
import { FakeClientObject, loadedNames, type LoadOption } from "./clientObject";
import type { FakeSheet, Visibility } from "./fakeWorkbook";
import { FakeOfficeError } from "./officeError";
import { FakeRange, type RangeTarget } from "./rangeProxies";
import type { FakeRequestContext } from "./requestContext";

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;

  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
  }

  getSelectedRange(): FakeRange {
    const workbook = this.context.host.workbook;
    return new FakeRange(this.context, () => ({ sheet: workbook.selection.sheet, rect: { ...workbook.selection.rect } }));
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  constructor(context: FakeRequestContext) {
    super(context, "WorksheetCollection");
  }

  get items(): FakeWorksheet[] {
    return this.read<FakeWorksheet[]>("items");
  }

  load(option?: LoadOption): this {
    const names = loadedNames(option).map((name) => name.replace(/^items\//, ""));
    this.context.enqueue("WorksheetCollection.load", option, () => {
      const sheets = this.context.host.workbook.sheets;
      const items = sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.context, () => sheet);
        proxy.loadNow(names);
        return proxy;
      });
      this.settle({ items });
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.host.workbook.sheet(name);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", undefined, `WorksheetCollection.getItem(${JSON.stringify(name)})`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.workbook.sheet(name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.workbook.activeSheet);
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.context.enqueue("WorksheetCollection.add", name, () => {
      const workbook = this.context.host.workbook;
      if (workbook.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", undefined, "WorksheetCollection.add");
      if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
        throw new FakeOfficeError("InvalidArgument", `Invalid sheet name ${JSON.stringify(name)}.`, "WorksheetCollection.add");
      }
      created = workbook.addSheet(name);
      this.context.host.recordCall({ sheet: name, address: "", method: "addSheet", args: [name] });
    });
    return new FakeWorksheet(this.context, () => {
      if (!created) throw new FakeOfficeError("GeneralException", "sheet used before WorksheetCollection.add ran");
      return created;
    });
  }
}

export class FakeWorksheet extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly resolveSheet: () => FakeSheet | null,
  ) {
    super(context, "Worksheet");
  }

  /** The sheet, or ItemNotFound for a null object used as a sheet. */
  target(): FakeSheet {
    const sheet = this.resolveSheet();
    if (!sheet) throw new FakeOfficeError("ItemNotFound", undefined, "Worksheet");
    return sheet;
  }

  get name(): string {
    return this.read("name");
  }

  get position(): number {
    return this.read("position");
  }

  get visibility(): Visibility {
    return this.read("visibility");
  }

  set visibility(value: Visibility) {
    this.mutate("Worksheet.visibility", value, (sheet) => {
      sheet.visibility = value;
    });
  }

  load(option?: LoadOption): this {
    const names = loadedNames(option);
    this.context.enqueue("Worksheet.load", option, () => this.loadNow(names));
    return this;
  }

  /** @internal runs a load while a sync executes. */
  loadNow(names: readonly string[]): void {
    const sheet = this.resolveSheet();
    if (!sheet) {
      this.settle(null);
      return;
    }
    const sheets = this.context.host.workbook.sheets;
    const all: Record<string, unknown> = { name: sheet.name, visibility: sheet.visibility, position: sheets.indexOf(sheet) };
    this.settle(Object.fromEntries(names.filter((name) => name in all).map((name) => [name, all[name]])));
  }

  activate(): void {
    this.mutate("Worksheet.activate", null, (sheet) => {
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.", "Worksheet.activate");
      const workbook = this.context.host.workbook;
      if (workbook.activeSheet !== sheet) workbook.selection = { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
      workbook.activeSheet = sheet;
      this.context.host.recordCall({ sheet: sheet.name, address: "", method: "activate", args: [] });
    }, { allowProtected: true });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.target();
      if (address === undefined) return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      const rect = parseA1(address);
      if (!rect) throw new FakeOfficeError("InvalidArgument", `Not an address: ${address}`, "Worksheet.getRange");
      return { sheet, rect };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, (): RangeTarget => {
      const sheet = this.target();
      return { sheet, rect: sheet.usedRect(valuesOnly === true) };
    });
  }

  get freezePanes(): FakeFreezePanes {
    return new FakeFreezePanes(this);
  }

  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this);
  }

  /** @internal queues a change to the sheet (refused on a protected sheet, as Excel does). */
  mutate(label: string, args: unknown, change: (sheet: FakeSheet) => void, options: { api?: string; allowProtected?: boolean } = {}): void {
    this.context.enqueue(label, args, () => {
      const sheet = this.target();
      if (options.api) this.context.host.requireApi(options.api, label);
      if (sheet.protected && !options.allowProtected) throw new FakeOfficeError("AccessDenied", undefined, label);
      change(sheet);
    });
  }
}

export class FakeFreezePanes {
  constructor(private readonly worksheet: FakeWorksheet) {}

  freezeAt(frozen: FakeRange | string): void {
    this.worksheet.mutate("WorksheetFreezePanes.freezeAt", typeof frozen === "string" ? frozen : "range", (sheet) => {
      const rect: Rect | null = typeof frozen === "string" ? parseA1(frozen) : frozen.target().rect;
      if (!rect) throw new FakeOfficeError("InvalidArgument", undefined, "WorksheetFreezePanes.freezeAt");
      sheet.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
      this.worksheet.context.host.recordCall({ sheet: sheet.name, address: "", method: "freezeAt", args: [sheet.freeze] });
    });
  }

  freezeRows(count: number): void {
    this.worksheet.mutate("WorksheetFreezePanes.freezeRows", count, (sheet) => {
      sheet.freeze = { rows: count, columns: 0 };
      this.worksheet.context.host.recordCall({ sheet: sheet.name, address: "", method: "freezeRows", args: [count] });
    });
  }

  freezeColumns(count: number): void {
    this.worksheet.mutate("WorksheetFreezePanes.freezeColumns", count, (sheet) => {
      sheet.freeze = { rows: 0, columns: count };
      this.worksheet.context.host.recordCall({ sheet: sheet.name, address: "", method: "freezeColumns", args: [count] });
    });
  }

  unfreeze(): void {
    this.worksheet.mutate("WorksheetFreezePanes.unfreeze", null, (sheet) => {
      sheet.freeze = { rows: 0, columns: 0 };
      this.worksheet.context.host.recordCall({ sheet: sheet.name, address: "", method: "unfreeze", args: [] });
    });
  }
}

const PAGE_LAYOUT_API = "1.9";

export class FakePageLayout {
  constructor(private readonly worksheet: FakeWorksheet) {}

  set orientation(value: string) {
    this.set("orientation", value);
  }

  set paperSize(value: string) {
    this.set("paperSize", value);
  }

  set zoom(value: unknown) {
    this.set("zoom", value);
  }

  setPrintTitleRows(rows: string): void {
    this.set("printTitleRows", rows);
  }

  private set(property: "orientation" | "paperSize" | "zoom" | "printTitleRows", value: unknown): void {
    this.worksheet.mutate(
      `PageLayout.${property}`,
      value,
      (sheet) => {
        sheet.pageSetup = { ...sheet.pageSetup, [property]: value };
        this.worksheet.context.host.recordCall({ sheet: sheet.name, address: "", method: `pageLayout.${property}`, args: [value] });
      },
      { api: PAGE_LAYOUT_API },
    );
  }
}
