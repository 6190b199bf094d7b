// A SYNTHETIC provincial template shaped like seed 000's assignment (Kiên Giang 2021): its eight
// lĩnh vực with the names the seed gives, the seed's number of tiêu chí per lĩnh vực (8.1 standing
// for the survey part), generated sub-criteria and GENERATED maxima — not the official 1149/QĐ-BNV
// points, which we do not have. The lead units are the seed's seven departments, with tiêu chí
// and tiêu chí thành phần exceptions in seed 003's manner (1.5, 1.6, 3.2.5, 7.4) and one item
// shared by two departments (4.3), and 7.5 left unassigned, as the seed leaves it (lĩnh vực 7 and 8 have no unit of their own).
import type { Criterion, Template } from "../../src/domain/template/schema";
import { seededRandom } from "./generateTemplate";

export const NOI_VU = "Sở Nội vụ";
export const TU_PHAP = "Sở Tư pháp";
export const VP_UBND = "Văn phòng UBND tỉnh";
export const TAI_CHINH = "Sở Tài chính";
export const TTTT = "Sở Thông tin và Truyền thông";
export const KHCN = "Sở Khoa học và Công nghệ";
export const KHDT = "Sở Kế hoạch và Đầu tư";
export const DEPARTMENTS = [NOI_VU, TU_PHAP, VP_UBND, TAI_CHINH, TTTT, KHCN, KHDT] as const;
export const CO_UNITS = "Các sở, ban, ngành; UBND các huyện, thành phố";

/** Names seed 000 gives (lĩnh vực, and the tiêu chí of lĩnh vực 8 it spells out). */
const AREAS: [name: string, criteria: number][] = [
  ["Công tác chỉ đạo, điều hành CCHC", 6],
  ["Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh", 4],
  ["Cải cách thủ tục hành chính", 5],
  ["Cải cách tổ chức bộ máy hành chính nhà nước", 4],
  ["Cải cách chế độ công vụ", 9],
  ["Cải cách tài chính công", 4],
  ["Xây dựng và triển khai Chính quyền điện tử và Chính quyền số", 5],
  ["Tác động của CCHC đến người dân, tổ chức và các chỉ tiêu phát triển kinh tế - xã hội của tỉnh", 6],
];
const NAMED: Readonly<Record<string, string>> = {
  "8.2": "Mức độ thu hút đầu tư của tỉnh",
  "8.3": "Mức độ phát triển doanh nghiệp của tỉnh",
  "8.4": "Thực hiện thu ngân sách hàng năm của tỉnh theo Kế hoạch được Chính phủ giao",
  "8.5": "Tỷ lệ tăng tổng sản phẩm trên địa bàn GRDP",
  "8.6": "Mức độ thực hiện các chỉ tiêu phát triển kinh tế - xã hội do Hội đồng nhân dân tỉnh giao",
};
const AREA_LEADS: Readonly<Record<string, string>> = { "1": NOI_VU, "2": TU_PHAP, "3": VP_UBND, "4": NOI_VU, "5": NOI_VU, "6": TAI_CHINH };
const ITEM_LEADS: Readonly<Record<string, string>> = {
  "1.5": KHCN,
  "1.6": VP_UBND,
  "3.2.5": TTTT,
  "4.3": `${TAI_CHINH}; ${KHDT}`,
  "7.1": TTTT,
  "7.2": TTTT,
  "7.3": TTTT,
  "7.4": KHCN,
  "8.2": KHDT,
  "8.3": KHDT,
  "8.4": TAI_CHINH,
  "8.5": KHDT,
  "8.6": KHDT,
};

/** Sub-criteria per tiêu chí: 3.2 has five (so 3.2.5 exists), others 0 to 3, generated. */
function subCount(code: string, random: () => number): number {
  if (code === "3.2") return 5;
  if (["1.5", "1.6", "4.3", "8.1", "8.4"].includes(code)) return 0;
  return Math.floor(random() * 4);
}

export function provinceAssignmentTemplate(): Template {
  const random = seededRandom(2021);
  const points = () => (25 + Math.floor(random() * 176)) / 100;
  const sum = (children: Criterion[]) => children.reduce((total, c) => total + Math.round(c.maxPoints * 100), 0) / 100;
  const areas = AREAS.map(([name, count], a): Criterion => {
    const areaCode = String(a + 1);
    const criteria = Array.from({ length: count }, (_, c): Criterion => {
      const code = `${areaCode}.${c + 1}`;
      const subs = Array.from({ length: subCount(code, random) }, (_, s): Criterion => ({
        code: `${code}.${s + 1}`,
        name: `Nội dung thử nghiệm ${code}.${s + 1}`,
        maxPoints: points(),
        ...(ITEM_LEADS[`${code}.${s + 1}`] ? { leadUnit: ITEM_LEADS[`${code}.${s + 1}`] } : {}),
      }));
      const criterion: Criterion = {
        code,
        name: NAMED[code] ?? `Nội dung thử nghiệm ${code}`,
        maxPoints: subs.length > 0 ? sum(subs) : points(),
        ...(ITEM_LEADS[code] ? { leadUnit: ITEM_LEADS[code] } : {}),
        ...(code === "1.5" ? { coUnits: NOI_VU } : {}),
        ...(code === "8.1" ? { method: "sipas" as const } : {}),
        ...(subs.length > 0 ? { children: subs } : {}),
      };
      return criterion;
    });
    return {
      code: areaCode,
      name,
      maxPoints: sum(criteria),
      ...(AREA_LEADS[areaCode] ? { leadUnit: AREA_LEADS[areaCode], coUnits: CO_UNITS } : {}),
      children: criteria,
    };
  });
  return {
    schemaVersion: 1,
    id: "tinh-phan-cong-thu-nghiem",
    name: "Bộ tiêu chí cấp tỉnh THỬ NGHIỆM (phân công theo seed 000)",
    shortName: "Tỉnh thử nghiệm",
    source: "Sinh tự động cho kiểm thử: tên lĩnh vực và phân công theo kế hoạch 08/KH-UBND tỉnh Kiên Giang (seed 000); điểm tối đa sinh ngẫu nhiên, không phải của 1149/QĐ-BNV",
    description: "Mẫu tổng hợp để kiểm thử phân công, tách và gộp tệp; không dùng để chấm điểm thật.",
    level: "tinh",
    scale: sum(areas),
    areas,
  };
}
