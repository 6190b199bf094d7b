// Phân công end to end through the real executable, on the synthetic provincial master shaped
// like seed 000 (seven departments, tiêu chí-level exceptions, one item shared by two): split,
// each department fills its file, merge — and the merged totals equal typing every score into
// the master directly. Then conflicts, entries outside a unit's part, refused files, a return
// from an older split, the same return twice, and inputs never modified.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { SCORE_COLUMNS as C } from "../../src/domain/layout/scoreSheetColumns";
import { checkScoreWorkbook, loadWorkbook, saveWorkbook } from "../../src/node";
import { seededRandom } from "../helpers/generateTemplate";
import { DEPARTMENTS, KHDT, provinceAssignmentTemplate, TAI_CHINH, TTTT, TU_PHAP, VP_UBND } from "../helpers/provinceTemplate";
import { writeProvinceMaster } from "../helpers/provinceWorkbook";
import { cliJson, runCli } from "../helpers/runCli";
import { useTempDir } from "../helpers/tempDir";
import { fillUnitFile, unitOfFile, type UnitEntry } from "../helpers/unitFilesOnDisk";
import { typeScoresInto } from "../helpers/xlsxScores";

jest.setTimeout(120_000);
const tempDir = useTempDir("par-index-phan-cong-");
const at = (...parts: string[]) => path.join(tempDir(), ...parts);
const sha256 = async (file: string) => createHash("sha256").update(await fs.readFile(file)).digest("hex");
const template = provinceAssignmentTemplate();

interface SplitJson {
  masterId: string;
  files: { unit: string; file: string; items: string[]; deadline: string | null }[];
  unassigned: string[];
}
interface MergeJson {
  units: { unit: string; file: string | null; assigned: number; scored: number; withEvidence: number; missing: string[]; deadline: string | null; late: boolean }[];
  conflicts: { code: string; files: string[]; field: string; values: { file: string; value: number | string }[] }[];
  outside: { file: string; code: string }[];
  changes: { code: string; field: string; cell: string }[];
  returns: { file: string; current: boolean }[];
}
interface CheckJson {
  areas: { code: string; score: number; lostPoints: number }[];
  total: { score: number; lostPoints: number; percent: number | null };
  items: { code: string; self: number | null }[];
}

/** Every self-scored leaf's score (hundredths of its maximum, deterministic) and evidence. */
function scoresOf(items: readonly string[]): Record<string, UnitEntry> {
  const random = seededRandom(7);
  const maxOf = new Map<string, number>();
  const visit = (c: (typeof template.areas)[number]): void => {
    maxOf.set(c.code, c.maxPoints);
    c.children?.forEach(visit);
  };
  template.areas.forEach(visit);
  const entries: Record<string, UnitEntry> = {};
  for (const code of items) {
    const max = maxOf.get(code)!;
    entries[code] = {
      self: Math.floor(random() * (Math.round(max * 100) + 1)) / 100,
      ...(random() < 0.7 ? { evidence: `Báo cáo số ${code}/BC, trang 2` } : { explanation: "Chưa có văn bản; đã giải trình với Sở Nội vụ" }),
    };
  }
  return entries;
}

describe("split, fill and merge through par-index", () => {
  let master = "";
  let split: SplitJson;
  let everything: Record<string, UnitEntry>;

  beforeAll(async () => {
    master = await writeProvinceMaster(tempDir());
    const run = await runCli(["split", master, "--out-dir", at("gui-di"), "--json", "--deadline", "25/01/2022", "--unit-deadline", `${TU_PHAP}=20/01/2022`]);
    expect(run.code).toBe(0);
    split = cliJson<SplitJson>(run);
    const assigned = [...new Set(split.files.flatMap((f) => f.items))];
    everything = scoresOf([...assigned, ...split.unassigned]);
    // Each department types its own items into its own file and sends it back.
    await fs.mkdir(at("gui-ve"), { recursive: true });
    for (const entry of split.files) {
      const own = Object.fromEntries(entry.items.map((code) => [code, everything[code]!]));
      await fillUnitFile(entry.file, own, at("gui-ve", path.basename(entry.file)));
    }
  });

  it("makes one file per department, each with its items and deadline", async () => {
    expect(split.files.map((f) => [f.unit, path.basename(f.file), f.items.length, f.deadline])).toEqual([
      ["Sở Nội vụ", "tong-hop - Sở Nội vụ.xlsx", 33, "2022-01-25"],
      ["Sở Khoa học và Công nghệ", "tong-hop - Sở Khoa học và Công nghệ.xlsx", 4, "2022-01-25"],
      [VP_UBND, "tong-hop - Văn phòng UBND tỉnh.xlsx", 11, "2022-01-25"],
      [TU_PHAP, "tong-hop - Sở Tư pháp.xlsx", 5, "2022-01-20"],
      [TTTT, "tong-hop - Sở Thông tin và Truyền thông.xlsx", 8, "2022-01-25"],
      [TAI_CHINH, "tong-hop - Sở Tài chính.xlsx", 11, "2022-01-25"],
      [KHDT, "tong-hop - Sở Kế hoạch và Đầu tư.xlsx", 6, "2022-01-25"],
    ]);
    expect(new Set(split.files.map((f) => f.unit))).toEqual(new Set(DEPARTMENTS));
    expect(await unitOfFile(split.files[3]!.file)).toEqual({ unit: TU_PHAP, items: split.files[3]!.items });
    expect(split.unassigned).toEqual(["7.5.1", "7.5.2"]);
  });

  it("gathers every department's scores so the totals equal scoring the master directly", async () => {
    // Sở Nội vụ types the unassigned items into the master itself; the departments send their files.
    const withOwn = at("tong-hop-so-noi-vu.xlsx");
    await fillUnitScores(master, { "7.5.1": everything["7.5.1"]!, "7.5.2": everything["7.5.2"]! }, withOwn);
    const returns = split.files.map((f) => at("gui-ve", path.basename(f.file)));
    const run = await runCli(["merge", withOwn, ...returns, "--out", at("da-gop.xlsx"), "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const merged = cliJson<MergeJson>(run);
    expect(merged.conflicts).toEqual([]);
    expect(merged.outside).toEqual([]);
    expect(merged.units.map((u) => [u.unit, u.assigned, u.scored, u.missing])).toEqual(split.files.map((f) => [f.unit, f.items.length, f.items.length, []]));
    // Every item got evidence or an explanation.
    expect(merged.units.map((u) => u.withEvidence)).toEqual(split.files.map((f) => f.items.length));

    const direct = at("cham-truc-tiep.xlsx");
    await fillUnitScores(master, everything, direct);
    const mergedCheck = cliJson<CheckJson>(await runCli(["check", at("da-gop.xlsx"), "--json"]));
    const directCheck = cliJson<CheckJson>(await runCli(["check", direct, "--json"]));
    expect(mergedCheck.areas).toEqual(directCheck.areas);
    expect(mergedCheck.total).toEqual(directCheck.total);
    expect(mergedCheck.total.score).toBeGreaterThan(0);
    expect(mergedCheck.items.map((i) => [i.code, i.self])).toEqual(directCheck.items.map((i) => [i.code, i.self]));
    // Evidence and explanations arrive too, cell for cell.
    const staffColumns = async (file: string) => {
      const workbook = await loadWorkbook(file);
      const sheet = checkScoreWorkbook(workbook).sheets[0]!;
      // F of a lĩnh vực or tiêu chí row is a formula: its cached total is checked elsewhere (mergeCachedResults).
      const typed = (r: number, c: number) => (String(sheet.grid.formulas[r]?.[c] ?? "").startsWith("=") ? "(công thức)" : sheet.grid.values[r]?.[c]);
      return sheet.grid.values.map((row, r) => [row[C.code], typed(r, C.self), row[C.evidence], row[C.explanation]]);
    };
    expect(await staffColumns(at("da-gop.xlsx"))).toEqual(await staffColumns(direct));

    // Gathering the same returns into the merged workbook changes nothing.
    const again = cliJson<MergeJson>(await runCli(["merge", at("da-gop.xlsx"), ...returns, "--out", at("da-gop-lai.xlsx"), "--json"]));
    expect(again.changes).toEqual([]);
  });

  it("lists a conflict and an entry outside a unit's part, copies the rest, and exits 1", async () => {
    const taiChinh = split.files.find((f) => f.unit === TAI_CHINH)!;
    const khdt = split.files.find((f) => f.unit === KHDT)!;
    const tuPhap = split.files.find((f) => f.unit === TU_PHAP)!;
    await fillUnitFile(taiChinh.file, { "4.3": { self: 0.3 }, "6.1.1": { self: 0.2 } }, at("tai-chinh.xlsx"));
    await fillUnitFile(khdt.file, { "4.3": { self: 0.2 } }, at("khdt.xlsx"));
    // Someone lifted the sheet protection and scored Sở Thông tin và Truyền thông's 3.2.5.
    await fillUnitFile(tuPhap.file, { "2.1.1": { self: 0.1 }, "3.2.5": { self: 1 } }, at("tu-phap.xlsx"));
    const inputs = [master, at("tai-chinh.xlsx"), at("khdt.xlsx"), at("tu-phap.xlsx")];
    const before = await Promise.all(inputs.map(sha256));
    const run = await runCli(["merge", ...inputs, "--out", at("co-xung-dot.xlsx"), "--json"]);
    expect(run.code).toBe(1);
    const report = cliJson<MergeJson>(run);
    expect(report.conflicts.map((c) => [c.code, c.field, c.files.map((f) => path.basename(f)), c.values.map((v) => v.value)])).toEqual([
      ["4.3", "self", ["tai-chinh.xlsx", "khdt.xlsx"], [0.3, 0.2]],
    ]);
    expect(report.outside).toEqual([expect.objectContaining({ file: at("tu-phap.xlsx"), code: "3.2.5" })]);
    expect(report.changes.map((c) => c.code).sort()).toEqual(["2.1.1", "6.1.1"]);
    const merged = cliJson<CheckJson>(await runCli(["check", at("co-xung-dot.xlsx"), "--json"]));
    const self = (code: string) => merged.items.find((i) => i.code === code)!.self;
    expect([self("4.3"), self("3.2.5"), self("2.1.1"), self("6.1.1")]).toEqual([null, null, 0.1, 0.2]);
    expect(await Promise.all(inputs.map(sha256))).toEqual(before);

    const text = await runCli(["merge", ...inputs, "--out", at("co-xung-dot-2.xlsx")]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/Đơn vị +Được giao +Đã chấm +Có TLKC\/giải trình +Còn thiếu +Hạn gửi/);
    expect(text.stdout).toMatch(/Sở Tài chính +11 +1 +0 +10 +25\/01\/2022/);
    expect(text.stdout).toContain("4.3 (ô F55) — điểm tự đánh giá: 0,3 («tai-chinh.xlsx»), 0,2 («khdt.xlsx»)");
    expect(text.stdout).toMatch(/«tu-phap\.xlsx» ô F\d+: 3\.2\.5 \(giao cho Sở Thông tin và Truyền thông\)/);
  });

  it("settles a conflict when staff type the agreed value in the master and gather with --keep", async () => {
    const taiChinh = split.files.find((f) => f.unit === TAI_CHINH)!;
    const khdt = split.files.find((f) => f.unit === KHDT)!;
    await fillUnitFile(taiChinh.file, { "4.3": { self: 0.3, explanation: "Đã ban hành kế hoạch 12/KH" } }, at("tai-chinh-k.xlsx"));
    await fillUnitFile(khdt.file, { "4.3": { self: 0.2 } }, at("khdt-k.xlsx"));
    // The two departments agree on 0,25; Sở Nội vụ types it into its master.
    const workbook = await loadWorkbook(master);
    typeScoresInto(workbook, { "4.3": { self: 0.25 } });
    await saveWorkbook(workbook, at("da-thong-nhat.xlsx"));
    const inputs = [at("da-thong-nhat.xlsx"), at("tai-chinh-k.xlsx"), at("khdt-k.xlsx")];

    // Without --keep the returns still disagree: a conflict, exit 1, and the explanation held back with it.
    const still = await runCli(["merge", ...inputs, "--out", at("chua-giu.xlsx"), "--json"]);
    expect(still.code).toBe(1);
    const stillReport = cliJson<MergeJson & { issues: { code: string }[] }>(still);
    expect(stillReport.conflicts.map((c) => c.code)).toEqual(["4.3"]);
    expect(stillReport.issues.map((i) => i.code)).toContain("merge_held_back");

    const kept = await runCli(["merge", ...inputs, "--keep", "4.3", "--out", at("da-giu.xlsx"), "--json"]);
    expect(kept.code).toBe(0);
    const report = cliJson<MergeJson & { settled: { code: string; field: string; master: unknown; values: { value: unknown }[] }[] }>(kept);
    expect(report.conflicts).toEqual([]);
    expect(report.settled.map((c) => [c.code, c.field, c.master, c.values.map((v) => v.value)])).toEqual([["4.3", "self", 0.25, [0.3, 0.2]]]);
    // The agreed score stays, and the explanation that came with one return is now gathered.
    expect(report.changes.map((c) => [c.code, c.field])).toEqual([["4.3", "explanation"]]);
    const merged = cliJson<CheckJson>(await runCli(["check", at("da-giu.xlsx"), "--json"]));
    expect(merged.items.find((i) => i.code === "4.3")!.self).toBe(0.25);

    const text = await runCli(["merge", ...inputs, "--keep", "4.3", "--out", at("da-giu-2.xlsx")]);
    expect(text.stdout).toContain("1 xung đột đã thống nhất (--keep: giữ giá trị đã nhập trong sổ tổng hợp):");
    expect(text.stdout).toContain("4.3 (ô F55) — điểm tự đánh giá: giữ 0,25; các tệp gửi: 0,3 («tai-chinh-k.xlsx»), 0,2 («khdt-k.xlsx»)");
    const wrong = await runCli(["merge", ...inputs, "--keep", "9.9", "--out", at("khong-ghi.xlsx")]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Mục «9.9» (--keep) không phải tiêu chí được chấm");
  });

  it("takes a return made from an older split by the master's assignment today", async () => {
    // After splitting, Sở Nội vụ gives 3.2.5 back to Văn phòng UBND tỉnh in the master.
    const workbook = await loadWorkbook(master);
    const sheet = checkScoreWorkbook(workbook).sheets[0]!;
    workbook.getWorksheet(sheet.sheetName)!.getCell(sheet.check.rowOf["3.2.5"]! + 1, C.leadUnit + 1).value = null;
    const reassigned = at("tong-hop-phan-cong-lai.xlsx");
    await saveWorkbook(workbook, reassigned);
    const tttt = at("gui-ve", path.basename(split.files.find((f) => f.unit === TTTT)!.file));
    const vp = at("gui-ve", path.basename(split.files.find((f) => f.unit === VP_UBND)!.file));
    const report = cliJson<MergeJson>(await runCli(["merge", reassigned, tttt, vp, "--out", at("phan-cong-lai.xlsx"), "--json"]));
    expect(report.returns.map((r) => [path.basename(r.file), r.current])).toEqual([
      [path.basename(tttt), false],
      [path.basename(vp), false],
    ]);
    expect(report.outside.map((o) => o.code)).toEqual(["3.2.5"]);
    expect(report.units.find((u) => u.unit === VP_UBND)!.missing).toEqual(["3.2.5"]);
    expect(report.units.find((u) => u.unit === TTTT)!.assigned).toBe(7);
  });

  it("refuses a workbook of another template or another master with a clear message, writing nothing", async () => {
    const stranger = at("khac.xlsx");
    expect((await runCli(["new", "--template", "son-la-vpub-2021", "--out", stranger])).code).toBe(0);
    const otherMaster = await writeProvinceMaster(tempDir(), "tong-hop-khac.xlsx");
    const otherSplit = cliJson<SplitJson>(await runCli(["split", otherMaster, "--out-dir", at("khac"), "--json"]));
    const otherTemplate = at("bo-khac.json");
    await fs.writeFile(otherTemplate, JSON.stringify({ ...template, id: "tinh-khac", name: "Bộ tiêu chí của tỉnh khác" }));
    expect((await runCli(["new", "--template-file", otherTemplate, "--out", at("tinh-khac.xlsx")])).code).toBe(0);
    const otherTemplateSplit = cliJson<SplitJson>(await runCli(["split", at("tinh-khac.xlsx"), "--out-dir", at("tinh-khac"), "--json"]));
    const run = await runCli(["merge", master, stranger, otherSplit.files[0]!.file, otherTemplateSplit.files[0]!.file, "--out", at("khong-ghi.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Tệp «${stranger}» không phải tệp tách cho một đơn vị`);
    expect(run.stderr).toContain(`Tệp «${otherSplit.files[0]!.file}» được tách từ một sổ tổng hợp khác`);
    expect(run.stderr).toContain(`Tệp «${otherTemplateSplit.files[0]!.file}» được tách từ bộ tiêu chí khác («Bộ tiêu chí của tỉnh khác»)`);
    await expect(fs.access(at("khong-ghi.xlsx"))).rejects.toThrow();
  });

  it("never writes over an existing file without --force, nor over an input", async () => {
    const returns = [at("tu-phap.xlsx")];
    const existing = at("co-san.xlsx");
    await fs.writeFile(existing, "giữ nguyên");
    const merge = await runCli(["merge", master, ...returns, "--out", existing]);
    expect(merge.code).toBe(2);
    expect(merge.stderr).toContain("đã có; chọn tên khác, hoặc thêm --force");
    expect(await fs.readFile(existing, "utf8")).toBe("giữ nguyên");
    expect((await runCli(["merge", master, ...returns, "--out", returns[0]!, "--force"])).stderr).toContain("trùng với tệp đầu vào");
    const again = await runCli(["split", master, "--out-dir", at("gui-di")]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("đã có; chọn tên khác, hoặc thêm --force");
    expect((await runCli(["split", master, "--out-dir", at("gui-di"), "--force"])).code).toBe(0);
    expect((await runCli(["merge", master, "--out", at("x.xlsx")])).code).toBe(2);
  });
});

/** Types scores and evidence straight into a copy of the master, as Sở Nội vụ would. */
async function fillUnitScores(file: string, entries: Record<string, UnitEntry>, out: string): Promise<void> {
  const workbook = await loadWorkbook(file);
  typeScoresInto(workbook, Object.fromEntries(Object.entries(entries).map(([code, e]) => [code, { self: e.self }])));
  const sheet = checkScoreWorkbook(workbook).sheets[0]!;
  const worksheet = workbook.getWorksheet(sheet.sheetName)!;
  for (const [code, entry] of Object.entries(entries)) {
    const row = sheet.check.rowOf[code]! + 1;
    if (entry.evidence !== undefined) worksheet.getCell(row, C.evidence + 1).value = entry.evidence as string;
    if (entry.explanation !== undefined) worksheet.getCell(row, C.explanation + 1).value = entry.explanation as string;
  }
  await saveWorkbook(workbook, out);
}
