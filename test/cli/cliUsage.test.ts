// The par-index executable's contract for every command: help, wrong calls (exit 2, one line,
// no stack trace), unreadable inputs (exit 2) and data errors (exit 1).
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { createScoreWorkbook, saveWorkbook } from "../../src/node";
import { cliJson, runCli, type CliRun } from "../helpers/runCli";
import { seed001Template } from "../helpers/seed001";
import { useTempDir } from "../helpers/tempDir";
import { typeScoresInto } from "../helpers/xlsxScores";
import { DOCUMENT_FIELD_SPECS } from "../../src/domain/document/documentFieldSpecs";
import { helpLanguage } from "../../src/cli/main";
import { COMMAND_USAGE, COMMANDS } from "../../src/cli/usage";
import { DOCUMENT_OPTION_LABELS_EN } from "../../src/cli/usageEn";

jest.setTimeout(60_000);
const tempDir = useTempDir("par-index-cli-");
const inDir = (name: string) => path.join(tempDir(), name);

function expectOneLineFailure(run: CliRun, pattern: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe("par-index help and wrong calls", () => {
  it("lists the commands with --help", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const command of ["templates", "new", "import", "check", "plan"]) expect(run.stdout).toContain(`  ${command}`);
  });

  it.each(["templates", "new", "import", "check", "plan"])("explains %s with --help", async (command) => {
    const run = await runCli([command, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Cách dùng: par-index ${command}`);
  });

  it("speaks English with --lang en, or PAR_INDEX_LANG=en, for every command", async () => {
    const general = await runCli(["--help", "--lang", "en"]);
    expect(general.stdout).toContain("Usage: par-index <command> [options]");
    for (const command of COMMANDS) {
      expect(general.stdout).toContain(`  ${command}`);
      const english = await runCli([command, "--help", "--lang=en"]);
      expect(english.code).toBe(0);
      expect(english.stdout).toContain(`Usage: par-index ${command}`);
      // The same options in both languages: a new option is explained in both or the test fails.
      const options = (text: string) => [...new Set(text.match(/--[a-z][a-z-]*/g) ?? [])].filter((o) => o !== "--lang").sort();
      expect({ command, options: options(english.stdout) }).toEqual({ command, options: options(COMMAND_USAGE[command]) });
    }
    expect(Object.keys(DOCUMENT_OPTION_LABELS_EN).sort()).toEqual(DOCUMENT_FIELD_SPECS.map((spec) => spec.option).sort());
    expect(helpLanguage(["check", "--help"], { PAR_INDEX_LANG: "en_US" }).lang).toBe("en");
    expect(helpLanguage(["check", "--help"], {}).lang).toBe("vi");
  });

  it("takes --lang out of a command's own options, and refuses a language it does not speak", async () => {
    const templates = await runCli(["templates", "--lang", "en", "--json"]);
    expect(templates.code).toBe(0);
    expect(JSON.parse(templates.stdout)).toEqual(expect.arrayContaining([expect.objectContaining({ id: "son-la-vpub-2021" })]));
    expectOneLineFailure(await runCli(["--help", "--lang", "fr"]), /^par-index: --lang nhận «vi» hoặc «en», không nhận «fr»\./);
  });

  it("prints the usage and exits 2 without a command", async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Cách dùng: par-index <lệnh>");
  });

  it.each([
    [["chấm"], /^par-index: không có lệnh «chấm»\. Các lệnh: /],
    [["chek", "a.xlsx"], /^par-index: không có lệnh «chek»\. Có phải ý bạn là «par-index check»\? Các lệnh: /],
    [["documnet"], /Có phải ý bạn là «par-index document»\?/],
    [["assign"], /Có phải ý bạn là «par-index assignments»\?/],
    [["rank", "don-vi", "--ouput", "x.xlsx"], /Không có tùy chọn --ouput\. Có phải ý bạn là --out\? Xem: par-index rank --help/],
    [["check", "a.xlsx", "--bogus"], /Không có tùy chọn --bogus\. Xem: par-index check --help/],
    [["check"], /Thiếu tệp chấm điểm/],
    [["check", "a.xlsx", "b.xlsx"], /Thừa tham số «b\.xlsx»/],
    [["new", "--template", "son-la-vpub-2021"], /Thiếu tùy chọn --out/],
    [["new", "--out", "x.xlsx"], /đúng một trong hai tùy chọn --template hoặc --template-file/],
    [["new", "--template", "a", "--template-file", "b.json", "--out", "x.xlsx"], /đúng một trong hai/],
    [["new", "--template", "son-la-vpub-2021", "--out", "x.xlsx", "--year", "21"], /Năm «21» không hợp lệ/],
    [["new", "--template", "khong-co", "--out", "x.xlsx"], /Không có bộ tiêu chí «khong-co»/],
    [["plan", "a.xlsx"], /Thiếu tùy chọn --out/],
    [["import", "a.xlsx"], /Thiếu tùy chọn --out/],
    [["templates", "thừa"], /Thừa tham số «thừa»/],
    [["check", "a.xlsx", "--sheet"], /Tùy chọn --sheet cần một giá trị/],
  ])("refuses %j with one line and exit 2", async (args, pattern) => {
    expectOneLineFailure(await runCli(args as string[], { cwd: tempDir() }), pattern);
  });
});

describe("par-index on files it cannot use", () => {
  beforeAll(async () => {
    await fs.writeFile(inDir("not-a-workbook.xlsx"), "không phải sổ tính");
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Danh sách").getCell("A1").value = "Họ và tên";
    await saveWorkbook(other, inDir("other.xlsx"));
    await fs.writeFile(inDir("broken.json"), "{ không phải JSON");
  });

  it.each([
    [["check", "missing.xlsx"], /Không tìm thấy tệp «missing\.xlsx»/],
    [["check", "not-a-workbook.xlsx"], /không phải sổ tính Excel/],
    [["check", "other.xlsx"], /không có trang chấm điểm/],
    [["check", "."], /là thư mục/],
    [["plan", "missing.xlsx", "--out", "x.xlsx"], /Không tìm thấy tệp/],
    [["import", "missing.xlsx", "--out", "x.json"], /Không tìm thấy tệp/],
    [["new", "--template-file", "missing.json", "--out", "x.xlsx"], /Không tìm thấy tệp «missing\.json»/],
    [["new", "--template", "son-la-vpub-2021", "--out", "no-such-dir/x.xlsx"], /Không ghi được tệp «no-such-dir\/x\.xlsx»/],
  ])("%j exits 2 with one line", async (args, pattern) => {
    expectOneLineFailure(await runCli(args as string[], { cwd: tempDir() }), pattern);
  });

  it("reports a template file with errors at their place and exits 1", async () => {
    const template = { ...seed001Template(), areas: seed001Template().areas.map((a) => (a.code === "5" ? { ...a, maxPoints: 14 } : a)) };
    await fs.writeFile(inDir("wrong-sum.json"), JSON.stringify(template));
    const run = await runCli(["new", "--template-file", "wrong-sum.json", "--out", "x.xlsx"], { cwd: tempDir() });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Lỗi [wrong-sum.json › 5]: Điểm tối đa của 5 là 14 nhưng tổng điểm tối đa các mục con là 13,5.");
    await expect(fs.access(inDir("x.xlsx"))).rejects.toThrow();
    const broken = await runCli(["new", "--template-file", "broken.json", "--out", "x.xlsx"], { cwd: tempDir() });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("Lỗi [broken.json]: Bộ tiêu chí không đọc được");
  });
});

describe("par-index new", () => {
  it("does not replace an existing workbook unless --force", async () => {
    const args = ["new", "--template", "son-la-vpub-2021", "--out", "exists.xlsx"];
    expect((await runCli(args, { cwd: tempDir() })).code).toBe(0);
    const before = await fs.readFile(inDir("exists.xlsx"));
    expectOneLineFailure(await runCli(args, { cwd: tempDir() }), /Tệp «exists\.xlsx» đã có; chọn tên khác, hoặc thêm --force/);
    expect(await fs.readFile(inDir("exists.xlsx"))).toEqual(before);
    expect((await runCli([...args, "--force"], { cwd: tempDir() })).code).toBe(0);
  });
});

describe("par-index templates", () => {
  it("lists the bundled templates as JSON", async () => {
    const run = await runCli(["templates", "--json"]);
    expect(run.code).toBe(0);
    const list = cliJson<{ id: string; name: string; source: string; maxTotal: number }[]>(run);
    expect(list.map((t) => [t.id, t.maxTotal])).toEqual([
      ["son-la-vpub-2021", 100],
      ["qd-2948-bnv-tinh", 100],
      ["khung-trong", 0],
    ]);
    for (const entry of list) expect(Object.keys(entry).sort()).toEqual(["id", "maxTotal", "name", "source"]);
  });

  it("lists them as text in Vietnamese", async () => {
    const run = await runCli(["templates"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Các bộ tiêu chí có sẵn:");
    expect(run.stdout).toContain("son-la-vpub-2021");
  });
});

describe("par-index check on scores with errors", () => {
  it("exits 1 and names every cell", async () => {
    const workbook = createScoreWorkbook(seed001Template(), { year: 2021 });
    typeScoresInto(workbook, { "5.1": 3.8, "1.1": { appraised: "abc" }, "1.2": { self: 0.5 } });
    await saveWorkbook(workbook, inDir("errors.xlsx"));
    const json = await runCli(["check", "errors.xlsx", "--json"], { cwd: tempDir() });
    expect(json.code).toBe(1);
    const report = cliJson<{ ok: boolean; issues: { severity: string; code: string; cell: string; sheet: string; message: string }[] }>(json);
    expect(report.ok).toBe(false);
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([
      { severity: "error", code: "score_not_a_number", sheet: "VPUB Sơn La 2021", cell: "G7", ref: "'VPUB Sơn La 2021'!G7", path: ["1", "1.1"], message: "Ô G7: Điểm thẩm định «abc» của 1.1 không phải là số." },
      { severity: "error", code: "score_above_max", sheet: "VPUB Sơn La 2021", cell: "G19", ref: "'VPUB Sơn La 2021'!G19", path: ["5", "5.1"], message: "Ô G19: Điểm thẩm định 3,8 vượt điểm tối đa 3,5 của 5.1." },
    ]);
    const text = await runCli(["check", "errors.xlsx"], { cwd: tempDir() });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("Lỗi ['VPUB Sơn La 2021'!G19]: Điểm thẩm định 3,8 vượt điểm tối đa 3,5 của 5.1.");
    expect(text.stdout).toMatch(/2 lỗi, \d+ cảnh báo:/);

    const plan = await runCli(["plan", "errors.xlsx", "--out", "errors-plan.xlsx"], { cwd: tempDir() });
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain("còn 2 lỗi");
    await expect(fs.access(inDir("errors-plan.xlsx"))).rejects.toThrow();
  });
});
