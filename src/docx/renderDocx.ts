// Writes a DocumentModel (src/domain/document) as a .docx file with the `docx` package. It only
// translates: page size and margins, the named paragraph formats, runs, tables and rules all come
// from the model. No Node API is used, so the same code runs in the command line and in the task
// pane (which imports this module on demand, keeping `docx` out of its initial bundle).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ITableBordersOptions,
} from "docx";
import type { DocBlock, DocParagraph, DocTable, DocumentModel, ParagraphFormat, TextRun as ModelRun } from "../domain/document/documentModel";

/** The media type of a .docx file, for a download or a Blob. */
export { DOCX_MIME } from "./docxMime";

const TWIPS_PER_MM = 1440 / 25.4;
/** Word's default left and right cell margins (0,08 inch), which the rules under header lines must clear. */
const CELL_MARGIN_MM = 1.9;

const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
const halfPoints = (pt: number): number => Math.round(pt * 2);
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** The .docx file's bytes, backed by a plain ArrayBuffer so a Blob can take them as they are. */
export async function renderDocx(model: DocumentModel): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocx(model)));
}

/** The `docx` package's document for a model (exposed for tests that inspect it before packing). */
export function buildDocx(model: DocumentModel): Document {
  const { page, font } = model;
  const text = new Renderer(model);
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], font: font.family, size: halfPoints(page.pageNumbers.sizePt) })],
  });
  return new Document({
    title: model.title,
    creator: "par-index",
    styles: {
      default: {
        document: { run: { font: font.family, size: halfPoints(font.sizePt), language: { value: "vi-VN" } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // docx takes the portrait size and turns it: width and height swap for landscape.
            size:
              page.orientation === "landscape"
                ? { width: twips(page.heightMm), height: twips(page.widthMm), orientation: PageOrientation.LANDSCAPE }
                : { width: twips(page.widthMm), height: twips(page.heightMm), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: twips(page.marginsMm.top),
              bottom: twips(page.marginsMm.bottom),
              left: twips(page.marginsMm.left),
              right: twips(page.marginsMm.right),
              header: twips(page.marginsMm.top / 2),
              footer: twips(page.marginsMm.bottom / 2),
            },
          },
          // The first page has a header of its own, left empty: page numbers start on page 2.
          titlePage: page.pageNumbers.fromPage === 2,
        },
        headers: { default: new Header({ children: [pageNumber] }), first: new Header({ children: [new Paragraph({})] }) },
        children: model.blocks.flatMap((block) => text.block(block, textWidth(model))),
      },
    ],
  });
}

function textWidth(model: DocumentModel): number {
  return model.page.widthMm - model.page.marginsMm.left - model.page.marginsMm.right;
}

class Renderer {
  constructor(private readonly model: DocumentModel) {}

  block(block: DocBlock, widthMm: number): (Paragraph | Table)[] {
    return block.kind === "paragraph" ? this.paragraph(block, widthMm) : [this.table(block)];
  }

  /** The paragraph, then its rule as a paragraph of its own (a border on the text itself would narrow it). */
  paragraph(p: DocParagraph, widthMm: number): Paragraph[] {
    const format = this.model.styles[p.style];
    const out = [
      new Paragraph({
        alignment: ALIGN[format.align],
        ...(format.firstLineIndentMm ? { indent: { firstLine: twips(format.firstLineIndentMm) } } : {}),
        spacing: spacing(format),
        ...(format.outlineLevel !== undefined ? { outlineLevel: format.outlineLevel } : {}),
        ...((p.keepWithNext ?? format.keepWithNext ?? p.ruleBelow !== undefined) ? { keepNext: true } : {}),
        // A heading's lines stay together; a long body paragraph may break across pages.
        ...(format.keepWithNext ? { keepLines: true } : {}),
        children: p.runs.map((run) => this.run(run, format)),
      }),
    ];
    if (p.ruleBelow) out.push(rule(p.ruleBelow.widthMm, widthMm, p.keepWithNext ?? format.keepWithNext ?? false, this.model.font.family));
    return out;
  }

  run(run: ModelRun, format: ParagraphFormat): TextRun {
    const bold = run.bold ?? format.bold ?? false;
    const italics = run.italic ?? format.italic ?? false;
    return new TextRun({
      text: run.text,
      font: this.model.font.family,
      size: halfPoints(format.sizePt),
      ...(bold ? { bold: true } : {}),
      ...(italics ? { italics: true } : {}),
      ...(run.underline ? { underline: {} } : {}),
    });
  }

  table(table: DocTable): Table {
    const widths = table.columnWidthsMm;
    const total = widths.reduce((sum, w) => sum + w, 0);
    return new Table({
      layout: TableLayoutType.FIXED,
      width: { size: twips(total), type: WidthType.DXA },
      columnWidths: widths.map(twips),
      borders: table.borders === "none" ? NO_BORDERS : SINGLE_BORDERS,
      rows: table.rows.map((row) => {
        let column = 0;
        return new TableRow({
          ...(row.header ? { tableHeader: true } : {}),
          ...(row.cantSplit ? { cantSplit: true } : {}),
          children: row.cells.map((cell) => {
            const span = cell.columnSpan ?? 1;
            const cellWidth = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
            column += span;
            return new TableCell({
              width: { size: twips(cellWidth), type: WidthType.DXA },
              ...(span > 1 ? { columnSpan: span } : {}),
              verticalAlign: cell.verticalAlign === "center" ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
              ...(table.borders === "none" ? { borders: NO_CELL_BORDERS } : {}),
              children: cell.paragraphs.flatMap((p) => this.paragraph(p, cellWidth - 2 * CELL_MARGIN_MM)),
            });
          }),
        });
      }),
    });
  }
}

function spacing(format: ParagraphFormat) {
  return {
    before: Math.round(format.spaceBeforePt * 20),
    after: Math.round(format.spaceAfterPt * 20),
    line: Math.round(format.lineSpacing * 240),
    lineRule: LineRuleType.AUTO,
  };
}

/** A horizontal line of `widthMm`, centred in `availableMm`: an empty, tiny paragraph with a top border. */
function rule(widthMm: number, availableMm: number, keepNext: boolean, font: string): Paragraph {
  const indent = twips(Math.max(0, (availableMm - widthMm) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 0, after: 0, line: 80, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    ...(keepNext ? { keepNext: true } : {}),
    children: [new TextRun({ text: "", size: 2, font })],
  });
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const NO_BORDERS: ITableBordersOptions = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const SINGLE_BORDERS: ITableBordersOptions = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };
