// Saves bytes as a file through the browser's own download: a Blob and a click on an
// <a download>. This is what works in Excel on the web and on Windows (WebView2); the Mac's
// WKWebView ignores it (see src/excel/host/fileHandoff.ts).
import type { CarriedFile } from "../../download/fileFragment";

/** How long the Blob's URL stays valid: revoked at once, some browsers cancel the download. */
const KEEP_URL_MS = 60_000;

export function saveDownload(file: CarriedFile, mime: string): void {
  const url = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: mime }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
  }
}
