// Requirement sets above the manifest's minimum (ExcelApi 1.7), checked before use, and the
// optional finishes a sheet gets after its content: a host without a set still gets its sheet,
// only without that finish, and the result says what was left out (or failed, see sheetFinishes.ts).

export const MINIMUM_EXCEL_API = "1.7";

/** Each feature's requirement set; test/excel/requirementSets.test.ts reads this to check guards. */
export const FEATURE_API_SETS = {
  /** Score-cell validation with a prompt and a stop alert. */
  dataValidation: "1.8",
  /** A4 landscape, repeated title rows, fit to one page wide, manual page breaks. */
  pageLayout: "1.9",
  /** Number formats of a chart's value axis and data labels. */
  chartNumberFormat: "1.8",
  /** Worksheet.autoFilter: "chỉ hiện mục của đơn vị" as a filter of the sheet. */
  autoFilter: "1.9",
} as const;

/** Features of requirement sets other than ExcelApi, each with its set (requirementSets.test.ts reads this too). */
export const OTHER_FEATURE_SETS = {
  /** Named sheet views (Excel on the web): a filter of this user only, others' view unchanged. */
  sheetViews: { name: "ExcelApiOnline", version: "1.1" },
} as const;

export type HostFeatures = Record<keyof typeof FEATURE_API_SETS | keyof typeof OTHER_FEATURE_SETS, boolean>;

/**
 * A finish a sheet may go without, reported to staff when it was not drawn: not supported by
 * this Excel (dataValidation, pageLayout, fitToWidth) or refused by it (any of them).
 */
export type HostFeature = "freezePanes" | "dataValidation" | "pageLayout" | "fitToWidth" | "chartNumberFormat" | "columnWidths";

export function detectFeatures(isSetSupported: (name: string, minVersion: string) => boolean): HostFeatures {
  return {
    dataValidation: isSetSupported("ExcelApi", FEATURE_API_SETS.dataValidation),
    pageLayout: isSetSupported("ExcelApi", FEATURE_API_SETS.pageLayout),
    chartNumberFormat: isSetSupported("ExcelApi", FEATURE_API_SETS.chartNumberFormat),
    autoFilter: isSetSupported("ExcelApi", FEATURE_API_SETS.autoFilter),
    sheetViews: isSetSupported(OTHER_FEATURE_SETS.sheetViews.name, OTHER_FEATURE_SETS.sheetViews.version),
  };
}
