// What `check` prints for a clerk: each error with its cell as Excel writes it, many warnings of one
// kind as one line, --errors-only, and a last line that sums up the workbook.
import { createScoreWorkbook, saveWorkbook } from "../../src/node";
import { seed001Template } from "../helpers/seed001";
import { cliJson, runCli } from "../helpers/runCli";
import { useTempDir } from "../helpers/tempDir";
import { typeScoresInto } from "../helpers/xlsxScores";
import path from "node:path";

const tempDir = useTempDir("par-index-check-output-");
const check = (...args: string[]) => runCli(["check", ...args], { cwd: tempDir() });
const SHEET = "'VPUB Sơn La 2021'";

beforeAll(async () => {
  // Seed 001's template with no score typed (20 items without a score), then two errors typed in.
  await saveWorkbook(createScoreWorkbook(seed001Template(), { year: 2021 }), path.join(tempDir(), "trong.xlsx"));
  const workbook = createScoreWorkbook(seed001Template(), { year: 2021 });
  typeScoresInto(workbook, { "5.1": 3.8, "1.1": { appraised: "abc" } });
  await saveWorkbook(workbook, path.join(tempDir(), "loi.xlsx"));
});

describe("par-index check's text", () => {
  it("puts twenty warnings of one kind on one line with their count and first cells", async () => {
    const run = await check("trong.xlsx");
    expect(run.code).toBe(0);
    const warnings = run.stdout.split("\n").filter((line) => line.startsWith("  Cảnh báo"));
    expect(warnings).toEqual([`  Cảnh báo [${SHEET}!F7, F8, F9, F11, F13 và 15 chỗ khác]: 20 mục chưa có điểm (par-index check --json liệt kê từng chỗ).`]);
    // The JSON still lists each one.
    const report = cliJson<{ issues: { code: string }[] }>(await check("trong.xlsx", "--json"));
    expect(report.issues.filter((issue) => issue.code === "score_missing")).toHaveLength(20);
  });

  it("ends with one line summing up sheets, errors and warnings, and the next step", async () => {
    const clean = await check("trong.xlsx");
    expect(clean.stdout.trimEnd().split("\n").at(-1)).toBe("Kết quả: 1 trang chấm điểm, 0 lỗi, 20 cảnh báo; có thể lập kế hoạch khắc phục (par-index plan).");
    const broken = await check("loi.xlsx");
    expect(broken.code).toBe(1);
    expect(broken.stdout.trimEnd().split("\n").at(-1)).toMatch(/^Kết quả: 1 trang chấm điểm, 2 lỗi, \d+ cảnh báo; sửa các lỗi trên rồi chạy lại par-index check\.$/);
  });

  it("writes each error's place as Excel does, the way document and import write it", async () => {
    const run = await check("loi.xlsx");
    expect(run.stdout).toContain(`  Lỗi [${SHEET}!G7]: Điểm thẩm định «abc» của 1.1 không phải là số.`);
    expect(run.stdout).toContain(`  Lỗi [${SHEET}!G19]: Điểm thẩm định 3,8 vượt điểm tối đa 3,5 của 5.1.`);
    expect(run.stdout).not.toMatch(/Ô G\d+/);
  });

  it("--errors-only lists the errors alone and still counts the warnings", async () => {
    const run = await check("loi.xlsx", "--errors-only");
    expect(run.code).toBe(1);
    const listed = run.stdout.split("\n").filter((line) => /^ {2}(Lỗi|Cảnh báo)/.test(line));
    expect(listed).toEqual([`  Lỗi [${SHEET}!G7]: Điểm thẩm định «abc» của 1.1 không phải là số.`, `  Lỗi [${SHEET}!G19]: Điểm thẩm định 3,8 vượt điểm tối đa 3,5 của 5.1.`]);
    expect(run.stdout).toMatch(/^2 lỗi \(\d+ cảnh báo không liệt kê: --errors-only\):$/m);
    const clean = await check("trong.xlsx", "--errors-only");
    expect(clean.stdout).toContain("Không có lỗi (20 cảnh báo không liệt kê: --errors-only).");
    const json = cliJson<{ issues: { severity: string }[] }>(await check("loi.xlsx", "--errors-only", "--json"));
    expect(json.issues.map((issue) => issue.severity)).toEqual(["error", "error"]);
  });
});
