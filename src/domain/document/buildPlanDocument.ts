// The remediation plan as the document a unit signs and sends, in seed 001's structure and words:
// header block, KẾ HOẠCH and its subject, căn cứ, I. MỤC ĐÍCH, YÊU CẦU, II. NỘI DUNG (1.1 the
// result with the rank and the split by scoring method, the score table; 1.2 one numbered part
// per lĩnh vực that lost points; the optional part 2 on the satisfaction index), III. TỔ CHỨC
// THỰC HIỆN, nơi nhận and the signer. Every number is written from exact hundredths.
import { makeIssue, type Issue } from "../issues";
import type { RemediationPlan, PlanSection, SummaryRow } from "../plan/remediationPlan";
import { formatPoints, type Hundredths } from "../points";
import type { Totals } from "../scoring/computeTotals";
import { describeMethodSplit, isAppraised, methodParts, splitWorthShowing } from "../scoring/methodParts";
import { toRoman } from "../plan/remediationPlan";
import { headerBlock, signatureBlock, GAP } from "./documentBlocks";
import { hasSipasPart, rankStandingOf, type DocumentFields } from "./documentFields";
import {
  A4_PORTRAIT,
  DOCUMENT_STYLES,
  paragraph,
  textWidthMm,
  type DocBlock,
  type DocParagraph,
  type DocTable,
  type DocTableRow,
  type DocumentModel,
} from "./documentModel";
import { cleanText, joinUnits, textLines, withFinalStop } from "./documentText";
import { describeRank } from "./rankLine";
import { joinRemedies, sectionStaffText } from "./sectionStaffText";

export interface PlanDocumentInput {
  plan: RemediationPlan;
  totals: Totals;
  fields: DocumentFields;
}

export interface PlanDocumentBuild {
  document: DocumentModel;
  /** Gaps the clerk should fill (a lĩnh vực without a remedy, no signer), as warnings. */
  issues: Issue[];
}

export const PLAN_HEADINGS = {
  purpose: "MỤC ĐÍCH, YÊU CẦU",
  purposes: "Mục đích",
  requirements: "Yêu cầu",
  content: "NỘI DUNG",
  parIndex: "Chỉ số Cải cách hành chính",
  result: "Kết quả đánh giá",
  remedies: "Nhiệm vụ, giải pháp khắc phục tồn tại, hạn chế",
  sipas: "Chỉ số hài lòng về sự phục vụ hành chính",
  sipasRemedies: "Nhiệm vụ, giải pháp nâng cao",
  organization: "TỔ CHỨC THỰC HIỆN",
} as const;

export const NO_SHORTCOMINGS_TEXT = "Không có lĩnh vực, tiêu chí nào bị trừ điểm.";

/** The subject line: "Khắc phục tồn tại, hạn chế Chỉ số cải cách hành chính[; Chỉ số hài lòng …] năm 2021". */
export function planSubject(year: number | undefined, withSipas: boolean): string {
  return `Khắc phục tồn tại, hạn chế Chỉ số cải cách hành chính${withSipas ? `; ${PLAN_HEADINGS.sipas}` : ""}${year ? ` năm ${year}` : ""}`;
}

export function buildPlanDocument(input: PlanDocumentInput): PlanDocumentBuild {
  const { plan, totals, fields } = input;
  const year = plan.year;
  const withSipas = hasSipasPart(fields);
  const issues: Issue[] = [];
  const blocks: DocBlock[] = [];
  const body = (text: string) => blocks.push(paragraph("body", text));
  const lines = (text: string) => textLines(text).forEach(body);
  const heading = (style: "heading1" | "heading2" | "heading3" | "heading4", text: string) => blocks.push(paragraph(style, text));
  let part = 0;
  const nextPart = () => toRoman((part += 1));

  blocks.push(headerBlock(fields));
  blocks.push(paragraph("title", "KẾ HOẠCH"));
  const subject = planSubject(year, withSipas);
  blocks.push(paragraph("subject", subject, { ruleBelow: { widthMm: 40 } }));
  lines(fields.basis);

  const purposes = textLines(fields.purposes);
  const requirements = textLines(fields.requirements);
  if (purposes.length + requirements.length > 0) {
    heading("heading1", `${nextPart()}. ${PLAN_HEADINGS.purpose}`);
    let n = 0;
    if (purposes.length > 0) {
      heading("heading2", `${(n += 1)}. ${PLAN_HEADINGS.purposes}`);
      purposes.forEach(body);
    }
    if (requirements.length > 0) {
      heading("heading2", `${(n += 1)}. ${PLAN_HEADINGS.requirements}`);
      requirements.forEach(body);
    }
  }

  heading("heading1", `${nextPart()}. ${PLAN_HEADINGS.content}`);
  heading("heading2", `1. ${PLAN_HEADINGS.parIndex}`);
  heading("heading3", `1.1. ${PLAN_HEADINGS.result}`);
  body(resultSentence(plan, totals, fields));
  blocks.push(scoreTable(plan, isAppraised(totals)));
  heading("heading3", `1.2. ${PLAN_HEADINGS.remedies}`);
  if (plan.sections.length === 0) body(NO_SHORTCOMINGS_TEXT);
  plan.sections.forEach((section, i) => {
    heading("heading4", `1.2.${i + 1}. ${cleanText(section.area.name)}`);
    const missing = sectionParagraphs(section).map((p) => {
      blocks.push(p.paragraph);
      return p.missingRemedy;
    });
    if (missing.some(Boolean)) {
      issues.push(makeIssue("document_remedy_missing", "warning", { itemCode: section.area.code, name: cleanText(section.area.name) }, { path: [section.area.code] }));
    }
  });

  if (withSipas) {
    heading("heading2", `2. ${PLAN_HEADINGS.sipas}`);
    let n = 0;
    const sipas = fields.sipas;
    if (sipas.rank !== null) {
      heading("heading3", `2.${(n += 1)}. ${PLAN_HEADINGS.result}`);
      body(sipasSentence(fields, year));
    }
    const remedy = joinRemedies([sipas.remedy]);
    if (remedy.length > 0) {
      heading("heading3", `2.${(n += 1)}. ${PLAN_HEADINGS.sipasRemedies}`);
      remedy.forEach(body);
      unitLines(joinUnits([sipas.leadUnit]), joinUnits([sipas.coUnits]), joinUnits([sipas.timeFrame])).forEach((p) => blocks.push(p));
    }
  }

  const organization = textLines(fields.organization);
  if (organization.length > 0) {
    heading("heading1", `${nextPart()}. ${PLAN_HEADINGS.organization}`);
    organization.forEach(body);
  }
  closeBody(blocks);

  const signature = signatureBlock(fields);
  blocks.push(signature.table);
  if (signature.signerMissing) issues.push(makeIssue("document_signer_missing", "warning", {}));

  const unit = cleanText(fields.unit);
  return {
    document: {
      title: `Kế hoạch ${subject.charAt(0).toLocaleLowerCase("vi")}${subject.slice(1)}${unit ? ` — ${unit}` : ""}`,
      page: A4_PORTRAIT,
      font: { family: "Times New Roman", sizePt: 14 },
      styles: DOCUMENT_STYLES,
      blocks,
    },
    issues,
  };
}

/**
 * "Năm 2021, Văn phòng UBND tỉnh xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc so với năm 2020).
 * Điểm trung bình chung đạt được 94,52 điểm, trong đó điểm thẩm định: 67,11 điểm; điểm điều tra
 * xã hội học: 27,41 điểm. Điểm cụ thể ở từng nội dung như sau:"
 */
export function resultSentence(plan: RemediationPlan, totals: Totals, fields: DocumentFields): string {
  const year = plan.year;
  const who = cleanText(fields.unit) || "đơn vị";
  const inYear = year ? `Năm ${year}, ` : "";
  const standing = rankStandingOf(fields);
  const { total } = totals;
  let score = `đạt được ${formatPoints(total.score)} điểm`;
  if (total.applicableMax !== total.max && total.percent !== null) {
    score += ` trên ${formatPoints(total.applicableMax)} điểm tối đa được áp dụng (${formatPoints(total.percent)}%)`;
  }
  const parts: { label: string; score: Hundredths }[] = [
    ...splitWorthShowing(plan.methods ?? methodParts(total.byMethod, isAppraised(totals))),
  ];
  const adjustments: { label: string; score: Hundredths }[] = [];
  if (total.bonus > 0) adjustments.push({ label: "điểm thưởng", score: total.bonus });
  if (total.penalty > 0) adjustments.push({ label: "điểm trừ", score: total.penalty });
  if (adjustments.length > 0 && parts.length === 0) parts.push({ label: "điểm các lĩnh vực", score: total.treeScore });
  const split = parts.length > 0 ? `, trong đó ${describeMethodSplit([...parts, ...adjustments])}` : "";
  const opening = standing
    ? `${inYear}${who} ${describeRank(standing, year ? year - 1 : undefined)}. Điểm trung bình chung ${score}`
    : capitalize(`${inYear}điểm trung bình chung của ${who} ${score}`);
  return `${opening}${split}. Điểm cụ thể ở từng nội dung như sau:`;
}

/** "Năm 2021, Chỉ số hài lòng về sự phục vụ hành chính của Văn phòng UBND tỉnh xếp thứ 15/20 sở, ban, ngành." */
export function sipasSentence(fields: DocumentFields, year: number | undefined): string {
  const who = cleanText(fields.unit) || "đơn vị";
  const rank = fields.sipas.rank!;
  const place = fields.rankOf !== null ? describeRank({ rank, of: fields.rankOf, peerGroup: cleanText(fields.peerGroup) }) : `xếp thứ ${String(rank).padStart(2, "0")}`;
  return `${year ? `Năm ${year}, ` : ""}${PLAN_HEADINGS.sipas} của ${who} ${place}.`;
}

interface SectionParagraph {
  paragraph: DocParagraph;
  missingRemedy: boolean;
}

/** "- Tồn tại: …", "- Nhiệm vụ, giải pháp khắc phục: …", "+ Đơn vị chủ trì thực hiện: …", … */
function sectionParagraphs(section: PlanSection): SectionParagraph[] {
  const staff = sectionStaffText(section);
  const out: SectionParagraph[] = [{ paragraph: paragraph("body", `- Tồn tại: ${cleanText(section.paragraph)}`), missingRemedy: false }];
  const [first, ...rest] = staff.remedy;
  out.push({ paragraph: paragraph("body", `- Nhiệm vụ, giải pháp khắc phục: ${first ?? GAP}`), missingRemedy: first === undefined });
  for (const line of rest) out.push({ paragraph: paragraph("body", line), missingRemedy: false });
  for (const p of unitLines(staff.leadUnit, staff.coUnits, staff.timeFrame)) out.push({ paragraph: p, missingRemedy: false });
  return out;
}

function unitLines(leadUnit: string, coUnits: string, timeFrame: string): DocParagraph[] {
  const out = [paragraph("body", `+ Đơn vị chủ trì thực hiện: ${leadUnit ? withFinalStop(leadUnit) : GAP}`)];
  if (coUnits) out.push(paragraph("body", `+ Đơn vị phối hợp thực hiện: ${withFinalStop(coUnits)}`));
  if (timeFrame) out.push(paragraph("body", `+ Thời gian thực hiện: ${withFinalStop(timeFrame)}`));
  return out;
}

/** TT · Nội dung · Điểm tối đa · Điểm thẩm định (or tự đánh giá) · Ghi chú, then Tổng cộng. */
export function scoreTable(plan: RemediationPlan, appraised: boolean): DocTable {
  const widths = [12, 80, 22, 25, 26];
  const width = textWidthMm(A4_PORTRAIT);
  if (widths.reduce((a, b) => a + b, 0) > width) throw new RangeError("score table wider than the text");
  const cell = (style: "tableHeader" | "tableText" | "tableNumber", text: string, bold = false, columnSpan?: number) => ({
    paragraphs: [paragraph(style, [{ text, ...(bold ? { bold: true } : {}) }])],
    // Top-aligned, so a wrapped Nội dung starts on the line of its TT and its numbers.
    verticalAlign: style === "tableHeader" ? ("center" as const) : ("top" as const),
    ...(columnSpan ? { columnSpan } : {}),
  });
  const header: DocTableRow = {
    header: true,
    cantSplit: true,
    cells: ["TT", "Nội dung", "Điểm tối đa", appraised ? "Điểm thẩm định" : "Điểm tự đánh giá", "Ghi chú"].map((h) => cell("tableHeader", h)),
  };
  const rows: DocTableRow[] = plan.summary.map((row: SummaryRow) => ({
    cantSplit: true,
    cells: [
      cell("tableNumber", row.max === null ? "" : cleanText(row.code)),
      cell("tableText", cleanText(row.name)),
      cell("tableNumber", row.max === null ? "" : formatPoints(row.max)),
      cell("tableNumber", row.max === null ? signed(row.note) : formatPoints(row.score)),
      cell("tableNumber", signed(row.note)),
    ],
  }));
  const total: DocTableRow = {
    cantSplit: true,
    cells: [
      cell("tableNumber", "Tổng cộng", true, 2),
      cell("tableNumber", formatPoints(plan.total.max), true),
      cell("tableNumber", formatPoints(plan.total.score), true),
      cell("tableNumber", signed(plan.total.lostPoints === 0 ? 0 : -plan.total.lostPoints), true),
    ],
  };
  return { kind: "table", role: "scores", columnWidthsMm: widths, borders: "single", rows: [header, ...rows, total] };
}

/** "-0,61", "0", "+1": the seed's Ghi chú column. */
function signed(value: Hundredths): string {
  return value > 0 ? `+${formatPoints(value)}` : formatPoints(value);
}

/** The body of a Vietnamese administrative document ends with "./.". */
function closeBody(blocks: DocBlock[]): void {
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i]!;
    if (block.kind !== "paragraph" || block.style !== "body") continue;
    const runs = block.runs;
    const last = runs[runs.length - 1];
    if (!last) return;
    const text = last.text.trimEnd();
    if (!text.endsWith("./.")) last.text = `${text.replace(/[\s.;,:]+$/u, "")}./.`;
    return;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
