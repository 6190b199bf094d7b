import { buildPlanDocument, planSubject, resultSentence } from "../../../src/domain/document/buildPlanDocument";
import { defaultDocumentFields, type DocumentFields } from "../../../src/domain/document/documentFields";
import { documentText, textWidthMm, type DocTable } from "../../../src/domain/document/documentModel";
import { formatIssue } from "../../../src/domain/messages/formatIssue";
import { buildRemediationPlan, type PreviousEntry } from "../../../src/domain/plan/remediationPlan";
import { computeTotals } from "../../../src/domain/scoring/computeTotals";
import type { ScoreSet } from "../../../src/domain/scoring/scoreInput";
import type { Template } from "../../../src/domain/template/schema";
import { seed001Fields, seed001Remedies } from "../../helpers/seed001Document";
import { seed001Scores, seed001Template } from "../../helpers/seed001";
import { surveyScores, surveyTemplate } from "../../helpers/surveyTemplate";
import { makeTemplate } from "../../helpers/templates";

const scoreSet = (scores: Record<string, number>, column: "self" | "appraised" = "appraised"): ScoreSet => ({
  items: new Map(Object.entries(scores).map(([code, v]) => [code, { self: column === "self" ? Math.round(v * 100) : null, appraised: column === "appraised" ? Math.round(v * 100) : null, notApplicable: false }])),
  adjustments: new Map(),
});

function build(template: Template, scores: Record<string, number>, fields: (d: DocumentFields) => DocumentFields = (d) => d, options: { previous?: Map<string, PreviousEntry>; column?: "self" | "appraised"; unit?: string } = {}) {
  const totals = computeTotals(template, scoreSet(scores, options.column));
  const unit = options.unit ?? "Văn phòng UBND tỉnh Sơn La";
  const plan = buildRemediationPlan(template, totals, { unit, year: 2021, ...(options.previous ? { previous: options.previous } : {}) });
  const defaults = defaultDocumentFields({ unit, year: 2021, level: template.level });
  return { totals, plan, ...buildPlanDocument({ plan, totals, fields: fields(defaults) }) };
}

const seedPrevious = new Map(Object.entries(seed001Remedies).map(([code, fields]) => [code, { fields }]));
const seed = () => build(seed001Template(), seed001Scores, seed001Fields, { previous: seedPrevious });

describe("buildPlanDocument on seed 001", () => {
  const { document, issues } = seed();
  const text = documentText(document);

  it("has the seed's headings in the seed's order", () => {
    const headings = document.blocks.filter((b) => b.kind === "paragraph" && b.style.startsWith("heading")).map((b) => (b.kind === "paragraph" ? b.runs.map((r) => r.text).join("") : ""));
    expect(headings).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Mục đích",
      "2. Yêu cầu",
      "II. NỘI DUNG",
      "1. Chỉ số Cải cách hành chính",
      "1.1. Kết quả đánh giá",
      "1.2. Nhiệm vụ, giải pháp khắc phục tồn tại, hạn chế",
      "1.2.1. Công tác chỉ đạo điều hành",
      "1.2.2. Xây dựng và tổ chức thực hiện hệ thống văn bản quy phạm pháp luật",
      "1.2.3. Cải cách tổ chức bộ máy hành chính",
      "1.2.4. Cải cách công vụ",
      "1.2.5. Cải cách tài chính công",
      "1.2.6. Xây dựng chính quyền điện tử, chính quyền số",
      "1.2.7. Tác động của CCHC đến người dân, tổ chức",
      "2. Chỉ số hài lòng về sự phục vụ hành chính",
      "2.1. Kết quả đánh giá",
      "2.2. Nhiệm vụ, giải pháp nâng cao",
      "III. TỔ CHỨC THỰC HIỆN",
    ]);
  });

  it("opens with the header block, KẾ HOẠCH and the subject with the SIPAS part", () => {
    expect(text.slice(0, 8)).toEqual([
      "UBND TỈNH SƠN LA",
      "VĂN PHÒNG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      `Số: ${"\u00a0".repeat(8)}/KH-VPUB`,
      `Sơn La, ngày ${"\u00a0".repeat(6)} tháng ${"\u00a0".repeat(6)} năm 2022`,
      "KẾ HOẠCH",
      "Khắc phục tồn tại, hạn chế Chỉ số cải cách hành chính; Chỉ số hài lòng về sự phục vụ hành chính năm 2021",
    ]);
    expect(planSubject(2021, false)).toBe("Khắc phục tồn tại, hạn chế Chỉ số cải cách hành chính năm 2021");
  });

  it("writes the result sentence with the rank, the total and the split the template states", () => {
    expect(text).toContain(
      "Năm 2021, Văn phòng UBND tỉnh xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc so với năm 2020). Điểm trung bình chung đạt được 94,52 điểm, trong đó điểm thẩm định: 85,53 điểm; điểm điều tra xã hội học: 8,99 điểm. Điểm cụ thể ở từng nội dung như sau:",
    );
  });

  it("puts the seed's score table, line by line, with Tổng cộng across TT and Nội dung", () => {
    const table = document.blocks.find((b): b is DocTable => b.kind === "table" && b.role === "scores")!;
    const rows = table.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.runs.map((run) => run.text).join("")).join("")));
    expect(rows).toEqual([
      ["TT", "Nội dung", "Điểm tối đa", "Điểm thẩm định", "Ghi chú"],
      ["1", "Công tác chỉ đạo điều hành", "11,5", "10,89", "-0,61"],
      ["2", "Xây dựng và tổ chức thực hiện hệ thống văn bản quy phạm pháp luật", "12", "11,72", "-0,28"],
      ["3", "Cải cách thủ tục hành chính", "15,5", "15,5", "0"],
      ["4", "Cải cách tổ chức bộ máy hành chính", "11", "10,35", "-0,65"],
      ["5", "Cải cách công vụ", "13,5", "11,22", "-2,28"],
      ["6", "Cải cách tài chính công", "10", "9,74", "-0,26"],
      ["7", "Xây dựng chính quyền điện tử, chính quyền số", "16,5", "16,11", "-0,39"],
      ["8", "Tác động của CCHC đến người dân, tổ chức", "10", "8,99", "-1,01"],
      ["Tổng cộng", "100", "94,52", "-5,48"],
    ]);
    expect(table.rows[0]!.header).toBe(true);
    expect(table.rows.at(-1)!.cells[0]!.columnSpan).toBe(2);
    expect(table.columnWidthsMm.reduce((a, b) => a + b)).toBeLessThanOrEqual(textWidthMm(document.page));
  });

  it("writes each lĩnh vực that lost points in the seed's sentences", () => {
    const at = text.indexOf("1.2.4. Cải cách công vụ");
    expect(text.slice(at + 1, at + 6)).toEqual([
      "- Tồn tại: Chất lượng đánh giá, phân loại công chức, viên chức của cơ quan đơn vị đạt 1,5/3,5 điểm (trừ 2 điểm); Đánh giá tác động của cải cách đến quản lý cán bộ, công chức đạt 1,91/2 điểm (trừ 0,09 điểm); Tác động của cải cách đến chất lượng đội ngũ công chức, viên chức đạt 2,81/3 điểm (trừ 0,19 điểm); tổng điểm trừ là 2,28 điểm.",
      `- Nhiệm vụ, giải pháp khắc phục: ${seed001Remedies["5"]!.remedy}`,
      "+ Đơn vị chủ trì thực hiện: Các phòng, ban, đơn vị.",
      "+ Đơn vị phối hợp thực hiện: Phòng Tổ chức - Hành chính - Quản trị.",
      "+ Thời gian thực hiện: Thường xuyên.",
    ]);
    expect(text).toContain("+ Đơn vị chủ trì thực hiện: Trung tâm Thông tin; Trung tâm Phục vụ Hành chính công.");
    expect(text).toContain("- Tồn tại: Tác động của cải cách đến tài chính công đạt 2,74/3 điểm (trừ 0,26 điểm); tổng điểm trừ là 0,26 điểm.");
    expect(text.some((line) => line.startsWith("1.2.") && line.includes("thủ tục hành chính"))).toBe(false);
  });

  it("writes the SIPAS part, the closing of the body, nơi nhận and the signer", () => {
    expect(text).toContain("Năm 2021, Chỉ số hài lòng về sự phục vụ hành chính của Văn phòng UBND tỉnh xếp thứ 15/20 sở, ban, ngành.");
    expect(text).toContain("+ Đơn vị chủ trì thực hiện: Trung tâm Thông tin, Trung tâm Phục vụ Hành chính công.");
    expect(text).toContain("2. Các phòng, ban, đơn vị triển khai thực hiện nghiêm túc, hiệu quả các nội dung theo kế hoạch./.");
    expect(text.slice(-6)).toEqual(["Nơi nhận:", "- Lãnh đạo Văn phòng UBND tỉnh;", "- Các phòng, ban, đơn vị;", "- Lưu: VT, TCHCQT, H01b.", "CHÁNH VĂN PHÒNG", "Nguyễn Huy Anh"]);
    expect(issues).toEqual([]);
  });

  it("never writes NaN, undefined, a dot-separated decimal or an empty 'đạt /'", () => {
    for (const line of text) {
      expect(line).not.toMatch(/NaN|undefined|null|\d\.\d+ ?(điểm|\/)|\/\d+\.\d|đạt \/|\/ điểm|\bđạt\s*điểm/);
    }
  });

  it("is A4 portrait in Times New Roman with Nghị định 30's margins, numbered from page 2", () => {
    expect(document.page).toMatchObject({ widthMm: 210, heightMm: 297, orientation: "portrait", pageNumbers: { fromPage: 2 } });
    const m = document.page.marginsMm;
    expect([m.top >= 20 && m.top <= 25, m.bottom >= 20 && m.bottom <= 25, m.left >= 30 && m.left <= 35, m.right >= 15 && m.right <= 20]).toEqual([true, true, true, true]);
    expect(document.font).toEqual({ family: "Times New Roman", sizePt: 14 });
    const headerBlock = document.blocks[0] as DocTable;
    expect(headerBlock).toMatchObject({ kind: "table", role: "headerBlock", borders: "none" });
    expect(headerBlock.columnWidthsMm.reduce((a, b) => a + b)).toBeLessThanOrEqual(textWidthMm(document.page));
  });
});

describe("buildPlanDocument on templates whose items carry their method", () => {
  it("writes the seed's sentence: 94,52 of which 67,11 appraised and 27,41 from the survey", () => {
    const { document } = build(surveyTemplate(), surveyScores, (d) => ({ ...d, unit: "Văn phòng UBND tỉnh", rank: 6, rankOf: 20, rankChange: 4 }));
    expect(documentText(document)).toContain(
      "Năm 2021, Văn phòng UBND tỉnh xếp thứ 06/20 sở, ban, ngành (tăng 04 bậc so với năm 2020). Điểm trung bình chung đạt được 94,52 điểm, trong đó điểm thẩm định: 67,11 điểm; điểm điều tra xã hội học: 27,41 điểm. Điểm cụ thể ở từng nội dung như sau:",
    );
  });

  it("says điểm tự đánh giá in the sentence and the table when nothing is appraised", () => {
    const { document } = build(surveyTemplate(), surveyScores, (d) => d, { column: "self" });
    const text = documentText(document);
    expect(text).toContain("Năm 2021, điểm trung bình chung của Văn phòng UBND tỉnh Sơn La đạt được 94,52 điểm, trong đó điểm tự đánh giá: 67,11 điểm; điểm điều tra xã hội học: 27,41 điểm. Điểm cụ thể ở từng nội dung như sau:");
    expect(text).toContain("Điểm tự đánh giá");
    expect(text).not.toContain("Điểm thẩm định");
  });
});

describe("buildPlanDocument's other cases", () => {
  const plain = makeTemplate([
    { code: "1", name: "Chỉ đạo điều hành", maxPoints: 3, children: [{ code: "1.1", name: "Kế hoạch", maxPoints: 1, allowNotApplicable: true }, { code: "1.2", name: "Kiểm tra", maxPoints: 2 }] },
    { code: "2", name: "Thủ tục hành chính", maxPoints: 4, children: [{ code: "2.1", name: "Công khai", maxPoints: 4 }] },
  ]);

  it("writes no split for a template scored one way, and says nothing lost points when nothing did", () => {
    const { document, issues } = build(plain, { "1.1": 1, "1.2": 2, "2.1": 4 });
    const text = documentText(document);
    expect(text).toContain("Năm 2021, điểm trung bình chung của Văn phòng UBND tỉnh Sơn La đạt được 7 điểm. Điểm cụ thể ở từng nội dung như sau:");
    expect(text).toContain("Không có lĩnh vực, tiêu chí nào bị trừ điểm.");
    expect(issues.map((i) => i.code)).toEqual(["document_signer_missing"]);
  });

  it("gives the applicable maximum and percentage when items are not applicable", () => {
    const template = plain;
    const totals = computeTotals(template, {
      items: new Map([
        ["1.1", { self: null, appraised: null, notApplicable: true }],
        ["1.2", { self: null, appraised: 150, notApplicable: false }],
        ["2.1", { self: null, appraised: 400, notApplicable: false }],
      ]),
      adjustments: new Map(),
    });
    const plan = buildRemediationPlan(template, totals, { year: 2021 });
    expect(resultSentence(plan, totals, defaultDocumentFields({ unit: "Sở Nội vụ" }))).toBe(
      "Năm 2021, điểm trung bình chung của Sở Nội vụ đạt được 5,5 điểm trên 6 điểm tối đa được áp dụng (91,67%). Điểm cụ thể ở từng nội dung như sau:",
    );
  });

  it("names bonus and penalty points beside the lĩnh vực points", () => {
    const template = makeTemplate([{ code: "1", name: "Một", maxPoints: 2, children: [{ code: "1.1", name: "A", maxPoints: 2 }] }], {
      adjustments: [
        { code: "T1", kind: "bonus", name: "Sáng kiến", cap: 1 },
        { code: "D1", kind: "penalty", name: "Vi phạm", cap: 1 },
      ],
    });
    const totals = computeTotals(template, {
      items: new Map([["1.1", { self: null, appraised: 150, notApplicable: false }]]),
      adjustments: new Map([["T1", { self: null, appraised: 50 }], ["D1", { self: null, appraised: 25 }]]),
    });
    const plan = buildRemediationPlan(template, totals, { year: 2021 });
    const built = buildPlanDocument({ plan, totals, fields: defaultDocumentFields({ unit: "Sở Nội vụ" }) });
    const text = documentText(built.document);
    expect(text).toContain("Năm 2021, điểm trung bình chung của Sở Nội vụ đạt được 1,75 điểm, trong đó điểm các lĩnh vực: 1,5 điểm; điểm thưởng: 0,5 điểm; điểm trừ: 0,25 điểm. Điểm cụ thể ở từng nội dung như sau:");
    const table = built.document.blocks.find((b): b is DocTable => b.kind === "table" && b.role === "scores")!;
    const cells = table.rows.map((r) => r.cells.map((c) => c.paragraphs[0]!.runs[0]!.text));
    expect(cells.slice(2, 4)).toEqual([
      ["", "Sáng kiến", "", "+0,5", "+0,5"],
      ["", "Vi phạm", "", "-0,25", "-0,25"],
    ]);
  });

  it("marks a lĩnh vực without a remedy with «…» and a warning, and writes KT. above the signer's title", () => {
    const { document, issues } = build(plain, { "1.1": 1, "1.2": 1.5, "2.1": 4 }, (d) => ({ ...d, signingAuthority: "kt. chánh văn phòng", signerTitle: "Phó Chánh Văn phòng", signerName: "Nguyễn Văn A" }));
    const text = documentText(document);
    expect(text).toContain("- Nhiệm vụ, giải pháp khắc phục: ……");
    expect(issues.map((i) => formatIssue(i))).toEqual(["Lĩnh vực 1 (Chỉ đạo điều hành) chưa có nhiệm vụ, giải pháp khắc phục trong trang kế hoạch; văn bản để dấu «…» ở chỗ này."]);
    expect(text.slice(-3)).toEqual(["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn A"]);
  });

  it("writes staff text as text: formulas, markup, quotes, emoji, NFD, 5 000 characters", () => {
    const long = "Nâng cao chất lượng phục vụ. ".repeat(200).slice(0, 5000);
    const tricky = `=SUM(A1) <w:p/> & "x" 😀 ${"Cải cách hành chính".normalize("NFD")}`;
    const previous = new Map([["1", { fields: { remedy: tricky, leadUnit: long } }]]);
    const { document } = build(plain, { "1.1": 1, "1.2": 1.5, "2.1": 4 }, (d) => ({ ...d, basis: long }), { previous });
    const text = documentText(document);
    expect(text).toContain(`- Nhiệm vụ, giải pháp khắc phục: =SUM(A1) <w:p/> & "x" 😀 Cải cách hành chính.`);
    expect(text).toContain(long.trim());
    expect(text.find((l) => l.startsWith("+ Đơn vị chủ trì"))!.length).toBeGreaterThan(4900);
  });
});
