// The README's command-line block — every command par-index has, in a clerk's order: score, plan,
// document, assign, split, gather, rank, the rank into the document, import — run line by line as
// written, in order, by the par-index that `npm install -g .` installs, from an empty folder outside
// the repository (`par-index sample` writes the table `import` reads).
// And the committed sample appendix is what its generator builds.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { COMMANDS } from "../../src/cli/usage";
import { loadWorkbook, readSheetGrid } from "../../src/node";
import { docxParagraphs } from "../helpers/docxText";
import { SAMPLE_APPENDIX, SAMPLE_SHEET, sampleAppendixRows } from "../fixtures/phu-luc/sampleAppendix";
import { installCliInto, pathWith } from "../helpers/installedCli";
import { REPO_ROOT } from "../helpers/runCli";

jest.setTimeout(180_000);

/** Lines of the README's ```sh blocks that run par-index. */
function readmeCommands(): string[] {
  const readme = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((block) => block.split("\n")).map((line) => line.trim()).filter((line) => line.startsWith("par-index "));
}

describe("the README's par-index commands", () => {
  let work = "";
  let env: NodeJS.ProcessEnv = {};
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), "par-index-readme-"));
    env = pathWith(installCliInto(path.join(work, "prefix")));
    // An empty folder: nothing of the repository is reachable from it but the installed command.
    const clerk = path.join(work, "clerk");
    mkdirSync(clerk);
    work = clerk;
  });
  afterAll(() => rmSync(path.dirname(work), { recursive: true, force: true }));

  it("has every command par-index has, and --version", () => {
    const commands = readmeCommands();
    expect(commands.length).toBeGreaterThanOrEqual(8);
    for (const verb of ["--version", ...COMMANDS]) {
      expect({ verb, found: commands.some((c) => c.split(/\s+/)[1] === verb) }).toEqual({ verb, found: true });
    }
  });

  it("runs every one as written, in order, each exiting 0 without a problem line", async () => {
    const outputs: string[] = [];
    const commands = readmeCommands();
    for (const command of commands) {
      const run = spawnSync("bash", ["-c", command], { cwd: work, env, encoding: "utf8", timeout: 60_000 });
      expect({ command, code: run.status, stderr: run.stderr }).toEqual({ command, code: 0, stderr: "" });
      outputs.push(run.stdout);
    }
    expect(outputs[commands.indexOf("par-index --version")]).toMatch(/^par-index \d+\.\d+\.\d+\n$/);
    // The quick start's unit is not VPUB: its sheet is its own, without VPUB's phòng.
    expect(outputs[0]).toContain("trang «Sở Tư pháp 2024»");
    expect(outputs[0]).toContain("Cột Đơn vị chủ trì, phối hợp để trống");
    const all = outputs.join("\n");
    // The second `plan` onto its own output takes it over instead of refusing or replacing it.
    expect(all).toContain("Đã giữ nội dung cán bộ đã nhập trong trang «Kế hoạch khắc phục 2021» của ke-hoach.xlsx");
    // The phân công lines: the table as a workbook and as the appendix, a file per unit, gathered back.
    expect(all).toContain("Đã ghi phan-cong.xlsx: bảng phân công, hạn gửi 25/01/2022.");
    expect(all).toContain("Đã ghi phu-luc-phan-cong.docx: phụ lục phân công (văn bản), hạn gửi 25/01/2022.");
    expect(all).toContain("Đã tạo 5 tệp trong gui-di từ trang «VPUB Sơn La 2021»:");
    expect(all).toContain("Đã gộp 5 tệp vào trang «VPUB Sơn La 2021», ghi cham-diem-da-gop.xlsx: 0 ô thay đổi.");
    // Two units ranked (neither scored yet, so they share the first place), and the rank flows into the plan document.
    expect(all).toContain("Đã ghi xep-hang-2021.xlsx: trang «Xếp hạng 2021» mới, trang «Theo lĩnh vực 2021», 2 biểu đồ.");
    expect(all).toContain("Thứ hạng lấy từ trang «Xếp hạng 2021» của xep-hang-2021.xlsx: Văn phòng UBND tỉnh 01/02.");
    const ranked = await docxParagraphs(readFileSync(path.join(work, "ke-hoach-xep-hang.docx")));
    expect(ranked.find((p) => p.startsWith("Năm 2021, "))).toMatch(/^Năm 2021, Văn phòng UBND tỉnh xếp thứ 01\/02 sở, ban, ngành\. /);
    // The appraisal rounds: submitted, withdrawn with its reason, submitted again.
    expect(all).toContain("Đã chuyển trang «VPUB Sơn La 2021» từ «Đơn vị tự chấm» sang «Đã nộp» (tiến một bước); ghi ra da-nop.xlsx.");
    const status = JSON.parse(outputs[outputs.length - 1]!) as { stage: string; deadline: string; history: { to: string; note: string }[] };
    expect(status).toMatchObject({ stage: "submitted", deadline: "2022-02-15" });
    expect(status.history.map((entry) => entry.to)).toEqual(["submitted", "self", "submitted"]);
    expect(status.history[1]!.note).toBe("Rút lại để bổ sung tài liệu kiểm chứng");
    expect(JSON.parse(outputs[outputs.length - 5]!).total.max).toBe(100);
  });
});

describe("the sample appendix table", () => {
  it("holds what its generator builds", async () => {
    const workbook = await loadWorkbook(SAMPLE_APPENDIX);
    const grid = readSheetGrid(workbook.getWorksheet(SAMPLE_SHEET)!).values;
    const trim = (row: readonly unknown[]) => {
      let end = row.length;
      while (end > 0 && (row[end - 1] === "" || row[end - 1] === undefined)) end -= 1;
      return row.slice(0, end);
    };
    expect(grid.map(trim)).toEqual(sampleAppendixRows().map(trim));
  });
});
