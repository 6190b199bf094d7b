// How this Office can hand a file the pane made (the plan .docx) to staff, found out from the
// platform Office reports (officeHelpers.ts) and the requirement sets it supports:
// - Excel on the web and on Windows: a Blob and an <a download> click work (on Windows the
//   WebView2 download bar shows inside the task pane, OfficeDev/office-js#1793, so the pane says
//   where the file went);
// - Excel on Mac (WKWebView) and iPad: downloads from the pane do nothing, by design
//   (OfficeDev/office-js#2700, #3385, #4681). Where OpenBrowserWindowApi 1.1 is there, the pane
//   opens one of the add-in's own pages in the real browser with the file's bytes in the URL's
//   fragment (never sent to a server), and that page offers a normal download; without it there
//   is no way, and the pane says what to use instead.
import type { HostDependencies } from "./hostEnvironment";
import { HostError } from "./hostError";

export const OPEN_BROWSER_WINDOW_SET = { name: "OpenBrowserWindowApi", version: "1.1" } as const;

export type FileHandoff =
  | { method: "download"; platform: "web" | "windows" | "other" }
  | { method: "browserWindow"; platform: "mac" | "ipad" }
  | { method: "none"; platform: "mac" | "ipad" };

export async function detectFileHandoff(host: HostDependencies): Promise<FileHandoff> {
  const platform = await host.platform();
  switch (platform) {
    case "OFFICE_ONLINE":
      return { method: "download", platform: "web" };
    case "PC":
      return { method: "download", platform: "windows" };
    case "MAC":
    case "IOS": {
      const where = platform === "MAC" ? "mac" : "ipad";
      return host.isSetSupported(OPEN_BROWSER_WINDOW_SET.name, OPEN_BROWSER_WINDOW_SET.version)
        ? { method: "browserWindow", platform: where }
        : { method: "none", platform: where };
    }
    default:
      // Outside Office (a plain browser tab) or a platform the helper does not know: a browser download.
      return { method: "download", platform: "other" };
  }
}

/** Opens an https page of the add-in in the default browser; a refusal becomes a HostError staff can read. */
export async function openInBrowser(host: HostDependencies, url: string): Promise<void> {
  const language = host.language();
  if (!host.isSetSupported(OPEN_BROWSER_WINDOW_SET.name, OPEN_BROWSER_WINDOW_SET.version)) {
    throw new HostError("apiMissing", "openInBrowser", {}, language);
  }
  try {
    host.openBrowserWindow(url);
  } catch (error) {
    throw new HostError("browserWindowFailed", "openInBrowser", {}, language, { cause: error });
  }
  return Promise.resolve();
}
