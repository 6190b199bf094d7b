import fc from "fast-check";
import { LayoutError } from "../../../src/domain/errors";
import { importTemplateFromGrid, layoutTemplateTable, TEMPLATE_TABLE_HEADER } from "../../../src/domain/import";
import { getBundledTemplate } from "../../../src/domain/template/bundledTemplates";
import { SCORING_METHODS, type Criterion, type Template } from "../../../src/domain/template/schema";
import { arbitraryTemplate } from "../../helpers/arbitraries";
import { makeTemplate, smallTemplate } from "../../helpers/templates";

/** What importing needs besides the table: the template's own metadata. */
function metaOf(template: Template) {
  const { schemaVersion: _version, areas: _areas, adjustments: _adjustments, ...meta } = template;
  return meta;
}

function reimport(template: Template) {
  return importTemplateFromGrid(layoutTemplateTable(template), { sheet: "Bộ tiêu chí", meta: metaOf(template) });
}

/** The table has no column for the "phần còn lại" flag, so a round trip drops it. */
function withoutRemainder(criteria: readonly Criterion[]): Criterion[] {
  return criteria.map(({ remainder: _remainder, children, ...rest }) =>
    children ? { ...rest, children: withoutRemainder(children) } : rest,
  );
}

const word = fc.constantFrom("Công tác", "chỉ đạo", "cải cách", "thủ tục", "hành chính", "Sở Nội vụ", "2024", "(SIPAS)", "1,5", "Tổng");
const line = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(" "));
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** A criterion with every column the table carries, codes with gaps (1.3 after 1.1), maxima that add up. */
function arbitraryCriterion(code: string, depth: number): fc.Arbitrary<Criterion> {
  const details = fc.record({
    name: line,
    method: optional(fc.constantFrom(...SCORING_METHODS)),
    guidance: optional(fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join("\n"))),
    leadUnit: optional(line),
    coUnits: optional(line),
    allowNotApplicable: optional(fc.constant(true as const)),
  });
  const numbers = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 });
  const children: fc.Arbitrary<Criterion[] | undefined> =
    depth >= 3
      ? fc.constant(undefined)
      : fc.option(numbers.chain((ns) => fc.tuple(...ns.map((n) => arbitraryCriterion(`${code}.${n}`, depth + 1)))), { nil: undefined });
  return fc.tuple(details, children, fc.integer({ min: 1, max: 2000 })).map(([d, kids, hundredths]) => {
    const maxPoints = kids ? kids.reduce((sum, kid) => sum + Math.round(kid.maxPoints * 100), 0) / 100 : hundredths / 100;
    const criterion: Criterion = { code, name: d.name, maxPoints };
    if (d.method) criterion.method = d.method;
    if (d.guidance) criterion.guidance = d.guidance;
    if (d.leadUnit) criterion.leadUnit = d.leadUnit;
    if (d.coUnits) criterion.coUnits = d.coUnits;
    if (d.allowNotApplicable) criterion.allowNotApplicable = true;
    if (kids) criterion.children = kids;
    return criterion;
  });
}

const arbitraryFullTemplate = fc
  .uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 })
  .chain((ns) => fc.tuple(...ns.map((n) => arbitraryCriterion(String(n), 1))))
  .map((areas) => makeTemplate(areas));

describe("layoutTemplateTable", () => {
  it("lays out a header and one row per item in sheet order, codes as text and maxima as numbers", () => {
    expect(layoutTemplateTable(smallTemplate())).toEqual([
      ["Mã", "Nội dung", "Điểm tối đa", "Phương pháp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Cách tính điểm", "Không áp dụng được"],
      ["1", "Công tác chỉ đạo điều hành", 3, "", "Văn phòng", "", "", ""],
      ["1.1", "Ban hành kế hoạch CCHC", 1, "", "", "", "", ""],
      ["1.2", "Kiểm tra CCHC", 2, "", "", "", "", "x"],
      ["1.2.1", "Tỷ lệ đơn vị được kiểm tra", 0.5, "", "Phòng Nội vụ", "", "", ""],
      ["1.2.2", "Xử lý sau kiểm tra", 1.5, "", "", "", "", "x"],
      ["2", "Cải cách thủ tục hành chính", 4, "", "", "", "", "x"],
    ]);
  });

  it("writes each method's Vietnamese label, the guidance and the units", () => {
    const template = makeTemplate([
      { code: "1", name: "Tự chấm", maxPoints: 1, method: "tu_danh_gia", guidance: "Dòng 1\nDòng 2", coUnits: "Các phòng" },
      { code: "2", name: "Khảo sát", maxPoints: 2, method: "dieu_tra_xhh" },
      { code: "3", name: "Hài lòng", maxPoints: 3, method: "sipas" },
    ]);
    expect(layoutTemplateTable(template).slice(1)).toEqual([
      ["1", "Tự chấm", 1, "Tự đánh giá", "", "Các phòng", "Dòng 1\nDòng 2", ""],
      ["2", "Khảo sát", 2, "Điều tra xã hội học", "", "", "", ""],
      ["3", "Hài lòng", 3, "SIPAS", "", "", "", ""],
    ]);
  });

  it("lays out an empty template as the header alone, which imports as nothing to import", () => {
    const table = layoutTemplateTable(getBundledTemplate("khung-trong"));
    expect(table).toEqual([[...TEMPLATE_TABLE_HEADER]]);
    expect(importTemplateFromGrid(table).issues.map((issue) => issue.code)).toEqual(["import_empty"]);
  });

  it("refuses a maximum that no cell can hold", () => {
    const broken = makeTemplate([{ code: "1", name: "Lỗi", maxPoints: Number.NaN }]);
    expect(() => layoutTemplateTable(broken)).toThrow(LayoutError);
  });
});

describe("template table round trip", () => {
  it("re-imports the laid-out table as the same template", () => {
    const template = smallTemplate();
    const result = reimport(template);
    expect(result).toEqual({ ok: true, value: template, issues: [] });
  });

  it.each(["son-la-vpub-2021", "qd-2948-bnv-tinh"])("re-imports the bundled template %s, all but its remainder flags", (id) => {
    const template = getBundledTemplate(id);
    const result = reimport(template);
    expect(result.ok && result.issues).toEqual([]);
    // The table has no owner row: a table staff import is their own, its phân công theirs.
    const { owner: _owner, ...own } = template;
    expect(result.ok && result.value).toStrictEqual({ ...own, areas: withoutRemainder(template.areas) });
  });

  it("reports an edit that breaks a sum at the cell staff changed the sum of", () => {
    const table = layoutTemplateTable(smallTemplate());
    table[4]![2] = 1; // 1.2.1 from 0,5 to 1: 1.2 still says 2
    const result = importTemplateFromGrid(table, { meta: metaOf(smallTemplate()) });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "children_sum_mismatch", cell: "C4", itemCode: "1.2", max: 200, childrenSum: 250 }),
    ]);
  });

  it("gives back any generated tree with every column it carries", () => {
    fc.assert(
      fc.property(arbitraryFullTemplate, (template) => {
        const result = reimport(template);
        expect(result.issues).toEqual([]);
        expect(result.ok && result.value).toStrictEqual(template);
      }),
      { numRuns: 150 },
    );
  });

  it("gives back the shared generated templates with their default metadata when none is passed", () => {
    fc.assert(
      fc.property(arbitraryTemplate(), (template) => {
        const result = importTemplateFromGrid(layoutTemplateTable(template));
        expect(result.ok && result.value.areas).toStrictEqual(template.areas);
        expect(result.ok && result.value.scale).toBe(template.scale);
      }),
      { numRuns: 100 },
    );
  });
});
