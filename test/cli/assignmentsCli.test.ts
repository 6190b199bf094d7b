// `par-index assignments` on the synthetic provincial master: the JSON scripts read, the text
// staff read, the assignment table written to its own workbook, and the refusals.
import { promises as fs } from "node:fs";
import path from "node:path";
import { SCORE_COLUMNS as C } from "../../src/domain/layout/scoreSheetColumns";
import { checkScoreWorkbook, loadWorkbook, readSheetGrid, saveWorkbook } from "../../src/node";
import { KHDT, NOI_VU, TAI_CHINH, TTTT } from "../helpers/provinceTemplate";
import { writeProvinceMaster } from "../helpers/provinceWorkbook";
import { docxParagraphs } from "../helpers/docxText";
import { cliJson, runCli } from "../helpers/runCli";
import { useTempDir } from "../helpers/tempDir";

jest.setTimeout(60_000);
const tempDir = useTempDir("par-index-assign-");

interface AssignmentsJson {
  sheet: string;
  units: { unit: string; items: string[]; summary: string; coUnits: string[]; deadline: string | null; timeFrame: string | null }[];
  unassigned: string[];
  surveyed: string[];
  issues: { code: string; cell: string | null; ref: string | null; severity: string }[];
  file: string | null;
}

describe("par-index assignments", () => {
  let master = "";
  beforeAll(async () => {
    master = await writeProvinceMaster(tempDir());
  });

  it("prints each unit's leaf codes and the seeds' description, and the unassigned items with their cells", async () => {
    const run = await runCli(["assignments", master, "--json", "--deadline", "25/01/2022", "--unit-deadline", "Sở Tư pháp=20/01/2022"]);
    expect(run.code).toBe(0);
    const report = cliJson<AssignmentsJson>(run);
    expect(report.units.map((u) => [u.unit, u.items.length, u.deadline])).toEqual([
      [NOI_VU, 33, "2022-01-25"],
      ["Sở Khoa học và Công nghệ", 4, "2022-01-25"],
      ["Văn phòng UBND tỉnh", 11, "2022-01-25"],
      ["Sở Tư pháp", 5, "2022-01-20"],
      [TTTT, 8, "2022-01-25"],
      [TAI_CHINH, 11, "2022-01-25"],
      [KHDT, 6, "2022-01-25"],
    ]);
    expect(report.units[0]!.summary).toBe(
      "Lĩnh vực 1 Công tác chỉ đạo, điều hành CCHC: các tiêu chí 1.1, 1.2, 1.3, 1.4; Lĩnh vực 4 Cải cách tổ chức bộ máy hành chính nhà nước (trừ tiêu chí 4.3); Lĩnh vực 5 Cải cách chế độ công vụ",
    );
    expect(report.units[4]!.items).toEqual(["3.2.5", "7.1.1", "7.1.2", "7.2.1", "7.2.2", "7.2.3", "7.3.1", "7.3.2"]);
    expect(report.unassigned).toEqual(["7.5.1", "7.5.2"]);
    expect(report.surveyed).toEqual(["8.1"]);
    expect(report.issues.map((i) => [i.code, i.severity, i.ref])).toEqual([
      ["item_unassigned", "warning", "'tỉnh Kiên Giang 2021'!L118"],
      ["item_unassigned", "warning", "'tỉnh Kiên Giang 2021'!L119"],
    ]);
    expect(report.file).toBeNull();
  });

  it("follows the units staff typed over the template's in column L", async () => {
    const workbook = await loadWorkbook(master);
    const sheet = checkScoreWorkbook(workbook).sheets[0]!;
    const worksheet = workbook.getWorksheet(sheet.sheetName)!;
    worksheet.getCell(sheet.check.rowOf["7"]! + 1, C.leadUnit + 1).value = `${TTTT.toUpperCase()}  `;
    const edited = path.join(tempDir(), "da-sua.xlsx");
    await saveWorkbook(workbook, edited);
    const report = cliJson<AssignmentsJson>(await runCli(["assignments", edited, "--json"]));
    expect(report.unassigned).toEqual([]);
    expect(report.units.find((u) => u.unit === TTTT)!.summary).toContain("Lĩnh vực 7 Xây dựng và triển khai Chính quyền điện tử và Chính quyền số (trừ tiêu chí 7.4)");
  });

  it("writes the assignment table to a new workbook, never over an existing file without --force", async () => {
    const out = path.join(tempDir(), "phan-cong.xlsx");
    const first = await runCli(["assignments", master, "--out", out, "--time-frame", "Tháng 01/2022"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("1. Sở Nội vụ — 33 mục chấm điểm; Tháng 01/2022");
    expect(first.stdout).toContain("   - Lĩnh vực 3 Cải cách thủ tục hành chính (trừ tiêu chí thành phần 3.2.5)");
    const workbook = await loadWorkbook(out);
    const { values } = readSheetGrid(workbook.getWorksheet("Phân công chấm điểm 2021")!);
    expect(values[1]![0]).toBe("NỘI DUNG, NHIỆM VỤ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH KIÊN GIANG NĂM 2021");
    expect(values[6]).toEqual(["1.1", "Lĩnh vực 1 Công tác chỉ đạo, điều hành CCHC: các tiêu chí 1.1, 1.2, 1.3, 1.4", NOI_VU, "Các sở, ban, ngành; UBND các huyện, thành phố", "Tháng 01/2022"]);
    const before = await fs.readFile(out);
    const again = await runCli(["assignments", master, "--out", out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/đã có; chọn tên khác, hoặc thêm --force/);
    expect(await fs.readFile(out)).toEqual(before);
    expect((await runCli(["assignments", master, "--out", out, "--force"])).code).toBe(0);
  });

  it("writes the same table as the plan's appendix when --out names a .docx", async () => {
    const out = path.join(tempDir(), "phu-luc.docx");
    const run = await runCli(["assignments", master, "--out", out, "--time-frame", "Tháng 01/2022"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain(`Đã ghi ${out}: phụ lục phân công (văn bản).`);
    const text = await docxParagraphs(await fs.readFile(out));
    expect(text.slice(0, 4)).toEqual([
      "PHỤ LỤC",
      "NỘI DUNG, NHIỆM VỤ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH",
      "TỈNH KIÊN GIANG NĂM 2021",
      "(Kèm theo Kế hoạch số ……/KH-…… ngày …… của ……)",
    ]);
    expect(text).toEqual(expect.arrayContaining(["Stt", "Nội dung, nhiệm vụ", "Lĩnh vực 3 Cải cách thủ tục hành chính (trừ tiêu chí thành phần 3.2.5)", "Tháng 01/2022"]));
    expect((await runCli(["assignments", master, "--out", path.join(tempDir(), "phu-luc.pdf")])).stderr).toContain(
      "phải có đuôi .xlsx hoặc .docx: lệnh này ghi sổ tính Excel (.xlsx) hoặc tài liệu Word (.docx).",
    );
  });

  it("refuses a wrong deadline and never writes over its input", async () => {
    const bad = await runCli(["assignments", master, "--deadline", "31/02/2022"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Hạn «31/02/2022» không phải ngày hợp lệ");
    const before = await fs.readFile(master);
    const over = await runCli(["assignments", master, "--out", master, "--force"]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain("trùng với tệp đầu vào");
    expect(await fs.readFile(master)).toEqual(before);
  });
});
