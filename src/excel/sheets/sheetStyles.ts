// The layout's named styles drawn with office-js: font, fill, alignment and wrapping per styled
// range, and borders once per merged rectangle, since the item rows' bordered styles tile the
// table and one rectangle with inside lines draws the same grid with far fewer commands.
import { CELL_STYLES, type CellStyle, type StyledRange } from "../../domain/layout/sheetLayout";
import { containsRect, parseRangeAddress, rectAddress, rectColumns, rectRows, type Rect } from "./addresses";
import type { RequestBudget } from "../host/requestBudget";

const BORDER_COLOR = "#A6A6A6";
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

export async function applyStyles(worksheet: Excel.Worksheet, styles: readonly StyledRange[], budget: RequestBudget): Promise<void> {
  for (const styled of styles) {
    const style = CELL_STYLES[styled.style];
    const commands = countStyleCommands(style);
    if (commands === 0) continue;
    await budget.reserveCommands(commands);
    applyCellStyle(worksheet.getRange(styled.range).format, style);
  }
  for (const rect of borderRects(styles)) {
    const insides = [
      ...(rectRows(rect) > 1 ? (["InsideHorizontal"] as const) : []),
      ...(rectColumns(rect) > 1 ? (["InsideVertical"] as const) : []),
    ];
    await budget.reserveCommands((EDGES.length + insides.length) * 2);
    const borders = worksheet.getRange(rectAddress(rect)).format.borders;
    for (const edge of [...EDGES, ...insides]) {
      const border = borders.getItem(edge);
      border.style = "Continuous";
      border.color = BORDER_COLOR;
    }
  }
}

function applyCellStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center" } as const;

function countStyleCommands(style: CellStyle): number {
  const keys: (keyof CellStyle)[] = ["bold", "italic", "fontSize", "fontColor", "fill", "horizontal", "vertical", "wrap"];
  return keys.filter((key) => style[key] !== undefined).length;
}

/**
 * The bordered styles' ranges as few rectangles: ranges with the same columns on touching rows
 * merge, and a range inside another rectangle adds nothing.
 */
export function borderRects(styles: readonly StyledRange[]): Rect[] {
  const rects = styles
    .filter((styled) => CELL_STYLES[styled.style].border === true)
    .map((styled) => parseRangeAddress(styled.range))
    .filter((rect): rect is Rect => rect !== null)
    .sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const merged: Rect[] = [];
  for (const rect of rects) {
    const last = merged[merged.length - 1];
    if (last && last.left === rect.left && last.right === rect.right && rect.top <= last.bottom + 1) {
      last.bottom = Math.max(last.bottom, rect.bottom);
    } else {
      merged.push({ ...rect });
    }
  }
  return merged.filter((rect, i) => !merged.some((other, j) => j !== i && containsRect(other, rect) && !(containsRect(rect, other) && j > i)));
}
