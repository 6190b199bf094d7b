import { joinRemedies, sectionStaffText } from "../../../src/domain/document/sectionStaffText";
import type { PlanRow, PlanSection } from "../../../src/domain/plan/remediationPlan";

const row = (code: string, fields: Partial<PlanRow["fields"]>): PlanRow => ({
  kind: code.includes(".") ? "item" : "area",
  stt: "",
  code,
  name: `Mục ${code}`,
  shortcoming: "",
  max: 100,
  score: 50,
  lostPoints: 50,
  fields: { remedy: "", leadUnit: "", coUnits: "", timeFrame: "", note: "", ...fields },
});
const section = (area: PlanRow, ...items: PlanRow[]): PlanSection => ({ area, items, paragraph: "" });

describe("the staff text of one lĩnh vực", () => {
  it("takes the lĩnh vực row's remedy first, then each item's, each once", () => {
    const staff = sectionStaffText(
      section(
        row("5", { remedy: "Triển khai tốt Chỉ thị 26/CT-TTg.", leadUnit: "Các phòng, ban, đơn vị", timeFrame: "Thường xuyên" }),
        row("5.1", { remedy: "Kiểm tra, giám sát việc đánh giá công chức;", leadUnit: "Phòng TCHCQT", timeFrame: "Thường xuyên" }),
        row("5.2", { remedy: "triển khai tốt chỉ thị 26/CT-TTg", leadUnit: "các phòng, ban, đơn vị", timeFrame: "Quý II/2022" }),
        row("5.3", {}),
      ),
    );
    expect(staff).toEqual({
      remedy: ["Triển khai tốt Chỉ thị 26/CT-TTg; Kiểm tra, giám sát việc đánh giá công chức."],
      leadUnit: "Các phòng, ban, đơn vị; Phòng TCHCQT",
      coUnits: "",
      timeFrame: "Thường xuyên; Quý II/2022",
    });
  });

  it("uses an item's remedy when the lĩnh vực row has none", () => {
    expect(sectionStaffText(section(row("2", {}), row("2.1", { remedy: "Rà soát văn bản" }))).remedy).toEqual(["Rà soát văn bản."]);
  });

  it("keeps a remedy of several lines as paragraphs", () => {
    expect(joinRemedies(["Giải pháp chung", "- Ý một;\n- Ý hai.", "Giải pháp riêng"])).toEqual(["Giải pháp chung.", "- Ý một;", "- Ý hai.", "Giải pháp riêng."]);
  });

  it("has nothing when nobody wrote a remedy", () => {
    expect(joinRemedies(["", "  ", "\n"])).toEqual([]);
  });
});

describe("defaults left in the rows", () => {
  const defaults = { remedy: "", leadUnit: "Trung tâm Thông tin", coUnits: "Phòng TCHCQT (tham mưu theo dõi)", timeFrame: "Thường xuyên", note: "" };
  const withDefaults = (code: string, fields: Partial<PlanRow["fields"]>): PlanRow => ({ ...row(code, { ...defaults, ...fields }), defaults });

  it("are not a second unit beside the one staff typed for the lĩnh vực", () => {
    const staff = sectionStaffText(section(withDefaults("7", { coUnits: "Các phòng, ban, đơn vị" }), withDefaults("7.1", {}), withDefaults("7.2", {})));
    expect(staff).toMatchObject({ leadUnit: "Trung tâm Thông tin", coUnits: "Các phòng, ban, đơn vị", timeFrame: "Thường xuyên" });
  });

  it("count when nobody typed anything else", () => {
    expect(sectionStaffText(section(withDefaults("7", {}), withDefaults("7.1", {}))).coUnits).toBe("Phòng TCHCQT (tham mưu theo dõi)");
  });

  it("give way to what staff typed in an item row", () => {
    expect(sectionStaffText(section(withDefaults("7", {}), withDefaults("7.1", { timeFrame: "Quý II/2022" }))).timeFrame).toBe("Quý II/2022");
  });
});
