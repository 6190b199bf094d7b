// The appraisal rounds as pure decisions: a unit's sheet goes self → submitted → appraised →
// explained → final one step at a time (or back one with a reason), each forward move refused
// with the cells that block it, and cells the holder could not change caught against the picture
// of the last move and against the sender's earlier copy.
import type { CellValue } from "../../../src/domain/cells";
import {
  checkScoreSheet,
  FIRST_STAGE,
  layoutScoreSheet,
  moveStage,
  readHistorySheet,
  SCORE_COLUMNS as C,
  takeSnapshot,
  type HistoryEntry,
  type MoveOutcome,
  type ScoreColumnKey,
  type StageSheet,
  type StageState,
  type Snapshot,
} from "../../../src/domain";
import { layoutHistorySheet } from "../../../src/domain/appraisal/history";
import { smallTemplate } from "../../helpers/templates";

const template = smallTemplate();
const layout = layoutScoreSheet(template, { unit: "Sở Tư pháp", year: 2026 });

/** A sheet as a host reads it back, with what the rounds kept of it. */
class Sheet {
  values: CellValue[][] = layout.cells.map((row) => row.map((cell) => (cell !== null && typeof cell === "object" ? "" : cell)));
  state: StageState = FIRST_STAGE;
  snapshot: Snapshot | null = null;
  entries: HistoryEntry[] = [];

  type(code: string, column: ScoreColumnKey, value: CellValue): this {
    this.values[layout.rowOf[code]!]![C[column]] = value;
    return this;
  }

  stageSheet(): StageSheet {
    const check = checkScoreSheet(template, this.values, { sheet: layout.name });
    const cells = layoutHistorySheet("Lịch sử chấm điểm", layout.name, this.entries).cells;
    const history = readHistorySheet(cells.map((row) => row.map((cell) => (cell !== null && typeof cell === "object" ? "" : cell))));
    return { sheetName: layout.name, template, values: this.values, check, state: this.state, snapshot: this.snapshot, history, historyFirstRow: 5 };
  }

  move(to: StageSheet["state"]["stage"], extra: { note?: string; earlier?: Sheet } = {}): MoveOutcome {
    const earlier = extra.earlier?.stageSheet();
    const outcome = moveStage(this.stageSheet(), {
      to,
      by: "Nguyễn Văn A",
      now: `2026-12-0${this.entries.length + 1}T02:00:00.000Z`,
      ...(extra.note ? { note: extra.note } : {}),
      ...(earlier ? { earlier: { state: earlier.state, history: earlier.history, snapshot: takeSnapshot(earlier.values, earlier.check.rowOf) } } : {}),
    });
    if (outcome.ok) {
      this.state = outcome.state;
      this.snapshot = outcome.snapshot;
      this.entries = outcome.entries;
    }
    return outcome;
  }

  copy(): Sheet {
    const other = new Sheet();
    other.values = this.values.map((row) => [...row]);
    Object.assign(other, { state: this.state, snapshot: this.snapshot, entries: [...this.entries] });
    return other;
  }
}

function scoredByUnit(): Sheet {
  return new Sheet()
    .type("1.1", "self", 1)
    .type("1.2.1", "self", 0.5)
    .type("1.2.2", "self", 1.5)
    .type("2", "self", 4)
    .type("1.1", "evidence", "Kế hoạch 12/KH-STP");
}

const cellsOf = (outcome: MoveOutcome) => (outcome.ok ? [] : outcome.issues.map((issue) => [issue.code, issue.cell ?? null]));

describe("moving a scoring sheet through the appraisal rounds", () => {
  it("goes forward one stage at a time and refuses a skip, saying what is possible", () => {
    const sheet = scoredByUnit();
    const skip = sheet.move("appraised");
    expect(skip).toMatchObject({ ok: false, reason: "wrong_move", from: "self", to: "appraised" });
    expect(skip.ok === false && skip.issues[0]).toMatchObject({ code: "stage_move_invalid", possible: ["submitted"] });
    expect(sheet.move("submitted")).toMatchObject({ ok: true, from: "self", to: "submitted", direction: "forward" });
    expect(sheet.state).toMatchObject({ stage: "submitted", moves: 1 });
  });

  it("lets the unit withdraw a submission with a reason, and only with one", () => {
    const sheet = scoredByUnit();
    sheet.move("submitted");
    expect(cellsOf(sheet.move("self"))).toEqual([["stage_note_required", null]]);
    expect(sheet.move("self", { note: "Rút lại để bổ sung tài liệu kiểm chứng" })).toMatchObject({ ok: true, direction: "back" });
    expect(sheet.entries.map((e) => [e.from, e.to, e.note])).toEqual([
      ["self", "submitted", ""],
      ["submitted", "self", "Rút lại để bổ sung tài liệu kiểm chứng"],
    ]);
  });

  it("does not submit a sheet with errors, and lists them with their cells", () => {
    const sheet = scoredByUnit().type("1.1", "self", 7);
    expect(cellsOf(sheet.move("submitted"))).toEqual([["score_above_max", "F7"]]);
  });

  it("needs every self-assessed item appraised, and the council's note where it took points off", () => {
    const sheet = scoredByUnit();
    sheet.move("submitted");
    sheet.type("1.1", "appraised", 0.5).type("1.2.1", "appraised", 0.5);
    expect(cellsOf(sheet.move("appraised"))).toEqual([
      ["stage_appraisal_note_missing", "Q7"],
      ["stage_appraisal_missing", "G10"],
      ["stage_appraisal_missing", "G11"],
    ]);
    sheet.type("1.1", "councilNote", "Kế hoạch ban hành chậm").type("1.2.2", "appraised", 1.5).type("2", "appraised", 3);
    expect(cellsOf(sheet.move("appraised"))).toEqual([["stage_appraisal_note_missing", "Q11"]]);
    sheet.type("2", "councilNote", "Thiếu 1 thủ tục công bố");
    expect(sheet.move("appraised")).toMatchObject({ ok: true });
  });

  it("catches a self score changed after submission, and a council score changed by the unit", () => {
    const sheet = scoredByUnit();
    sheet.move("submitted");
    sheet.type("1.1", "self", 0.75).type("1.1", "appraised", 0.75);
    for (const code of ["1.2.1", "1.2.2", "2"]) sheet.type(code, "appraised", code === "2" ? 4 : code === "1.2.1" ? 0.5 : 1.5);
    const refused = sheet.move("appraised");
    expect(refused).toMatchObject({ ok: false, reason: "tampered", changed: [{ cell: "F7", before: 1, after: 0.75 }] });
    sheet.type("1.1", "self", 1).type("1.1", "councilNote", "Chậm");
    expect(sheet.move("appraised")).toMatchObject({ ok: true });

    sheet.type("2", "appraised", 3.5).type("2", "reply", "Đã công bố đủ");
    const byUnit = sheet.move("explained");
    expect(byUnit).toMatchObject({ ok: false, reason: "tampered", changed: [{ cell: "G11", before: 4, after: 3.5 }] });
    expect(byUnit.ok === false && byUnit.issues[0]).toMatchObject({ code: "stage_locked_cell_changed", against: "workbook", cell: "G11" });
  });

  it("asks for the second note where round 2 differs from round 1, then locks everything", () => {
    const sheet = appraisedSheet();
    sheet.type("1.1", "reply", "Kế hoạch đã ban hành đúng hạn, gửi kèm văn bản");
    expect(sheet.move("explained")).toMatchObject({ ok: true, unlocked: ["S7", "S9:S11", "T6:T11"] });
    sheet.type("1.1", "round2", 1);
    expect(cellsOf(sheet.move("final"))).toEqual([["stage_round2_note_missing", "T7"]]);
    sheet.type("1.1", "councilNote2", "Chấp nhận giải trình");
    const final = sheet.move("final");
    expect(final).toMatchObject({ ok: true, unlocked: [] });
    // Self 1 + 0,5 + 1,5 + 4; round 1 took 0,5 off 1.1 and 1 off 2; round 2 gave 1.1 back.
    expect(final.ok && final.entry.totals).toEqual({ self: 700, round1: 550, result: 600 });
    expect(sheet.move("explained", { note: "Mở lại theo kiến nghị" })).toMatchObject({ ok: true, direction: "back" });
  });

  it("opens only the next holder's columns, score columns on the rows where scores are typed", () => {
    const sheet = scoredByUnit();
    const submitted = sheet.move("submitted");
    expect(submitted.ok && submitted.unlocked).toEqual(["G7", "G9:G11", "Q6:Q11"]);
    const back = sheet.move("self", { note: "Sửa" });
    expect(back.ok && back.unlocked).toEqual(["F7", "F9:F11", "D6:D11", "O6:O11", "P6:P11", "L6:L11", "M6:M11"]);
  });

  it("given the sender's copy, catches a history row removed and a stage record edited to skip a stage", () => {
    const sheet = appraisedSheet();
    const sent = sheet.copy();
    // The unit removes the history's last row and rewrites the record as if it had explained already.
    const returned = sheet.copy();
    returned.entries = returned.entries.slice(0, -1);
    returned.state = { ...returned.state, stage: "explained", moves: 1 };
    const outcome = returned.move("final", { earlier: sent });
    expect(outcome).toMatchObject({ ok: false, reason: "tampered" });
    expect(cellsOf(outcome).map(([code]) => code)).toEqual(["stage_record_mismatch", "stage_earlier_newer"]);

    // Or the last row edited to claim a skip straight to «Đã giải trình», the record to match.
    const skipped = sheet.copy();
    skipped.entries = [skipped.entries[0]!, { ...skipped.entries[1]!, to: "explained" }];
    skipped.state = { ...skipped.state, stage: "explained" };
    expect(cellsOf(skipped.move("final"))).toEqual([["stage_history_skip", null]]);
    const seen = skipped.move("final", { earlier: sent });
    expect(seen.ok === false && seen.issues.map((issue) => [issue.code, "row" in issue ? issue.row : null])).toEqual([
      ["stage_history_skip", 6],
      ["stage_history_rewritten", 6],
    ]);

    // A council score changed in the returned file and in its picture too: only the sent copy shows it.
    const sneaky = sheet.copy();
    sneaky.type("2", "appraised", 4);
    sneaky.snapshot = takeSnapshot(sneaky.values, layout.rowOf);
    expect(sneaky.move("explained")).toMatchObject({ ok: true });
    const checked = sheet.copy();
    checked.type("2", "appraised", 4);
    checked.snapshot = takeSnapshot(checked.values, layout.rowOf);
    const against = checked.move("explained", { earlier: sent });
    expect(against).toMatchObject({ ok: false, reason: "tampered", changed: [{ cell: "G11", before: 3, after: 4 }] });
    expect(against.ok === false && against.issues[0]).toMatchObject({ against: "earlier" });
  });

  it("totals each round by the one rule: round 2, else round 1, else self", () => {
    const sheet = appraisedSheet();
    const check = sheet.stageSheet().check;
    // Independent recomputation from the typed cells.
    let result = 0;
    for (const code of ["1.1", "1.2.1", "1.2.2", "2"]) {
      const row = sheet.values[layout.rowOf[code]!]!;
      const pick = [row[C.round2], row[C.appraised], row[C.self]].find((v) => typeof v === "number") as number;
      result += Math.round(pick * 100);
    }
    expect(check.totals.total.score).toBe(result);
    sheet.type("2", "round2", 4);
    expect(sheet.stageSheet().check.totals.total.score).toBe(result + 100);
  });
});

/** Submitted and appraised: 1.1 lost half a point, 2 lost one, each with the council's note. */
function appraisedSheet(): Sheet {
  const sheet = scoredByUnit();
  sheet.move("submitted");
  sheet
    .type("1.1", "appraised", 0.5)
    .type("1.1", "councilNote", "Kế hoạch ban hành chậm")
    .type("1.2.1", "appraised", 0.5)
    .type("1.2.2", "appraised", 1.5)
    .type("2", "appraised", 3)
    .type("2", "councilNote", "Thiếu 1 thủ tục công bố");
  const outcome = sheet.move("appraised");
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return sheet;
}
