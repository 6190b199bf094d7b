// What the plan document needs beyond the scores and the plan sheet, typed once by staff and
// kept in the workbook: who issues it, its number, place and date, the editable paragraphs,
// the rank, the SIPAS part, who signs and who receives it. Defaults come from the scoring
// sheet (unit, year) and the template (its level names the peer group).
import type { FrameworkLevel } from "../template/schema";
import { DEFAULT_TIME_FRAME } from "../plan/remediationPlan";
import type { IssueDate } from "./issueDate";
import type { RankChange, RankStanding } from "./rankLine";

export interface SipasPart {
  /** The unit's rank in the satisfaction index (of the same number of units as the PAR rank). */
  rank: number | null;
  remedy: string;
  leadUnit: string;
  coUnits: string;
  timeFrame: string;
}

export interface DocumentFields {
  /** The unit as the sentences name it: "Văn phòng UBND tỉnh". */
  unit: string;
  /** Cơ quan chủ quản, above the issuer ("UBND TỈNH SƠN LA"); may be empty. */
  governingBody: string;
  /** Cơ quan ban hành, in bold capitals at the top left. */
  issuer: string;
  /** Chữ viết tắt tên cơ quan ban hành, in "Số: …/KH-VPUB". */
  issuerAbbreviation: string;
  /** The number the clerk gives the document when it is issued; usually left empty. */
  documentNumber: string;
  /** Địa danh: "Sơn La". */
  place: string;
  date: IssueDate;
  /** The opening paragraph (căn cứ …); lines are paragraphs. */
  basis: string;
  purposes: string;
  requirements: string;
  /** III. Tổ chức thực hiện. */
  organization: string;
  /** Nơi nhận, one per line. */
  recipients: string;
  /** "KT. CHÁNH VĂN PHÒNG", "TM. ỦY BAN NHÂN DÂN"…; empty when the head signs in their own name. */
  signingAuthority: string;
  signerTitle: string;
  signerName: string;
  /** The unit's place in the PAR INDEX ranking; null when not known. */
  rank: number | null;
  rankOf: number | null;
  peerGroup: string;
  rankChange: RankChange;
  sipas: SipasPart;
}

export type ScalarFieldKey = Exclude<keyof DocumentFields, "date" | "sipas" | "rank" | "rankOf" | "rankChange">;
export type SipasFieldKey = `sipas.${keyof SipasPart}`;
/** Every field as the fields sheet and the command line name it. */
export type DocumentFieldKey = ScalarFieldKey | "date" | "rank" | "rankOf" | "rankChange" | SipasFieldKey;

export type FieldValueKind = "text" | "lines" | "integer" | "rankChange" | "date";

export interface DocumentFieldSpec {
  key: DocumentFieldKey;
  /** The label in column A of the fields sheet: the reader finds the field by it. */
  label: string;
  hint: string;
  kind: FieldValueKind;
  /** The command-line option that overrides it: --governing-body … */
  option: string;
}

export interface DocumentFieldGroup {
  title: string;
  fields: readonly DocumentFieldSpec[];
}

const field = (key: DocumentFieldKey, option: string, kind: FieldValueKind, label: string, hint: string): DocumentFieldSpec => ({ key, option, kind, label, hint });

export const DOCUMENT_FIELD_GROUPS: readonly DocumentFieldGroup[] = [
  {
    title: "Đầu văn bản",
    fields: [
      field("governingBody", "governing-body", "text", "Cơ quan chủ quản", "Dòng trên cùng bên trái, ví dụ: UBND TỈNH SƠN LA. Để trống nếu không có."),
      field("issuer", "issuer", "text", "Cơ quan ban hành", "Tên cơ quan ban hành văn bản, in đậm dưới cơ quan chủ quản."),
      field("issuerAbbreviation", "issuer-abbreviation", "text", "Chữ viết tắt tên cơ quan ban hành", "Trong số, ký hiệu văn bản «Số: …/KH-VPUB», ví dụ: VPUB."),
      field("documentNumber", "number", "text", "Số văn bản", "Thường để trống để văn thư điền khi ban hành."),
      field("place", "place", "text", "Địa danh", "Trong dòng «Sơn La, ngày … tháng … năm …»."),
      field("date", "date", "date", "Ngày ban hành", "ngày/tháng/năm, ví dụ 15/3/2022; để «…» phần văn thư điền tay khi ký, ví dụ …/…/2022."),
    ],
  },
  {
    title: "Nội dung",
    fields: [
      field("unit", "unit", "text", "Tên đơn vị trong nội dung", "Cách gọi đơn vị trong các câu, ví dụ: Văn phòng UBND tỉnh."),
      field("basis", "basis", "lines", "Căn cứ (đoạn mở đầu)", "Đoạn mở đầu kế hoạch. Mỗi dòng trong ô là một đoạn (Alt+Enter để xuống dòng)."),
      field("purposes", "purposes", "lines", "Mục đích", "Mỗi dòng một ý, ví dụ «- Khắc phục tồn tại, hạn chế…»."),
      field("requirements", "requirements", "lines", "Yêu cầu", "Mỗi dòng một ý."),
      field("organization", "organization", "lines", "Tổ chức thực hiện", "Mục III. Mỗi dòng một đoạn; đoạn cuối kết thúc bằng «./.»."),
    ],
  },
  {
    title: "Kết quả xếp hạng Chỉ số cải cách hành chính (để trống nếu chưa công bố)",
    fields: [
      field("rank", "rank", "integer", "Thứ hạng", "Ví dụ: 6 (văn bản ghi «xếp thứ 06/20»)."),
      field("rankOf", "rank-of", "integer", "Số đơn vị được xếp hạng", "Ví dụ: 20."),
      field("peerGroup", "peer-group", "text", "Khối đơn vị được xếp hạng", "Ví dụ: sở, ban, ngành."),
      field("rankChange", "rank-change", "rankChange", "Thay đổi thứ hạng so với năm trước", "tăng 4, giảm 2, giữ nguyên (hoặc +4, -2, 0); «mới» nếu năm trước chưa xếp hạng."),
    ],
  },
  {
    title: "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) — để trống thứ hạng và giải pháp nếu kế hoạch không có phần này",
    fields: [
      field("sipas.rank", "sipas-rank", "integer", "SIPAS: thứ hạng", "Thứ hạng Chỉ số hài lòng, trên cùng số đơn vị được xếp hạng ở trên."),
      field("sipas.remedy", "sipas-remedy", "lines", "SIPAS: nhiệm vụ, giải pháp nâng cao", "Mỗi dòng một đoạn."),
      field("sipas.leadUnit", "sipas-lead-unit", "text", "SIPAS: đơn vị chủ trì thực hiện", ""),
      field("sipas.coUnits", "sipas-co-units", "text", "SIPAS: đơn vị phối hợp thực hiện", ""),
      field("sipas.timeFrame", "sipas-time-frame", "text", "SIPAS: thời gian thực hiện", ""),
    ],
  },
  {
    title: "Ký ban hành và nơi nhận",
    fields: [
      field("signingAuthority", "signing-authority", "text", "Quyền hạn ký", "Ví dụ: KT. CHÁNH VĂN PHÒNG, TM. ỦY BAN NHÂN DÂN. Để trống khi người đứng đầu ký."),
      field("signerTitle", "signer-title", "text", "Chức vụ người ký", "Ví dụ: CHÁNH VĂN PHÒNG, PHÓ CHÁNH VĂN PHÒNG."),
      field("signerName", "signer", "text", "Họ và tên người ký", ""),
      field("recipients", "recipients", "lines", "Nơi nhận", "Mỗi dòng một nơi nhận; dòng cuối thường là «- Lưu: VT, …»."),
    ],
  },
];

export const DOCUMENT_FIELD_SPECS: readonly DocumentFieldSpec[] = DOCUMENT_FIELD_GROUPS.flatMap((group) => group.fields);

/** What the defaults are made from. */
export interface FieldDefaultsContext {
  unit?: string;
  year?: number;
  level?: FrameworkLevel;
}

const PEER_GROUPS: Readonly<Record<FrameworkLevel, string>> = {
  bo: "bộ, cơ quan ngang bộ",
  tinh: "tỉnh, thành phố trực thuộc Trung ương",
  so: "sở, ban, ngành",
  huyen: "huyện, thị xã, thành phố",
  xa: "xã, phường, thị trấn",
};

/** "Văn phòng UBND tỉnh Sơn La" → "Sơn La": the province or city the unit's name ends with. */
export function placeOf(unit: string): string {
  const match = /(?:^|\s)(?:tỉnh|thành phố|TP\.?)\s+(.+)$/iu.exec(unit.normalize("NFC").trim());
  return match ? match[1]!.trim() : "";
}

/** Sensible defaults that staff edit: the unit's name, the year after the scored one, the usual paragraphs. */
export function defaultDocumentFields(context: FieldDefaultsContext = {}): DocumentFields {
  const unit = context.unit?.normalize("NFC").trim() ?? "";
  const who = unit || "đơn vị";
  const year = context.year;
  const inYear = year ? ` năm ${year}` : "";
  const nextYear = year ? ` năm ${year + 1}` : "";
  const place = placeOf(unit);
  const province = /(?:^|\s)(tỉnh|thành phố)\s+.+$/iu.exec(unit)?.[1]?.toLocaleLowerCase("vi");
  return {
    unit,
    // A sở's governing body is the province's people's committee; other levels vary, so staff type it.
    governingBody: place && province && (context.level ?? "so") === "so" ? `UBND ${province.toLocaleUpperCase("vi")} ${place.toLocaleUpperCase("vi")}` : "",
    issuer: unit,
    issuerAbbreviation: "",
    documentNumber: "",
    place,
    date: year ? { year: year + 1 } : {},
    basis:
      `Căn cứ kết quả đánh giá, xác định Chỉ số cải cách hành chính${inYear} đã được công bố, ${who} xây dựng kế hoạch ` +
      `khắc phục tồn tại, hạn chế${inYear} và nâng cao Chỉ số cải cách hành chính${nextYear}, cụ thể như sau:`,
    purposes: [
      `- Khắc phục tồn tại, hạn chế trong việc thực hiện Chỉ số cải cách hành chính${inYear}.`,
      `- Xác định nhiệm vụ, giải pháp để nâng cao các chỉ số thành phần, góp phần nâng cao chất lượng công tác chỉ đạo điều hành và tổ chức thực hiện nhiệm vụ cải cách hành chính, nâng cao hiệu lực, hiệu quả quản lý nhà nước của ${who}.`,
      "- Nâng cao trách nhiệm của người đứng đầu các phòng, ban, đơn vị trực thuộc trong quá trình triển khai thực hiện nhiệm vụ.",
    ].join("\n"),
    requirements: [
      "- Việc thực hiện các nhiệm vụ phải đồng bộ, nghiêm túc và có hiệu quả.",
      "- Trưởng các phòng, ban, đơn vị xác định rõ mục tiêu, nhiệm vụ, triển khai thực hiện đảm bảo đúng tiến độ, thời gian.",
    ].join("\n"),
    organization: [
      `1. Giao bộ phận phụ trách công tác cải cách hành chính theo dõi, đôn đốc, triển khai thực hiện kế hoạch khắc phục Chỉ số cải cách hành chính của ${who}${inYear}.`,
      "2. Các phòng, ban, đơn vị triển khai thực hiện nghiêm túc, hiệu quả các nội dung theo kế hoạch./.",
    ].join("\n"),
    recipients: ["- Sở Nội vụ (để báo cáo);", "- Các phòng, ban, đơn vị;", "- Lưu: VT."].join("\n"),
    signingAuthority: "",
    signerTitle: "",
    signerName: "",
    rank: null,
    rankOf: null,
    peerGroup: PEER_GROUPS[context.level ?? "so"],
    rankChange: null,
    sipas: { rank: null, remedy: "", leadUnit: "", coUnits: "", timeFrame: DEFAULT_TIME_FRAME },
  };
}

/** The fields with a ranking's result filled in (issue 9's ranking hands its standing here). */
export function withRankStanding(fields: DocumentFields, standing: RankStanding): DocumentFields {
  return {
    ...fields,
    rank: standing.rank,
    rankOf: standing.of,
    ...(standing.peerGroup !== undefined ? { peerGroup: standing.peerGroup } : {}),
    rankChange: standing.change ?? null,
  };
}

/** The standing the fields hold, or null without both a rank and the number ranked. */
export function rankStandingOf(fields: DocumentFields): RankStanding | null {
  if (fields.rank === null || fields.rankOf === null) return null;
  return { rank: fields.rank, of: fields.rankOf, peerGroup: fields.peerGroup, change: fields.rankChange };
}

/** Whether the plan has its part 2 on the satisfaction index. */
export function hasSipasPart(fields: DocumentFields): boolean {
  return fields.sipas.rank !== null || fields.sipas.remedy.trim() !== "";
}
