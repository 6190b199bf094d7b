// A clerk's workbook with a million-cell scratch sheet beside the scoring sheet: the commands that
// only read it work as without the sheet and say they left it out; the one that writes the workbook
// back refuses, naming the sheet and saying what to do.
import { promises as fs } from "node:fs";
import path from "node:path";
import { createScoreWorkbook, saveWorkbook } from "../../src/node";
import { runCli } from "../helpers/runCli";
import { withScratchSheet } from "../helpers/scratchSheet";
import { seed001Scores, seed001Template } from "../helpers/seed001";
import { useTempDir } from "../helpers/tempDir";
import { typeScoresInto } from "../helpers/xlsxScores";

const tempDir = useTempDir();
const run = (...args: string[]) => runCli(args, { cwd: tempDir() });
const SKIPPED = "Đã bỏ qua trang «Nháp» của «nhap.xlsx» (1.000.000 ô có dữ liệu, 10.000 dòng): par-index không dùng trang này, và đọc cả trang thì sổ tính vượt giới hạn đọc.";

beforeAll(async () => {
  const workbook = createScoreWorkbook(seed001Template(), { unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 });
  typeScoresInto(workbook, seed001Scores);
  await saveWorkbook(workbook, path.join(tempDir(), "sach.xlsx"));
  await fs.writeFile(path.join(tempDir(), "nhap.xlsx"), await withScratchSheet(workbook, "Nháp", 1_000_000));
}, 60_000);

describe("a million-cell scratch sheet beside the scoring sheet", () => {
  it("check reads the scoring sheet as without it, and says it left the sheet out", async () => {
    const [withScratch, clean] = [await run("check", "nhap.xlsx"), await run("check", "sach.xlsx")];
    expect(withScratch.code).toBe(clean.code);
    const lines = withScratch.stdout.split("\n");
    expect(lines[0]).toBe(SKIPPED);
    expect(lines.slice(1).join("\n").replaceAll("nhap.xlsx", "sach.xlsx")).toBe(clean.stdout);
  });

  it("check --json lists the sheet left out, and keeps stdout one JSON document", async () => {
    const result = await run("check", "nhap.xlsx", "--json");
    expect(JSON.parse(result.stdout).skippedSheets).toEqual([{ sheet: "Nháp", cells: 1_000_000, rows: 10_000 }]);
    expect(result.stderr).toBe(`${SKIPPED}\n`);
  });

  it("rank reads the unit's file and says it left the sheet out", async () => {
    const result = await run("rank", "nhap.xlsx", "--out", "xep-hang.xlsx");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(SKIPPED);
    expect(result.stdout).toContain("Văn phòng UBND tỉnh Sơn La");
  });

  it("plan, which writes the whole workbook back, refuses it, naming the sheet and what to do", async () => {
    const result = await run("plan", "nhap.xlsx", "--out", "ke-hoach.xlsx");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/quá lớn để đọc: số ô có dữ liệu [\d.]+ \(ở Nháp\) vượt giới hạn 600\.000\..* Nếu «Nháp» là trang nháp không dùng cho việc chấm điểm, hãy chuyển nó sang một sổ tính khác\./);
    await expect(fs.stat(path.join(tempDir(), "ke-hoach.xlsx"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});
