// Running `plan` onto an output that exists, as staff do after typing remedies in it and changing
// scores in the scoring file: a plan of the same scoring sheet is taken over (its staff text kept,
// and the command says so); anything else is refused and left untouched, with the way out named.
// And no command writes over the file it reads.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { PLAN_COLUMNS as P } from "../../src/domain/layout/planSheetColumns";
import { loadWorkbook, readSheetGrid, saveWorkbook } from "../../src/node";
import { runCli } from "../helpers/runCli";
import { seed001Scores } from "../helpers/seed001";
import { useTempDir } from "../helpers/tempDir";
import { fillScoreFile } from "../helpers/xlsxScores";

jest.setTimeout(90_000);
const tempDir = useTempDir("par-index-plan-out-");
const file = (name: string) => path.join(tempDir(), name);
const sha256 = async (name: string) => createHash("sha256").update(await fs.readFile(file(name))).digest("hex");
const cli = (...args: string[]) => runCli(args, { cwd: tempDir() });
const PLAN_SHEET = "Kế hoạch khắc phục 2021";
const REMEDY = "-Triển khai tốt Chỉ thị số 26/CT-TTg; kiểm tra, giám sát.";

async function typeRemedy(name: string, code: string, remedy: string): Promise<void> {
  const workbook = await loadWorkbook(file(name));
  const sheet = workbook.getWorksheet(PLAN_SHEET)!;
  const row = readSheetGrid(sheet).values.findIndex((r) => r[P.code] === code) + 1;
  sheet.getCell(row, P.remedy + 1).value = remedy;
  await saveWorkbook(workbook, file(name));
}

const FIELDS_SHEET = "Thông tin văn bản 2021";
const SIGNER = "Nguyễn Huy Anh";

/** Types the signer's name in the document fields sheet, by its label, as staff do. */
async function typeSigner(name: string, signer: string): Promise<void> {
  const workbook = await loadWorkbook(file(name));
  const sheet = workbook.getWorksheet(FIELDS_SHEET)!;
  const row = readSheetGrid(sheet).values.findIndex((r) => r[0] === "Họ và tên người ký") + 1;
  expect(row).toBeGreaterThan(0);
  sheet.getCell(row, 2).value = signer;
  await saveWorkbook(workbook, file(name));
}

async function signerOf(name: string): Promise<unknown> {
  const workbook = await loadWorkbook(file(name));
  return readSheetGrid(workbook.getWorksheet(FIELDS_SHEET)!).values.find((r) => r[0] === "Họ và tên người ký")?.[1];
}

async function remedyOf(name: string, code: string): Promise<unknown> {
  const workbook = await loadWorkbook(file(name));
  return readSheetGrid(workbook.getWorksheet(PLAN_SHEET)!).values.find((r) => r[P.code] === code)?.[P.remedy];
}

describe("plan --out onto an existing file", () => {
  beforeAll(async () => {
    expect((await cli("new", "--template", "son-la-vpub-2021", "--out", "cham-diem.xlsx", "--unit", "VPUB", "--year", "2021")).code).toBe(0);
    await fillScoreFile(file("cham-diem.xlsx"), seed001Scores);
    expect((await cli("plan", "cham-diem.xlsx", "--out", "ke-hoach.xlsx")).code).toBe(0);
    await typeRemedy("ke-hoach.xlsx", "5.1", REMEDY);
    await typeSigner("ke-hoach.xlsx", SIGNER);
  });

  it("takes over a plan of the same scoring sheet, keeping what staff typed, and says so", async () => {
    // The appraisal changes a score in the scoring file, and staff plan again into the same file.
    await fillScoreFile(file("cham-diem.xlsx"), { "5.2": 1.5 });
    const input = await sha256("cham-diem.xlsx");
    const run = await cli("plan", "cham-diem.xlsx", "--out", "ke-hoach.xlsx");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("giữ nội dung đã nhập");
    expect(run.stdout).toContain("Đã giữ nội dung cán bộ đã nhập trong trang «Kế hoạch khắc phục 2021» của ke-hoach.xlsx (1 dòng có nhiệm vụ, giải pháp hoặc ghi chú)");
    expect(run.stdout).toContain(`và trang «${FIELDS_SHEET}»`);
    // One true sentence about the fields sheet: kept from the earlier output, not «mới».
    expect(run.stdout.split("\n").filter((line) => line.includes(`«${FIELDS_SHEET}»`))).toEqual([
      expect.stringMatching(/^Đã giữ nội dung cán bộ đã nhập trong trang «Kế hoạch khắc phục 2021» của ke-hoach\.xlsx .* và trang «Thông tin văn bản 2021»; tệp cũ được thay bằng bản lập lại\.$/),
    ]);
    expect(await remedyOf("ke-hoach.xlsx", "5.1")).toBe(REMEDY);
    // The document fields typed beside the plan come along too.
    expect(await signerOf("ke-hoach.xlsx")).toBe(SIGNER);
    const rows = readSheetGrid((await loadWorkbook(file("ke-hoach.xlsx"))).getWorksheet(PLAN_SHEET)!).values;
    expect(rows.find((r) => r[P.code] === "5.2")?.[P.shortcoming]).toMatch(/đạt 1,5\/2 điểm \(trừ 0,5 điểm\)$/);
    expect(await sha256("cham-diem.xlsx")).toBe(input);
    expect((await fs.readdir(tempDir())).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps a row staff inserted in the table and a note typed under it, and says where", async () => {
    await cli("plan", "cham-diem.xlsx", "--out", "them-dong.xlsx");
    const workbook = await loadWorkbook(file("them-dong.xlsx"));
    const sheet = workbook.getWorksheet(PLAN_SHEET)!;
    const rows = readSheetGrid(sheet).values;
    const after51 = rows.findIndex((r) => r[P.code] === "5.1") + 2;
    const inserted: string[] = new Array<string>(12).fill("");
    inserted[P.remedy] = "Bổ sung: tập huấn kỹ năng cho công chức mới";
    inserted[P.leadUnit] = "Phòng Tổ chức";
    sheet.spliceRows(after51, 0, inserted);
    sheet.getCell(sheet.rowCount + 2, 1).value = "Ghi chú: trình Chánh Văn phòng trước 20/12.";
    await saveWorkbook(workbook, file("them-dong.xlsx"));

    const run = await cli("plan", "cham-diem.xlsx", "--out", "them-dong.xlsx");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("Giữ 2 dòng cán bộ đã thêm không gắn mã mục (thêm sau dòng 5.1, 8.1) ở mục IV cuối trang kế hoạch.");
    const again = readSheetGrid((await loadWorkbook(file("them-dong.xlsx"))).getWorksheet(PLAN_SHEET)!).values;
    const title = again.findIndex((r) => String(r[0] ?? "").startsWith("IV. CÁC DÒNG CÁN BỘ ĐÃ THÊM"));
    expect(title).toBeGreaterThan(0);
    const carried = again.slice(title + 2).map((r) => r.filter((c) => c !== null && c !== ""));
    expect(carried).toEqual([["Bổ sung: tập huấn kỹ năng cho công chức mới", "Phòng Tổ chức"], ["Ghi chú: trình Chánh Văn phòng trước 20/12."]]);
  });

  it("refuses a file that is not a plan of this scoring sheet, leaving it as it was", async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Danh sách").getCell("A1").value = "Họ và tên";
    await saveWorkbook(other, file("danh-sach.xlsx"));
    const before = await sha256("danh-sach.xlsx");
    const run = await cli("plan", "cham-diem.xlsx", "--out", "danh-sach.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      "par-index plan: Tệp «danh-sach.xlsx» đã có và không phải kế hoạch khắc phục của trang «VPUB Sơn La 2021»; chọn tên khác cho --out, hoặc thêm --force để ghi đè.",
    );
    expect(await sha256("danh-sach.xlsx")).toBe(before);
  });

  it("refuses when the existing plan file holds a sheet the input does not have", async () => {
    const workbook = await loadWorkbook(file("ke-hoach.xlsx"));
    workbook.addWorksheet("Ghi chú").getCell("A1").value = "Họp ngày 5/12";
    await saveWorkbook(workbook, file("ke-hoach-ghi-chu.xlsx"));
    const before = await sha256("ke-hoach-ghi-chu.xlsx");
    const run = await cli("plan", "cham-diem.xlsx", "--out", "ke-hoach-ghi-chu.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/trang «Ghi chú» không có trong «cham-diem\.xlsx» \(ghi lại sẽ mất các trang đó\); chọn tên khác cho --out, hoặc thêm --force/);
    expect(await sha256("ke-hoach-ghi-chu.xlsx")).toBe(before);
  });

  it("replaces the file with --force, from the input alone", async () => {
    await fs.copyFile(file("ke-hoach.xlsx"), file("ke-hoach-force.xlsx"));
    const run = await cli("plan", "cham-diem.xlsx", "--out", "ke-hoach-force.xlsx", "--force");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("mới");
    expect(await remedyOf("ke-hoach-force.xlsx", "5.1")).toBe("");
  });
});

describe("no command writes over what it reads", () => {
  it("new --template-file x.json --out x.json --force keeps the template", async () => {
    const json = (await fs.readFile(path.join(__dirname, "../../src/domain/template/bundled/qd-2948-bnv-tinh.json"))).toString();
    await fs.writeFile(file("x.json"), json);
    await fs.symlink(file("x.json"), file("x-link.json"));
    for (const out of ["x.json", "./x.json", "x-link.json", file("x.json")]) {
      const run = await cli("new", "--template-file", "x.json", "--out", out, "--force");
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/trùng với tệp đầu vào/);
    }
    expect(await fs.readFile(file("x.json"), "utf8")).toBe(json);
  });

  it("new --out x.xlsx where a scored workbook is refuses without --force", async () => {
    const before = await sha256("cham-diem.xlsx");
    const run = await cli("new", "--template", "khung-trong", "--out", "cham-diem.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Tệp «cham-diem\.xlsx» đã có; chọn tên khác, hoặc thêm --force để ghi đè\./);
    expect(await sha256("cham-diem.xlsx")).toBe(before);
  });

  it("import refuses an existing --out without --force, and --out x.csv anywhere", async () => {
    await fs.writeFile(file("bo.json"), "đã có");
    expect((await cli("new", "--template", "khung-trong", "--out", "khung.xlsx")).code).toBe(0);
    expect((await cli("import", "khung.xlsx", "--out", "bo.json")).stderr).toMatch(/«bo\.json» đã có/);
    expect(await fs.readFile(file("bo.json"), "utf8")).toBe("đã có");
    for (const args of [
      ["new", "--template", "khung-trong", "--out", "x.csv"],
      ["plan", "cham-diem.xlsx", "--out", "x.csv"],
      ["import", "khung.xlsx", "--out", "x.csv"],
    ]) {
      const run = await cli(...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/Tệp kết quả «x\.csv» phải có đuôi \.(xlsx|json)/);
    }
    expect(await fs.readdir(tempDir())).not.toContain("x.csv");
  });
});
