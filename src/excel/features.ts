// Requirement sets above the manifest's minimum (ExcelApi 1.7), checked before use: a host
// without one still gets its sheet, only without that finish, and the result says what was left out.

export const MINIMUM_EXCEL_API = "1.7";

export interface HostFeatures {
  /** Score-cell validation with a prompt and a stop alert (ExcelApi 1.8). */
  dataValidation: boolean;
  /** A4 landscape, fit to width, repeated title rows (ExcelApi 1.9). */
  pageLayout: boolean;
  /** Rows grouped by lĩnh vực and tiêu chí (Range.group, ExcelApi 1.10). */
  outline: boolean;
}

export type HostFeature = keyof HostFeatures;

export function detectFeatures(isSetSupported: (name: string, minVersion: string) => boolean): HostFeatures {
  return {
    dataValidation: isSetSupported("ExcelApi", "1.8"),
    pageLayout: isSetSupported("ExcelApi", "1.9"),
    outline: isSetSupported("ExcelApi", "1.10"),
  };
}

export function missingFeatures(features: HostFeatures): HostFeature[] {
  return (Object.keys(features) as HostFeature[]).filter((feature) => !features[feature]);
}
