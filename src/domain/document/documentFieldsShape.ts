// The shape of the document fields, apart from what is done with them, so that the field
// specifications (documentFieldSpecs.ts) and the defaults (documentFields.ts) both import it and
// neither imports the other.
import type { IssueDate } from "./issueDate";
import type { RankChange } from "./rankLine";

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
