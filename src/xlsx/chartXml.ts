// A layout's ChartSpec as DrawingML, the XML Excel keeps charts in (xl/charts/chartN.xml) and the
// drawing that anchors them to cells (xl/drawings/drawingN.xml). exceljs writes no charts, so the
// saved workbook gets these parts added afterwards (addChartParts). The plotted ranges stay live
// references; their current values are cached in the chart, as Excel does, for viewers that do
// not recalculate.
import { cellText, columnLetter, isFormulaCell, quoteSheetName, type ChartSpec, type LayoutCell } from "../domain";
import { parseRange, type RangeCorners } from "./a1";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

const CATEGORY_AXIS = 500100;
const VALUE_AXIS = 500200;
const FONT = "Calibri";

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[ch]!);
}

const val = (name: string, value: string | number) => `<c:${name} val="${value}"/>`;
const rgb = (color: string) => `<a:srgbClr val="${color.replace(/^#/, "").toUpperCase()}"/>`;
const solid = (color: string) => `<c:spPr><a:solidFill>${rgb(color)}</a:solidFill></c:spPr>`;
const text = (size: number, bold = false) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;

/** The sheet-qualified absolute reference of a range: 'Xếp hạng 2021'!$B$8:$B$27. */
export function absoluteReference(sheetName: string, range: RangeCorners): string {
  const corner = (row: number, column: number) => `$${columnLetter(column)}$${row + 1}`;
  const start = corner(range.top, range.left);
  const end = corner(range.bottom, range.right);
  return `${quoteSheetName(sheetName)}!${start === end ? start : `${start}:${end}`}`;
}

/** The cells of a one-column (or one-row) range, in order. */
function cellsOf(cells: readonly (readonly LayoutCell[])[], range: RangeCorners): LayoutCell[] {
  const out: LayoutCell[] = [];
  for (let r = range.top; r <= range.bottom; r += 1) {
    for (let c = range.left; c <= range.right; c += 1) out.push(cells[r]?.[c] ?? null);
  }
  return out;
}

function stringCache(values: readonly LayoutCell[]): string {
  const points = values
    .map((value, i) => (value === null || isFormulaCell(value) ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(cellText(value))}</c:v></c:pt>`))
    .join("");
  return `<c:strCache>${val("ptCount", values.length)}${points}</c:strCache>`;
}

function numberCache(values: readonly LayoutCell[], format: string): string {
  const points = values.map((value, i) => (typeof value === "number" ? `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>` : "")).join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode>${val("ptCount", values.length)}${points}</c:numCache>`;
}

/** xl/charts/chartN.xml for one chart of a sheet laid out with `cells`. */
export function chartXml(spec: ChartSpec, sheetName: string, cells: readonly (readonly LayoutCell[])[]): string {
  const categories = parseRange(spec.categories);
  const categoryCells = cellsOf(cells, categories);
  const series = spec.series
    .map((s, i) => {
      const values = parseRange(s.values);
      const points = (s.pointColors ?? [])
        .map((color, p) =>
          color === null ? "" : `<c:dPt>${val("idx", p)}${val("invertIfNegative", 0)}${val("bubble3D", 0)}${solid(color)}</c:dPt>`,
        )
        .join("");
      const labels = spec.dataLabels
        ? `<c:dLbls><c:numFmt formatCode="${escapeXml(spec.dataLabels.numberFormat)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${text(800)}${val("dLblPos", "outEnd")}${val("showLegendKey", 0)}${val("showVal", 1)}${val("showCatName", 0)}${val("showSerName", 0)}${val("showPercent", 0)}${val("showBubbleSize", 0)}</c:dLbls>`
        : "";
      return (
        `<c:ser>${val("idx", i)}${val("order", i)}` +
        `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
        solid(s.color) +
        val("invertIfNegative", 0) +
        points +
        labels +
        `<c:cat><c:strRef><c:f>${escapeXml(absoluteReference(sheetName, categories))}</c:f>${stringCache(categoryCells)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(absoluteReference(sheetName, values))}</c:f>${numberCache(cellsOf(cells, values), spec.valueAxis.numberFormat)}</c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join("");
  const horizontal = spec.type === "bar";
  const axis = spec.valueAxis;
  const scaling = `<c:scaling>${val("orientation", "minMax")}${axis.max === undefined ? "" : val("max", axis.max)}${axis.min === undefined ? "" : val("min", axis.min)}</c:scaling>`;
  const topDown = horizontal && spec.categoriesTopDown === true;
  const categoryAxis =
    `<c:catAx>${val("axId", CATEGORY_AXIS)}<c:scaling>${val("orientation", topDown ? "maxMin" : "minMax")}</c:scaling>${val("delete", 0)}` +
    `${val("axPos", horizontal ? "l" : "b")}<c:numFmt formatCode="General" sourceLinked="0"/>${val("majorTickMark", "none")}${val("minorTickMark", "none")}` +
    `${val("tickLblPos", "nextTo")}${text(900)}${val("crossAx", VALUE_AXIS)}${val("crosses", "autoZero")}${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("noMultiLvlLbl", 0)}</c:catAx>`;
  const valueAxis =
    `<c:valAx>${val("axId", VALUE_AXIS)}${scaling}${val("delete", 0)}${val("axPos", horizontal ? "b" : "l")}` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill>${rgb("#D9D9D9")}</a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `${axis.title ? `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(axis.title)}</a:t></a:r></a:p></c:rich></c:tx>${val("overlay", 0)}</c:title>` : ""}` +
    `<c:numFmt formatCode="${escapeXml(axis.numberFormat)}" sourceLinked="0"/>${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}${text(900)}` +
    // With the categories top-down the value axis would move to the top; "max" keeps it at the bottom.
    `${val("crossAx", CATEGORY_AXIS)}${val("crosses", topDown ? "max" : "autoZero")}${val("crossBetween", "between")}${axis.majorUnit === undefined ? "" : val("majorUnit", axis.majorUnit)}</c:valAx>`;
  const legend = spec.legend === "none" ? "" : `<c:legend>${val("legendPos", spec.legend === "bottom" ? "b" : "r")}${val("overlay", 0)}${text(900)}</c:legend>`;
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1200" b="1"><a:latin typeface="${FONT}"/></a:rPr><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>${val("overlay", 0)}</c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `${val("date1904", 0)}<c:lang val="vi-VN"/>${val("roundedCorners", 0)}` +
    `<c:chart>${title}${val("autoTitleDeleted", 0)}<c:plotArea><c:layout/>` +
    `<c:barChart>${val("barDir", horizontal ? "bar" : "col")}${val("grouping", "clustered")}${val("varyColors", 0)}${series}` +
    `${val("gapWidth", spec.series.length > 1 ? 60 : 40)}${val("axId", CATEGORY_AXIS)}${val("axId", VALUE_AXIS)}</c:barChart>` +
    `${categoryAxis}${valueAxis}</c:plotArea>${legend}${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart>` +
    `<c:spPr><a:solidFill>${rgb("#FFFFFF")}</a:solidFill><a:ln w="9525"><a:solidFill>${rgb("#BFBFBF")}</a:solidFill></a:ln></c:spPr>` +
    `${text(1000)}</c:chartSpace>`
  );
}

/** xl/drawings/drawingN.xml: each chart anchored to its cells, pointing at its chart part by relationship id. */
export function drawingXml(charts: readonly { spec: ChartSpec; relationshipId: string }[]): string {
  const anchors = charts
    .map(({ spec, relationshipId }, i) => {
      const corner = (tag: "from" | "to", cell: { row: number; column: number }) =>
        `<xdr:${tag}><xdr:col>${cell.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${cell.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${corner("from", spec.anchor.from)}${corner("to", spec.anchor.to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Biểu đồ ${i + 1}`)}" descr="${escapeXml(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${relationshipId}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors}</xdr:wsDr>`;
}
