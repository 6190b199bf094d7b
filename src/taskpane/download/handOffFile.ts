// Hands a file the pane made to staff the way this Office allows (src/excel/host/fileHandoff.ts): a
// download on the web and on Windows; on Mac and iPad the add-in's download page opened in the
// default browser with the file in the URL's fragment, if the URL is not too long for browsers;
// otherwise nothing, and the pane says what to use instead.
import { DOWNLOAD_PAGE, fileHandoffUrl, MAX_HANDOFF_URL_LENGTH, type CarriedFile } from "../../download/fileFragment";
import type { FileHandoff } from "../../excel/host/workbookOperations";

export type HandOffOutcome =
  | { kind: "downloaded"; platform: "web" | "windows" | "other" }
  | { kind: "openedInBrowser" }
  | { kind: "unavailable" }
  | { kind: "tooLarge"; limitBytes: number };

export interface HandOffMeans {
  handoff: FileHandoff;
  /** The pane's page address: the download page sits beside it. */
  paneUrl: string;
  download(file: CarriedFile): void;
  openInBrowser(url: string): Promise<void>;
}

export async function handOffFile(file: CarriedFile, means: HandOffMeans): Promise<HandOffOutcome> {
  const { handoff } = means;
  switch (handoff.method) {
    case "download":
      means.download(file);
      return { kind: "downloaded", platform: handoff.platform };
    case "browserWindow": {
      const pageUrl = downloadPageUrl(means.paneUrl);
      const url = fileHandoffUrl(pageUrl, file);
      if (url.length > MAX_HANDOFF_URL_LENGTH) {
        // base64 carries 3 bytes in 4 characters; the rest of the URL is the page and the name.
        const overhead = url.length - Math.ceil((file.bytes.length * 4) / 3);
        return { kind: "tooLarge", limitBytes: Math.floor(((MAX_HANDOFF_URL_LENGTH - overhead) * 3) / 4) };
      }
      await means.openInBrowser(url);
      return { kind: "openedInBrowser" };
    }
    case "none":
      return { kind: "unavailable" };
  }
}

/** download.html next to the pane's page (same folder, same origin), without the pane's query or fragment. */
export function downloadPageUrl(paneUrl: string): string {
  const url = new URL(DOWNLOAD_PAGE, paneUrl);
  url.search = "";
  url.hash = "";
  return url.href;
}
