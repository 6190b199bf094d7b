// An administrative document as plain data, the way the sheet layouts are: page setup, named
// paragraph formats, paragraphs of runs, tables with column widths. A renderer (.docx) only
// translates it; every decision about the look of a Vietnamese administrative document
// (Nghị định 30/2020/NĐ-CP, Phụ lục I) is made here.

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type ParagraphStyleName =
  | "body"
  | "bodyNoIndent"
  | "title"
  | "subject"
  | "heading1"
  | "heading2"
  | "heading3"
  | "heading4"
  | "headerGoverning"
  | "headerIssuer"
  | "headerNumber"
  | "headerNation"
  | "headerMotto"
  | "headerDate"
  | "tableHeader"
  | "tableText"
  | "tableNumber"
  | "recipientsTitle"
  | "recipients"
  | "signature"
  | "signatureTop"
  | "signerName"
  | "appendixTitle"
  | "appendixHeading";

export interface ParagraphFormat {
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  align: "left" | "center" | "right" | "justify";
  firstLineIndentMm?: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  /** Line spacing as a multiple of single spacing. */
  lineSpacing: number;
  /** Heading level in the document outline (0 = top), for the navigation pane. */
  outlineLevel?: number;
  keepWithNext?: boolean;
}

export interface DocParagraph {
  kind: "paragraph";
  style: ParagraphStyleName;
  runs: TextRun[];
  /** A horizontal rule centred under the paragraph (under the issuer, the motto, the subject). */
  ruleBelow?: { widthMm: number };
  keepWithNext?: boolean;
}

export interface DocTableCell {
  paragraphs: DocParagraph[];
  /** Number of grid columns the cell spans (1 when absent). */
  columnSpan?: number;
  verticalAlign?: "top" | "center";
}

export interface DocTableRow {
  cells: DocTableCell[];
  /** Repeated at the top of each page the table runs onto. */
  header?: boolean;
  /** Kept whole on one page. */
  cantSplit?: boolean;
}

export interface DocTable {
  kind: "table";
  /** What the table is for: the header block and signature block are borderless layout tables. */
  role: "headerBlock" | "scores" | "signature" | "assignment";
  /** Widths of the grid columns; they add up to at most the text width. */
  columnWidthsMm: number[];
  borders: "none" | "single";
  rows: DocTableRow[];
}

export type DocBlock = DocParagraph | DocTable;

export interface PageSetup {
  paper: "A4";
  /** The page as it is read: 297 wide and 210 high in landscape. */
  widthMm: number;
  heightMm: number;
  orientation: "portrait" | "landscape";
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** Page numbers centred in the header, from this page on (the first page carries none). */
  pageNumbers: { fromPage: 2; sizePt: number };
}

export interface DocumentModel {
  /** Document title for the file's properties. */
  title: string;
  page: PageSetup;
  font: { family: string; sizePt: number };
  styles: Readonly<Record<ParagraphStyleName, ParagraphFormat>>;
  blocks: DocBlock[];
}

/** A4 portrait with Nghị định 30's margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
export const A4_PORTRAIT: PageSetup = {
  paper: "A4",
  widthMm: 210,
  heightMm: 297,
  orientation: "portrait",
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  pageNumbers: { fromPage: 2, sizePt: 13 },
};

/** A4 turned for a wide table (an appendix), with the same margins on the same sides. */
export const A4_LANDSCAPE: PageSetup = {
  ...A4_PORTRAIT,
  widthMm: 297,
  heightMm: 210,
  orientation: "landscape",
};

export function textWidthMm(page: PageSetup): number {
  return page.widthMm - page.marginsMm.left - page.marginsMm.right;
}

const INDENT = 12.7;

/** How each named paragraph looks; the renderer draws from this one table. */
export const DOCUMENT_STYLES: Readonly<Record<ParagraphStyleName, ParagraphFormat>> = {
  body: { sizePt: 14, align: "justify", firstLineIndentMm: INDENT, spaceBeforePt: 0, spaceAfterPt: 6, lineSpacing: 1.1 },
  bodyNoIndent: { sizePt: 14, align: "justify", spaceBeforePt: 0, spaceAfterPt: 6, lineSpacing: 1.1 },
  title: { sizePt: 14, bold: true, align: "center", spaceBeforePt: 18, spaceAfterPt: 0, lineSpacing: 1, keepWithNext: true },
  subject: { sizePt: 14, bold: true, align: "center", spaceBeforePt: 0, spaceAfterPt: 12, lineSpacing: 1, keepWithNext: true },
  heading1: { sizePt: 14, bold: true, align: "justify", firstLineIndentMm: INDENT, spaceBeforePt: 6, spaceAfterPt: 6, lineSpacing: 1.1, outlineLevel: 0, keepWithNext: true },
  heading2: { sizePt: 14, bold: true, align: "justify", firstLineIndentMm: INDENT, spaceBeforePt: 0, spaceAfterPt: 6, lineSpacing: 1.1, outlineLevel: 1, keepWithNext: true },
  heading3: { sizePt: 14, bold: true, align: "justify", firstLineIndentMm: INDENT, spaceBeforePt: 6, spaceAfterPt: 6, lineSpacing: 1.1, outlineLevel: 2, keepWithNext: true },
  heading4: { sizePt: 14, bold: true, italic: true, align: "justify", firstLineIndentMm: INDENT, spaceBeforePt: 0, spaceAfterPt: 6, lineSpacing: 1.1, outlineLevel: 3, keepWithNext: true },
  headerGoverning: { sizePt: 12, align: "center", spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1 },
  headerIssuer: { sizePt: 12, bold: true, align: "center", spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1 },
  headerNumber: { sizePt: 13, align: "center", spaceBeforePt: 6, spaceAfterPt: 0, lineSpacing: 1 },
  headerNation: { sizePt: 12, bold: true, align: "center", spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1 },
  headerMotto: { sizePt: 13, bold: true, align: "center", spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1 },
  headerDate: { sizePt: 13, italic: true, align: "center", spaceBeforePt: 6, spaceAfterPt: 0, lineSpacing: 1 },
  tableHeader: { sizePt: 13, bold: true, align: "center", spaceBeforePt: 2, spaceAfterPt: 2, lineSpacing: 1 },
  tableText: { sizePt: 13, align: "left", spaceBeforePt: 2, spaceAfterPt: 2, lineSpacing: 1 },
  tableNumber: { sizePt: 13, align: "center", spaceBeforePt: 2, spaceAfterPt: 2, lineSpacing: 1 },
  recipientsTitle: { sizePt: 12, bold: true, italic: true, align: "left", spaceBeforePt: 12, spaceAfterPt: 0, lineSpacing: 1 },
  recipients: { sizePt: 11, align: "left", spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1 },
  signature: { sizePt: 14, bold: true, align: "center", spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1 },
  signatureTop: { sizePt: 14, bold: true, align: "center", spaceBeforePt: 12, spaceAfterPt: 0, lineSpacing: 1 },
  signerName: { sizePt: 14, bold: true, align: "center", spaceBeforePt: 60, spaceAfterPt: 0, lineSpacing: 1 },
  // An appendix (PHỤ LỤC) opens its own page: its title and heading lines close together, as seed 004.
  appendixTitle: { sizePt: 14, bold: true, align: "center", spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1, keepWithNext: true },
  appendixHeading: { sizePt: 14, bold: true, align: "center", spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1, keepWithNext: true },
};

export function paragraph(style: ParagraphStyleName, runs: TextRun[] | string, extra: Partial<Pick<DocParagraph, "ruleBelow" | "keepWithNext">> = {}): DocParagraph {
  return { kind: "paragraph", style, runs: typeof runs === "string" ? [{ text: runs }] : runs, ...extra };
}

/** The document's text, paragraph by paragraph (table cells in reading order), for tests and previews. */
export function documentText(model: Pick<DocumentModel, "blocks">): string[] {
  const lines: string[] = [];
  const add = (p: DocParagraph) => lines.push(p.runs.map((r) => r.text).join(""));
  for (const block of model.blocks) {
    if (block.kind === "paragraph") add(block);
    else for (const row of block.rows) for (const cell of row.cells) cell.paragraphs.forEach(add);
  }
  return lines;
}
