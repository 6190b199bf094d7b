// `par-index rank` end to end through the real executable, over twenty generated units' workbooks:
// exit codes (0 all ranked, 1 some left out, 2 unusable call or input), the --json shape, last
// year's ranking as a workbook and as JSON, never replacing another workbook, the rebuild that
// keeps staff notes, and a pattern of more than a hundred files.
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { createScoreWorkbook, loadWorkbook, readSheetGrid, saveWorkbook } from "../../src/node";
import type { RankJson } from "../../src/cli/rankReport";
import { hundredTemplate } from "../helpers/rankingUnits";
import { cliJson, runCli } from "../helpers/runCli";
import { useTempDir } from "../helpers/tempDir";
import { typeScoresInto } from "../helpers/xlsxScores";
import { writeUnitWorkbooks } from "../helpers/unitWorkbooks";

jest.setTimeout(180_000);
const tempDir = useTempDir("par-index-rank-");
const file = (...names: string[]) => path.join(tempDir(), ...names);
const rank = (...args: string[]) => runCli(["rank", ...args], { cwd: tempDir() });

const UNIT_KEYS = ["file", "unit", "score", "max", "percent", "rank", "rankOf", "rankChange", "group", "stage", "byMethod", "areas"];
const twoDecimals = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9;

describe("par-index rank", () => {
  beforeAll(async () => {
    await fs.mkdir(file("don-vi"));
    await writeUnitWorkbooks(file("don-vi"), 20);
  });

  it("ranks twenty units, prints the issue's JSON in rank order and exits 0", async () => {
    const run = await rank("don-vi/*.xlsx", "--out", "xep-hang.xlsx", "--json");
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const report = cliJson<RankJson>(run);
    expect(Object.keys(report)).toEqual(["notFinal", "units", "excluded"]);
    expect(report.excluded).toEqual([]);
    expect(report.units).toHaveLength(20);
    for (const unit of report.units) {
      expect(Object.keys(unit)).toEqual(UNIT_KEYS);
      expect(Object.keys(unit.byMethod)).toEqual(["tu_danh_gia", "dieu_tra_xhh", "sipas"]);
      expect(unit.areas.map((a) => Object.keys(a))).toEqual(unit.areas.map(() => ["code", "score", "max", "percent", "rank"]));
      expect(unit.areas.map((a) => a.code)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
      for (const n of [unit.score, unit.max, unit.percent, ...unit.areas.flatMap((a) => [a.score, a.max, a.percent ?? 0])]) expect(twoDecimals(n)).toBe(true);
      expect(unit).toMatchObject({ rankOf: 20, rankChange: null, max: 100 });
      expect(unit.byMethod.tu_danh_gia.score + unit.byMethod.dieu_tra_xhh.score).toBeCloseTo(unit.score, 6);
      expect(unit.file).toMatch(/^don-vi\/.+\.xlsx$/);
    }
    const percents = report.units.map((u) => u.percent);
    expect([...percents].sort((a, b) => b - a)).toEqual(percents);
    // Competition ranks: each rank is 1 + the number of units strictly above.
    expect(report.units.map((u) => u.rank)).toEqual(percents.map((p) => 1 + percents.filter((q) => q > p).length));
    expect(report.units.map((u) => u.group)).toEqual(percents.map((p) => (p >= 90 ? "A" : p >= 80 ? "B" : p >= 70 ? "C" : "D")));
  });

  it("writes the ranking workbook: the ranking table, the per-lĩnh vực sheet and two charts", async () => {
    const run = await rank("don-vi", "--out", "xep-hang-2.xlsx");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Xếp hạng 20 đơn vị");
    expect(run.stdout).toContain("Đã ghi xep-hang-2.xlsx: trang «Xếp hạng 2021» mới, trang «Theo lĩnh vực 2021», 2 biểu đồ.");
    const workbook = await loadWorkbook(file("xep-hang-2.xlsx"));
    // The very hidden metadata names the ranking sheet, its year and the template compared on (for document --ranking).
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Xếp hạng 2021", "visible"],
      ["Theo lĩnh vực 2021", "visible"],
      ["PARINDEX_META", "veryHidden"],
    ]);
    const values = readSheetGrid(workbook.getWorksheet("Xếp hạng 2021")!).values;
    expect(values[0]![0]).toBe("BẢNG TỔNG HỢP KẾT QUẢ, XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021");
    expect(values.filter((row) => /^\d\d\/20$/.test(String(row[5])))).toHaveLength(20);
  });

  it("leaves out, with their reasons, a unit with errors, another template and a second workbook of one unit, and exits 1", async () => {
    await fs.mkdir(file("lan-2"));
    for (const name of await fs.readdir(file("don-vi"))) await fs.copyFile(file("don-vi", name), file("lan-2", name));
    const broken = await loadWorkbook(file("lan-2", "so-y-te.xlsx"));
    typeScoresInto(broken, { "1.1": 5 });
    await saveWorkbook(broken, file("lan-2", "so-y-te.xlsx"));
    await fs.copyFile(file("don-vi", "so-tu-phap.xlsx"), file("lan-2", "so-tu-phap-ban-sua.xlsx"));
    const other = createScoreWorkbook(hundredTemplate(), { unit: "Sở Lạc đề", year: 2021 });
    typeScoresInto(other, { "1.1": 50, "2.1": 30 });
    await saveWorkbook(other, file("lan-2", "so-lac-de.xlsx"));

    const run = await rank("lan-2/*.xlsx", "--out", "lan-2.xlsx", "--json");
    expect(run.code).toBe(1);
    const report = cliJson<RankJson>(run);
    expect(report.units).toHaveLength(18);
    expect(report.units.every((u) => u.rankOf === 18)).toBe(true);
    expect(report.excluded.map((e) => [e.file, e.reason, e.issues[0]!.message])).toEqual([
      [
        "lan-2/so-lac-de.xlsx",
        "template_mismatch",
        "Tệp «lan-2/so-lac-de.xlsx» dùng bộ tiêu chí «thu-nghiem-100», khác bộ tiêu chí «son-la-vpub-2021» của các đơn vị khác (như «lan-2/ban-dan-toc.xlsx»); chỉ so sánh các đơn vị cùng bộ tiêu chí, cùng điểm tối đa.",
      ],
      ["lan-2/so-tu-phap-ban-sua.xlsx", "duplicate_unit", "Sở Tư pháp có nhiều sổ chấm điểm: «lan-2/so-tu-phap-ban-sua.xlsx» và «lan-2/so-tu-phap.xlsx»; giữ lại một tệp rồi tổng hợp lại."],
      ["lan-2/so-tu-phap.xlsx", "duplicate_unit", "Sở Tư pháp có nhiều sổ chấm điểm: «lan-2/so-tu-phap.xlsx» và «lan-2/so-tu-phap-ban-sua.xlsx»; giữ lại một tệp rồi tổng hợp lại."],
      ["lan-2/so-y-te.xlsx", "has_errors", "Sở Y tế («lan-2/so-y-te.xlsx») còn 1 lỗi về điểm; sửa xong mới được xếp hạng."],
    ]);
    expect(report.excluded[3]!.issues[1]).toMatchObject({ severity: "error", code: "score_above_max", sheet: "Sở Y tế 2021", cell: "G7", ref: "'Sở Y tế 2021'!G7" });

    const text = await rank("lan-2/*.xlsx", "--out", "lan-2-text.xlsx");
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("Chưa xếp hạng 4 đơn vị:");
    expect(text.stdout).toContain("Lỗi ['Sở Y tế 2021'!G7]: Điểm thẩm định 5 vượt điểm tối đa 1 của 1.1.");
  });

  it("compares with last year's ranking given as the ranking workbook made then", async () => {
    // Last year's workbook ranked the same units; this year's ranks equal them, so nothing moved.
    const run = await rank("don-vi/*.xlsx", "--previous", "xep-hang.xlsx", "--json");
    expect(run.code).toBe(0);
    const report = cliJson<RankJson>(run);
    expect(report.units.map((u) => u.rankChange)).toEqual(report.units.map(() => 0));
  });

  it("compares with last year's ranking given as JSON, and as a table staff pasted", async () => {
    const now = cliJson<RankJson>(await rank("don-vi/*.xlsx", "--json")).units;
    const [first, second, third] = now;
    await fs.writeFile(
      file("2020.json"),
      JSON.stringify([
        { unit: first!.unit, rank: first!.rank + 4, percent: 80 },
        { unit: second!.unit.toUpperCase(), rank: 1, percent: "99,5" },
      ]),
    );
    const fromJson = cliJson<RankJson>(await rank("don-vi/*.xlsx", "--previous", "2020.json", "--json")).units;
    expect(fromJson.slice(0, 3).map((u) => [u.unit, u.rankChange])).toEqual([
      [first!.unit, 4],
      [second!.unit, 1 - second!.rank],
      [third!.unit, null],
    ]);

    const pasted = new ExcelJS.Workbook();
    const sheet = pasted.addWorksheet("Năm 2020");
    sheet.addRows([["Kết quả Chỉ số CCHC năm 2020"], [], ["STT", "Tên đơn vị", "Chỉ số (%)", "Thứ hạng"], [1, first!.unit, 88.5, "06/20"]]);
    await pasted.xlsx.writeFile(file("dan-2020.xlsx"));
    const fromTable = await rank("don-vi/*.xlsx", "--previous", "dan-2020.xlsx", "--out", "so-sanh.xlsx");
    expect(fromTable.code).toBe(0);
    expect(fromTable.stdout).toContain("so sánh với năm 2020");
    expect(fromTable.stdout).toMatch(new RegExp(`01/20 +${first!.unit}.*tăng 05 bậc`));
    const values = readSheetGrid((await loadWorkbook(file("so-sanh.xlsx"))).getWorksheet("Xếp hạng 2021")!).values;
    // Hạng năm trước (in this year's form, of the units ranked last year), thay đổi thứ hạng, chỉ số năm trước, thay đổi chỉ số (điểm %).
    expect(values.find((row) => row[1] === first!.unit)?.slice(7, 11)).toEqual(["06/06", "tăng 05 bậc", 88.5, Math.round((first!.percent - 88.5) * 100) / 100]);
  });

  it("never replaces a workbook that is not a ranking without --force", async () => {
    await fs.copyFile(file("don-vi", "so-noi-vu.xlsx"), file("khong-phai.xlsx"));
    const before = await fs.readFile(file("khong-phai.xlsx"));
    const refused = await rank("don-vi/*.xlsx", "--out", "khong-phai.xlsx");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      "par-index rank: Tệp «khong-phai.xlsx» đã có và không phải bảng xếp hạng (lập lại trên bảng xếp hạng cũ thì giữ ghi chú); chọn tên khác cho --out, hoặc thêm --force để ghi đè.\n",
    );
    expect(await fs.readFile(file("khong-phai.xlsx"))).toEqual(before);
    expect((await rank("don-vi/*.xlsx", "--out", "khong-phai.xlsx", "--force")).code).toBe(0);
  });

  it("rebuilds its own output in place, skipping it among the inputs, and keeps the staff notes", async () => {
    await fs.copyFile(file("xep-hang.xlsx"), file("don-vi", "xep-hang.xlsx"));
    const workbook = await loadWorkbook(file("don-vi", "xep-hang.xlsx"));
    const sheet = workbook.getWorksheet("Xếp hạng 2021")!;
    const values = readSheetGrid(sheet).values;
    const header = values.findIndex((row) => row[1] === "Đơn vị");
    const notes = values[header]!.indexOf("Ghi chú");
    sheet.getCell(header + 2, notes + 1).value = "Đề nghị khen thưởng";
    const unit = values[header + 1]![1];
    await workbook.xlsx.writeFile(file("don-vi", "xep-hang.xlsx"));

    const run = await rank("don-vi/*.xlsx", "--out", "don-vi/xep-hang.xlsx");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("Bỏ qua don-vi/xep-hang.xlsx trong danh sách đầu vào: đó là tệp kết quả.\n");
    expect(run.stdout).toContain("được lập lại, giữ 1 ghi chú theo đơn vị");
    const rebuilt = readSheetGrid((await loadWorkbook(file("don-vi", "xep-hang.xlsx"))).getWorksheet("Xếp hạng 2021")!).values;
    expect(rebuilt.find((row) => row[1] === unit)?.[notes]).toBe("Đề nghị khen thưởng");
    await fs.rm(file("don-vi", "xep-hang.xlsx"));
  });

  it.each([
    [["don-vi/*.xlsx"], "par-index rank: Thiếu tùy chọn --out (tệp bảng xếp hạng cần ghi). Xem: par-index rank --help"],
    [["--out", "x.xlsx"], "par-index rank: Thiếu các tệp chấm điểm của đơn vị (.xlsx). Xem: par-index rank --help"],
    [["don-vi/*.xlsx", "--json", "--groups", "90,95"], "par-index rank: Các ngưỡng xếp nhóm phải giảm dần (ví dụ 90,80,70); «95» không nhỏ hơn ngưỡng đứng trước. Xem: par-index rank --help"],
    [["don-vi/*.xlsx", "--json", "--previous", "khong-co.json"], "par-index rank: Không tìm thấy tệp «khong-co.json»."],
  ])("exits 2 on an unusable call %p", async (args, message) => {
    const run = await rank(...args);
    expect([run.code, run.stderr.trim(), run.stdout]).toEqual([2, message, ""]);
  });

  it("exits 2, writing nothing, when an input is unusable, and names every such file", async () => {
    await fs.mkdir(file("hong"));
    await fs.copyFile(file("don-vi", "so-noi-vu.xlsx"), file("hong", "so-noi-vu.xlsx"));
    await fs.writeFile(file("hong", "ghi-chu.xlsx"), "không phải Excel");
    await fs.copyFile(file("xep-hang.xlsx"), file("hong", "xep-hang-nam-truoc.xlsx"));
    const run = await rank("hong/*.xlsx", "hong/thieu.xlsx", "--out", "hong.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toEqual([
      "par-index rank: 3 tệp không dùng được (chưa ghi hong.xlsx):",
      "  Tệp «hong/ghi-chu.xlsx» là tệp văn bản (ví dụ .csv), không phải sổ tính Excel: mở tệp bằng Excel hoặc LibreOffice rồi lưu lại dạng «Sổ làm việc Excel (.xlsx)» (File → Save As / Lưu thành).",
      "  Tệp «hong/xep-hang-nam-truoc.xlsx» là bảng tổng hợp xếp hạng, không phải sổ chấm điểm của một đơn vị; bảng năm trước chỉ dùng để so sánh.",
      "  Không tìm thấy tệp «hong/thieu.xlsx».",
      "",
    ]);
    await expect(fs.access(file("hong.xlsx"))).rejects.toThrow();
  });

  it("takes a pattern of more than a hundred workbooks", async () => {
    await fs.mkdir(file("xa"));
    await writeUnitWorkbooks(file("xa"), 105, { template: hundredTemplate(), seed: 7 });
    const run = await rank("xa/*.xlsx", "--json");
    expect(run.code).toBe(0);
    const report = cliJson<RankJson>(run);
    expect(report.units).toHaveLength(105);
    expect(new Set(report.units.map((u) => u.file)).size).toBe(105);
  });
});
