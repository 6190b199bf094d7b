// Template JSON from a hostile or broken file: nesting beyond any template is refused before the
// parser or the schema can recurse into it, and a syntax error says where, without raw bytes.
import { describeJsonSyntaxError, jsonNesting, MAX_JSON_NESTING } from "../../../src/domain/template/jsonText";
import { parseTemplate, parseTemplateJson } from "../../../src/domain/template/parseTemplate";
import { formatIssue } from "../../../src/domain/messages/formatIssue";
import { getBundledTemplate } from "../../../src/domain/template/bundledTemplates";

describe("jsonNesting", () => {
  it.each([
    ["{}", 1],
    ['{"a":[{"b":[1]}]}', 4],
    ['{"a":"[[[[[[["}', 1],
    ['{"a":"\\"[[["}', 1],
  ])("counts %s as %i deep", (text, depth) => {
    expect(jsonNesting(text)).toBe(depth);
  });

  it("stops counting past the limit, so a 10-million-deep file costs nothing", () => {
    expect(jsonNesting("[".repeat(10_000_000), 32)).toBe(33);
  });

  it("leaves room for every bundled template", () => {
    expect(jsonNesting(JSON.stringify(getBundledTemplate("son-la-vpub-2021")))).toBeLessThan(MAX_JSON_NESTING / 2);
  });
});

describe("parseTemplateJson on hostile text", () => {
  it("refuses a deeply nested file with one clear issue", () => {
    const result = parseTemplateJson(`{"areas":${"[".repeat(200_000)}${"]".repeat(200_000)}}`);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(["template_too_nested"]);
    expect(formatIssue(result.issues[0]!)).toBe(
      "Bộ tiêu chí lồng nhau quá sâu (hơn 32 cấp ngoặc): cây tiêu chí chỉ có tối đa 3 cấp (lĩnh vực > tiêu chí > tiêu chí thành phần).",
    );
  });

  it("refuses a criteria tree deeper than 3 levels before the schema check recurses", () => {
    let node: Record<string, unknown> = { code: "1.1.1.1", name: "x", maxPoints: 1 };
    for (let depth = 0; depth < 100_000; depth += 1) node = { code: "9", name: "x", maxPoints: 1, children: [node] };
    const result = parseTemplate({ areas: [node] });
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: "too_deep", path: ["9", "9", "9", "9"] });
  });

  it.each([
    ["{ không phải JSON", "JSON sai cú pháp ở dòng 1, cột 3 (gần «{ không phải J»)."],
    ['{\n  "id": "a",\n  "name": ,\n}', 'JSON sai cú pháp ở dòng 3, cột 11 (gần «"name": ,\n}»).'],
    ['{"id": "a"', "JSON không trọn vẹn: tệp kết thúc giữa chừng (thiếu ngoặc hoặc dấu nháy đóng)."],
    ["\u0000\u0001PK\u0003", "JSON sai cú pháp ở dòng 1, cột 1 (gần «\ufffd\ufffdPK\ufffd»)."],
  ])("says where %j stops being JSON", (text, detail) => {
    const result = parseTemplateJson(text);
    expect(result.issues).toEqual([{ code: "template_schema", severity: "error", field: "", detail: detail.replace("\n", " ") }]);
    expect(formatIssue(result.issues[0]!)).not.toMatch(/[\u0000-\u0008]/);
  });

  it("describes a syntax error whose message has no position", () => {
    expect(describeJsonSyntaxError("  x", new SyntaxError("Unexpected token 'x'"))).toBe("JSON sai cú pháp ở dòng 1, cột 3 (gần «x»).");
  });
});
