// The appraisal rounds in the add-in (office-js host, fake Excel): «Thẩm định» reads where the
// sheet stands and moves it one stage in one whole write — the sheet protected but for the next
// holder's cells, the history and the very hidden picture drawn, the stage recorded — and a move
// refused writes nothing.
import { rangeAddress } from "../../../src/domain/cells";
import { layoutScoreSheet } from "../../../src/domain/layout/layoutScoreSheet";
import { SCORE_COLUMNS as C, SCORE_HEADER_ROW } from "../../../src/domain/layout/scoreSheetColumns";
import { isFormulaCell } from "../../../src/domain/layout/sheetLayout";
import type { FakeExcelHost } from "../../helpers/fakeExcel";
import { SHEET, appraiseToSeed, cellOf, layout, locked, metadataOf, now, scoredByTheOffice, template } from "../../helpers/officeAppraisal";
import { fingerprint } from "../../helpers/workbookFingerprint";

describe("the appraisal rounds in the add-in", () => {
  it("reads a sheet never moved as the unit's, ready to submit", async () => {
    const { operations } = await scoredByTheOffice();
    const overview = await operations.readStage({ today: "2022-01-10" });
    expect(overview).toMatchObject({ sheetName: SHEET, state: { stage: "self" }, status: { holder: "unit", next: "submitted", blocking: [] }, layoutVersion: 3 });
    expect(overview.totals.self).toBe(9000);
  });

  it("submits in one whole write: protected for the council, history and picture drawn, the stage recorded", async () => {
    const { host, operations } = await scoredByTheOffice();
    const count = host.countSyncs();
    const moved = await operations.moveStage({ to: "submitted", by: "Lê Văn C", deadline: "2022-01-20", now: now() });
    // Snapshot, the reads, the write.
    expect(count()).toBe(3);
    expect(moved).toMatchObject({ ok: true, from: "self", to: "submitted", historySheet: "Lịch sử chấm điểm" });
    const score = host.workbook.get(SHEET);
    expect(score.protected).toBe(true);
    expect(locked(host, "1.1", "self")).toBe(true);
    expect(locked(host, "1.1", "appraised")).toBe(false);
    expect(locked(host, "1.1", "councilNote")).toBe(false);
    expect(locked(host, "1", "appraised")).toBe(true);
    expect(String(score.valueAt(3, 0))).toMatch(/^Giai đoạn: Đã nộp — Hội đồng thẩm định giữ tệp; hạn 20\/01\/2022/);
    const history = host.workbook.get("Lịch sử chấm điểm");
    expect([history.valueAt(4, 2), history.valueAt(4, 3), history.valueAt(4, 4)]).toEqual(["Đơn vị tự chấm", "Đã nộp", "Lê Văn C"]);
    expect(history.protected).toBe(true);
    expect(host.workbook.get("PARINDEX_ROUNDS").visibility).toBe("VeryHidden");
    const records = metadataOf(host).sheets;
    expect(records.find((record) => record.kind === "score")).toMatchObject({ stage: { stage: "submitted", deadline: "2022-01-20", moves: 1 } });
    expect(records.find((record) => record.kind === "history")).toMatchObject({ sheetName: "Lịch sử chấm điểm", scoreSheet: SHEET });
    // The council types into its open cells on the protected sheet; a check still runs.
    appraiseToSeed(host, true);
    const check = await operations.checkScores({});
    expect(check.totals.total.score).toBe(9452);
  });

  it("refuses a move that is not ready, and writes nothing", async () => {
    const { host, operations } = await scoredByTheOffice();
    await operations.moveStage({ to: "submitted", now: now() });
    appraiseToSeed(host, false);
    const before = fingerprint(host);
    const refused = await operations.moveStage({ to: "appraised", now: now() });
    expect(refused).toMatchObject({ ok: false, reason: "not_ready" });
    expect(refused.ok === false && refused.issues.every((issue) => issue.code === "stage_appraisal_note_missing" && /^Q\d+$/.test(issue.cell ?? ""))).toBe(true);
    expect(fingerprint(host)).toEqual(before);
  });

  it("catches a self score changed after submission, with its old and new value", async () => {
    const { host, operations } = await scoredByTheOffice();
    await operations.moveStage({ to: "submitted", now: now() });
    appraiseToSeed(host, true);
    host.workbook.typeInto(SHEET, cellOf("1.1", "self"), [[0.5]]);
    const refused = await operations.moveStage({ to: "appraised", now: now() });
    expect(refused).toMatchObject({ ok: false, reason: "tampered", changed: [{ cell: cellOf("1.1", "self"), before: 1, after: 0.5 }] });
  });

  it("goes the whole way with a withdrawal, swapping the history and the picture at each move", async () => {
    const { host, operations } = await scoredByTheOffice();
    expect(await operations.moveStage({ to: "submitted", now: now() })).toMatchObject({ ok: true });
    expect(await operations.moveStage({ to: "self", now: now() })).toMatchObject({ ok: false, reason: "wrong_move" });
    expect(await operations.moveStage({ to: "self", note: "Rút lại để bổ sung", now: now() })).toMatchObject({ ok: true, direction: "back" });
    expect(locked(host, "1.1", "self")).toBe(false);
    expect(locked(host, "1.1", "appraised")).toBe(true);
    expect(await operations.moveStage({ to: "submitted", now: now() })).toMatchObject({ ok: true });
    appraiseToSeed(host, true);
    expect(await operations.moveStage({ to: "appraised", now: now() })).toMatchObject({ ok: true });
    host.workbook.typeInto(SHEET, cellOf("4.1", "reply"), [["Đã công bố đủ"]]);
    expect(await operations.moveStage({ to: "explained", now: now() })).toMatchObject({ ok: true });
    host.workbook.typeInto(SHEET, cellOf("4.1", "round2"), [[4]]);
    host.workbook.typeInto(SHEET, cellOf("4.1", "councilNote2"), [["Chấp nhận"]]);
    const final = await operations.moveStage({ to: "final", now: now() });
    expect(final).toMatchObject({ ok: true, to: "final" });
    expect(final.ok && final.overview.totals.result).toBe(9452 + 39);
    expect(final.ok && final.overview.differences.find((row) => row.code === "4.1")).toMatchObject({ reply: "Đã công bố đủ", round2: 400, councilNote2: "Chấp nhận" });
    expect(host.workbook.sheets.filter((sheet) => sheet.name.startsWith("Lịch sử") || sheet.name.startsWith("PARINDEX_ROUNDS")).map((sheet) => sheet.name)).toEqual(["Lịch sử chấm điểm", "PARINDEX_ROUNDS"]);
    const overview = await operations.readStage({ today: "2022-02-01" });
    expect(overview.status.history.map((entry) => entry.to)).toEqual(["submitted", "self", "submitted", "appraised", "explained", "final"]);
    expect(locked(host, "4.1", "round2")).toBe(true);
  });

  describe("a sheet of the earlier layout 2 (16 columns, no round-2 columns)", () => {
    /** The office's sheet rewritten as layout 2 drew it: A–P as that layout's cells, Q–T empty, no rule or mark on S. */
    function asLayout2(host: FakeExcelHost): void {
      const old = layoutScoreSheet(template, { year: 2021, unit: "Văn phòng UBND tỉnh Sơn La", layoutVersion: 2 });
      const sheet = host.workbook.get(SHEET);
      const last = layout.cells.length - 1;
      sheet.clear({ top: 0, left: C.councilNote, bottom: last, right: C.councilNote2 }, "All");
      sheet.validations.splice(0, sheet.validations.length, ...sheet.validations.filter((entry) => entry.rect.left !== C.round2));
      sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...sheet.conditionalFormats.filter((entry) => entry.rect.left !== C.round2));
      old.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (isFormulaCell(cell)) host.workbook.typeInto(SHEET, rangeAddress(r, c, r, c), [[cell.formula]]);
        }),
      );
    }

    it("is upgraded in place at its first move: headers, formulas that count round 2, widths, S's rule and mark; typed values kept", async () => {
      const { host, operations } = await scoredByTheOffice();
      asLayout2(host);
      host.workbook.typeInto(SHEET, cellOf("1.1", "evidence"), [["Kế hoạch số 12/KH-VP"]]);
      expect((await operations.readStage({ today: "2022-01-10" })).layoutVersion).toBe(2);
      const syncs = host.countSyncs();
      const moved = await operations.moveStage({ to: "submitted", now: now() });
      // Snapshot, reads, the whole write, then the widths as a finish.
      expect(syncs()).toBe(4);
      expect(moved).toMatchObject({ ok: true, overview: { layoutVersion: 3 } });
      expect(moved.ok && moved.skippedFeatures).toBeFalsy();
      const sheet = host.workbook.get(SHEET);
      expect([C.councilNote, C.reply, C.round2, C.councilNote2].map((c) => sheet.formulaAt(SCORE_HEADER_ROW, c))).toEqual(
        [C.councilNote, C.reply, C.round2, C.councilNote2].map((c) => layout.cells[SCORE_HEADER_ROW]![c]),
      );
      const row11 = layout.rowOf["1.1"]!;
      expect(sheet.formulaAt(row11, C.score)).toBe((layout.cells[row11]![C.score] as { formula: string }).formula);
      expect(sheet.valueAt(row11, C.evidence)).toBe("Kế hoạch số 12/KH-VP");
      expect(sheet.validations.some((entry) => entry.rect.left === C.round2 && entry.rect.right === C.round2)).toBe(true);
      expect(sheet.conditionalFormats.some((entry) => entry.rect.left === C.round2 && entry.rect.right === C.round2)).toBe(true);
      expect(sheet.columnWidths.get(C.round2)).toBeGreaterThan(0);
    });

    it("moves whole in Excel 2016 and says the round-2 score rule (ExcelApi 1.8) was left out", async () => {
      const old = await scoredByTheOffice({ excelApi: "1.7" });
      asLayout2(old.host);
      expect(await old.operations.moveStage({ to: "submitted", now: now() })).toMatchObject({ ok: true, skippedFeatures: ["dataValidation"] });
      expect(old.host.workbook.get(SHEET).validations.some((entry) => entry.rect.left === C.round2)).toBe(false);
    });

    it("is left as layout 2 was, or moved whole, when the move fails at any of its commands", async () => {
      const clean = await scoredByTheOffice();
      asLayout2(clean.host);
      const commands = clean.host.countCommands();
      expect(await clean.operations.moveStage({ to: "submitted", now: now() })).toMatchObject({ ok: true });
      const total = commands();
      for (const at of [0.3, 0.5, 0.7, 0.9].map((share) => Math.max(1, Math.round(total * share)))) {
        const { host, operations } = await scoredByTheOffice();
        asLayout2(host);
        const before = fingerprint(host);
        host.failCommand(at);
        const outcome = await operations.moveStage({ to: "submitted", now: now() }).then(
          (result) => ({ result }),
          (error: unknown) => ({ error }),
        );
        if ("error" in outcome) expect(fingerprint(host)).toEqual(before);
        else expect(outcome.result).toMatchObject({ ok: true, overview: { layoutVersion: 3 } });
      }
    });
  });
});
