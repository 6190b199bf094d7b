import { assignmentFromTemplate } from "../../../src/domain/assignment/resolveAssignment";
import { describeItems, describeItemsText } from "../../../src/domain/assignment/describeItems";
import { indexTemplate } from "../../../src/domain/template/tree";
import { KHCN, KHDT, NOI_VU, provinceAssignmentTemplate, TAI_CHINH, TTTT, TU_PHAP, VP_UBND } from "../../helpers/provinceTemplate";

describe("describeItems", () => {
  const template = provinceAssignmentTemplate();
  const index = indexTemplate(template);
  const assignment = assignmentFromTemplate(template);
  const text = (unit: string) => describeItemsText(index, new Set(assignment.units.find((u) => u.unit.name === unit)!.items));

  it("names a whole lĩnh vực, lists part of one, or gives its exceptions as the seeds write them", () => {
    expect(describeItems(index, new Set(assignment.units[0]!.items)).map((line) => line.text)).toEqual([
      "Lĩnh vực 1 Công tác chỉ đạo, điều hành CCHC: các tiêu chí 1.1, 1.2, 1.3, 1.4",
      "Lĩnh vực 4 Cải cách tổ chức bộ máy hành chính nhà nước (trừ tiêu chí 4.3)",
      "Lĩnh vực 5 Cải cách chế độ công vụ",
    ]);
    expect(text(VP_UBND)).toBe(
      "Lĩnh vực 1 Công tác chỉ đạo, điều hành CCHC: tiêu chí 1.6 Nội dung thử nghiệm 1.6; Lĩnh vực 3 Cải cách thủ tục hành chính (trừ tiêu chí thành phần 3.2.5)",
    );
    expect(text(TU_PHAP)).toBe("Lĩnh vực 2 Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh");
  });

  it("names a single item with its name and several by their codes", () => {
    expect(text(TTTT)).toBe(
      "Lĩnh vực 3 Cải cách thủ tục hành chính: tiêu chí thành phần 3.2.5 Nội dung thử nghiệm 3.2.5; Lĩnh vực 7 Xây dựng và triển khai Chính quyền điện tử và Chính quyền số: các tiêu chí 7.1, 7.2, 7.3",
    );
    expect(text(KHDT)).toMatch(/: các tiêu chí 8\.2, 8\.3, 8\.5, 8\.6$/);
    expect(text(TAI_CHINH)).toContain("Lĩnh vực 6 Cải cách tài chính công; ");
    expect(text(KHCN)).toContain("tiêu chí 7.4 Nội dung thử nghiệm 7.4");
    expect(text(NOI_VU)).not.toContain("1.5");
  });

  it("gives the leaves each line covers", () => {
    const lines = describeItems(index, new Set(["3.1.1", "3.1.2", "3.2.1"]));
    expect(lines).toEqual([{ area: "3", text: "Lĩnh vực 3 Cải cách thủ tục hành chính: tiêu chí 3.1 và tiêu chí thành phần 3.2.1", items: ["3.1.1", "3.1.2", "3.2.1"] }]);
  });

  it("lists the exceptions at every level they occur", () => {
    const allOf3 = index.items.filter((i) => i.leaf && i.path[0] === "3").map((i) => i.code);
    const without = new Set(allOf3.filter((code) => code !== "3.2.5" && !code.startsWith("3.4")));
    expect(describeItemsText(index, without)).toBe("Lĩnh vực 3 Cải cách thủ tục hành chính (trừ tiêu chí 3.4 và tiêu chí thành phần 3.2.5)");
  });

  it("says nothing of lĩnh vực the unit has no item in", () => {
    expect(describeItems(index, new Set())).toEqual([]);
  });
});
