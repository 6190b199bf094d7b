// Fake office-js objects above the range: Workbook, WorksheetCollection, Worksheet, FreezePanes
// and PageLayout — the subset src/excel uses, with office-js's queue-then-sync behaviour.
import { MAX_COLUMNS, MAX_ROWS, parseA1, type Rect } from "./a1";
import { FakeChartCollection } from "./chartProxies";
import { FakeClientObject, loadedNames, type LoadOption } from "./clientObject";
import { FakeAutoFilter, FakeNamedSheetViewCollection } from "./filterProxies";
import type { FakeSheet, FakeWorkbook, Visibility } from "./fakeWorkbook";
import { FakeOfficeError } from "./officeError";
import { FakeRange, requireEnum, type RangeTarget } from "./rangeProxies";
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
    return new FakeWorksheet(this.context, () => {
      this.context.host.requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
      return this.context.host.workbook.sheet(name) ?? null;
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.workbook.activeSheet);
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.context.enqueue("WorksheetCollection.add", name, () => {
      const workbook = this.context.host.workbook;
      checkSheetName(workbook, name, null, "WorksheetCollection.add");
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

  private bound: { sync: number; sheet: FakeSheet | null } | null = null;

  /**
   * The sheet, or ItemNotFound for a null object used as a sheet. Like office-js, which sends an
   * object's path once per request and refers to it by id after, the sheet is found by name at the
   * object's first use in a request: a rename later in the same request does not lose it.
   */
  target(): FakeSheet {
    const sheet = this.boundSheet();
    if (!sheet) throw new FakeOfficeError("ItemNotFound", undefined, "Worksheet");
    return sheet;
  }

  private boundSheet(): FakeSheet | null {
    const sync = this.context.host.syncCount;
    if (this.bound?.sync !== sync) this.bound = { sync, sheet: this.resolveSheet() };
    return this.bound.sheet;
  }

  get name(): string {
    return this.read("name");
  }

  get position(): number {
    return this.read("position");
  }

  set position(value: number) {
    this.mutate("Worksheet.position", value, (sheet) => {
      const sheets = this.context.host.workbook.sheets;
      if (!Number.isInteger(value) || value < 0) throw new FakeOfficeError("InvalidArgument", undefined, "Worksheet.position");
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(value, sheets.length), 0, sheet);
      // Sheet protection guards cells; moving, renaming or hiding the sheet is the workbook's structure.
    }, { allowProtected: true });
  }

  get id(): string {
    return this.read("id");
  }

  get visibility(): Visibility {
    return this.read("visibility");
  }

  set visibility(value: Visibility) {
    this.mutate("Worksheet.visibility", value, (sheet) => {
      // Excel.SheetVisibility.
      requireEnum("Worksheet.visibility", value, ["Visible", "Hidden", "VeryHidden"]);
      const workbook = this.context.host.workbook;
      if (value !== "Visible" && workbook.sheets.every((other) => other === sheet || other.visibility !== "Visible")) {
        throw new FakeOfficeError("InvalidOperation", "A workbook keeps at least one visible sheet.", "Worksheet.visibility");
      }
      sheet.visibility = value;
    }, { allowProtected: true });
  }

  set name(value: string) {
    this.mutate("Worksheet.name", value, (sheet) => {
      checkSheetName(this.context.host.workbook, value, sheet, "Worksheet.name");
      sheet.name = value;
    }, { allowProtected: true });
  }

  /**
   * "If the worksheet's visibility is set to VeryHidden, the delete operation will fail with an
   * InvalidOperation exception" (@types/office-js, Worksheet.delete); nor can the last visible sheet go.
   */
  delete(): void {
    this.mutate("Worksheet.delete", null, (sheet) => {
      const workbook = this.context.host.workbook;
      if (sheet.visibility === "VeryHidden") throw new FakeOfficeError("InvalidOperation", "A very hidden sheet cannot be deleted.", "Worksheet.delete");
      if (sheet.visibility === "Visible" && workbook.sheets.every((other) => other === sheet || other.visibility !== "Visible")) {
        throw new FakeOfficeError("InvalidOperation", "The last visible sheet cannot be deleted.", "Worksheet.delete");
      }
      workbook.removeSheet(sheet);
      this.context.host.recordCall({ sheet: sheet.name, address: "", method: "deleteSheet", args: [] });
    });
  }

  load(option?: LoadOption): this {
    const names = loadedNames(option);
    this.context.enqueue("Worksheet.load", option, () => this.loadNow(names));
    return this;
  }

  /** @internal runs a load while a sync executes. */
  loadNow(names: readonly string[]): void {
    const sheet = this.boundSheet();
    if (!sheet) {
      this.settle(null);
      return;
    }
    const sheets = this.context.host.workbook.sheets;
    const all: Record<string, unknown> = { name: sheet.name, id: sheet.id, visibility: sheet.visibility, position: sheets.indexOf(sheet) };
    this.settle(Object.fromEntries(names.filter((name) => name in all).map((name) => [name, all[name]])));
  }

  activate(): void {
    this.mutate("Worksheet.activate", null, (sheet) => {
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.", "Worksheet.activate");
      const workbook = this.context.host.workbook;
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

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this);
  }

  get horizontalPageBreaks(): FakePageBreaks {
    return new FakePageBreaks(this);
  }

  get autoFilter(): FakeAutoFilter {
    return new FakeAutoFilter(this);
  }

  /** Excel.WorksheetProtection (ExcelApi 1.2): protect and unprotect, with or without a password. */
  get protection(): { protect(options?: Record<string, unknown>, password?: string): void; unprotect(password?: string): void } {
    return {
      protect: (options = {}, password) => {
        this.mutate(
          "WorksheetProtection.protect",
          { options, password },
          (sheet) => {
            // Excel refuses to protect a sheet that is protected already.
            if (sheet.protected) throw new FakeOfficeError("InvalidOperation", "The sheet is protected already.", "WorksheetProtection.protect");
            sheet.protected = true;
            sheet.protectionOptions = { ...options };
          },
          { allowProtected: true },
        );
      },
      unprotect: () => {
        this.mutate(
          "WorksheetProtection.unprotect",
          null,
          (sheet) => {
            sheet.protected = false;
            sheet.protectionOptions = {};
          },
          { allowProtected: true },
        );
      },
    };
  }

  get namedSheetViews(): FakeNamedSheetViewCollection {
    return new FakeNamedSheetViewCollection(this);
  }

  /** @internal queues a change to the sheet (refused on a protected sheet, as Excel does). */
  mutate(label: string, args: unknown, change: (sheet: FakeSheet) => void, options: { allowProtected?: boolean } = {}): void {
    this.context.enqueue(label, args, () => {
      const sheet = this.target();
      if (sheet.protected && !options.allowProtected) throw new FakeOfficeError("AccessDenied", undefined, label);
      change(sheet);
    });
  }
}

/**
 * Freezing panes of a sheet that is not the active one makes Excel report that sheet active while
 * another is shown (OfficeDev/office-js#3148). Excel does not refuse it; the fake does, so a test
 * catches a freeze queued before the sheet's activate.
 */
function requireActive(worksheet: FakeWorksheet, sheet: FakeSheet, label: string): void {
  if (worksheet.context.host.workbook.activeSheet !== sheet) {
    throw new FakeOfficeError("InvalidOperation", "Panes are frozen on the active sheet only (OfficeDev/office-js#3148).", label);
  }
}

export class FakeFreezePanes {
  constructor(private readonly worksheet: FakeWorksheet) {}

  freezeAt(frozen: FakeRange | string): void {
    this.worksheet.mutate("WorksheetFreezePanes.freezeAt", typeof frozen === "string" ? frozen : "range", (sheet) => {
      requireActive(this.worksheet, sheet, "WorksheetFreezePanes.freezeAt");
      const rect: Rect | null = typeof frozen === "string" ? parseA1(frozen) : frozen.target().rect;
      if (!rect) throw new FakeOfficeError("InvalidArgument", undefined, "WorksheetFreezePanes.freezeAt");
      sheet.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
      this.worksheet.context.host.recordCall({ sheet: sheet.name, address: "", method: "freezeAt", args: [sheet.freeze] });
    });
  }

  freezeRows(count: number): void {
    this.worksheet.mutate("WorksheetFreezePanes.freezeRows", count, (sheet) => {
      requireActive(this.worksheet, sheet, "WorksheetFreezePanes.freezeRows");
      sheet.freeze = { rows: count, columns: 0 };
      this.worksheet.context.host.recordCall({ sheet: sheet.name, address: "", method: "freezeRows", args: [count] });
    });
  }

  freezeColumns(count: number): void {
    this.worksheet.mutate("WorksheetFreezePanes.freezeColumns", count, (sheet) => {
      requireActive(this.worksheet, sheet, "WorksheetFreezePanes.freezeColumns");
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

/** Manual horizontal page breaks (ExcelApi 1.9): "adds a page break before the top-left cell of the range". */
export class FakePageBreaks {
  constructor(private readonly worksheet: FakeWorksheet) {}

  add(pageBreakRange: FakeRange | string): void {
    this.worksheet.mutate("PageBreakCollection.add", typeof pageBreakRange === "string" ? pageBreakRange : "range", (sheet) => {
      const rect = typeof pageBreakRange === "string" ? parseA1(pageBreakRange) : pageBreakRange.target().rect;
      if (!rect) throw new FakeOfficeError("InvalidArgument", undefined, "PageBreakCollection.add");
      if (!sheet.pageBreaks.includes(rect.top)) sheet.pageBreaks.push(rect.top);
      sheet.pageBreaks.sort((a, b) => a - b);
    });
  }

  /** "Resets all manual page breaks in the collection." */
  removePageBreaks(): void {
    this.worksheet.mutate("PageBreakCollection.removePageBreaks", null, (sheet) => {
      sheet.pageBreaks.splice(0);
    });
  }
}

/** Excel.PageOrientation and the Excel.PaperType values the fake knows. */
const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPER_TYPES = ["Letter", "LetterSmall", "Tabloid", "Ledger", "Legal", "Statement", "Executive", "A3", "A4", "A4Small", "A5", "B4", "B5"];
/** Excel.PageLayoutZoomOptions: horizontalFitToPages, verticalFitToPages, scale, all numbers. */
const ZOOM_KEYS = ["horizontalFitToPages", "verticalFitToPages", "scale"];

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

  setPrintTitleColumns(columns: string): void {
    this.set("printTitleColumns", columns);
  }

  private set(property: "orientation" | "paperSize" | "zoom" | "printTitleRows" | "printTitleColumns", value: unknown): void {
    this.worksheet.mutate(
      `PageLayout.${property}`,
      value,
      (sheet) => {
        if (property === "orientation") requireEnum("PageLayout.orientation", value, ORIENTATIONS);
        if (property === "paperSize") requireEnum("PageLayout.paperSize", value, PAPER_TYPES);
        if (property === "zoom") {
          const entries = Object.entries((value ?? {}) as object);
          if (entries.length === 0 || entries.some(([key, n]) => !ZOOM_KEYS.includes(key) || typeof n !== "number" || n < 0)) {
            throw new FakeOfficeError("InvalidArgument", `Not a PageLayoutZoomOptions: ${JSON.stringify(value)}`, "PageLayout.zoom");
          }
        }
        if (property === "printTitleRows" && !/^\$\d+:\$\d+$/.test(String(value))) {
          throw new FakeOfficeError("InvalidArgument", `Not whole rows: ${String(value)}`, "PageLayout.setPrintTitleRows");
        }
        if (property === "printTitleColumns" && !/^\$[A-Z]+:\$[A-Z]+$/.test(String(value))) {
          throw new FakeOfficeError("InvalidArgument", `Not whole columns: ${String(value)}`, "PageLayout.setPrintTitleColumns");
        }
        sheet.pageSetup = { ...sheet.pageSetup, [property]: value };
        this.worksheet.context.host.recordCall({ sheet: sheet.name, address: "", method: `pageLayout.${property}`, args: [value] });
      },
    );
  }
}

/**
 * Names Excel refuses for a sheet: empty or longer than 31 characters, any of : \ / ? * [ ], an
 * apostrophe first or last, "History" (reserved by Excel for change tracking), and a name any other
 * sheet has, ignoring case — chart sheets included, though office-js does not list them.
 */
function checkSheetName(workbook: FakeWorkbook, name: string, renamed: FakeSheet | null, label: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === "history") {
    throw new FakeOfficeError("InvalidArgument", `Invalid sheet name ${JSON.stringify(name)}.`, label);
  }
  const taken = workbook.sheet(name);
  const chart = workbook.chartSheets.some((chartName) => chartName.toLocaleLowerCase() === name.toLocaleLowerCase());
  if ((taken && taken !== renamed) || chart) throw new FakeOfficeError("ItemAlreadyExists", undefined, label);
}
