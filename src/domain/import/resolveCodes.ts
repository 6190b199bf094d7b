// Turns codes as the appendix writes them into the template's codes "2", "2.1", "2.1.3".
//
// The rule for Roman lĩnh vực: a row coded I, II… (or "Lĩnh vực 2", "LĨNH VỰC IV") opens a lĩnh
// vực block that runs to the next such row. If any code in the block is a bare number ("1", "2"),
// the block is numbered relative to its lĩnh vực, because a bare number cannot be a tiêu chí's own
// code: under II, "1" becomes "2.1" and "1.1" becomes "2.1.1". Otherwise the block's codes are
// already absolute ("2.1", "2.1.1") and are kept. Codes before the first such row, and codes written
// with their Roman prefix ("II.1"), are always absolute.
import { codeAsWritten, type ItemCode } from "./readCode";

export function resolveCodes(codes: readonly ItemCode[]): string[] {
  const resolved: string[] = [];
  let blockStart = 0;
  while (blockStart < codes.length) {
    let blockEnd = blockStart + 1;
    while (blockEnd < codes.length && codes[blockEnd]?.kind !== "area") blockEnd += 1;
    const block = codes.slice(blockStart, blockEnd);
    const area = block[0]?.kind === "area" ? block[0].area : null;
    const relative = area !== null && block.some((code) => code.kind === "numeric" && !code.absolute && code.segments.length === 1);
    for (const code of block) {
      resolved.push(relative && code.kind === "numeric" && !code.absolute ? `${area}.${codeAsWritten(code)}` : codeAsWritten(code));
    }
    blockStart = blockEnd;
  }
  return resolved;
}
