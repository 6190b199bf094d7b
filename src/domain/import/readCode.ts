// Reading the code cell of a pasted criteria row: dotted numbers typed as text or as numbers,
// Roman lĩnh vực numbers, "Lĩnh vực 1", and the bullets, section letters and words that are not codes.
import { isBlank, isFormulaError, type CellValue } from "../cells";
import { foldText } from "./foldText";

export type CodeCell =
  | { kind: "blank" }
  /** 1, 1.2, 1.2.3 as written; `absolute` when written under a Roman prefix (II.1), never re-based. */
  | { kind: "numeric"; segments: number[]; absolute: boolean }
  /** I, II, "Lĩnh vực 2", "LĨNH VỰC IV": explicitly a lĩnh vực. */
  | { kind: "area"; area: number }
  /** "-", "+", "a)": a line belonging to the item above, not an item. */
  | { kind: "bullet" }
  /** "A", "B": a group of lĩnh vực (phần đánh giá / phần điều tra xã hội học). */
  | { kind: "section"; letter: string }
  /** Meant as a code (starts with a digit, a Roman numeral, "Lĩnh vực") but unreadable. */
  | { kind: "bad"; text: string }
  /** Words: a title, a note or a total, not a code. */
  | { kind: "text"; text: string };

export type ItemCode = Extract<CodeCell, { kind: "numeric" | "area" }>;

export function isItemCode(code: CodeCell): code is ItemCode {
  return code.kind === "numeric" || code.kind === "area";
}

/** The code as the template writes it when it needs no re-basing: I → "1", 1.2 → "1.2". */
export function codeAsWritten(code: ItemCode): string {
  return code.kind === "area" ? String(code.area) : code.segments.join(".");
}

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

/** I … XXXIX → 1 … 39; lĩnh vực never go further, and C, D, L, M stay free for section letters. */
export function readRoman(text: string): number | null {
  const upper = text.toUpperCase();
  if (upper === "" || !ROMAN.test(upper)) return null;
  let total = 0;
  for (let i = 0; i < upper.length; i += 1) {
    const value = ROMAN_VALUES[upper.charAt(i)] ?? 0;
    const next = ROMAN_VALUES[upper.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const DOTTED = /^\d+(\.\d+)*$/;
const BULLET = /^([-+•–—*·∙◦]+|[a-zđ]\)|\([a-zđ]\))$/u;
const TRAILING = /[\s.:)]+$/u;

export function readCodeCell(value: CellValue): CodeCell {
  if (isBlank(value)) return { kind: "blank" };
  if (typeof value === "boolean") return { kind: "bad", text: value ? "TRUE" : "FALSE" };
  if (typeof value === "number") return readNumberCode(value);
  const raw = String(value).normalize("NFC").replace(/\u00a0/g, " ").trim();
  // Passed as a fresh string: the guard's false branch would otherwise narrow `raw` to never.
  if (isFormulaError(String(raw))) return { kind: "bad", text: raw };
  if (BULLET.test(raw)) return { kind: "bullet" };
  // "1.2." and "3 " are how Word numbering and careless typing leave codes.
  const text = raw.replace(TRAILING, "");
  if (DOTTED.test(text)) return numericFromSegments(text.split("."), raw, false);

  const romanDotted = /^([IVX]+)\.(\d+(?:\.\d+)*)$/.exec(text);
  if (romanDotted) {
    const area = readRoman(romanDotted[1] ?? "");
    if (area === null) return { kind: "bad", text: raw };
    return numericFromSegments([String(area), ...(romanDotted[2] ?? "").split(".")], raw, true);
  }
  if (/^[IVX]+$/.test(text)) {
    const area = readRoman(text);
    return area === null ? { kind: "bad", text: raw } : { kind: "area", area };
  }
  const folded = foldText(text);
  if (folded === "linh vuc" || folded.startsWith("linh vuc ")) return readAreaWords(text, raw);
  if (/^[A-Z]$/.test(text)) return { kind: "section", letter: text };
  return looksLikeCodeAttempt(text) ? { kind: "bad", text: raw } : { kind: "text", text: raw };
}

/** Excel turns a typed 1.1 into the number 1.1; 1.10 comes back as 1.1, which nothing can undo. */
function readNumberCode(value: number): CodeCell {
  const text = String(value);
  if (!Number.isFinite(value) || value <= 0 || !/^\d+(\.\d+)?$/.test(text)) return { kind: "bad", text };
  return numericFromSegments(text.split("."), text, false);
}

function numericFromSegments(parts: readonly string[], raw: string, absolute: boolean): CodeCell {
  const segments = parts.map(Number);
  if (segments.some((segment) => !Number.isSafeInteger(segment) || segment < 1)) return { kind: "bad", text: raw };
  return { kind: "numeric", segments, absolute };
}

function readAreaWords(text: string, raw: string): CodeCell {
  const match = /^\S+\s+\S+\s+(\S+)$/u.exec(text);
  const number = match?.[1] ?? "";
  if (/^\d+$/.test(number) && Number(number) >= 1) return { kind: "area", area: Number(number) };
  const roman = readRoman(number);
  return roman === null ? { kind: "bad", text: raw } : { kind: "area", area: roman };
}

/** Short text starting with a digit or a Roman numeral was meant as a code; words were not. */
function looksLikeCodeAttempt(text: string): boolean {
  if (text.length > 20) return false;
  return /^\d/.test(text) || /^[IVXLCDM]+(?![\p{L}])/u.test(text);
}

const LEADING_AREA_WORDS = /^(?:lĩnh vực|linh vuc)\s+[0-9ivx]+/u;
const LEADING_CODE = /^(?:[IVX]+(?:\.\d+)*|\d+(?:\.\d+)*)/u;
const SEPARATOR_THEN_REST = /^\s*[.:)\-–—]?\s+(\S.*)$/su;

/**
 * "I. CÔNG TÁC CHỈ ĐẠO" or "Lĩnh vực 1: Công tác…" in one cell, which is what a Word row merged
 * across the code and name columns pastes as. A space must follow the code so "1.a" stays a bad
 * code, and the rest must hold a letter so "1 2" is not split.
 */
export function splitLeadingCode(value: CellValue): { code: ItemCode; rest: string } | null {
  if (typeof value !== "string") return null;
  const text = value.normalize("NFC").replace(/\u00a0/g, " ").trim();
  // Lower-casing NFC Vietnamese keeps every length, so the match can slice the original text.
  const head = LEADING_AREA_WORDS.exec(text.toLowerCase()) ?? LEADING_CODE.exec(text);
  if (!head) return null;
  const tail = SEPARATOR_THEN_REST.exec(text.slice(head[0].length));
  const rest = (tail?.[1] ?? "").trim();
  if (!/\p{L}/u.test(rest)) return null;
  const code = readCodeCell(text.slice(0, head[0].length));
  return isItemCode(code) ? { code, rest } : null;
}
