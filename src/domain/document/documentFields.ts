// What the plan document needs beyond the scores and the plan sheet, typed once by staff and
// kept in the workbook: who issues it, its number, place and date, the editable paragraphs,
// the rank, the SIPAS part, who signs and who receives it. Defaults come from the scoring
// sheet (unit, year) and the template (its level names the peer group).
import type { FrameworkLevel } from "../template/schema";
import { DEFAULT_TIME_FRAME } from "../plan/remediationPlan";
import type { DocumentFields } from "./documentFieldsShape";
import type { RankStanding } from "./rankLine";

export type { DocumentFields, SipasPart } from "./documentFieldsShape";
export * from "./documentFieldSpecs";

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
