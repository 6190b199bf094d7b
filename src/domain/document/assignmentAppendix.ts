// The assignment table (buildAssignmentTable) as the plan's appendix, the way seed 004 sends it:
// «PHỤ LỤC», «NỘI DUNG, NHIỆM VỤ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH» over «TỈNH … NĂM …»,
// «(Kèm theo Kế hoạch số …)», then the table Stt · Nội dung, nhiệm vụ · Cơ quan chủ trì · Cơ quan
// phối hợp · Thời gian thực hiện with a bold row per unit (and per section I, II), its header
// repeated on every page and no row split across pages. On A4 portrait when the columns fit its
// width, else A4 landscape (the seed's five full columns do not fit portrait).
import type { AssignmentRow, AssignmentTable } from "../assignment/assignmentTable";
import { GAP } from "./documentBlocks";
import {
  A4_LANDSCAPE,
  A4_PORTRAIT,
  DOCUMENT_STYLES,
  paragraph,
  textWidthMm,
  type DocParagraph,
  type DocTable,
  type DocTableRow,
  type DocumentModel,
  type PageSetup,
} from "./documentModel";

export interface AppendixOptions {
  /** The words in brackets under the heading: "Kèm theo Kế hoạch số 845/KH-UBND ngày 20/12/2024 của UBND tỉnh". */
  attachedTo?: string;
}

/** The first heading line; the rest of the table's heading (the unit, the year) goes on the next. */
export const APPENDIX_HEADING = "NỘI DUNG, NHIỆM VỤ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH";
/** Left for the clerk to fill in by hand, as the plan's own number is given when it is issued. */
export const DEFAULT_ATTACHED_TO = `Kèm theo Kế hoạch số ${GAP}/KH-${GAP} ngày ${GAP} của ${GAP}`;

const STT_MM = 14;
/** Stt, Nội dung nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện: the widest each is worth before its text had better wrap. */
const CAP_MM = [STT_MM, 110, 50, 60, 45] as const;
/**
 * Average width of a character of 13-point Times New Roman with Vietnamese text (about 0,44 em of
 * 4,59 mm), and Word's cell margins (1,9 mm a side): enough to tell whether a table fits a page.
 */
const CHAR_MM = 2.1;
const CELL_MARGINS_MM = 3.8;
/** The content column ("Lĩnh vực 3 … (trừ tiêu chí thành phần 3.2.5)") wraps, but not to a few words a line. */
const MIN_CONTENT_MM = 70;

export function buildAssignmentAppendix(table: AssignmentTable, options: AppendixOptions = {}): DocumentModel {
  const { page, widths } = pageAndWidths(table);
  const rest = table.heading.startsWith(APPENDIX_HEADING) ? table.heading.slice(APPENDIX_HEADING.length).trim() : "";
  const heading = rest ? [APPENDIX_HEADING, rest] : [table.heading];
  const attached = (options.attachedTo ?? DEFAULT_ATTACHED_TO).trim().replace(/^\(|\)$/g, "");
  return {
    title: `${table.title}: ${table.heading}`,
    page,
    font: { family: "Times New Roman", sizePt: 14 },
    styles: DOCUMENT_STYLES,
    blocks: [
      paragraph("appendixTitle", table.title),
      ...heading.map((line) => paragraph("appendixHeading", line)),
      paragraph("headerDate", `(${attached})`, { keepWithNext: true }),
      paragraph("bodyNoIndent", "", { keepWithNext: true }),
      assignmentTable(table, widths),
    ],
  };
}

/**
 * Portrait when the unit and time-frame columns, each as wide as its longest entry wants (within a
 * cap; headers wrap by word), leave the content column at least MIN_CONTENT_MM; else landscape.
 */
export function pageAndWidths(table: AssignmentTable): { page: PageSetup; widths: number[] } {
  const body = table.rows.map(rowTexts);
  const all = [table.header, ...body];
  const least = CAP_MM.map((cap, c) => (c === 0 ? cap : Math.min(cap, longestWord(all, c))));
  const wanted = CAP_MM.map((cap, c) => (c === 0 ? cap : Math.max(least[c]!, Math.min(cap, longestText(body, c)))));
  const sides = wanted.reduce((sum, w, c) => (c === 1 ? sum : sum + w), 0);
  const page = sides + MIN_CONTENT_MM <= textWidthMm(A4_PORTRAIT) ? A4_PORTRAIT : A4_LANDSCAPE;
  return { page, widths: fit(wanted, least, textWidthMm(page)) };
}

/** The widths filling `width` exactly: the spare room to the content column, or each text column narrowed in proportion. */
function fit(wanted: readonly number[], least: readonly number[], width: number): number[] {
  const total = wanted.reduce((sum, w) => sum + w, 0);
  if (total <= width) return round(wanted.map((w, c) => (c === 1 ? w + width - total : w)), width);
  const flexible = wanted.reduce((sum, w, c) => sum + (c === 0 ? 0 : w - least[c]!), 0);
  const over = total - width;
  return round(wanted.map((w, c) => (c === 0 || flexible === 0 ? w : w - ((w - least[c]!) * over) / flexible)), width);
}

/** Tenths of a millimetre, the last column taking the rounding so the table is exactly the text width. */
function round(widths: number[], width: number): number[] {
  const out = widths.map((w) => Math.floor(w * 10) / 10);
  out[out.length - 1] = Math.round((width - out.slice(0, -1).reduce((sum, w) => sum + w, 0)) * 10) / 10;
  return out;
}

function rowTexts(row: AssignmentRow): string[] {
  return [row.stt, row.content, row.lead, row.coUnits, row.timeFrame];
}

const measure = (characters: number) => characters * CHAR_MM + CELL_MARGINS_MM;

function longestText(cells: readonly (readonly string[])[], column: number): number {
  return measure(Math.max(0, ...cells.map((row) => (row[column] ?? "").length)));
}

/** No word is broken across lines. */
function longestWord(cells: readonly (readonly string[])[], column: number): number {
  return measure(Math.max(0, ...cells.flatMap((row) => (row[column] ?? "").split(/\s+/).map((word) => word.length))));
}

function assignmentTable(table: AssignmentTable, widths: number[]): DocTable {
  const header: DocTableRow = {
    header: true,
    cantSplit: true,
    cells: table.header.map((text) => ({ paragraphs: [paragraph("tableHeader", text)], verticalAlign: "center" })),
  };
  const rows = table.rows.map((row): DocTableRow => {
    const look = ROW_LOOK[row.kind];
    // A section's or a unit's heading row is kept with the row under it: never the last line of a page.
    const keep = row.kind === "section" || row.kind === "unit" ? { keepWithNext: true } : {};
    const text = (value: string, style: "tableText" | "tableNumber"): DocParagraph => paragraph(style, [{ text: value, ...look }], keep);
    return {
      cantSplit: true,
      cells: rowTexts(row).map((value, c) => ({ paragraphs: [text(value, c === 0 ? "tableNumber" : "tableText")] })),
    };
  });
  return { kind: "table", role: "assignment", columnWidthsMm: widths, borders: "single", rows: [header, ...rows] };
}

/** Sections (I, II) and units in bold, as the seed's table; what nobody scores yet in italics, to be seen. */
const ROW_LOOK: Readonly<Record<AssignmentRow["kind"], { bold?: boolean; italic?: boolean }>> = {
  section: { bold: true },
  unit: { bold: true },
  task: {},
  unassigned: { italic: true },
};
