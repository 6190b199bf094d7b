// Fake office-js data validation (ExcelApi 1.8) and conditional formats: rules kept on the sheet
// with the range they cover.
import { formatA1, intersection } from "./a1";
import type { ConditionalFormatEntry } from "./fakeWorkbook";
import { FakeOfficeError } from "./officeError";
import { requireEnum, type FakeRange } from "./rangeProxies";

export class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}

  set rule(value: unknown) {
    this.set("rule", value);
  }

  set prompt(value: unknown) {
    this.set("prompt", value);
  }

  set errorAlert(value: unknown) {
    this.set("errorAlert", value);
  }

  clear(): void {
    this.range.mutate("DataValidation.clear", null, (sheet, rect) => {
      for (let i = sheet.validations.length - 1; i >= 0; i -= 1) if (intersection(sheet.validations[i]!.rect, rect)) sheet.validations.splice(i, 1);
    });
  }

  private set(property: "rule" | "prompt" | "errorAlert", value: unknown): void {
    this.range.mutate(`DataValidation.${property}`, value, (sheet, rect) => {
      if (property === "rule") checkRule(value);
      if (property === "errorAlert") {
        // Excel.DataValidationAlertStyle.
        requireEnum("DataValidation.errorAlert", (value as { style?: unknown }).style ?? "Stop", ["Stop", "Warning", "Information"]);
      }
      let entry = sheet.validations.find((v) => formatA1(v.rect) === formatA1(rect));
      if (!entry) {
        entry = { rect: { ...rect } };
        sheet.validations.push(entry);
      }
      entry[property] = value;
    });
  }
}

/**
 * "No more than one of these properties may be present in any DataValidationRule object"
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation); the operator is an
 * Excel.DataValidationOperator.
 */
function checkRule(rule: unknown): void {
  const kinds = Object.keys((rule ?? {}) as object);
  if (kinds.length !== 1) throw new FakeOfficeError("InvalidArgument", "A data-validation rule has exactly one kind.", "DataValidation.rule");
  const basic = (rule as Record<string, { operator?: unknown }>)[kinds[0]!];
  if (basic && "operator" in basic) {
    requireEnum("DataValidation.rule", basic.operator, [
      "Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo",
    ]);
  }
}

export class FakeConditionalFormats {
  constructor(private readonly range: FakeRange) {}

  add(type: string): FakeConditionalFormat {
    const added: { entry: ConditionalFormatEntry | null } = { entry: null };
    this.range.mutate("ConditionalFormatCollection.add", type, (sheet, rect) => {
      // Excel.ConditionalFormatType.
      requireEnum("ConditionalFormatCollection.add", type, ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"]);
      added.entry = { rect: { ...rect }, type };
      sheet.conditionalFormats.push(added.entry);
    });
    return new FakeConditionalFormat(this.range, () => {
      if (!added.entry) throw new FakeOfficeError("GeneralException", "conditional format used before it was added");
      return added.entry;
    });
  }

  clearAll(): void {
    this.range.mutate("ConditionalFormatCollection.clearAll", null, (sheet, rect) => {
      for (let i = sheet.conditionalFormats.length - 1; i >= 0; i -= 1) {
        if (intersection(sheet.conditionalFormats[i]!.rect, rect)) sheet.conditionalFormats.splice(i, 1);
      }
    });
  }
}

export class FakeConditionalFormat {
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };

  constructor(range: FakeRange, entry: () => ConditionalFormatEntry) {
    const set = (property: "formula" | "fill" | "fontColor") => (value: string) =>
      range.mutate(`ConditionalFormat.${property}`, value, () => {
        entry()[property] = value;
      });
    const setter = <T extends object>(property: "formula" | "fill" | "fontColor", key: string): T =>
      Object.defineProperty({}, key, { set: set(property), enumerable: true }) as T;
    this.custom = {
      rule: setter<{ formula: string }>("formula", "formula"),
      format: { fill: setter<{ color: string }>("fill", "color"), font: setter<{ color: string }>("fontColor", "color") },
    };
  }
}
