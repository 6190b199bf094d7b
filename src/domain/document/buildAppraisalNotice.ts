// The appraisal notice (thông báo kết quả thẩm định) the council sends a unit, in the plan
// document's Nghị định 30/2020 layout: the header block, THÔNG BÁO KẾT QUẢ THẨM ĐỊNH and its
// subject, the stage reached, the three totals (self, round 1, result) and a table of the items
// where the council's score differs from the unit's, with the columns the stage has reached.
import { isBlank, cellText, type Grid } from "../cells";
import { formatDeadline } from "../assignment/schedule";
import type { RoundTotals } from "../appraisal/history";
import { stageIndex, STAGES, type StageId } from "../appraisal/stages";
import { SCORE_COLUMNS as C } from "../layout/scoreSheetColumns";
import { formatPoints, type Hundredths } from "../points";
import type { Totals } from "../scoring/computeTotals";
import { headerBlock, signatureBlock } from "./documentBlocks";
import type { DocumentFields } from "./documentFields";
import { A4_LANDSCAPE, A4_PORTRAIT, DOCUMENT_STYLES, paragraph, textWidthMm, type DocBlock, type DocTable, type DocTableRow, type DocumentModel } from "./documentModel";
import { cleanText, textLines } from "./documentText";

export interface AppraisalNoticeInput {
  totals: Totals;
  /** The scoring sheet's cells (from A1) and each item's row, for the notes. */
  values: Grid;
  rowOf: Readonly<Record<string, number>>;
  stage: StageId;
  /** The deadline set for the unit's explanation, ISO date. */
  deadline?: string;
  roundTotals: RoundTotals;
  year?: number;
  fields: DocumentFields;
}

export const NOTICE_TITLE = "THÔNG BÁO KẾT QUẢ THẨM ĐỊNH";

export interface NoticeRow {
  code: string;
  name: string;
  max: Hundredths;
  self: Hundredths | null;
  round1: Hundredths | null;
  councilNote: string;
  reply: string;
  round2: Hundredths | null;
  councilNote2: string;
}

/** Sub-criteria where the council's score (either round) differs from the unit's own. */
export function noticeRows(input: Pick<AppraisalNoticeInput, "totals" | "values" | "rowOf">): NoticeRow[] {
  const text = (code: string, column: number) => {
    const row = input.rowOf[code];
    const value = row === undefined ? null : input.values[row]?.[column];
    return isBlank(value) ? "" : cleanText(cellText(value));
  };
  return input.totals.items
    .filter((item) => item.leaf && !item.notApplicable)
    // Survey-scored items were never the unit's to score: their points are not a disagreement.
    .filter((item) => item.self !== null)
    .filter((item) => (item.appraised !== null && item.appraised !== item.self) || (item.round2 !== null && item.round2 !== (item.appraised ?? item.self)))
    .map((item) => ({
      code: item.code,
      name: item.name,
      max: item.max,
      self: item.self,
      round1: item.appraised,
      councilNote: text(item.code, C.councilNote),
      reply: text(item.code, C.reply),
      round2: item.round2,
      councilNote2: text(item.code, C.councilNote2),
    }));
}

export function buildAppraisalNotice(input: AppraisalNoticeInput): DocumentModel {
  const { fields, stage } = input;
  const reached = (at: StageId) => stageIndex(stage) >= stageIndex(at);
  const unit = cleanText(fields.unit) || "đơn vị";
  const year = input.year;
  const subject = `Chỉ số cải cách hành chính${year ? ` năm ${year}` : ""} của ${unit}`;
  const rows = noticeRows(input);
  // Round 2's columns (the unit's explanation, the second score and note) once the unit has explained.
  const secondRound = reached("explained");
  const page = secondRound ? A4_LANDSCAPE : A4_PORTRAIT;
  const blocks: DocBlock[] = [headerBlock(fields, "TB"), paragraph("title", NOTICE_TITLE), paragraph("subject", subject, { ruleBelow: { widthMm: 40 } })];
  const body = (text: string) => blocks.push(paragraph("body", text));
  const totals = input.roundTotals;
  body(
    `Hội đồng thẩm định thông báo kết quả thẩm định Chỉ số cải cách hành chính${year ? ` năm ${year}` : ""} của ${unit} (giai đoạn: ${STAGES[stage].label.toLocaleLowerCase("vi")}) như sau:`,
  );
  blocks.push(paragraph("heading2", "1. Tổng điểm"));
  // Survey-scored items take their points from the published results only, so the self total can be below round 1's.
  body(`- Điểm tự đánh giá (các tiêu chí đơn vị tự chấm): ${formatPoints(totals.self)} điểm.`);
  body(`- Điểm sau thẩm định lần 1: ${formatPoints(totals.round1)} điểm.`);
  if (secondRound) body(`- Điểm sau thẩm định lần 2: ${formatPoints(totals.result)} điểm.`);
  body(`- Kết quả${stage === "final" ? " (đã chốt)" : " (chưa chốt)"}: ${formatPoints(totals.result)}/${formatPoints(input.totals.total.applicableMax)} điểm.`);
  blocks.push(paragraph("heading2", "2. Các tiêu chí có điểm thẩm định khác điểm tự đánh giá"));
  if (rows.length === 0) body("Không có tiêu chí nào có điểm thẩm định khác điểm tự đánh giá.");
  else blocks.push(noticeTable(rows, secondRound, textWidthMm(page)));
  if (stage === "appraised") {
    body(
      `Đề nghị ${unit} giải trình (nếu có) các nội dung trên và bổ sung tài liệu kiểm chứng${input.deadline ? ` trước ngày ${formatDeadline(input.deadline)}` : ""}; tiêu chí không giải trình được hiểu là đơn vị thống nhất với kết quả thẩm định./.`,
    );
  } else {
    const last = blocks[blocks.length - 1]!;
    if (last.kind === "paragraph" && last.style === "body") last.runs[last.runs.length - 1]!.text += "/.";
    else body("Hội đồng thẩm định thông báo để đơn vị biết, thực hiện./.");
  }
  blocks.push(signatureBlock(fields).table);
  return {
    title: `${NOTICE_TITLE.charAt(0)}${NOTICE_TITLE.slice(1).toLocaleLowerCase("vi")} — ${subject}`,
    page,
    font: { family: "Times New Roman", sizePt: 14 },
    styles: DOCUMENT_STYLES,
    blocks,
  };
}

function noticeTable(rows: readonly NoticeRow[], secondRound: boolean, widthMm: number): DocTable {
  const headers = ["Mã", "Nội dung", "Điểm tối đa", "Tự đánh giá", "Thẩm định lần 1", "Ý kiến thẩm định", ...(secondRound ? ["Giải trình của đơn vị", "Thẩm định lần 2", "Ý kiến lần 2"] : [])];
  const widths = secondRound ? [12, 52, 15, 17, 22, 40, 45, 22, 27] : [12, 44, 15, 17, 22, 55];
  if (widths.reduce((a, b) => a + b, 0) > widthMm) throw new RangeError("appraisal table wider than the text");
  const cell = (style: "tableHeader" | "tableText" | "tableNumber", text: string) => ({
    paragraphs: textLines(text).length > 1 ? textLines(text).map((line) => paragraph(style, line)) : [paragraph(style, text)],
    verticalAlign: style === "tableHeader" ? ("center" as const) : ("top" as const),
  });
  const points = (value: Hundredths | null) => (value === null ? "" : formatPoints(value));
  const header: DocTableRow = { header: true, cantSplit: true, cells: headers.map((h) => cell("tableHeader", h)) };
  const body: DocTableRow[] = rows.map((row) => ({
    cantSplit: true,
    cells: [
      cell("tableNumber", row.code),
      cell("tableText", row.name),
      cell("tableNumber", formatPoints(row.max)),
      cell("tableNumber", points(row.self)),
      cell("tableNumber", points(row.round1)),
      cell("tableText", row.councilNote),
      ...(secondRound ? [cell("tableText", row.reply), cell("tableNumber", points(row.round2)), cell("tableText", row.councilNote2)] : []),
    ],
  }));
  return { kind: "table", role: "scores", columnWidthsMm: widths, borders: "single", rows: [header, ...body] };
}

/**
 * The notice's fields: the council issues and signs it, to the unit; the governing body, the place
 * and the date stay the unit's workbook's (the province's committee above both). Options override.
 */
export function appraisalNoticeFields(unitFields: DocumentFields): DocumentFields {
  return {
    ...unitFields,
    // Two lines, as the header's left column is narrow.
    issuer: "HỘI ĐỒNG THẨM ĐỊNH\nCHỈ SỐ CẢI CÁCH\nHÀNH CHÍNH",
    issuerAbbreviation: "HĐTĐ",
    documentNumber: "",
    signingAuthority: "TM. HỘI ĐỒNG THẨM ĐỊNH",
    signerTitle: "CHỦ TỊCH",
    signerName: "",
    recipients: [`- ${cleanText(unitFields.unit) || "Đơn vị"};`, "- Lưu: VT, HĐTĐ."].join("\n"),
  };
}
