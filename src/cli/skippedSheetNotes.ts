// The one sentence for a scratch sheet a read-only command left out to stay within the limits
// (src/node/skippedSheets.ts): said every time, so a sheet is never ignored without the user knowing.
import path from "node:path";
import type { SkippedSheet } from "../node";
import type { Output } from "./output";

export function skippedSheetLines(file: string, skipped: readonly SkippedSheet[]): string[] {
  return skipped.map(
    (sheet) =>
      `Đã bỏ qua trang «${sheet.sheet}» của «${path.basename(file)}» (${sheet.cells.toLocaleString("vi-VN")} ô có dữ liệu, ${sheet.rows.toLocaleString("vi-VN")} dòng): ` +
      "par-index không dùng trang này, và đọc cả trang thì sổ tính vượt giới hạn đọc.",
  );
}

/** On stdout with the results, or on stderr beside JSON (which stays one document). */
export function noteSkippedSheets(out: Output, file: string, skipped: readonly SkippedSheet[], json = false): void {
  for (const line of skippedSheetLines(file, skipped)) (json ? out.problem : out.line)(line);
}
