// Installs a fake Office host on a global object (a browser window, or globalThis in Node):
// Office.onReady, Office.context (requirements.isSetSupported, displayLanguage, host, platform,
// ui.openBrowserWindow where OpenBrowserWindowApi 1.1 is there),
// Excel.run over a FakeWorkbook, and OfficeExtension.Error, so the real task pane bundle runs
// against it in an end-to-end page exactly as it would in Excel.
import { compareVersions } from "../apiSetVersion";
import { FakeExcelHost, type FakeHostOptions } from "./fakeHost";
import type { FakeWorkbook } from "./fakeWorkbook";
import { FakeOfficeError } from "./officeError";

export interface FakeOfficeOptions extends FakeHostOptions {
  /** Office.context.displayLanguage, e.g. "vi-VN" (the default) or "en-US". */
  displayLanguage?: string;
  /** Office.context.platform: "OfficeOnline" (the default), "PC", "Mac". */
  platform?: string;
  /**
   * Whether OpenBrowserWindowApi 1.1 is supported: by default as Microsoft lists it, on Windows,
   * Mac and iPad but not on the web.
   */
  openBrowserWindowApi?: boolean;
  /** Called with each URL given to Office.context.ui.openBrowserWindow. */
  onOpenBrowserWindow?: (url: string) => void;
}

export function installFakeOffice(target: object, workbook: FakeWorkbook, options: FakeOfficeOptions = {}): FakeExcelHost {
  const host = new FakeExcelHost(workbook, options);
  const info = { host: "Excel", platform: options.platform ?? "OfficeOnline" };
  const browserWindows = options.openBrowserWindowApi ?? info.platform !== "OfficeOnline";
  const isSetSupported = (name: string, minVersion?: string | number): boolean =>
    name === "OpenBrowserWindowApi" ? browserWindows && compareVersions(String(minVersion ?? "1.1"), "1.1") <= 0 : host.isSetSupported(name, minVersion);
  const office = {
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      host: info.host,
      platform: info.platform,
      displayLanguage: options.displayLanguage ?? "vi-VN",
      requirements: { isSetSupported },
      ui: {
        openBrowserWindow: (url: string) => {
          if (!browserWindows) throw new Error("openBrowserWindow is not available on this platform");
          if (!/^https?:\/\//.test(url)) throw new Error("openBrowserWindow takes http(s) URLs only");
          options.onOpenBrowserWindow?.(url);
        },
      },
      diagnostics: { host: info.host, platform: info.platform, version: "16.0.0.0" },
    },
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS" },
  };
  const excel = { run: host.run, ErrorCodes: ERROR_CODES };
  const officeExtension = { Error: FakeOfficeError, ErrorCodes: ERROR_CODES };
  Object.assign(target, { Office: office, Excel: excel, OfficeExtension: officeExtension });
  return host;
}

const ERROR_CODES = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  propertyNotLoaded: "PropertyNotLoaded",
};
