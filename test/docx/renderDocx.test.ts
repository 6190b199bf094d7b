// The .docx written from seed 001's document model, read back from the zip: A4 portrait with
// Nghị định 30's margins, Times New Roman 11–14 pt, the borderless header and signature tables,
// the bordered score table inside the margins, page numbers from page 2, and every paragraph's
// text exactly as the model holds it (staff text with markup characters, emoji and 5 000 characters).
import JSZip from "jszip";
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { buildPlanDocument } from "../../src/domain/document/buildPlanDocument";
import { defaultDocumentFields, type DocumentFields } from "../../src/domain/document/documentFields";
import { documentText } from "../../src/domain/document/documentModel";
import { buildAssignmentAppendix } from "../../src/domain/document/assignmentAppendix";
import { buildAssignmentTable } from "../../src/domain/assignment/assignmentTable";
import { assignmentFromTemplate } from "../../src/domain/assignment/resolveAssignment";
import { provinceAssignmentTemplate } from "../helpers/provinceTemplate";
import { buildRemediationPlan } from "../../src/domain/plan/remediationPlan";
import { DOCX_MIME, renderDocx } from "../../src/docx/renderDocx";
import { seed001CheckResult } from "../helpers/seed001Check";
import { seed001Template } from "../helpers/seed001";
import { seed001Fields, seed001Remedies } from "../helpers/seed001Document";
import { paragraphTexts } from "../helpers/docxText";
import { descendants, parseXml, type XmlElement } from "../helpers/xmlTree";

const long = "Rà soát, cập nhật thông tin kịp thời. ".repeat(140).slice(0, 5000).trim();
const tricky = `=SUM(A1:A3) <w:p/> & "ngoặc" ‘đơn’ 😀 ${"Cải cách hành chính".normalize("NFD")}`;

function seedModel(edit: (fields: DocumentFields) => DocumentFields = (f) => f, remedies = seed001Remedies) {
  const check = seed001CheckResult();
  const previous = new Map(Object.entries(remedies).map(([code, fields]) => [code, { fields }]));
  const plan = buildRemediationPlan(seed001Template(), check.totals, { unit: "Văn phòng UBND tỉnh Sơn La", year: 2021, previous });
  const fields = edit(seed001Fields(defaultDocumentFields({ unit: "Văn phòng UBND tỉnh Sơn La", year: 2021, level: "so" })));
  return buildPlanDocument({ plan, totals: check.totals, fields }).document;
}

async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the .docx`);
    return file.async("string");
  };
  return { zip, text };
}

const attr = (e: XmlElement, name: string) => e.attrs[`w:${name}`];
const named = (root: XmlElement, name: string) => descendants(root).filter((e) => e.name === name);
describe("renderDocx on seed 001", () => {
  let document: XmlElement;
  let xml: string;
  let files: Awaited<ReturnType<typeof unzip>>;
  const model = seedModel();

  beforeAll(async () => {
    const bytes = await renderDocx(model);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    files = await unzip(bytes);
    xml = await files.text("word/document.xml");
    document = parseXml(xml);
  });

  it("is a WordprocessingML package", async () => {
    expect(await files.text("[Content_Types].xml")).toContain("wordprocessingml.document.main+xml");
    expect(DOCX_MIME).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  });

  it("is A4 portrait with margins top and bottom 20 mm, left 30 mm, right 15 mm", () => {
    const [sectPr] = named(document, "w:sectPr");
    const size = sectPr!.children.find((c) => c.name === "w:pgSz")!;
    const margins = sectPr!.children.find((c) => c.name === "w:pgMar")!;
    expect([attr(size, "w"), attr(size, "h"), attr(size, "orient")]).toEqual(["11906", "16838", "portrait"]);
    expect([attr(margins, "top"), attr(margins, "bottom"), attr(margins, "left"), attr(margins, "right")]).toEqual(["1134", "1134", "1701", "850"]);
  });

  it("numbers pages from page 2: a first-page header without a number, a default one with PAGE", async () => {
    const [sectPr] = named(document, "w:sectPr");
    expect(sectPr!.children.some((c) => c.name === "w:titlePg")).toBe(true);
    const refs = sectPr!.children.filter((c) => c.name === "w:headerReference").map((c) => [attr(c, "type"), c.attrs["r:id"]]);
    expect(refs.map(([type]) => type).sort()).toEqual(["default", "first"]);
    const rels = await files.text("word/_rels/document.xml.rels");
    const target = (id: string | undefined) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    const header = async (type: string) => files.text(`word/${target(refs.find(([t]) => t === type)![1])}`);
    expect(await header("default")).toMatch(/PAGE/);
    expect(await header("first")).not.toMatch(/PAGE/);
  });

  it("sets every run in Times New Roman, 11 to 14 pt (the rules' empty runs aside)", async () => {
    expect(await files.text("word/styles.xml")).toMatch(/w:rFonts w:ascii="Times New Roman"/);
    const runs = named(document, "w:r").filter((r) => named(r, "w:t").some((t) => t.text !== ""));
    expect(runs.length).toBeGreaterThan(100);
    for (const run of runs) {
      const fonts = named(run, "w:rFonts")[0];
      expect(fonts && [attr(fonts, "ascii"), attr(fonts, "hAnsi"), attr(fonts, "cs")]).toEqual(["Times New Roman", "Times New Roman", "Times New Roman"]);
      const size = Number(attr(named(run, "w:sz")[0]!, "val"));
      expect(size).toBeGreaterThanOrEqual(22);
      expect(size).toBeLessThanOrEqual(28);
    }
  });

  it("draws the header block as a borderless two-column table inside the margins, bold issuer and motto with rules", () => {
    const [header] = named(document, "w:tbl");
    const grid = named(header!, "w:gridCol").map((c) => Number(attr(c, "w")));
    expect(grid).toHaveLength(2);
    expect(grid.reduce((a, b) => a + b)).toBeLessThanOrEqual(11906 - 1701 - 850);
    const borders = [...named(header!, "w:tblBorders"), ...named(header!, "w:tcBorders")].flatMap((b) => b.children);
    expect(borders.length).toBeGreaterThan(6);
    expect(new Set(borders.map((b) => attr(b, "val")))).toEqual(new Set(["none"]));
    const paragraphs = named(header!, "w:p");
    const textOf = (p: XmlElement) => named(p, "w:t").map((t) => t.text).join("");
    const at = (text: string) => paragraphs.findIndex((p) => textOf(p) === text);
    for (const line of ["VĂN PHÒNG", "Độc lập - Tự do - Hạnh phúc", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]) {
      expect(named(paragraphs[at(line)]!, "w:b")).not.toHaveLength(0);
    }
    for (const ruled of ["VĂN PHÒNG", "Độc lập - Tự do - Hạnh phúc"]) {
      const rule = paragraphs[at(ruled) + 1]!;
      expect(textOf(rule)).toBe("");
      expect(named(rule, "w:top").map((b) => attr(b, "val"))).toEqual(["single"]);
    }
    expect(named(paragraphs.find((p) => textOf(p).startsWith("Sơn La, ngày"))!, "w:i")).not.toHaveLength(0);
  });

  it("draws the score table with single borders, a repeated header row, Tổng cộng across two columns", () => {
    const tables = named(document, "w:tbl");
    expect(tables).toHaveLength(3);
    const scores = tables[1]!;
    expect(named(scores, "w:gridCol").map((c) => Number(attr(c, "w"))).reduce((a, b) => a + b)).toBeLessThanOrEqual(9355);
    expect(new Set(named(scores, "w:tblBorders")[0]!.children.map((b) => attr(b, "val")))).toEqual(new Set(["single"]));
    const rows = named(scores, "w:tr");
    expect(rows).toHaveLength(10);
    expect(named(rows[0]!, "w:tblHeader")).toHaveLength(1);
    expect(attr(named(rows[9]!, "w:gridSpan")[0]!, "val")).toBe("2");
    const signature = tables[2]!;
    expect(new Set(named(signature, "w:tblBorders")[0]!.children.map((b) => attr(b, "val")))).toEqual(new Set(["none"]));
  });

  it("holds every paragraph of the model, in order, word for word", () => {
    expect(paragraphTexts(xml)).toEqual(documentText(model).filter((t) => t !== ""));
  });

  it("is well-formed XML in every part", async () => {
    const parts = Object.keys(files.zip.files).filter((n) => n.endsWith(".xml") || n.endsWith(".rels"));
    expect(parts).toEqual(expect.arrayContaining(["word/document.xml", "word/styles.xml", "[Content_Types].xml"]));
    for (const name of parts) {
      const text = await files.text(name);
      expect(() => parseXml(text)).not.toThrow();
    }
  });
});

describe("renderDocx with staff text that could break a document", () => {
  it("writes formulas, markup, quotes, emoji, NFD letters and 5 000 characters as text", async () => {
    const remedies = { ...seed001Remedies, "5": { ...seed001Remedies["5"]!, remedy: tricky } };
    const model = seedModel((f) => ({ ...f, basis: long, signerName: `Nguyễn Huy Anh ${"\u0007"}🙂` }), remedies);
    const xml = await (await unzip(await renderDocx(model))).text("word/document.xml");
    expect(() => parseXml(xml)).not.toThrow();
    const texts = paragraphTexts(xml);
    expect(texts).toContain(`- Nhiệm vụ, giải pháp khắc phục: =SUM(A1:A3) <w:p/> & "ngoặc" ‘đơn’ 😀 Cải cách hành chính.`);
    expect(texts).toContain(long);
    expect(texts).toContain("Nguyễn Huy Anh 🙂");
    expect(xml).toContain("&lt;w:p/&gt; &amp;");
    expect(xml).not.toContain("\u0007");
  });
});

describe("renderDocx on the assignment appendix", () => {
  it("turns the page to A4 landscape with the same margins, the table exactly the text width", async () => {
    const template = provinceAssignmentTemplate();
    const model = buildAssignmentAppendix(buildAssignmentTable(template, assignmentFromTemplate(template), { assessedUnit: "tỉnh Kiên Giang", year: 2021 }));
    const { text } = await unzip(await renderDocx(model));
    const xml = await text("word/document.xml");
    const body = parseXml(xml);
    const size = named(body, "w:pgSz")[0]!;
    // 297 × 210 mm in twips, turned.
    expect([attr(size, "w"), attr(size, "h"), attr(size, "orient")]).toEqual(["16838", "11906", "landscape"]);
    const margins = named(body, "w:pgMar")[0]!;
    expect([attr(margins, "top"), attr(margins, "bottom"), attr(margins, "left"), attr(margins, "right")]).toEqual(["1134", "1134", "1701", "850"]);
    const grid = named(body, "w:gridCol").map((c) => Number(attr(c, "w")));
    expect(grid).toHaveLength(5);
    expect(Math.abs(grid.reduce((sum, w) => sum + w, 0) - (16838 - 1701 - 850))).toBeLessThanOrEqual(5);
    expect(named(body, "w:tblHeader")).toHaveLength(1);
    expect(paragraphTexts(xml)).toEqual(documentText(model).filter((t) => t !== ""));
  });
});

describe("src/docx", () => {
  it("uses no Node API, so the task pane can run it in the browser", () => {
    const dir = path.join(__dirname, "../../src/docx");
    const builtins = new Set(builtinModules);
    for (const name of readdirSync(dir)) {
      const source = readFileSync(path.join(dir, name), "utf8");
      const imports = [...source.matchAll(/from\s+["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]!);
      expect(imports.filter((spec) => spec.startsWith("node:") || builtins.has(spec))).toEqual([]);
      expect(source).not.toMatch(/\bBuffer\b|\bprocess\./);
    }
  });
});
