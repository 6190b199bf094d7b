// A file carried in a URL's fragment, from the task pane to the add-in's download page opened in
// the real browser (Excel on Mac cannot download from its pane, see src/excel/host/fileHandoff.ts):
// "#n=<file name, percent-encoded>&d=<bytes, base64url>". Browsers never send the fragment to the
// server, so the document stays on the machine. No DOM or Office API here: both pages use it.

/** The add-in's page that turns such a URL back into a download (a webpack page beside taskpane.html). */
export const DOWNLOAD_PAGE = "download.html";

/**
 * The longest URL handed to the browser: under Firefox's 1 MiB (network.standard-url.max-length)
 * and Chrome's and Edge's 2 MiB; Safari takes longer ones. About 750 KB of file.
 */
export const MAX_HANDOFF_URL_LENGTH = 1_000_000;

export interface CarriedFile {
  fileName: string;
  bytes: Uint8Array;
}

/** The download page's URL with the file in its fragment. */
export function fileHandoffUrl(pageUrl: string, file: CarriedFile): string {
  const base = pageUrl.split("#")[0]!;
  return `${base}#n=${encodeURIComponent(file.fileName)}&d=${toBase64Url(file.bytes)}`;
}

/** The file a fragment carries ("#n=…&d=…"), or null when it carries none or is damaged. */
export function readFileFragment(hash: string): CarriedFile | null {
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, "").split("&")) {
    const at = part.indexOf("=");
    if (at > 0) params.set(part.slice(0, at), part.slice(at + 1));
  }
  const name = params.get("n");
  const data = params.get("d");
  if (name === undefined || data === undefined || data === "") return null;
  let fileName: string;
  try {
    fileName = decodeURIComponent(name);
  } catch {
    return null;
  }
  const bytes = fromBase64Url(data);
  return bytes && fileName.trim() !== "" ? { fileName, bytes } : null;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VALUE = new Map([...ALPHABET].map((char, i) => [char, i]));

/** RFC 4648 §5 (URL- and filename-safe), without padding: every character is allowed in a fragment. */
export function toBase64Url(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    out.push(ALPHABET[a >> 2]!, ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!);
    if (b !== undefined) out.push(ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!);
    if (c !== undefined) out.push(ALPHABET[c & 63]!);
  }
  return out.join("");
}

/** The bytes of a base64url text; null when it holds anything else or cannot be a whole number of bytes. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (const char of text) {
    const value = VALUE.get(char);
    if (value === undefined) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
      buffer &= (1 << bits) - 1;
    }
  }
  return bytes;
}
