// Fake office-js RangeFormat, font, fill and borders: each property set lands in the sheet's
// format log ("font.bold", "borders.EdgeTop.style"), where tests read the last value per cell.
import { FakeOfficeError } from "./officeError";
import { requireEnum, type FakeRange } from "./rangeProxies";

/** Sets one format property over the range, kept in the sheet's format log ("font.bold", "borders.EdgeTop.style"). */
function setFormat(range: FakeRange, property: string, value: unknown, allowed?: readonly string[]): void {
  range.mutate(`RangeFormat.${property}`, value, (sheet, rect) => {
    if (allowed) requireEnum(`RangeFormat.${property}`, value, allowed);
    sheet.formats.push({ rect: { ...rect }, property, value });
    if (property === "columnWidth") for (let column = rect.left; column <= rect.right; column += 1) sheet.columnWidths.set(column, Number(value));
  });
}

export class FakeRangeFormat {
  constructor(private readonly range: FakeRange) {}

  set columnWidth(points: number) {
    setFormat(this.range, "columnWidth", points);
  }

  set rowHeight(points: number) {
    setFormat(this.range, "rowHeight", points);
  }

  set wrapText(value: boolean) {
    setFormat(this.range, "wrapText", value);
  }

  set horizontalAlignment(value: string) {
    // Excel.HorizontalAlignment.
    setFormat(this.range, "horizontalAlignment", value, ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"]);
  }

  set verticalAlignment(value: string) {
    // Excel.VerticalAlignment.
    setFormat(this.range, "verticalAlignment", value, ["Top", "Center", "Bottom", "Justify", "Distributed"]);
  }

  get font(): FakeFont {
    return new FakeFont(this.range, "font");
  }

  get fill(): FakeFill {
    return new FakeFill(this.range, "fill");
  }

  get borders(): FakeBorders {
    return new FakeBorders(this.range);
  }

  /** Excel.FormatProtection: `locked` takes effect when the sheet is protected. */
  get protection(): { locked: boolean } {
    const range = this.range;
    return {
      set locked(value: boolean) {
        setFormat(range, "protection.locked", value);
      },
      get locked(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded", "format.protection.locked is write-only in the fake.", "FormatProtection.locked");
      },
    };
  }
}

export class FakeFont {
  constructor(
    private readonly range: FakeRange,
    private readonly prefix: string,
  ) {}

  set bold(value: boolean) {
    setFormat(this.range, `${this.prefix}.bold`, value);
  }

  set italic(value: boolean) {
    setFormat(this.range, `${this.prefix}.italic`, value);
  }

  set size(value: number) {
    setFormat(this.range, `${this.prefix}.size`, value);
  }

  set color(value: string) {
    setFormat(this.range, `${this.prefix}.color`, value);
  }
}

export class FakeFill {
  constructor(
    private readonly range: FakeRange,
    private readonly prefix: string,
  ) {}

  set color(value: string) {
    setFormat(this.range, `${this.prefix}.color`, value);
  }
}

const BORDER_INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical", "DiagonalDown", "DiagonalUp"];

export class FakeBorders {
  constructor(private readonly range: FakeRange) {}

  getItem(index: string): FakeBorder {
    if (!BORDER_INDEXES.includes(index)) throw new FakeOfficeError("InvalidArgument", `Unknown border ${index}`, "RangeBorderCollection.getItem");
    return new FakeBorder(this.range, index);
  }
}

export class FakeBorder {
  constructor(
    private readonly range: FakeRange,
    private readonly index: string,
  ) {}

  set style(value: string) {
    // Excel.BorderLineStyle.
    setFormat(this.range, `borders.${this.index}.style`, value, ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"]);
  }

  set color(value: string) {
    setFormat(this.range, `borders.${this.index}.color`, value);
  }
}
