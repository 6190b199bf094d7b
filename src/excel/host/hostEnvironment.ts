// What src/excel needs from the Office host, injectable so tests and the in-page fake host can
// stand in: Excel.run, requirement-set checks, the display language, the platform and opening the browser.
import type { Language } from "../../domain/messages/issueText";
import { detectPlatform, type OfficePlatform } from "./officeHelpers";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface HostDependencies {
  run: ExcelRun;
  /** Office.context.requirements.isSetSupported; versions are strings ("1.10" is not 1.1). */
  isSetSupported: (name: string, minVersion: string) => boolean;
  language: () => Language;
  platform: () => Promise<OfficePlatform | null>;
  /** Office.context.ui.openBrowserWindow (OpenBrowserWindowApi 1.1): an https URL in the default browser. */
  openBrowserWindow: (url: string) => void;
}

/** The real host, read from the Office globals when an action runs, not when this module loads. */
export function officeHostDependencies(): HostDependencies {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
    language: () => languageOf(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage),
    platform: detectPlatform,
    openBrowserWindow: (url) => Office.context.ui.openBrowserWindow(url),
  };
}

/** "vi-VN" and "vi" are Vietnamese; every other display language gets English, as in the pane. */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().split(/[-_]/)[0] === "vi" ? "vi" : "en";
}
