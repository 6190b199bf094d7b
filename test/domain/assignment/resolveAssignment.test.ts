import { assignmentFromSheet, assignmentFromTemplate, findUnit, itemsOf } from "../../../src/domain/assignment/resolveAssignment";
import { layoutScoreSheet } from "../../../src/domain/layout/layoutScoreSheet";
import { readScoreSheet } from "../../../src/domain/layout/readScoreSheet";
import { SCORE_COLUMNS as C } from "../../../src/domain/layout/scoreSheetColumns";
import { formatIssue } from "../../../src/domain/messages/formatIssue";
import { typeScores } from "../../helpers/scoreGrid";
import { KHCN, KHDT, NOI_VU, provinceAssignmentTemplate, TAI_CHINH, TTTT, VP_UBND } from "../../helpers/provinceTemplate";
import { makeTemplate, smallTemplate } from "../../helpers/templates";

describe("resolveAssignment", () => {
  const province = provinceAssignmentTemplate();
  const assignment = assignmentFromTemplate(province);

  it("gives every item under a lĩnh vực to its unit unless a lower row names another (the «trừ» cases)", () => {
    expect(assignment.leaves.get("3.2.4")).toMatchObject({ leads: [{ name: VP_UBND }], decidedBy: "3" });
    expect(assignment.leaves.get("3.2.5")).toMatchObject({ leads: [{ name: TTTT }], decidedBy: "3.2.5" });
    expect(itemsOf(assignment, VP_UBND).has("3.2.5")).toBe(false);
    expect(itemsOf(assignment, NOI_VU).has("1.5")).toBe(false);
    expect(itemsOf(assignment, KHCN)).toEqual(new Set(["1.5", "7.4.1", "7.4.2", "7.4.3"]));
  });

  it("gives an item whose cell names two units to both", () => {
    expect(assignment.leaves.get("4.3")!.leads.map((u) => u.name)).toEqual([TAI_CHINH, KHDT]);
    expect(itemsOf(assignment, TAI_CHINH).has("4.3")).toBe(true);
    expect(itemsOf(assignment, KHDT).has("4.3")).toBe(true);
  });

  it("lists the seven departments in the order of their first item", () => {
    expect(assignment.units.map((u) => u.unit.name)).toEqual([NOI_VU, KHCN, VP_UBND, "Sở Tư pháp", TTTT, TAI_CHINH, KHDT]);
    const leaves = province.areas.flatMap(function leavesOf(c): string[] {
      return c.children?.length ? c.children.flatMap(leavesOf) : [c.code];
    });
    const covered = new Set(assignment.units.flatMap((u) => u.items));
    expect(leaves.filter((code) => !covered.has(code))).toEqual(["7.5.1", "7.5.2", "8.1"]);
  });

  it("leaves survey items to nobody and warns about each unassigned item", () => {
    expect(assignment.surveyed).toEqual(["8.1"]);
    expect(assignment.unassigned).toEqual(["7.5.1", "7.5.2"]);
    expect(assignment.issues.map((i) => formatIssue(i))).toEqual([
      "7.5.1 chưa được phân công cho đơn vị nào (cột «Đơn vị chủ trì» trống ở dòng này và các dòng trên nó).",
      "7.5.2 chưa được phân công cho đơn vị nào (cột «Đơn vị chủ trì» trống ở dòng này và các dòng trên nó).",
    ]);
  });

  it("inherits co-operating units and never lists a lead among them", () => {
    expect(assignment.leaves.get("1.1.1")!.coUnits.map((u) => u.name)).toEqual(["Các sở, ban, ngành", "UBND các huyện, thành phố"]);
    expect(assignment.leaves.get("1.5")!.coUnits.map((u) => u.name)).toEqual([NOI_VU]);
    expect(findUnit(assignment, KHCN)!.coUnits.map((u) => u.name)).toEqual([NOI_VU]);
  });

  it("reads the assignment from the sheet as staff edited it, with the unassigned cell", () => {
    const template = smallTemplate();
    const layout = layoutScoreSheet(template);
    const { values } = typeScores(layout, {});
    values[layout.rowOf["1.2.2"]!]![C.leadUnit] = "PHÒNG NỘI VỤ".normalize("NFD");
    values[layout.rowOf["1"]!]![C.leadUnit] = "";
    const read = readScoreSheet(template, values, { sheet: "Chấm điểm" });
    const fromSheet = assignmentFromSheet(template, read);
    expect(fromSheet.units.map((u) => [u.unit.name, u.items])).toEqual([["Phòng Nội vụ", ["1.2.1", "1.2.2"]]]);
    expect(fromSheet.unassigned).toEqual(["1.1", "2"]);
    expect(fromSheet.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["item_unassigned", "Chấm điểm", "L7"],
      ["item_unassigned", "Chấm điểm", "L11"],
    ]);
  });

  it("has nothing to assign in a template without units", () => {
    const bare = assignmentFromTemplate(makeTemplate([{ code: "1", name: "A", maxPoints: 1 }]));
    expect(bare.units).toEqual([]);
    expect(bare.unassigned).toEqual(["1"]);
  });
});
