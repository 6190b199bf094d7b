import { parseTemplate, parseTemplateJson } from "../../../src/domain/template/parseTemplate";
import { smallTemplate } from "../../helpers/templates";

describe("parseTemplate", () => {
  it("returns a valid template unchanged", () => {
    const template = smallTemplate();
    expect(parseTemplate(template)).toEqual({ ok: true, value: template, issues: [] });
  });

  it("reports shape problems with the field and a Vietnamese detail", () => {
    const broken = { ...smallTemplate(), level: "quoc-gia", areas: [{ code: "1", name: "A", maxPoints: "ba" }] };
    const result = parseTemplate(broken);
    expect(result.ok).toBe(false);
    const fields = result.issues.map((i) => (i.code === "template_schema" ? i.field : ""));
    expect(fields).toEqual(expect.arrayContaining(["level", "areas.0.maxPoints"]));
    const detail = result.issues.find((i) => i.code === "template_schema" && i.field === "areas.0.maxPoints");
    expect(detail && "detail" in detail ? detail.detail : "").toMatch(/số/);
  });

  it("refuses unknown keys, so a typo is not silently ignored", () => {
    const result = parseTemplate({ ...smallTemplate(), aeras: [] });
    expect(result.ok).toBe(false);
  });

  it("fails on structural errors and passes warnings through", () => {
    expect(parseTemplate(smallTemplate({ scale: 50 })).ok).toBe(false);
    const empty = parseTemplate({ ...smallTemplate(), areas: [], scale: 100 });
    expect(empty.ok).toBe(true);
    expect(empty.issues.map((i) => i.code)).toEqual(["template_empty"]);
  });
});

describe("parseTemplateJson", () => {
  it("parses JSON text", () => {
    expect(parseTemplateJson(JSON.stringify(smallTemplate())).ok).toBe(true);
  });

  it("reports a JSON syntax error as an issue instead of throwing", () => {
    const result = parseTemplateJson("{ not json");
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ code: "template_schema", field: "" })] });
  });
});
