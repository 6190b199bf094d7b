// `par-index import`: a template JSON from a pasted criteria table (title rows, blank rows and the
// "Tổng cộng" row are not criteria), every issue on its Sheet!A1 cell; and the skeleton round trip
// new (khung-trong) → fill the table → import → new --template-file → check.
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { loadWorkbook, saveWorkbook } from "../../src/node";
import { cliJson, runCli } from "../helpers/runCli";
import { useTempDir } from "../helpers/tempDir";

jest.setTimeout(60_000);
const tempDir = useTempDir("par-index-import-");
const file = (name: string) => path.join(tempDir(), name);

const TABLE: (string | number | null)[][] = [
  ["PHỤ LỤC", null, null],
  ["Bộ chỉ số cải cách hành chính cấp sở", null, null],
  [null, null, null],
  ["STT", "Lĩnh vực, tiêu chí", "Điểm tối đa"],
  ["1", "Công tác chỉ đạo điều hành", 6],
  ["1.1", "Kế hoạch cải cách hành chính", 2.5],
  ["1.2", "Kiểm tra cải cách hành chính", 3.5],
  [null, null, null],
  ["2", "Cải cách thủ tục hành chính", 4],
  ["Tổng cộng", null, 10],
];

async function writeTable(name: string, edit: (sheet: ExcelJS.Worksheet) => void = () => undefined) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Phụ lục");
  TABLE.forEach((row, r) => row.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value)));
  edit(sheet);
  await saveWorkbook(workbook, file(name));
}

describe("par-index import", () => {
  beforeAll(async () => {
    await writeTable("table.xlsx");
    await writeTable("bad.xlsx", (sheet) => {
      sheet.getCell("C7").value = "ba";
    });
  });

  it("writes the template and reports it as JSON", async () => {
    const run = await runCli(["import", "table.xlsx", "--out", "template.json", "--json"], { cwd: tempDir() });
    expect(run.code).toBe(0);
    expect(cliJson(run)).toMatchObject({ ok: true, template: { maxTotal: 10, areas: 2, criteria: 2, subCriteria: 0 }, out: "template.json" });
    const template = JSON.parse(await fs.readFile(file("template.json"), "utf8"));
    expect(template.areas.map((a: { code: string; maxPoints: number }) => [a.code, a.maxPoints])).toEqual([
      ["1", 6],
      ["2", 4],
    ]);
    expect(template.source).toContain("table.xlsx");
  });

  it("names the framework and its scoring sheet after the table's title, and a sheet for a unit after the unit", async () => {
    expect((await runCli(["import", "table.xlsx", "--out", "named.json"], { cwd: tempDir() })).code).toBe(0);
    expect(JSON.parse(await fs.readFile(file("named.json"), "utf8"))).toMatchObject({ name: "Bộ chỉ số cải cách hành chính cấp sở" });
    const made = await runCli(["new", "--template-file", "named.json", "--out", "named.xlsx", "--year", "2025"], { cwd: tempDir() });
    expect(made.stdout).toContain("trang «Bộ chỉ số CCHC cấp sở 2025»");
    const forUnit = await runCli(["new", "--template-file", "named.json", "--out", "so-y-te.xlsx", "--year", "2025", "--unit", "Sở Y tế"], { cwd: tempDir() });
    expect(forUnit.stdout).toContain("trang «Sở Y tế 2025»");
  });

  it("makes a Sở Tư pháp workbook from VPUB's bundled template without VPUB's phòng, and says so", async () => {
    const run = await runCli(["new", "--template", "son-la-vpub-2021", "--unit", "Sở Tư pháp tỉnh Sơn La", "--year", "2024", "--out", "stp.xlsx"], { cwd: tempDir() });
    expect(run.stdout).toContain("trang «Sở Tư pháp tỉnh Sơn La 2024»");
    expect(run.stdout).toContain("Cột Đơn vị chủ trì, phối hợp để trống: phân công trong bộ tiêu chí là của Văn phòng UBND tỉnh Sơn La, không phải của Sở Tư pháp tỉnh Sơn La.");
    const sheet = (await loadWorkbook(file("stp.xlsx"))).getWorksheet("Sở Tư pháp tỉnh Sơn La 2024")!;
    const leads: unknown[] = [];
    sheet.eachRow((row, r) => void (r > 5 && leads.push(row.getCell(12).value, row.getCell(13).value)));
    expect(leads.filter((value) => value !== null && value !== "")).toEqual([]);
    const own = await runCli(["new", "--template", "son-la-vpub-2021", "--unit", "Văn phòng UBND tỉnh Sơn La", "--year", "2024", "--out", "vp.xlsx"], { cwd: tempDir() });
    expect(own.stdout).toContain("trang «VPUB Sơn La 2024»");
    expect(own.stdout).not.toContain("để trống");
  });

  it("exits 1 naming the cell and writes nothing when the table has errors", async () => {
    const run = await runCli(["import", "bad.xlsx", "--out", "bad.json"], { cwd: tempDir() });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Lỗi ['Phụ lục'!C7]: Điểm tối đa «ba» của 1.2 không phải là số.");
    await expect(fs.access(file("bad.json"))).rejects.toThrow();
    const json = cliJson<{ ok: boolean; issues: { ref: string; cell: string; sheet: string }[] }>(
      await runCli(["import", "bad.xlsx", "--out", "bad.json", "--json"], { cwd: tempDir() }),
    );
    expect(json.ok).toBe(false);
    expect(json.issues.map((i) => [i.sheet, i.cell, i.ref])).toContainEqual(["Phụ lục", "C7", "'Phụ lục'!C7"]);
  });

  it("names the sheets there are when --sheet names none", async () => {
    const run = await runCli(["import", "table.xlsx", "--sheet", "Trang 9", "--out", "x.json"], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe("par-index import: Không có trang «Trang 9». Các trang có thể dùng: «Phụ lục».");
  });

  it("turns a filled skeleton into a template that scores", async () => {
    expect((await runCli(["new", "--template", "khung-trong", "--out", "khung.xlsx"], { cwd: tempDir() })).code).toBe(0);
    const workbook = await loadWorkbook(file("khung.xlsx"));
    const sheet = workbook.getWorksheet("Bộ tiêu chí")!;
    const rows: [string, string, number, string][] = [
      ["1", "Công tác chỉ đạo điều hành", 5, ""],
      ["1.1", "Kế hoạch", 2, "x"],
      ["1.2", "Báo cáo", 3, ""],
      ["2", "Cải cách thể chế", 5, ""],
    ];
    rows.forEach((row, r) => {
      sheet.getCell(r + 2, 1).value = row[0];
      sheet.getCell(r + 2, 2).value = row[1];
      sheet.getCell(r + 2, 3).value = row[2];
      sheet.getCell(r + 2, 8).value = row[3];
    });
    await saveWorkbook(workbook, file("khung-filled.xlsx"));
    expect((await runCli(["import", "khung-filled.xlsx", "--out", "khung.json"], { cwd: tempDir() })).code).toBe(0);
    expect((await runCli(["new", "--template-file", "khung.json", "--out", "scoring.xlsx", "--year", "2025"], { cwd: tempDir() })).code).toBe(0);
    const check = await runCli(["check", "scoring.xlsx", "--json"], { cwd: tempDir() });
    expect(check.code).toBe(0);
    expect(cliJson(check)).toMatchObject({ ok: true, total: { max: 10, score: 0, lostPoints: 10 } });
  });
});
