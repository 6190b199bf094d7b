// The appraisal rounds in real .xlsx files: each move saved and read back as the next holder would
// open it — the sheet protected but for the holder's cells, the record and the picture in the
// metadata, one more history row — and older workbooks (layouts 1 and 2, with typed text) upgraded
// in place without losing a value.
import type ExcelJS from "exceljs";
import {
  cellAddress,
  layoutRoundsSheet,
  ROUNDS_SHEET_NAME,
  SCORE_COLUMNS as C,
  takeSnapshot,
  type MoveRequest,
  type ScoreColumnKey,
  type StageId,
} from "../../src/domain";
import {
  checkScoreWorkbook,
  createScoreWorkbook,
  earlierCopyOf,
  loadWorkbookBuffer,
  moveStageInWorkbook,
  readSheetGrid,
  readWorkbookMetadata,
  stageSheetOf,
  workbookBytes,
  writeCells,
  writeLayout,
  writeWorkbookMetadata,
} from "../../src/node";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { createFirstReleaseWorkbook } from "../helpers/firstRelease";
import { smallTemplate } from "../helpers/templates";
import ExcelJSModule from "exceljs";

const template = smallTemplate();
let clock = 0;

function type(workbook: ExcelJS.Workbook, code: string, column: ScoreColumnKey, value: string | number): void {
  const scored = checkScoreWorkbook(workbook).sheets[0]!;
  workbook.getWorksheet(scored.sheetName)!.getCell(scored.check.rowOf[code]! + 1, C[column] + 1).value = value;
}

async function move(workbook: ExcelJS.Workbook, to: StageId, extra: Partial<MoveRequest> & { against?: ExcelJS.Workbook } = {}) {
  const result = checkScoreWorkbook(workbook);
  const { against, ...request } = extra;
  const earlier = against ? earlierCopyOf(checkScoreWorkbook(against), checkScoreWorkbook(against).sheets[0]!) : undefined;
  clock += 1;
  const outcome = moveStageInWorkbook(result, result.sheets[0]!, { to, now: `2026-12-0${clock}T03:00:00.000Z`, ...request, ...(earlier ? { earlier } : {}) }, () => "id-1");
  // Sent by e-mail: what the other side opens is the saved file.
  return { outcome, workbook: outcome.ok ? await loadWorkbookBuffer(await workbookBytes(workbook)) : workbook };
}

// exceljs keeps the sheet's protection without typing it.
const protectionOf = (worksheet: ExcelJS.Worksheet) => (worksheet as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;

const lockedAt = (workbook: ExcelJS.Workbook, address: string) => {
  const sheet = workbook.getWorksheet(checkScoreWorkbook(workbook).sheets[0]!.sheetName)!;
  return sheet.getCell(address).protection?.locked !== false;
};

describe("the appraisal rounds in an .xlsx workbook", () => {
  beforeEach(() => {
    clock = 0;
  });

  it("travels self → submitted → appraised → explained → final, protected for each holder, with a history row per move", async () => {
    let workbook = createScoreWorkbook(template, { unit: "Sở Tư pháp", year: 2026 });
    for (const [code, self] of [["1.1", 1], ["1.2.1", 0.5], ["1.2.2", 1.5], ["2", 4]] as const) type(workbook, code, "self", self);
    type(workbook, "1.1", "explanation", "Đã ban hành kế hoạch");
    let step = await move(workbook, "submitted", { by: "Trần Thị B", deadline: "2026-12-15" });
    expect(step.outcome.ok).toBe(true);
    workbook = step.workbook;
    expect(readWorkbookMetadata(workbook)!.sheets[0]!.stage).toMatchObject({ stage: "submitted", deadline: "2026-12-15", moves: 1 });
    expect(lockedAt(workbook, "F7")).toBe(true);
    expect(lockedAt(workbook, "G7")).toBe(false);
    expect(lockedAt(workbook, "Q7")).toBe(false);
    expect(lockedAt(workbook, "G6")).toBe(true);
    const sheet = workbook.getWorksheet("Sở Tư pháp 2026")!;
    expect(protectionOf(sheet)).toMatchObject({ sheet: true });
    expect(String(sheet.getCell("A4").value)).toMatch(/^Giai đoạn: Đã nộp — Hội đồng thẩm định giữ tệp; hạn 15\/12\/2026/);

    for (const [code, score] of [["1.1", 0.5], ["1.2.1", 0.5], ["1.2.2", 1.5], ["2", 3]] as const) type(workbook, code, "appraised", score);
    type(workbook, "1.1", "councilNote", "Ban hành chậm 2 tháng");
    type(workbook, "2", "councilNote", "Chưa công bố 1 thủ tục");
    step = await move(workbook, "appraised", { by: "Hội đồng" });
    workbook = step.workbook;
    type(workbook, "1.1", "reply", "Kế hoạch ban hành ngày 05/01, gửi kèm");
    step = await move(workbook, "explained");
    workbook = step.workbook;
    type(workbook, "1.1", "round2", 1);
    type(workbook, "1.1", "councilNote2", "Chấp nhận giải trình");
    step = await move(workbook, "final");
    expect(step.outcome.ok).toBe(true);
    workbook = step.workbook;
    expect(lockedAt(workbook, "S7")).toBe(true);
    expect(lockedAt(workbook, "R7")).toBe(true);

    const final = checkScoreWorkbook(workbook).sheets[0]!;
    expect(final.check.totals.total.score).toBe(100 + 50 + 150 + 300);
    const history = readSheetGrid(workbook.getWorksheet("Lịch sử chấm điểm")!).values;
    expect(history.slice(4).map((row) => [row[0], row[2], row[3], row[4], row[7], row[8], row[9]])).toEqual([
      [1, "Đơn vị tự chấm", "Đã nộp", "Trần Thị B", 7, 7, 7],
      [2, "Đã nộp", "Đã thẩm định lần 1", "Hội đồng", 7, 5.5, 5.5],
      [3, "Đã thẩm định lần 1", "Đã giải trình", "", 7, 5.5, 5.5],
      [4, "Đã giải trình", "Đã chốt", "", 7, 5.5, 6],
    ]);
    expect(history[4]![1]).toBe("01/12/2026 10:00");
    expect(protectionOf(workbook.getWorksheet("Lịch sử chấm điểm")!)).toMatchObject({ sheet: true });
    expect(stageSheetOf(checkScoreWorkbook(workbook), final).history.entries).toHaveLength(4);
  });

  it("leaves the workbook as it was when a move is refused", async () => {
    const workbook = createScoreWorkbook(template);
    type(workbook, "1.1", "self", 9);
    const before = await workbookBytes(workbook);
    const step = await move(workbook, "submitted");
    expect(step.outcome).toMatchObject({ ok: false, reason: "not_ready" });
    const after = await loadWorkbookBuffer(await workbookBytes(workbook));
    const again = await loadWorkbookBuffer(before);
    expect(after.worksheets.map((w) => w.name)).toEqual(again.worksheets.map((w) => w.name));
    expect(readWorkbookMetadata(after)!.sheets[0]).not.toHaveProperty("stage");
  });

  it("catches, against the council's own copy, a round-1 score the unit changed in the file and in its hidden picture", async () => {
    let workbook = createScoreWorkbook(template);
    for (const code of ["1.1", "1.2.1", "1.2.2", "2"]) type(workbook, code, "self", code === "2" ? 4 : code === "1.1" ? 1 : code === "1.2.1" ? 0.5 : 1.5);
    workbook = (await move(workbook, "submitted")).workbook;
    for (const [code, score] of [["1.1", 1], ["1.2.1", 0.5], ["1.2.2", 1.5], ["2", 3]] as const) type(workbook, code, "appraised", score);
    type(workbook, "2", "councilNote", "Thiếu");
    workbook = (await move(workbook, "appraised")).workbook;
    const sent = await loadWorkbookBuffer(await workbookBytes(workbook));
    // The unit lifts the protection and raises the council's score: the file's own picture shows it.
    type(workbook, "2", "appraised", 4);
    const own = await move(workbook, "explained");
    expect(own.outcome).toMatchObject({ ok: false, reason: "tampered", changed: [{ cell: "G11", before: 3, after: 4 }] });
    // It forges the very hidden picture too: only the council's own copy can tell.
    forgePicture(workbook);
    expect((await move(await copyOf(workbook), "explained")).outcome).toMatchObject({ ok: true });
    const step = await move(workbook, "explained", { against: sent });
    expect(step.outcome.ok === false && step.outcome.issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ["stage_locked_cell_changed", "G11"],
    ]);
  });

  it("moves a layout-2 workbook, upgrading it in place and keeping every typed value", async () => {
    const workbook = layoutWorkbook(2);
    type(workbook, "1.1", "self", 1);
    type(workbook, "1.1", "evidence", "Kế hoạch 12/KH");
    type(workbook, "1.2.2", "explanation", "Đã trình UBND");
    type(workbook, "2", "self", 3);
    type(workbook, "2", "leadUnit", "Phòng Hành chính");
    const before = readSheetGrid(workbook.worksheets[0]!).values;
    const step = await move(workbook, "submitted");
    expect(step.outcome.ok).toBe(true);
    const after = checkScoreWorkbook(step.workbook).sheets[0]!;
    expect(after.managed).toMatchObject({ layoutVersion: 3, sheetId: "id-1" });
    expect(after.grid.values[4]!.slice(16, 20)).toEqual(["Ý kiến thẩm định", "Giải trình sau thẩm định", "Điểm thẩm định lần 2", "Ý kiến thẩm định lần 2"]);
    for (const [code, column] of [["1.1", C.evidence], ["1.2.2", C.explanation], ["2", C.leadUnit], ["1.1", C.self], ["2", C.self]] as const) {
      const r = after.check.rowOf[code]!;
      expect([cellAddress(r, column), after.grid.values[r]![column]]).toEqual([cellAddress(r, column), before[r]![column]]);
    }
    // The result formula now counts round 2.
    expect(after.grid.formulas[after.check.rowOf["2"]!]![C.score]).toBe('=IF(E11=0,0,IF(S11<>"",N(S11),IF(G11<>"",N(G11),N(F11))))');
    expect(after.check.issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("moves a first-release workbook (evidence and explanations together in O), keeping column O's text", async () => {
    const workbook = createFirstReleaseWorkbook(template, { unit: "Sở Nội vụ" });
    type(workbook, "1.1", "self", 1);
    type(workbook, "1.1", "evidence", "Giải trình: ban hành muộn");
    const step = await move(workbook, "submitted");
    expect(step.outcome.ok).toBe(true);
    const after = checkScoreWorkbook(step.workbook).sheets[0]!;
    expect(after.grid.values[4]![C.evidence]).toBe("Tài liệu kiểm chứng");
    expect(after.grid.values[4]![C.explanation]).toBe("Giải trình");
    expect(after.grid.values[after.check.rowOf["1.1"]!]![C.evidence]).toBe("Giải trình: ban hành muộn");
    expect(after.managed.layoutVersion).toBe(3);
  });

  it("refuses to upgrade an old sheet where staff typed in the columns the rounds need", async () => {
    const workbook = layoutWorkbook(2);
    workbook.worksheets[0]!.getCell("R7").value = "ghi chú riêng";
    const step = await move(workbook, "submitted");
    expect(step.outcome.ok === false && step.outcome.issues.map((issue) => [issue.code, issue.cell])).toEqual([["stage_upgrade_blocked", "R7"]]);
    expect(readWorkbookMetadata(workbook)!.sheets[0]).not.toHaveProperty("stage");
  });
});

/** Rewrites the rounds sheet's picture from the sheet as it is now, as a tamperer could. */
function forgePicture(workbook: ExcelJS.Workbook): void {
  const scored = checkScoreWorkbook(workbook).sheets[0]!;
  const key = scored.managed.sheetId ?? scored.sheetName;
  const rounds = workbook.getWorksheet(ROUNDS_SHEET_NAME)!;
  workbook.removeWorksheet(rounds.id);
  writeCells(workbook.addWorksheet(ROUNDS_SHEET_NAME, { state: "veryHidden" }), layoutRoundsSheet(new Map([[key, takeSnapshot(scored.grid.values, scored.check.rowOf)]])));
}

async function copyOf(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbookBuffer(await workbookBytes(workbook));
}

/** A workbook as the release before the appraisal rounds wrote it (layout 2). */
function layoutWorkbook(version: 1 | 2): ExcelJS.Workbook {
  const workbook = new ExcelJSModule.Workbook();
  const layout = layoutScoreSheet(template, { layoutVersion: version, year: 2025 });
  writeLayout(workbook.addWorksheet(layout.name), layout);
  writeWorkbookMetadata(workbook, [{ kind: "score", sheetName: layout.name, templateId: template.id, layoutVersion: version, year: 2025 }], [template]);
  return workbook;
}
