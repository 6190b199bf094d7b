// `par-index stage` and `status` on seed 001's workbook, the year's second half as it happens:
// the office claims full points and submits, withdraws to correct, submits again; the council
// appraises to seed 001's own scores with a note for each point taken off; the office explains one
// item; the council gives it back in round 2 and locks the result. Each refusal writes nothing.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { indexTemplate, methodOf, SCORE_COLUMNS as C, type ScoreColumnKey } from "../../src/domain";
import { checkScoreWorkbook, loadWorkbook, saveWorkbook } from "../../src/node";
import { documentXmlOf, paragraphTexts } from "../helpers/docxText";
import { cliJson, runCli } from "../helpers/runCli";
import { seed001ExpectedTotal, seed001Scores, seed001Template } from "../helpers/seed001";
import { useTempDir } from "../helpers/tempDir";

const tempDir = useTempDir("par-index-stage-");
const cli = (...args: string[]) => runCli(args, { cwd: tempDir() });
const file = (name: string) => path.join(tempDir(), name);
const template = seed001Template();
const index = indexTemplate(template);
const leaves = index.items.filter((item) => item.leaf);
const selfScored = leaves.filter((item) => methodOf(index, item) === "tu_danh_gia");

/** Opens `from`, lets `edit` type into the scoring sheet by item code, saves as `to`. */
async function edit(from: string, to: string, typing: (type: (code: string, column: ScoreColumnKey, value: string | number) => void, sheet: ExcelJS.Worksheet) => void) {
  const workbook = await loadWorkbook(file(from));
  const scored = checkScoreWorkbook(workbook).sheets[0]!;
  const sheet = workbook.getWorksheet(scored.sheetName)!;
  typing((code, column, value) => {
    sheet.getCell(scored.check.rowOf[code]! + 1, C[column] + 1).value = value;
  }, sheet);
  await saveWorkbook(workbook, file(to));
}

interface StageJson {
  from: string;
  to: string;
  file: string | null;
  issues: { code: string; cell: string | null; severity: string; message: string }[];
  changed: { cell: string; before: unknown; after: unknown }[];
}

const max41 = leaves.find((item) => item.code === "4.1")!.max / 100;

beforeAll(() => {
  process.env.PAR_INDEX_NOW = "2026-12-07T02:00:00.000Z";
});
afterAll(() => {
  delete process.env.PAR_INDEX_NOW;
});

describe("par-index stage through the appraisal rounds on seed 001", () => {
  it("goes self → submitted → (withdrawn) → submitted → appraised → explained → final, and the result is the rule's", async () => {
    expect((await cli("new", "--template", "son-la-vpub-2021", "--unit", "Văn phòng UBND tỉnh Sơn La", "--year", "2021", "--out", "moi.xlsx")).code).toBe(0);
    await edit("moi.xlsx", "tu-cham.xlsx", (type) => {
      for (const item of selfScored) type(item.code, "self", item.max / 100);
      type("1.1", "evidence", "Kế hoạch số 12/KH-VP");
    });

    // The office submits, with a deadline for the council.
    const submit = await cli("stage", "tu-cham.xlsx", "submitted", "--out", "nop.xlsx", "--by", "Lê Văn C", "--deadline", "15/12/2026", "--json");
    expect(submit.code).toBe(0);
    expect(cliJson<StageJson>(submit)).toMatchObject({ from: "self", to: "submitted", file: "nop.xlsx", changed: [] });

    // … withdraws it: a reason is required.
    const bare = await cli("stage", "nop.xlsx", "self", "--out", "rut.xlsx");
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("cần ghi lý do (--note)");
    expect(existsSync(file("rut.xlsx"))).toBe(false);
    expect((await cli("stage", "nop.xlsx", "self", "--out", "rut.xlsx", "--note", "Bổ sung tài liệu kiểm chứng")).code).toBe(0);
    await edit("rut.xlsx", "rut-sua.xlsx", (type) => type("1.2", "evidence", "Báo cáo số 3/BC-VP"));
    expect((await cli("stage", "rut-sua.xlsx", "submitted", "--out", "nop-lai.xlsx", "--deadline", "15/12/2026")).code).toBe(0);

    // The council appraises to seed 001's scores but forgets the notes: nothing written, the cells listed.
    await edit("nop-lai.xlsx", "tham-dinh-thieu.xlsx", (type) => {
      for (const [code, score] of Object.entries(seed001Scores)) type(code, "appraised", score);
    });
    const unready = await cli("stage", "tham-dinh-thieu.xlsx", "appraised", "--out", "tham-dinh.xlsx", "--json");
    expect(unready.code).toBe(1);
    // Survey-scored items had no self score to fall below.
    const lowered = Object.entries(seed001Scores).filter(([code, score]) => {
      const item = selfScored.find((l) => l.code === code);
      return item !== undefined && score * 100 < item.max;
    });
    const report = cliJson<StageJson>(unready);
    expect(report.file).toBeNull();
    expect(report.issues.map((issue) => issue.code)).toEqual(lowered.map(() => "stage_appraisal_note_missing"));
    expect(report.issues[0]!.cell).toMatch(/^Q\d+$/);
    expect(existsSync(file("tham-dinh.xlsx"))).toBe(false);
    await edit("tham-dinh-thieu.xlsx", "tham-dinh-du.xlsx", (type) => {
      for (const [code] of lowered) type(code, "councilNote", `Trừ điểm mục ${code}: chưa đủ tài liệu kiểm chứng`);
    });
    expect((await cli("stage", "tham-dinh-du.xlsx", "appraised", "--out", "tham-dinh.xlsx", "--deadline", "20/12/2026")).code).toBe(0);

    // The office may explain; it may not touch the council's score.
    await edit("tham-dinh.xlsx", "sua-diem.xlsx", (type) => type("4.1", "appraised", max41));
    const tampered = await cli("stage", "sua-diem.xlsx", "explained", "--out", "x.xlsx", "--json");
    expect(tampered.code).toBe(1);
    expect(cliJson<StageJson>(tampered).changed).toEqual([{ cell: expect.stringMatching(/^G\d+$/), before: 3.61, after: max41 }]);
    await edit("tham-dinh.xlsx", "giai-trinh-nhap.xlsx", (type) => type("4.1", "reply", "Đã công bố đủ thủ tục theo Quyết định 15/QĐ-UBND"));
    expect((await cli("stage", "giai-trinh-nhap.xlsx", "explained", "--out", "giai-trinh.xlsx")).code).toBe(0);

    // Round 2 gives 4.1 its points back, with the second note; then the result is locked.
    await edit("giai-trinh.xlsx", "lan-2.xlsx", (type) => {
      type("4.1", "round2", max41);
      type("4.1", "councilNote2", "Chấp nhận giải trình");
    });
    const final = await cli("stage", "lan-2.xlsx", "final", "--out", "chot.xlsx", "--by", "Hội đồng thẩm định");
    expect(final.code).toBe(0);
    expect(final.stdout).toContain("Kết quả đã chốt");

    const check = cliJson<{ total: { score: number }; items: { code: string; self: number | null; appraised: number | null; round2: number | null; result: number; stage: string }[] }>(
      await cli("check", "chot.xlsx", "--json"),
    );
    // Independent recomputation: seed 001's appraised total, plus what round 2 gave back on 4.1.
    const expected = Math.round((seed001ExpectedTotal[1] + max41 - 3.61) * 100) / 100;
    expect(check.total.score).toBe(expected);
    expect(check.items.find((item) => item.code === "4.1")).toMatchObject({ self: max41, appraised: 3.61, round2: max41, result: max41, stage: "final" });
    expect(check.items.find((item) => item.code === "5.1")).toMatchObject({ appraised: 1.5, round2: null, result: 1.5 });

    const status = cliJson<{ stage: string; holder: string | null; next: string | null; history: { from: string; to: string; by: string; note: string }[] }>(
      await cli("status", "chot.xlsx", "--json"),
    );
    expect(status).toMatchObject({ stage: "final", holder: null, next: null });
    expect(status.history.map((entry) => `${entry.from}>${entry.to}`)).toEqual([
      "self>submitted",
      "submitted>self",
      "self>submitted",
      "submitted>appraised",
      "appraised>explained",
      "explained>final",
    ]);
    expect(status.history[1]!.note).toBe("Bổ sung tài liệu kiểm chứng");

    // From the final stage only a reopening is possible.
    const further = await cli("stage", "chot.xlsx", "self", "--out", "y.xlsx", "--note", "x");
    expect(further.code).toBe(2);
    expect(further.stderr).toContain("Từ đây có thể chuyển sang «Đã giải trình»");
  });

  it("tells where the workbook stands: the holder, the deadline's days and what blocks the next move", async () => {
    const status = await cli("status", "tham-dinh-thieu.xlsx");
    expect(status.code).toBe(0);
    expect(status.stdout).toContain("Trang «VPUB Sơn La 2021»: Đã nộp.");
    // 07/12 → 15/12: eight days left.
    expect(status.stdout).toContain("Bên giữ tệp: Hội đồng thẩm định; hạn 15/12/2026 (còn 8 ngày).");
    expect(status.stdout).toMatch(/Bước tiếp theo: «Đã thẩm định lần 1» — còn \d+ việc cần xử lý:/);
    const json = cliJson<{ blocking: { code: string; cell: string }[]; deadline: string; daysLeft: number }>(await cli("status", "tham-dinh-thieu.xlsx", "--json"));
    expect(json).toMatchObject({ deadline: "2026-12-15", daysLeft: 8 });
    expect(json.blocking[0]).toMatchObject({ code: "stage_appraisal_note_missing", cell: expect.stringMatching(/^Q\d+$/) });
  });

  it("given the council's own copy, catches a history row removed from the returned file", async () => {
    await edit("giai-trinh.xlsx", "bot-dong.xlsx", () => undefined);
    const workbook = await loadWorkbook(file("bot-dong.xlsx"));
    const history = workbook.getWorksheet("Lịch sử chấm điểm")!;
    history.spliceRows(6, 1);
    await saveWorkbook(workbook, file("bot-dong.xlsx"));
    const run = await cli("stage", "bot-dong.xlsx", "final", "--out", "z.xlsx", "--against", "tham-dinh.xlsx", "--json");
    expect(run.code).toBe(1);
    const codes = cliJson<StageJson>(run).issues.map((issue) => issue.code);
    expect(codes).toEqual(expect.arrayContaining(["stage_record_mismatch", "stage_history_rewritten"]));
    expect(existsSync(file("z.xlsx"))).toBe(false);
  });

  it("ranks with each unit's stage, marks a result not locked yet, and can rank final units only", async () => {
    expect((await cli("new", "--template", "son-la-vpub-2021", "--unit", "Sở Tư pháp", "--year", "2021", "--out", "stp.xlsx")).code).toBe(0);
    await edit("stp.xlsx", "stp-cham.xlsx", (type) => {
      for (const item of selfScored) type(item.code, "self", item.max / 100);
    });
    expect((await cli("stage", "stp-cham.xlsx", "submitted", "--out", "stp-nop.xlsx")).code).toBe(0);
    const all = await cli("rank", "chot.xlsx", "stp-nop.xlsx", "--json");
    expect(all.code).toBe(0);
    const ranking = cliJson<{ notFinal: number; units: { unit: string; stage: string; score: number }[] }>(all);
    expect(ranking.notFinal).toBe(1);
    // The office's appraised result is above Sở Tư pháp's self claim, whose survey items count nothing yet.
    expect(ranking.units.map((unit) => [unit.unit, unit.stage])).toEqual([
      ["Văn phòng UBND tỉnh Sơn La", "final"],
      ["Sở Tư pháp", "submitted"],
    ]);
    const text = await cli("rank", "chot.xlsx", "stp-nop.xlsx", "--out", "xep-hang.xlsx");
    expect(text.stdout).toContain("Sở Tư pháp *");
    expect(text.stdout).toContain("Cảnh báo: 1 đơn vị (đánh dấu *) chưa chốt kết quả thẩm định");
    const sheet = (await loadWorkbook(file("xep-hang.xlsx"))).worksheets[0]!;
    const values = sheet.getSheetValues().flat().filter((v) => typeof v === "string");
    expect(values).toEqual(expect.arrayContaining(["Giai đoạn thẩm định", "Đã chốt", "Chưa chốt (Đã nộp)"]));

    const finalOnly = await cli("rank", "chot.xlsx", "stp-nop.xlsx", "--json", "--final-only");
    expect(finalOnly.code).toBe(1);
    const only = cliJson<{ units: { unit: string }[]; excluded: { file: string; reason: string }[] }>(finalOnly);
    expect(only.units.map((unit) => unit.unit)).toEqual(["Văn phòng UBND tỉnh Sơn La"]);
    expect(only.excluded).toEqual([expect.objectContaining({ file: "stp-nop.xlsx", reason: "not_final" })]);
  });

  it("writes the council's appraisal notice once round 1 is done, and not before", async () => {
    const early = await cli("document", "nop-lai.xlsx", "--appraisal", "--out", "tb-som.docx");
    expect(early.code).toBe(1);
    expect(early.stderr).toContain("chưa có kết quả thẩm định để thông báo");
    expect(existsSync(file("tb-som.docx"))).toBe(false);
    const run = await cli("document", "tham-dinh.xlsx", "--appraisal", "--out", "thong-bao.docx");
    expect(run.code).toBe(0);
    const texts = paragraphTexts(await documentXmlOf(readFileSync(file("thong-bao.docx"))));
    expect(texts).toEqual(expect.arrayContaining(["THÔNG BÁO KẾT QUẢ THẨM ĐỊNH", "- Điểm sau thẩm định lần 1: 94,52 điểm."]));
    expect(texts.some((text) => /^Số:\s+\/TB-HĐTĐ$/u.test(text))).toBe(true);
    expect(run.stdout).toMatch(/^Đã ghi thong-bao\.docx: thông báo kết quả thẩm định \(đã thẩm định lần 1\), \d+ tiêu chí/);
    expect((await cli("document", "tham-dinh.xlsx", "--appraisal", "--ranking", "x.xlsx", "--out", "t2.docx")).code).toBe(2);
  });

  it("refuses a stage that is not one, and a wrong date, as wrong calls", async () => {
    expect((await cli("stage", "chot.xlsx", "done", "--out", "w.xlsx")).code).toBe(2);
    expect((await cli("stage", "tu-cham.xlsx", "submitted", "--out", "w.xlsx", "--deadline", "31/02/2026")).code).toBe(2);
  });
});
