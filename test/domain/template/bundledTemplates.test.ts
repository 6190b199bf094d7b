import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TemplateNotFoundError } from "../../../src/domain/errors";
import {
  bundledTemplates,
  getBundledTemplate,
  listBundledTemplates,
} from "../../../src/domain/template/bundledTemplates";
import { indexTemplate } from "../../../src/domain/template/tree";

describe("bundled templates", () => {
  it("lists the Sơn La 2021 example, decision 2948 and the empty skeleton", () => {
    expect(listBundledTemplates().map((t) => [t.id, t.maxTotal])).toEqual([
      ["son-la-vpub-2021", 100],
      ["qd-2948-bnv-tinh", 100],
      ["khung-trong", 0],
    ]);
  });

  it("gives the Sơn La example the seed's eight maxima", () => {
    const areas = indexTemplate(getBundledTemplate("son-la-vpub-2021")).areas.map((a) => a.max / 100);
    expect(areas).toEqual([11.5, 12, 15.5, 11, 13.5, 10, 16.5, 10]);
  });

  it("labels every row that stands for the rest of a lĩnh vực", () => {
    const items = indexTemplate(getBundledTemplate("son-la-vpub-2021")).items;
    for (const item of items.filter((i) => i.criterion.remainder)) {
      expect(item.name).toMatch(/còn lại|không tách tiêu chí/);
    }
    expect(items.filter((i) => i.criterion.remainder).length).toBeGreaterThan(0);
  });

  it("takes decision 2948's lĩnh vực maxima from the sourced table, nothing more", () => {
    const tsv = readFileSync(join(__dirname, "../../fixtures/frameworks/qd-2948-bnv-tinh-linh-vuc.tsv"), "utf8");
    const sourced = tsv
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split("\t"))
      .filter((cols) => cols[2] === "linh_vuc")
      .map((cols) => [cols[1], cols[3], Number(cols[4])]);
    const template = getBundledTemplate("qd-2948-bnv-tinh");
    expect(template.areas.map((a) => [a.code, a.name, a.maxPoints])).toEqual(sourced);
    expect(template.areas.every((a) => !a.children)).toBe(true);
  });

  it("throws a named error for an unknown id", () => {
    expect(() => getBundledTemplate("khong-co")).toThrow(TemplateNotFoundError);
  });

  it("returns the same parsed objects on every call", () => {
    expect(bundledTemplates()).toBe(bundledTemplates());
  });
});
