// The appraisal rounds in the add-in (office-js host, fake Excel): «Thẩm định» reads where the
// sheet stands and moves it one stage in one whole write — the sheet protected but for the next
// holder's cells, the history and the very hidden picture drawn, the stage recorded — and a move
// refused writes nothing.
import { SHEET, appraiseToSeed, cellOf, locked, metadataOf, now, scoredByTheOffice } from "../../helpers/officeAppraisal";
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
});
