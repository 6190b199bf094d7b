// The two borderless layout tables of an administrative document (Nghị định 30/2020, Phụ lục I):
// the header block (issuing body and number on the left, quốc hiệu, tiêu ngữ and the place and
// date on the right) and the signature block (nơi nhận on the left, the signer on the right).
import type { DocumentFields } from "./documentFields";
import { paragraph, type DocParagraph, type DocTable, type ParagraphStyleName } from "./documentModel";
import { describeIssueDate } from "./issueDate";
import { cleanText, textLines, upperVi } from "./documentText";

export const NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
/** What the document shows where a field is still empty, for the clerk to fill by hand. */
export const GAP = "……";
/** The blank left for the number the clerk gives the document when it is issued. */
const NUMBER_BLANK = "\u00a0".repeat(8);

/** Header block columns: the issuing body, then the quốc hiệu (which must fit on one line). */
export const HEADER_COLUMNS_MM = [62, 103] as const;
export const SIGNATURE_COLUMNS_MM = [75, 90] as const;

const MM_PER_PT = 0.3528;

/**
 * About how wide a line of Times New Roman is, to size the rules drawn under it: capitals run
 * near 0,68 em, lower-case text near 0,5 em.
 */
export function estimateWidthMm(text: string, sizePt: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += ch === " " ? 0.25 : ch === ch.toLocaleUpperCase("vi") && ch !== ch.toLocaleLowerCase("vi") ? 0.68 : 0.48;
  return ems * sizePt * MM_PER_PT * (bold ? 1.04 : 1);
}

/** "Số: …/KH-VPUB"; a notice (thông báo) is "TB". */
export function documentNumberLine(fields: Pick<DocumentFields, "documentNumber" | "issuerAbbreviation">, kind: "KH" | "TB" = "KH"): string {
  const number = cleanText(fields.documentNumber) || NUMBER_BLANK;
  const abbreviation = cleanText(fields.issuerAbbreviation) || GAP;
  return `Số: ${number}/${kind}-${abbreviation}`;
}

export function headerBlock(fields: DocumentFields, kind: "KH" | "TB" = "KH"): DocTable {
  const [left, right] = HEADER_COLUMNS_MM;
  const governing = textLines(fields.governingBody).map((line) => paragraph("headerGoverning", upperVi(line)));
  const issuerLines = textLines(fields.issuer).map(upperVi);
  const issuerText = issuerLines.length > 0 ? issuerLines : [GAP];
  // The rule under the issuer is a third to a half of its line (Phụ lục I, mục 3).
  const issuerWidth = Math.min(left - 4, Math.max(...issuerText.map((line) => estimateWidthMm(line, 12, true))));
  const issuer = issuerText.map((line, i, all) =>
    paragraph("headerIssuer", line, i === all.length - 1 ? { ruleBelow: { widthMm: round1(Math.max(15, issuerWidth * 0.4)) } } : {}),
  );
  return {
    kind: "table",
    role: "headerBlock",
    columnWidthsMm: [left, right],
    borders: "none",
    rows: [
      {
        cantSplit: true,
        cells: [
          { paragraphs: [...governing, ...issuer], verticalAlign: "top" },
          {
            paragraphs: [
              paragraph("headerNation", NATION),
              // The rule under the motto is as long as the motto.
              paragraph("headerMotto", MOTTO, { ruleBelow: { widthMm: round1(estimateWidthMm(MOTTO, 13, true)) } }),
            ],
            verticalAlign: "top",
          },
        ],
      },
      {
        cantSplit: true,
        cells: [
          { paragraphs: [paragraph("headerNumber", documentNumberLine(fields, kind))], verticalAlign: "top" },
          { paragraphs: [paragraph("headerDate", describeIssueDate(fields.place, fields.date))], verticalAlign: "top" },
        ],
      },
    ],
  };
}

export interface SignatureBlock {
  table: DocTable;
  /** The signer's title or name is missing (the block shows GAP there). */
  signerMissing: boolean;
}

export function signatureBlock(fields: DocumentFields): SignatureBlock {
  const recipients = textLines(fields.recipients);
  const left: DocParagraph[] =
    recipients.length > 0 ? [paragraph("recipientsTitle", "Nơi nhận:"), ...recipients.map((line) => paragraph("recipients", line))] : [];
  const signerLines = (text: string, style: ParagraphStyleName) => textLines(text).map((line) => paragraph(style, upperVi(line)));
  const title = signerLines(fields.signerTitle, "signature");
  const name = textLines(fields.signerName);
  const right: DocParagraph[] = [
    ...signerLines(fields.signingAuthority, "signature"),
    ...(title.length > 0 ? title : [paragraph("signature", GAP)]),
    paragraph("signerName", name.length > 0 ? name.join(" ") : GAP),
  ];
  // The first line of the signer's block lines up with «Nơi nhận:».
  right[0] = { ...right[0]!, style: "signatureTop" };
  return {
    table: {
      kind: "table",
      role: "signature",
      columnWidthsMm: [...SIGNATURE_COLUMNS_MM],
      borders: "none",
      rows: [{ cantSplit: true, cells: [{ paragraphs: left.length > 0 ? left : [paragraph("recipients", "")], verticalAlign: "top" }, { paragraphs: right, verticalAlign: "top" }] }],
    },
    signerMissing: title.length === 0 || name.length === 0,
  };
}

function round1(mm: number): number {
  return Math.round(mm * 10) / 10;
}
