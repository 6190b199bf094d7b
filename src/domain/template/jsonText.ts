// Template JSON as text, before it is trusted: how deeply it nests (checked without recursion, so
// a hostile file cannot exhaust the stack of the parser or of the schema check after it) and, when
// it does not parse, where — in words staff can act on, never the raw bytes.

/** A template nests about 9 levels of brackets (areas › children › children); this leaves room. */
export const MAX_JSON_NESTING = 32;

/** The deepest nesting of [ and { outside strings, stopping once past `limit`. */
export function jsonNesting(text: string, limit = MAX_JSON_NESTING): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i += 1;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) {
      inString = true;
    } else if (ch === 0x5b || ch === 0x7b) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (ch === 0x5d || ch === 0x7d) {
      depth -= 1;
    }
  }
  return deepest;
}

/** "JSON sai cú pháp ở dòng 3, cột 5 (gần «"a": ,»)" from the parser's error. */
export function describeJsonSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : tokenPosition(text, message);
  if (at >= text.trimEnd().length || /end of JSON input/i.test(message)) {
    return "JSON không trọn vẹn: tệp kết thúc giữa chừng (thiếu ngoặc hoặc dấu nháy đóng).";
  }
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  const column = at - before.lastIndexOf("\n");
  const near = printable(text.slice(Math.max(0, at - 8), at + 12));
  return `JSON sai cú pháp ở dòng ${line}, cột ${column}${near ? ` (gần «${near}»)` : ""}.`;
}

/**
 * Where V8's "Unexpected token 'x', ..."…" is not valid JSON" points: it quotes the text around the
 * token, which is found again in the text; else the first character that is not a space.
 */
function tokenPosition(text: string, message: string): number {
  const token = /Unexpected token '(.)'/su.exec(message)?.[1];
  const quoted = /"(?:\.\.\.)?([\s\S]*?)(?:\.\.\.)?" is not valid JSON/.exec(message)?.[1];
  if (token !== undefined && quoted) {
    const start = text.indexOf(quoted);
    const offset = quoted.indexOf(token);
    if (start >= 0 && offset >= 0) return start + offset;
  }
  const match = /[^\s]/.exec(text);
  return match ? match.index : 0;
}

/** The text with control characters shown as "�" and runs of space collapsed, for a message. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "\ufffd").replace(/\s+/g, " ").trim();
}
