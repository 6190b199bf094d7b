import { buildAssignmentTable } from "../../../src/domain/assignment/assignmentTable";
import { assignmentFromTemplate } from "../../../src/domain/assignment/resolveAssignment";
import { layoutAssignmentSheet } from "../../../src/domain/layout/layoutAssignmentSheet";
import { CO_UNITS, NOI_VU, provinceAssignmentTemplate, TU_PHAP } from "../../helpers/provinceTemplate";

describe("buildAssignmentTable", () => {
  const template = provinceAssignmentTemplate();
  const assignment = assignmentFromTemplate(template);
  const table = buildAssignmentTable(template, assignment, {
    assessedUnit: "tỉnh Kiên Giang",
    year: 2021,
    defaults: { timeFrame: "Tháng 01/2022", deadline: "2022-01-25" },
    units: { [TU_PHAP]: { deadline: "2022-01-20" } },
  });

  it("heads the table as seed 004's appendix does", () => {
    expect(table.title).toBe("PHỤ LỤC");
    expect(table.heading).toBe("NỘI DUNG, NHIỆM VỤ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH KIÊN GIANG NĂM 2021");
    expect(table.header).toEqual(["Stt", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]);
  });

  it("gives each unit a block with a line per lĩnh vực, its co-operating units and its schedule", () => {
    const rows = table.rows.map((r) => [r.stt, r.content, r.lead, r.coUnits, r.timeFrame]);
    expect(rows.slice(0, 5)).toEqual([
      ["I", "Tổ chức tự đánh giá, chấm điểm Chỉ số cải cách hành chính", "", "", ""],
      ["1", NOI_VU, "", "", ""],
      ["1.1", "Lĩnh vực 1 Công tác chỉ đạo, điều hành CCHC: các tiêu chí 1.1, 1.2, 1.3, 1.4", NOI_VU, CO_UNITS, "Tháng 01/2022 (hạn gửi kết quả: 25/01/2022)"],
      ["1.2", "Lĩnh vực 4 Cải cách tổ chức bộ máy hành chính nhà nước (trừ tiêu chí 4.3)", NOI_VU, CO_UNITS, "Tháng 01/2022 (hạn gửi kết quả: 25/01/2022)"],
      ["1.3", "Lĩnh vực 5 Cải cách chế độ công vụ", NOI_VU, CO_UNITS, "Tháng 01/2022 (hạn gửi kết quả: 25/01/2022)"],
    ]);
    expect(rows.find((r) => r[2] === TU_PHAP)?.[4]).toBe("Tháng 01/2022 (hạn gửi kết quả: 20/01/2022)");
    expect(table.rows.filter((r) => r.kind === "unit")).toHaveLength(7);
  });

  it("ends with the unassigned items and the survey items, which nobody self-scores", () => {
    const tail = table.rows.slice(-4).map((r) => [r.kind, r.stt, r.content, r.lead, r.timeFrame]);
    expect(tail).toEqual([
      ["unassigned", "8", "Chưa phân công đơn vị chủ trì", "", ""],
      ["unassigned", "8.1", "Lĩnh vực 7 Xây dựng và triển khai Chính quyền điện tử và Chính quyền số: tiêu chí 7.5 Nội dung thử nghiệm 7.5", "", ""],
      ["section", "II", "Các nội dung chấm bằng điều tra xã hội học, Chỉ số SIPAS (không tự chấm)", "", ""],
      ["task", "1", "Lĩnh vực 8 Tác động của CCHC đến người dân, tổ chức và các chỉ tiêu phát triển kinh tế - xã hội của tỉnh: tiêu chí 8.1 Nội dung thử nghiệm 8.1", "", "Theo kết quả điều tra được công bố"],
    ]);
  });
});

describe("layoutAssignmentSheet", () => {
  const template = provinceAssignmentTemplate();
  const table = buildAssignmentTable(template, assignmentFromTemplate(template), { year: 2021 });
  const layout = layoutAssignmentSheet(table, { year: 2021 });

  it("writes the title, the heading and the table's five columns", () => {
    expect(layout.name).toBe("Phân công chấm điểm 2021");
    expect(layout.cells.slice(0, 4).map((r) => r[0])).toEqual(["PHỤ LỤC", table.heading, null, "Stt"]);
    expect(layout.cells[3]).toEqual(["Stt", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]);
    expect(layout.cells.length).toBe(4 + table.rows.length);
    expect(new Set(layout.cells.map((r) => r.length))).toEqual(new Set([5]));
    expect(layout.merges).toEqual(["A1:E1", "A2:E2"]);
  });

  it("keeps Stt as text (1.10 is not 1.1) and marks the unassigned rows", () => {
    expect(layout.numberFormats).toEqual([{ range: `A5:E${layout.cells.length}`, format: "@" }]);
    const unassigned = table.rows.findIndex((r) => r.kind === "unassigned") + layout.firstTableRow + 1;
    expect(layout.styles).toContainEqual({ range: `A${unassigned}:E${unassigned + 1}`, style: "keptAside" });
  });
});
