// «Tải thông báo kết quả thẩm định (.docx)» in the add-in (office-js host, fake Excel): the
// notice's model read in a constant number of syncs once round 1 is done, with the totals and the
// items the council scored differently as the sheet holds them, the unit's fields from its fields
// sheet; before round 1 it is refused with the stage; nothing is ever written.
import { documentText, type DocTable } from "../../../src/domain/document/documentModel";
import { appraiseToSeed, cellOf, now, scoredByTheOffice, selfScored, SHEET } from "../../helpers/officeAppraisal";
import { seed001Scores } from "../../helpers/seed001";
import { fingerprint } from "../../helpers/workbookFingerprint";

/** Seed 001's items the council took points off: where its score is under the maximum the office gave itself. */
const takenOff = selfScored.filter((item) => seed001Scores[item.code] !== undefined && seed001Scores[item.code]! * 100 < item.max).map((item) => item.code);

async function appraised() {
  const office = await scoredByTheOffice();
  await office.operations.moveStage({ to: "submitted", now: now() });
  appraiseToSeed(office.host, true);
  const moved = await office.operations.moveStage({ to: "appraised", deadline: "2022-01-25", now: now() });
  expect(moved).toMatchObject({ ok: true });
  return office;
}

const tableOf = (blocks: readonly { kind: string }[]) => blocks.find((block): block is DocTable => block.kind === "table" && (block as DocTable).role === "scores")!;

describe("the appraisal notice in the add-in", () => {
  it("is refused while the unit scores and while the council appraises, and writes nothing", async () => {
    const { host, operations } = await scoredByTheOffice();
    expect(await operations.readAppraisalNotice({})).toEqual({ ok: false, sheetName: SHEET, stage: "self" });
    await operations.moveStage({ to: "submitted", now: now() });
    const before = fingerprint(host);
    expect(await operations.readAppraisalNotice({ sheetName: SHEET })).toEqual({ ok: false, sheetName: SHEET, stage: "submitted" });
    expect(fingerprint(host)).toEqual(before);
  });

  it("after round 1: the three totals, the items taken off with the council's notes and the explanation's deadline, in two syncs", async () => {
    const { host, operations } = await appraised();
    const before = fingerprint(host);
    const count = host.countSyncs();
    const notice = await operations.readAppraisalNotice({});
    // The snapshot, then the scoring sheet with the probe for the fields sheet.
    expect(count()).toBe(2);
    expect(fingerprint(host)).toEqual(before);
    if (!notice.ok) throw new Error("no notice");
    expect(notice).toMatchObject({ sheetName: SHEET, stage: "appraised", fileName: "Thông báo kết quả thẩm định 2021 - Văn phòng UBND tỉnh Sơn La.docx", fieldsSheet: null, issues: [] });
    expect(takenOff.length).toBeGreaterThan(0);
    expect(notice.rows).toBe(takenOff.length);
    const text = documentText(notice.document).join("\n");
    expect(text).toContain("THÔNG BÁO KẾT QUẢ THẨM ĐỊNH");
    expect(text).toContain("- Điểm tự đánh giá (các tiêu chí đơn vị tự chấm): 90 điểm.");
    expect(text).toContain("- Điểm sau thẩm định lần 1: 94,52 điểm.");
    expect(text).toContain("trước ngày 25/01/2022");
    const table = tableOf(notice.document.blocks);
    // Round 1's columns only: the unit has not explained yet.
    expect(table.columnWidthsMm).toHaveLength(6);
    const rows = table.rows.slice(1).map((row) => row.cells.map((cell) => cell.paragraphs.map((p) => p.runs.map((run) => run.text).join("")).join("\n")));
    expect(rows.map((row) => row[0])).toEqual(takenOff);
    for (const row of rows) expect(row[5]).toBe(`Trừ điểm ${row[0]}`);
  });

  it("after the explanation and round 2: the second round's columns, the result, and the unit's fields from its fields sheet", async () => {
    const { host, operations } = await appraised();
    host.workbook.typeInto(SHEET, cellOf("4.1", "reply"), [["Đã công bố đủ theo Quyết định số 15/QĐ-UBND"]]);
    await operations.moveStage({ to: "explained", now: now() });
    host.workbook.typeInto(SHEET, cellOf("4.1", "round2"), [[4]]);
    host.workbook.typeInto(SHEET, cellOf("4.1", "councilNote2"), [["Chấp nhận giải trình"]]);
    expect(await operations.moveStage({ to: "final", now: now() })).toMatchObject({ ok: true });
    // The plan adds the unit's fields sheet; the notice takes the place and the date from it.
    await operations.buildPlan({});
    const notice = await operations.readAppraisalNotice({});
    if (!notice.ok) throw new Error("no notice");
    expect(notice.fieldsSheet).toMatch(/^Thông tin văn bản/);
    const text = documentText(notice.document).join("\n");
    expect(text).toContain(`- Điểm sau thẩm định lần 2: ${String((9452 + 39) / 100).replace(".", ",")} điểm.`);
    expect(text).toContain("(đã chốt)");
    const table = tableOf(notice.document.blocks);
    expect(table.columnWidthsMm).toHaveLength(9);
    const row41 = table.rows.find((row) => row.cells[0]!.paragraphs[0]!.runs[0]!.text === "4.1")!;
    const cells = row41.cells.map((cell) => cell.paragraphs.map((p) => p.runs.map((run) => run.text).join("")).join("\n"));
    expect(cells.slice(6)).toEqual(["Đã công bố đủ theo Quyết định số 15/QĐ-UBND", "4", "Chấp nhận giải trình"]);
  });
});
