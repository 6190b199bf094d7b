// Seed 001's own words for what staff type: the remedy, units and time frame of each lĩnh vực
// (by the template's lĩnh vực code) and the document fields (căn cứ, mục đích, yêu cầu, the rank,
// the SIPAS part, tổ chức thực hiện, nơi nhận, the signer), copied from the seed's text.
import type { DocumentFields } from "../../src/domain/document/documentFields";
import type { StaffFields } from "../../src/domain/plan/remediationPlan";

/**
 * Per lĩnh vực. Where the seed says "Đơn vị thực hiện" and "Đơn vị tham mưu theo dõi thực hiện"
 * (1.2.1, 1.2.3, 1.2.4) they are typed as the plan sheet's lead and co-operating units.
 */
export const seed001Remedies: Record<string, Omit<StaffFields, "note">> = {
  "1": {
    remedy:
      "Tiếp tục nâng cao trách nhiệm của người đứng đầu; công chức, viên chức tại các phòng, ban, đơn vị trực thuộc Văn phòng trong triển khai thực hiện nhiệm vụ cải cách hành chính; khuyến khích các tập thể, cá nhân nghiên cứu, áp dụng các sáng kiến, giải pháp nhằm nâng cao hiệu quả giải quyết thủ tục hành chính, rút ngắn thời gian thực hiện, đảm bảo hiệu quả và đúng quy định.",
    leadUnit: "Các phòng, ban, đơn vị trực thuộc Văn phòng",
    coUnits: "Phòng TCHCQT",
    timeFrame: "Thường xuyên",
  },
  "2": {
    remedy:
      "Thực hiện đúng các quy định của pháp luật về ban hành văn bản quy phạm pháp luật; định kỳ rà soát các văn bản quy phạm pháp luật do Văn phòng chủ trì, tham mưu gửi cơ quan có thẩm quyền trình UBND tỉnh ban hành.",
    leadUnit: "Phòng Tổ chức - Hành chính - Quản trị",
    coUnits: "Các phòng, ban, đơn vị",
    timeFrame: "Thường xuyên",
  },
  "4": {
    remedy:
      'Tiếp tục thực hiện Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về tiếp tục đổi mới về hệ thống và tổ chức, quản lý nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập "Đến năm 2025, tiếp tục giảm tối thiểu 10% biên chế sự nghiệp hưởng lương từ ngân sách nhà nước so với năm 2021" theo Đề án được phê duyệt.',
    leadUnit: "Các đơn vị sự nghiệp trực thuộc Văn phòng",
    coUnits: "Phòng Tổ chức - Hành chính - Quản trị",
    timeFrame: "Thường xuyên",
  },
  "5": {
    remedy:
      "Triển khai thực hiện hiện tốt Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ về tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước các cấp; kiểm tra, giám sát việc thực hiện nhiệm vụ của cán bộ, công chức, viên chức.",
    leadUnit: "Các phòng, ban, đơn vị",
    coUnits: "Phòng Tổ chức - Hành chính - Quản trị",
    timeFrame: "Thường xuyên",
  },
  "6": {
    remedy:
      "Thực hiện nghiêm túc chương trình thực hành tiết kiệm, chống lãng phí năm 2022 tại Quyết định số 04/QĐ-VPUB ngày 10/01/2022 của Chánh Văn phòng UBND tỉnh ; Quyết định số 05/QĐ-VPUB ngày 14/01/2022 của Chánh Văn phòng UBND tỉnh ban hành quy chế quản lý, sử dụng tài sản công; Quyết định số 06/QĐ-VPUB ngày 14/01/2022 của Chánh Văn phòng UBND tỉnh ban hành quy chế chi tiêu nội bộ .",
    leadUnit: "Phòng Tổ chức - Hành chính - Quản trị",
    coUnits: "Các phòng, ban, đơn vị",
    timeFrame: "Thường xuyên",
  },
  "7": {
    remedy:
      "Nâng cao tinh thần trách nhiệm của công chức, viên chức trong việc triển khai thực hiện nhiệm vụ; rà soát, xây dựng kế hoạch cụ thể triển khai thực hiện việc đăng tin bài trên Trang thông tin điện tử của cơ quan Văn phòng kịp thời, đầy đủ đảm bảo theo đúng quy định. Cập nhật đầy đủ các thông tin lên Trang thông tin của của cơ quan; tạo thuận tiện trong việc truy cập, khai thác thông tin trên Trang thông tin điện tử của cơ quan Văn phòng UBND tỉnh.",
    leadUnit: "Trung tâm Thông tin",
    coUnits: "Các phòng, ban, đơn vị",
    timeFrame: "Thường xuyên",
  },
  "8": {
    remedy:
      "Đẩy mạnh tuyên truyền các chủ trương, chính sách của Đảng, pháp luật của Nhà nước về cải cách hành chính nhằm nâng cao nhận thức đối với công chức, viên chức trong thực thi công vụ, vai trò giám sát của các tổ chức, cá nhân trong thực hiện cải cách hành chính đối với các cơ quan nhà nước, góp phần nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
    leadUnit: "Trung tâm Thông tin; Trung tâm Phục vụ Hành chính công",
    coUnits: "Các phòng, ban, đơn vị",
    timeFrame: "Thường xuyên",
  },
};

export const SEED_BASIS =
  "Thực hiện Quyết định số 133/QĐ-UBND ngày 20/01/2022 của UBND tỉnh về việc công bố Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của các cơ quan, hành chính nhà nước năm 2021; Quyết định số 134/QĐ-UBND ngày 20/01/2022 của UBND tỉnh về việc công bố Chỉ số cải cách hành chính năm 2021; Căn cứ Công văn số 274/SNV-CCHC&VTLT ngày 14/02/2022 của Sở Nội vụ về việc sử dụng kết quả Chỉ số SIPAS, PARINDEX năm 2021 trên phần mềm quản lý chấm điểm xác định Chỉ số cải cách hành chính tỉnh Sơn La. Văn phòng UBND tỉnh xây dựng kế hoạch khắc phục tồn tại, hạn chế năm 2021 và nâng cao Chỉ số Cải cách hành chính, Chỉ số hài lòng của người dân tổ chức năm 2022, cụ thể như sau:";

/** The fields as staff would type them from the seed (over the defaults of its scoring sheet). */
export function seed001Fields(defaults: DocumentFields): DocumentFields {
  return {
    ...defaults,
    unit: "Văn phòng UBND tỉnh",
    governingBody: "UBND TỈNH SƠN LA",
    issuer: "VĂN PHÒNG",
    issuerAbbreviation: "VPUB",
    documentNumber: "",
    place: "Sơn La",
    date: { year: 2022 },
    basis: SEED_BASIS,
    purposes: [
      "- Khắc phục tồn tại, hạn chế trong việc thực hiện Chỉ số Cải cách hành chính; Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của các cơ quan, hành chính nhà nước năm 2021.",
      "- Xác định nhiệm vụ, giải pháp để nâng cao các chỉ số thành phần góp phần nâng cao chất lượng công tác chỉ đạo điều hành và tổ chức thực hiện nhiệm vụ cải cách hành chính, nâng cao hiệu lực, hiệu quả quản lý nhà nước của cơ quan Văn phòng UBND tỉnh.",
      "- Nâng cao trách nhiệm của người đứng đầu các phòng, ban, đơn vị trực thuộc Văn phòng trong quá trình triển khai thực hiện nhiệm vụ.",
    ].join("\n"),
    requirements: [
      "- Việc thực hiện các nhiệm vụ phải đồng bộ, nghiêm túc và có hiệu quả.",
      "- Trưởng các phòng, ban, đơn vị xác định rõ mục tiêu, nhiệm vụ, triển khai thực hiện đảm bảo đúng tiến độ, thời gian.",
    ].join("\n"),
    organization: [
      "1. Giao phòng Tổ chức - Hành chính - Quản trị: theo dõi, đôn đốc, triển khai thực hiện kế hoạch khắc phục Chỉ số cải cách hành chính, Chỉ số hài lòng của người dân, tổ chức của Văn phòng UBND tỉnh năm 2021.",
      "2. Các phòng, ban, đơn vị triển khai thực hiện nghiêm túc, hiệu quả các nội dung theo kế hoạch./.",
    ].join("\n"),
    recipients: ["- Lãnh đạo Văn phòng UBND tỉnh;", "- Các phòng, ban, đơn vị;", "- Lưu: VT, TCHCQT, H01b."].join("\n"),
    signingAuthority: "",
    signerTitle: "CHÁNH VĂN PHÒNG",
    signerName: "Nguyễn Huy Anh",
    rank: 6,
    rankOf: 20,
    peerGroup: "sở, ban, ngành",
    rankChange: 4,
    sipas: {
      rank: 15,
      remedy:
        "Tiếp tục đẩy mạnh thông tin, tuyên truyền về thủ tục hành chính bằng các hình thức đăng tin, bài trên Cổng thông tin điện tử tỉnh và phối hợp trả kết quả giải quyết thủ tục hành chính tại Trung tâm phục vụ hành chính công tỉnh.",
      leadUnit: "Trung tâm Thông tin, Trung tâm Phục vụ Hành chính công",
      coUnits: "Các phòng, ban, đơn vị",
      timeFrame: "Thường xuyên",
    },
  };
}
