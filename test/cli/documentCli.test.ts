// `par-index document` through the real executable on seed 001: the .docx from the plan sheet's
// staff text and the fields sheet, the input untouched, an existing output kept without --force,
// options overriding fields, a plan built in memory when the workbook has none, errors refused.
import { createHash } from "node:crypto";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { loadWorkbook, saveWorkbook } from "../../src/node";
import { docxParagraphs } from "../helpers/docxText";
import { runCli } from "../helpers/runCli";
import { seed001Remedies } from "../helpers/seed001Document";
import { SEED_FIELDS_SHEET, writeSeed001Workbooks } from "../helpers/seed001Workbook";
import { useTempDir } from "../helpers/tempDir";
import { typeScoresInto } from "../helpers/xlsxScores";
import { layoutDocumentFieldsSheet } from "../../src/domain/layout/layoutDocumentFieldsSheet";
import { defaultDocumentFields } from "../../src/domain/document/documentFields";

jest.setTimeout(90_000);
const tempDir = useTempDir("par-index-document-");
const file = (name: string) => path.join(tempDir(), name);
const sha256 = async (name: string) => createHash("sha256").update(await fs.readFile(file(name))).digest("hex");
const paragraphs = async (name: string) => docxParagraphs(await fs.readFile(file(name)));
const doc = (...args: string[]) => runCli(["document", ...args], { cwd: tempDir() });

describe("par-index document", () => {
  beforeAll(async () => {
    await writeSeed001Workbooks(tempDir());
  });

  it("writes the seed's document from the plan sheet and the fields sheet, leaving the workbook as it was", async () => {
    const before = await sha256("staffed.xlsx");
    const run = await doc("staffed.xlsx", "--out", "ke-hoach.docx");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("Đã ghi ke-hoach.docx: văn bản kế hoạch khắc phục (Văn phòng UBND tỉnh, năm 2021), 7 lĩnh vực có tồn tại, hạn chế.");
    expect(run.stdout).toContain("lấy từ trang «Kế hoạch khắc phục 2021»");
    expect(run.stdout).toContain(`lấy từ trang «${SEED_FIELDS_SHEET}»`);
    expect(run.stdout).not.toContain("cảnh báo");
    expect(await sha256("staffed.xlsx")).toBe(before);

    const text = await paragraphs("ke-hoach.docx");
    expect(text).toEqual(expect.arrayContaining([
      "KẾ HOẠCH",
      "1.2.4. Cải cách công vụ",
      `- Nhiệm vụ, giải pháp khắc phục: ${seed001Remedies["5"]!.remedy}`,
      "+ Đơn vị chủ trì thực hiện: Trung tâm Thông tin; Trung tâm Phục vụ Hành chính công.",
      "CHÁNH VĂN PHÒNG",
      "Nguyễn Huy Anh",
    ]));
    expect(text.some((t) => t.endsWith("tổng điểm trừ là 2,28 điểm."))).toBe(true);
  });

  it("refuses to replace an existing file unless --force", async () => {
    const before = await sha256("ke-hoach.docx");
    const run = await doc("staffed.xlsx", "--out", "ke-hoach.docx");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Tệp «ke-hoach.docx» đã có; chọn tên khác, hoặc thêm --force để ghi đè.");
    expect(await sha256("ke-hoach.docx")).toBe(before);
    expect((await doc("staffed.xlsx", "--out", "ke-hoach.docx", "--force")).code).toBe(0);
  });

  it("takes document fields from options over the fields sheet", async () => {
    const run = await doc("staffed.xlsx", "--out", "ke-hoach-2.docx", "--rank", "3/20", "--rank-change", "giảm 1", "--signer", "Lò Văn B", "--signing-authority", "KT. CHÁNH VĂN PHÒNG", "--signer-title", "PHÓ CHÁNH VĂN PHÒNG", "--date", "5/2/2022", "--recipients=- Như trên;\\n- Lưu: VT.");
    expect(run.code).toBe(0);
    const text = await paragraphs("ke-hoach-2.docx");
    expect(text.find((t) => t.startsWith("Năm 2021, Văn phòng UBND tỉnh xếp thứ"))).toMatch(/^Năm 2021, Văn phòng UBND tỉnh xếp thứ 03\/20 sở, ban, ngành \(giảm 01 bậc so với năm 2020\)\./);
    expect(text).toContain("Sơn La, ngày 05 tháng 02 năm 2022");
    expect(text.slice(-6)).toEqual(["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Lò Văn B"]);
  });

  it("refuses a wrong call: an output that is not .docx, a rank that is not a number", async () => {
    const notDocx = await doc("staffed.xlsx", "--out", "ke-hoach.pdf");
    expect(notDocx.code).toBe(2);
    expect(notDocx.stderr).toBe("par-index document: Tệp kết quả «ke-hoach.pdf» phải có đuôi .docx: lệnh này ghi tài liệu Word.\n");
    const rank = await doc("staffed.xlsx", "--out", "x.docx", "--rank", "sáu");
    expect(rank.code).toBe(2);
    expect(rank.stderr).toBe("par-index document: Tùy chọn --rank: «Thứ hạng» cần một thứ hạng: số nguyên dương, hoặc thứ hạng/số đơn vị (ví dụ 6 hoặc 6/20) (đang là «sáu»). Xem: par-index document --help\n");
    expect(existsSync(file("x.docx"))).toBe(false);
  });

  it("takes --sipas-rank in the forms --rank takes, out of the same number of units", async () => {
    const run = await doc("staffed.xlsx", "--out", "sipas.docx", "--rank", "6/20", "--sipas-rank", "15/20");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const text = (await paragraphs("sipas.docx")).join("\n");
    expect(text).toMatch(/xếp thứ 06\/20/);
    expect(text).toMatch(/15\/20/);
    const other = await doc("staffed.xlsx", "--out", "sipas-2.docx", "--rank", "6/20", "--sipas-rank", "15/18");
    expect(other.code).toBe(2);
    expect(other.stderr).toBe(
      "par-index document: Tùy chọn --sipas-rank: «SIPAS: thứ hạng» xếp trên cùng số đơn vị với thứ hạng PAR INDEX (20 đơn vị) (đang là «15/18»). Xem: par-index document --help\n",
    );
    expect(existsSync(file("sipas-2.docx"))).toBe(false);
  });

  it("builds the plan in memory from a workbook without a plan sheet, and says what is missing", async () => {
    const run = await doc("scored.xlsx", "--out", "chua-co-ke-hoach.docx");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Sổ tính chưa có trang kế hoạch");
    expect(run.stdout).toContain("Sổ tính chưa có trang thông tin văn bản");
    expect(run.stdout).toContain("Lĩnh vực 5 (Cải cách công vụ) chưa có nhiệm vụ, giải pháp khắc phục");
    expect(run.stdout).toContain("Chưa có chức vụ, họ tên người ký");
    const text = await paragraphs("chua-co-ke-hoach.docx");
    expect(text).toContain("1.2.4. Cải cách công vụ");
    expect(text).toContain("- Nhiệm vụ, giải pháp khắc phục: ……");
    expect(text).toContain("UBND TỈNH SƠN LA");
  });

  it("reports a fields sheet value it cannot read with its sheet and cell, and still writes", async () => {
    const workbook = await loadWorkbook(file("staffed.xlsx"));
    const row = layoutDocumentFieldsSheet(defaultDocumentFields()).rowOf.rankChange + 1;
    workbook.getWorksheet(SEED_FIELDS_SHEET)!.getCell(row, 2).value = "lên bốn bậc";
    await saveWorkbook(workbook, file("bad-field.xlsx"));
    const run = await doc("bad-field.xlsx", "--out", "bad-field.docx");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Cảnh báo ['${SEED_FIELDS_SHEET}'!B${row}]: «Thay đổi thứ hạng so với năm trước» cần «tăng 4», «giảm 2», «giữ nguyên» hoặc «mới» (đang là «lên bốn bậc»)`);
  });

  it("writes nothing while the scores have errors (exit 1)", async () => {
    const workbook = await loadWorkbook(file("scored.xlsx"));
    typeScoresInto(workbook, { "5.1": 9 });
    await saveWorkbook(workbook, file("errors.xlsx"));
    const run = await doc("errors.xlsx", "--out", "errors.docx");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("còn 1 lỗi về điểm");
    expect(existsSync(file("errors.docx"))).toBe(false);
  });

  it("keeps the fields through a plan rebuild", async () => {
    expect((await runCli(["plan", "staffed.xlsx", "--out", "rebuilt.xlsx"], { cwd: tempDir() })).stdout).toContain(`Trang «${SEED_FIELDS_SHEET}» (thông tin văn bản) giữ nguyên.`);
    expect((await doc("rebuilt.xlsx", "--out", "rebuilt.docx")).code).toBe(0);
    expect(await paragraphs("rebuilt.docx")).toEqual(await paragraphs("ke-hoach.docx"));
  });

  it("is listed in the help", async () => {
    expect((await runCli(["--help"])).stdout).toContain("document                  Xuất văn bản kế hoạch khắc phục (.docx) để trình ký");
  });
});
