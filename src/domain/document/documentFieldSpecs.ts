// The document fields as the fields sheet and the command line name them: label, hint, kind of
// value, option. Plain data with no imports at run time, so `par-index --help` stays light.
import type { DocumentFields, SipasPart } from "./documentFieldsShape";

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
      field("rank", "rank", "integer", "Thứ hạng", "Ví dụ: 6 hoặc 6/20 (văn bản ghi «xếp thứ 06/20»)."),
      field("rankOf", "rank-of", "integer", "Số đơn vị được xếp hạng", "Ví dụ: 20."),
      field("peerGroup", "peer-group", "text", "Khối đơn vị được xếp hạng", "Ví dụ: sở, ban, ngành."),
      field("rankChange", "rank-change", "rankChange", "Thay đổi thứ hạng so với năm trước", "tăng 4, giảm 2, giữ nguyên (hoặc +4, -2, 0); «mới» nếu năm trước chưa xếp hạng."),
    ],
  },
  {
    title: "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) — để trống thứ hạng và giải pháp nếu kế hoạch không có phần này",
    fields: [
      field("sipas.rank", "sipas-rank", "integer", "SIPAS: thứ hạng", "Thứ hạng Chỉ số hài lòng, trên cùng số đơn vị được xếp hạng ở trên. Ví dụ: 15 hoặc 15/20."),
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

