import { getBundledTemplate } from "../../../src/domain/template/bundledTemplates";
import { isOwnUnit, templateForUnit } from "../../../src/domain/template/forUnit";
import { indexTemplate } from "../../../src/domain/template/tree";
import { smallTemplate } from "../../helpers/templates";

const vpub = () => getBundledTemplate("son-la-vpub-2021");
const assigned = (template: ReturnType<typeof vpub>) =>
  indexTemplate(template).items.filter((item) => item.criterion.leadUnit !== undefined || item.criterion.coUnits !== undefined).length;

describe("a template made ready for the unit a workbook is for", () => {
  it("keeps VPUB's phân công in VPUB's own workbook", () => {
    const own = templateForUnit(vpub(), "Văn phòng Ủy ban nhân dân tỉnh Sơn La");
    expect(own.droppedAssignmentsOf).toBeUndefined();
    expect(own.template).toBe(vpub());
    expect(assigned(own.template)).toBeGreaterThan(0);
  });

  it("takes VPUB's phòng out of a Sở Tư pháp workbook and says whose they were", () => {
    const other = templateForUnit(vpub(), "Sở Tư pháp tỉnh Sơn La");
    expect(other.droppedAssignmentsOf).toBe("Văn phòng UBND tỉnh Sơn La");
    expect(assigned(other.template)).toBe(0);
    expect(other.template).not.toHaveProperty("owner");
    // Everything else, points and guidance included, is the template's.
    const maxima = (t: ReturnType<typeof vpub>) => indexTemplate(t).items.map((item) => [item.code, item.max, item.criterion.guidance]);
    expect(maxima(other.template)).toEqual(maxima(vpub()));
    expect(assigned(vpub())).toBeGreaterThan(0);
  });

  it("leaves a template without an owner, or a workbook without a unit, as it is", () => {
    expect(templateForUnit(smallTemplate(), "Sở Tư pháp").template).toEqual(smallTemplate());
    expect(templateForUnit(vpub(), undefined)).toEqual({ template: vpub() });
    expect(templateForUnit(vpub(), "   ")).toEqual({ template: vpub() });
  });

  it("knows the owner by its full name, its short name or a shortening of either", () => {
    for (const unit of ["Văn phòng UBND tỉnh Sơn La", "  văn phòng  ubnd tỉnh sơn la ", "Văn phòng Uỷ ban nhân dân tỉnh", "VPUB", "VPUB Sơn La"]) {
      expect([unit, isOwnUnit(vpub(), unit)]).toEqual([unit, true]);
    }
    for (const unit of ["Sở Tư pháp", "Văn phòng HĐND tỉnh Sơn La", "VPUB Lai Châu", "Văn phòng UBND tỉnh Sơn La mở rộng"]) {
      expect([unit, isOwnUnit(vpub(), unit)]).toEqual([unit, false]);
    }
    expect(isOwnUnit(smallTemplate(), "Thử nghiệm")).toBe(false);
  });
});
