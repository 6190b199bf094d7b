// Whether the first bytes of a file are text (a CSV, a JSON, a web page saved as .xlsx): the sign
// both the command line (inspectWorkbookFile.ts) and the pane (src/taskpane/files/workbookBytes.ts)
// use to say "this is a text file, not a workbook". Uint8Array only, so the pane can import it.

/** True when the first 4 KB hold no NUL and decode as UTF-8 (a character cut at the end is fine). */
export function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, wholeCharacters(head)));
    return true;
  } catch {
    return false;
  }
}

/** The length of the prefix that does not end inside a UTF-8 character. */
function wholeCharacters(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back += 1) {
    const byte = bytes[end - back]!;
    if ((byte & 0xc0) === 0xc0) return end - back;
    if ((byte & 0x80) === 0) break;
  }
  return end;
}
