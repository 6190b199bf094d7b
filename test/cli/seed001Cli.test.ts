// Seed 001 end to end through the real executable: `new` the Sơn La workbook, type the appraised
// scores, `check --json` gives the seed's table (94,52; 5,48), `plan` writes the seed's
// shortcomings into a copy, and a second `plan` on that copy keeps the remedies staff typed.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { PLAN_COLUMNS as P } from "../../src/domain/layout/planSheetColumns";
import { SECTION_TITLES } from "../../src/domain/layout/layoutPlanSheet";
import { loadWorkbook, readSheetGrid, saveWorkbook } from "../../src/node";
import { cliJson, runCli } from "../helpers/runCli";
import { seed001ExpectedAreas, seed001Scores } from "../helpers/seed001";
import { useTempDir } from "../helpers/tempDir";
import { fillScoreFile, typeScoresInto } from "../helpers/xlsxScores";

jest.setTimeout(60_000);
const tempDir = useTempDir("par-index-seed-");
const file = (name: string) => path.join(tempDir(), name);
const sha256 = async (name: string) => createHash("sha256").update(await fs.readFile(file(name))).digest("hex");
const PLAN_SHEET = "Kế hoạch khắc phục 2021";

async function planRows(name: string) {
  const workbook = await loadWorkbook(file(name));
  return readSheetGrid(workbook.getWorksheet(PLAN_SHEET)!).values;
}

interface CheckReport {
  ok: boolean;
  issues: unknown[];
  items: Record<string, unknown>[];
  areas: { code: string; name: string; max: number; score: number; lostPoints: number; percent: number | null }[];
  total: { max: number; score: number; lostPoints: number; percent: number | null };
}

describe("seed 001 through par-index", () => {
  beforeAll(async () => {
    const created = await runCli(["new", "--template", "son-la-vpub-2021", "--out", "son-la.xlsx", "--unit", "Văn phòng UBND tỉnh Sơn La", "--year", "2021"], { cwd: tempDir() });
    expect(created).toMatchObject({ code: 0, stderr: "" });
    await fillScoreFile(file("son-la.xlsx"), seed001Scores, file("scored.xlsx"));
  });

  it("checks to the seed's table exactly", async () => {
    const run = await runCli(["check", "scored.xlsx", "--json"], { cwd: tempDir() });
    expect(run.code).toBe(0);
    const report = cliJson<CheckReport>(run);
    expect(report.ok).toBe(true);
    expect(report.issues).toEqual([]);
    expect(report.areas.map((a) => [a.code, a.max, a.score, a.lostPoints])).toEqual(seed001ExpectedAreas);
    expect(report.areas.find((a) => a.code === "5")).toMatchObject({ name: "Cải cách công vụ", percent: 83.11 });
    expect(report.total).toMatchObject({ max: 100, score: 94.52, lostPoints: 5.48, percent: 94.52 });
    const item = report.items.find((i) => i.code === "5.1")!;
    expect(item).toMatchObject({
      code: "5.1",
      level: 2,
      leaf: true,
      max: 3.5,
      self: null,
      appraised: 1.5,
      score: 1.5,
      lostPoints: 2,
      sheet: "VPUB Sơn La 2021",
      selfCell: "F19",
      appraisedCell: "G19",
    });
    for (const entry of report.items) {
      for (const key of ["code", "name", "level", "leaf", "max", "self", "appraised", "score", "lostPoints", "sheet", "selfCell", "appraisedCell"]) {
        expect(entry).toHaveProperty(key);
      }
    }
  });

  it("prints the per-lĩnh vực table in Vietnamese", async () => {
    const run = await runCli(["check", "scored.xlsx"], { cwd: tempDir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/5\s+Cải cách công vụ\s+13,5\s+11,22\s+-2,28\s+83,11%/);
    expect(run.stdout).toMatch(/Tổng cộng\s+100\s+94,52\s+-5,48\s+94,52%/);
    expect(run.stdout).toContain("Không có lỗi, không có cảnh báo.");
  });

  it("writes the plan into a copy, leaving the input untouched", async () => {
    const before = await sha256("scored.xlsx");
    const run = await runCli(["plan", "scored.xlsx", "--out", "plan-1.xlsx"], { cwd: tempDir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`trang «${PLAN_SHEET}» mới`);
    expect(await sha256("scored.xlsx")).toBe(before);

    const rows = await planRows("plan-1.xlsx");
    const areaRows = rows.filter((r) => /^[IVX]+$/.test(String(r[P.stt]))).map((r) => r[P.code]);
    expect(areaRows).toEqual(["1", "2", "4", "5", "6", "7", "8"]);
    const shortcomings = rows.map((r) => r[P.shortcoming]);
    for (const expected of [
      "Chất lượng đánh giá, phân loại công chức, viên chức của cơ quan đơn vị đạt 1,5/3,5 điểm (trừ 2 điểm)",
      "Đánh giá tác động của cải cách đến quản lý cán bộ, công chức đạt 1,91/2 điểm (trừ 0,09 điểm)",
      "Thực hiện quy định về sử dụng biên chế được cấp có thẩm quyền giao đạt 3,61/4 điểm (trừ 0,39 điểm)",
      "Tổng điểm trừ là 2,28 điểm",
      "Tổng điểm trừ là 0,61 điểm",
    ]) {
      expect(shortcomings).toContain(expected);
    }
    expect(rows.some((r) => r[P.code] === "Tổng cộng" && r[P.score] === 94.52 && r[P.lostPoints] === -5.48)).toBe(true);
  });

  it("keeps the remedies staff typed when planning again after scores changed", async () => {
    // Staff open the plan copy, type remedies, and an appraisal changes two scores.
    const workbook = await loadWorkbook(file("plan-1.xlsx"));
    const sheet = workbook.getWorksheet(PLAN_SHEET)!;
    const rows = readSheetGrid(sheet).values;
    const rowOf = (code: string) => rows.findIndex((r) => r[P.code] === code) + 1;
    sheet.getCell(rowOf("5.1"), P.remedy + 1).value = "-Triển khai tốt Chỉ thị số 26/CT-TTg; kiểm tra, giám sát.";
    sheet.getCell(rowOf("5.1"), P.leadUnit + 1).value = "Phòng Tổ chức - Hành chính - Quản trị";
    sheet.getCell(rowOf("1.1"), P.remedy + 1).value = "Nâng cao trách nhiệm người đứng đầu.";
    typeScoresInto(workbook, { "1.1": 1, "5.2": 1.5 });
    await saveWorkbook(workbook, file("plan-1-edited.xlsx"));
    const before = await sha256("plan-1-edited.xlsx");

    const run = await runCli(["plan", "plan-1-edited.xlsx", "--out", "plan-2.xlsx"], { cwd: tempDir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("được lập lại, giữ nội dung đã nhập");
    expect(run.stdout).toContain("mục không còn bị trừ điểm (mục III): 1.1");
    expect(await sha256("plan-1-edited.xlsx")).toBe(before);

    const again = await planRows("plan-2.xlsx");
    const row = (code: string, from = 0) => again.slice(from).find((r) => r[P.code] === code)!;
    expect(row("5.1")[P.remedy]).toBe("-Triển khai tốt Chỉ thị số 26/CT-TTg; kiểm tra, giám sát.");
    expect(row("5.1")[P.leadUnit]).toBe("Phòng Tổ chức - Hành chính - Quản trị");
    expect(row("5.2")[P.shortcoming]).toBe("Đánh giá tác động của cải cách đến quản lý cán bộ, công chức đạt 1,5/2 điểm (trừ 0,5 điểm)");
    const keptAside = again.findIndex((r) => r[0] === SECTION_TITLES.keptAside);
    expect(keptAside).toBeGreaterThan(0);
    expect(row("1.1", keptAside)[P.remedy]).toBe("Nâng cao trách nhiệm người đứng đầu.");
    expect(again.slice(0, keptAside).some((r) => r[P.code] === "1.1")).toBe(false);

    const check = cliJson<CheckReport>(await runCli(["check", "plan-2.xlsx", "--json"], { cwd: tempDir() }));
    // 94,52 + 0,05 (1.1 now full) − 0,41 (5.2 from 1,91 to 1,5).
    expect(check.total).toMatchObject({ score: 94.16, lostPoints: 5.84 });
  });

  it("refuses to write the plan over its input", async () => {
    const before = await sha256("scored.xlsx");
    const run = await runCli(["plan", "scored.xlsx", "--out", "./scored.xlsx"], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/trùng với tệp đầu vào/);
    expect(await sha256("scored.xlsx")).toBe(before);
  });
});
