// Adds charts to a saved .xlsx: for each sheet with charts, a drawing part anchoring them, one
// chart part each, the relationships from the sheet to its drawing and from the drawing to its
// charts, the content types, and the <drawing> element in the sheet, where the schema puts it.
// The workbook is otherwise left byte for byte as exceljs wrote it.
import JSZip from "jszip";
import type { ChartSpec, LayoutCell } from "../domain";
import { chartXml, drawingXml, escapeXml } from "./chartXml";
import { OutputWriteError } from "./errors";

export interface SheetCharts {
  sheetName: string;
  charts: readonly ChartSpec[];
  /** The sheet's layout cells, for the values cached in each chart. */
  cells: readonly (readonly LayoutCell[])[];
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPES = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;
/** Top-level elements that come after <drawing> in a worksheet (CT_Worksheet's order). */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];
/** Ends of top-level elements that come before it: nothing after them can be nested in them. */
const BEFORE_DRAWING_ENDS = ["</sheetData>", "</conditionalFormatting>", "</dataValidations>", "</hyperlinks>", "<printOptions", "<pageMargins", "<pageSetup", "</headerFooter>", "</rowBreaks>", "</colBreaks>", "</ignoredErrors>"];

export async function addChartParts(xlsx: Buffer, sheets: readonly SheetCharts[], file = "<workbook>"): Promise<Buffer> {
  const withCharts = sheets.filter((sheet) => sheet.charts.length > 0);
  if (withCharts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const read = async (name: string) => {
    const entry = zip.file(name);
    if (!entry) throw new OutputWriteError(file, "other", `the saved workbook has no ${name}`);
    return entry.async("string");
  };
  const sheetPaths = sheetPartsByName(await read("xl/workbook.xml"), await read("xl/_rels/workbook.xml.rels"));
  let contentTypes = await read("[Content_Types].xml");
  let drawingNumber = nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  let chartNumber = nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);

  for (const sheet of withCharts) {
    const sheetPath = sheetPaths.get(sheet.sheetName);
    if (!sheetPath) throw new OutputWriteError(file, "other", `the saved workbook has no sheet "${sheet.sheetName}"`);
    const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
    const chartRelationships: string[] = [];
    const anchored = sheet.charts.map((spec, i) => {
      const chartPath = `xl/charts/chart${chartNumber}.xml`;
      zip.file(chartPath, chartXml(spec, sheet.sheetName, sheet.cells));
      contentTypes = addOverride(contentTypes, `/${chartPath}`, TYPES.chart);
      const relationshipId = `rId${i + 1}`;
      chartRelationships.push(relationship(relationshipId, "chart", `../charts/chart${chartNumber}.xml`));
      chartNumber += 1;
      return { spec, relationshipId };
    });
    zip.file(drawingPath, drawingXml(anchored));
    zip.file(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, relationships(chartRelationships));
    contentTypes = addOverride(contentTypes, `/${drawingPath}`, TYPES.drawing);

    const sheetRelsPath = sheetPath.replace(/^(.*\/)([^/]+)$/, "$1_rels/$2.rels");
    const existingRels = zip.file(sheetRelsPath) ? await read(sheetRelsPath) : relationships([]);
    const drawingId = unusedId(existingRels);
    zip.file(sheetRelsPath, existingRels.replace("</Relationships>", `${relationship(drawingId, "drawing", `../drawings/drawing${drawingNumber}.xml`)}</Relationships>`));
    zip.file(sheetPath, insertDrawing(await read(sheetPath), drawingId));
    drawingNumber += 1;
  }
  zip.file("[Content_Types].xml", contentTypes);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Sheet name → its part ("xl/worksheets/sheet1.xml"), through the workbook's relationships. */
export function sheetPartsByName(workbookXml: string, workbookRels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of workbookRels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(match[0], "Id");
    const target = attribute(match[0], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const match of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(match[0], "name");
    const id = attribute(match[0], "r:id");
    const target = id ? targets.get(id) : undefined;
    if (name !== null && target) parts.set(unescapeXml(name), target);
  }
  return parts;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return match ? match[1]! : null;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" })[name]!);
}

function nextNumber(zip: JSZip, pattern: RegExp): number {
  let highest = 0;
  for (const name of Object.keys(zip.files)) {
    const match = pattern.exec(name);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest + 1;
}

function relationship(id: string, type: "chart" | "drawing", target: string): string {
  return `<Relationship Id="${id}" Type="${REL}/${type}" Target="${escapeXml(target)}"/>`;
}

function relationships(entries: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries.join("")}</Relationships>`;
}

function unusedId(rels: string): string {
  const used = new Set([...rels.matchAll(/\sId="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rId${n}`)) n += 1;
  return `rId${n}`;
}

function addOverride(contentTypes: string, partName: string, type: string): string {
  if (contentTypes.includes(`PartName="${partName}"`)) return contentTypes;
  return contentTypes.replace("</Types>", `<Override PartName="${partName}" ContentType="${type}"/></Types>`);
}

/** The sheet with <drawing r:id="…"/> before the first element the schema puts after it. */
export function insertDrawing(sheetXml: string, relationshipId: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error("the sheet already has a drawing");
  const element = `<drawing r:id="${relationshipId}"/>`;
  let at = sheetXml.lastIndexOf("</worksheet>");
  // An <extLst> can also sit inside a conditional-format rule: look only past the elements before <drawing>.
  const from = Math.max(0, ...BEFORE_DRAWING_ENDS.map((tag) => sheetXml.lastIndexOf(tag)));
  for (const name of AFTER_DRAWING) {
    const found = sheetXml.slice(from).search(new RegExp(`<${name}[\\s/>]`));
    if (found >= 0 && from + found < at) at = from + found;
  }
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}
