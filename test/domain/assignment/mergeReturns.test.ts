import { assignmentFromSheet } from "../../../src/domain/assignment/resolveAssignment";
import { identifyReturn, planMerge } from "../../../src/domain/assignment/mergeReturns";
import { formatIssue } from "../../../src/domain/messages/formatIssue";
import { generateTemplate } from "../../helpers/generateTemplate";
import { KHDT, NOI_VU, provinceAssignmentTemplate, TAI_CHINH, TTTT, TU_PHAP, VP_UBND } from "../../helpers/provinceTemplate";
import { applied, filled, masterOf, splitFor } from "../../helpers/unitFiles";

const template = provinceAssignmentTemplate();

describe("planMerge", () => {
  const master = masterOf(template, { "5.1.1": { self: 1 }, "2.1.1": { self: 0.2, evidence: "Báo cáo cũ" } });
  const assignment = assignmentFromSheet(template, master.read);
  const tuPhap = splitFor(master, assignment, TU_PHAP, undefined, "2022-01-20");

  it("copies the unit's self scores, evidence and explanations as changes of the master's cells only", () => {
    const returned = filled(tuPhap, template, "tu-phap.xlsx", {
      "2.1.1": { self: 0.3, evidence: "Báo cáo 15/BC-STP, tr. 4" },
      "2.2.1": { self: "0,4", explanation: "Chưa có văn bản riêng" },
    });
    const plan = planMerge(master, assignment, [returned]);
    expect(plan.changes.map((c) => [c.code, c.field, c.cell, c.before, c.after, c.unit])).toEqual([
      ["2.1.1", "self", "F25", 0.2, 0.3, TU_PHAP],
      ["2.1.1", "evidence", "O25", "Báo cáo cũ", "Báo cáo 15/BC-STP, tr. 4", TU_PHAP],
      ["2.2.1", "self", "F27", "", 0.4, TU_PHAP],
      ["2.2.1", "explanation", "P27", "", "Chưa có văn bản riêng", TU_PHAP],
    ]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.outside).toEqual([]);
  });

  it("changes nothing when the same return is gathered again, or given twice", () => {
    const returned = filled(tuPhap, template, "tu-phap.xlsx", { "2.1.1": { self: 0.3 }, "2.3.1": { self: 0.1, evidence: "QĐ 3" } });
    const once = planMerge(master, assignment, [returned, returned]);
    expect(once.changes).toHaveLength(3);
    const again = planMerge(applied(master, once.changes), assignment, [returned]);
    expect(again.changes).toEqual([]);
    expect(again.issues).toEqual([]);
  });

  it("never clears a master value because the return left it blank, nor rewrites an equal one", () => {
    const returned = filled(tuPhap, template, "tu-phap.xlsx", { "2.1.1": { self: "0,2", evidence: " " } });
    expect(planMerge(master, assignment, [returned]).changes).toEqual([]);
  });

  it("leaves an item shared by two units unchanged when their returns disagree, listing both values and files", () => {
    const taiChinh = filled(splitFor(master, assignment, TAI_CHINH), template, "tai-chinh.xlsx", { "4.3": { self: 0.3, evidence: "Sở Tài chính: BC 7" }, "6.1.1": { self: 0.1 } });
    const khdt = filled(splitFor(master, assignment, KHDT), template, "khdt.xlsx", { "4.3": { self: 0.25, evidence: "Sở Tài chính: BC 7" } });
    const plan = planMerge(master, assignment, [taiChinh, khdt]);
    expect(plan.conflicts).toEqual([
      {
        code: "4.3",
        field: "self",
        cell: "F55",
        master: "",
        values: [
          { file: "tai-chinh.xlsx", unit: TAI_CHINH, value: 0.3 },
          { file: "khdt.xlsx", unit: KHDT, value: 0.25 },
        ],
      },
    ]);
    expect(plan.changes.map((c) => c.code)).toEqual(["6.1.1"]);
    expect(formatIssue(plan.issues.find((i) => i.code === "merge_conflict")!)).toBe(
      "Ô F55: Điểm tự đánh giá của 4.3 khác nhau giữa các tệp «tai-chinh.xlsx», «khdt.xlsx»; giữ nguyên sổ tổng hợp ở mục này.",
    );
    // The evidence both sent is not copied with the disputed score, and the report says so.
    expect(plan.issues.filter((i) => i.code === "merge_held_back").map((i) => formatIssue(i))).toEqual([
      "Ô O55: Tài liệu kiểm chứng của 4.3 trong tệp «tai-chinh.xlsx», «khdt.xlsx» chưa được gộp vì điểm tự đánh giá của mục này đang khác nhau giữa các tệp; thống nhất rồi gộp lại.",
    ]);
    const agreeing = filled(splitFor(master, assignment, KHDT), template, "khdt.xlsx", { "4.3": { self: 0.3 } });
    expect(planMerge(master, assignment, [taiChinh, agreeing]).changes.filter((c) => c.code === "4.3").map((c) => c.field)).toEqual(["self", "evidence"]);
  });

  it("says which explanation it did not gather because the item's scores conflict", () => {
    const taiChinh = filled(splitFor(master, assignment, TAI_CHINH), template, "tai-chinh.xlsx", { "4.3": { self: 0.3, explanation: "Đã ban hành kế hoạch 12/KH" } });
    const khdt = filled(splitFor(master, assignment, KHDT), template, "khdt.xlsx", { "4.3": { self: 0.25 } });
    const plan = planMerge(master, assignment, [taiChinh, khdt]);
    expect(plan.changes.filter((c) => c.code === "4.3")).toEqual([]);
    const held = plan.issues.filter((i) => i.code === "merge_held_back");
    expect(held).toEqual([expect.objectContaining({ severity: "warning", itemCode: "4.3", field: "explanation", files: ["tai-chinh.xlsx"], disputed: ["self"] })]);
    expect(formatIssue(held[0]!)).toMatch(/^Ô P55: Giải trình của 4\.3 trong tệp «tai-chinh\.xlsx» chưa được gộp vì điểm tự đánh giá/);
  });

  it("settles a conflict by the master's own value only for the items kept, and only where the master has one", () => {
    const taiChinh = filled(splitFor(master, assignment, TAI_CHINH), template, "tai-chinh.xlsx", { "4.3": { self: 0.3 } });
    const khdt = filled(splitFor(master, assignment, KHDT), template, "khdt.xlsx", { "4.3": { self: 0.25 } });
    // The master's 4.3 is blank: keeping it settles nothing.
    expect(planMerge(master, assignment, [taiChinh, khdt], { keep: new Set(["4.3"]) }).conflicts.map((c) => c.code)).toEqual(["4.3"]);
    const agreed = masterOf(template, { "5.1.1": { self: 1 }, "4.3": { self: 0.28 } });
    const plan = planMerge(agreed, assignmentFromSheet(template, agreed.read), [taiChinh, khdt], { keep: new Set(["4.3"]) });
    expect(plan.conflicts).toEqual([]);
    expect(plan.settled.map((c) => [c.code, c.field, c.master])).toEqual([["4.3", "self", 0.28]]);
    expect(plan.changes.filter((c) => c.code === "4.3")).toEqual([]);
    expect(planMerge(agreed, assignmentFromSheet(template, agreed.read), [taiChinh, khdt]).conflicts.map((c) => c.code)).toEqual(["4.3"]);
  });

  it("lists what a file holds for another unit's item as outside and never copies it", () => {
    const returned = filled(tuPhap, template, "tu-phap.xlsx", { "2.1.1": { self: 0.3 }, "3.2.5": { self: 1, evidence: "x" }, "5.1.1": { self: 1 }, "8.1": { self: 1 } });
    const plan = planMerge(master, assignment, [returned]);
    const f325 = `F${master.read.rowOf["3.2.5"]! + 1}`;
    expect(plan.outside.map((o) => [o.file, o.code, o.fields, o.cell, o.assignedTo])).toEqual([
      ["tu-phap.xlsx", "3.2.5", ["self", "evidence"], f325, [TTTT]],
      ["tu-phap.xlsx", "8.1", ["self"], expect.stringMatching(/^F\d+$/), []],
    ]);
    expect(plan.changes.map((c) => c.code)).toEqual(["2.1.1"]);
    expect(formatIssue(plan.issues.find((i) => i.code === "score_outside_assignment")!)).toBe(
      `Ô ${f325}: Tệp «tu-phap.xlsx» (Sở Tư pháp) có nội dung ở 3.2.5, mục giao cho Sở Thông tin và Truyền thông; không gộp.`,
    );
  });

  it("takes a return made from an older split by today's assignment: moved items are outside, new ones missing", () => {
    const tttt = filled(splitFor(master, assignment, TTTT), template, "tttt.xlsx", { "3.2.5": { self: 1 }, "7.1.1": { self: 0.2 } });
    const vpBefore = filled(splitFor(master, assignment, VP_UBND), template, "vp.xlsx", { "3.1.1": { self: 0.3 } });
    // Since the split, Sở Nội vụ gave 3.2.5 back to Văn phòng UBND tỉnh.
    const moved = masterOf(template, { "5.1.1": { self: 1 }, "2.1.1": { self: 0.2, evidence: "Báo cáo cũ" }, "3.2.5": { leadUnit: "" } });
    const now = assignmentFromSheet(template, moved.read);
    const plan = planMerge(moved, now, [tttt, vpBefore]);
    expect(plan.outside.map((o) => [o.file, o.code, o.assignedTo])).toEqual([["tttt.xlsx", "3.2.5", [VP_UBND]]]);
    expect(plan.returns.map((r) => [r.file, r.current, r.added, r.removed])).toEqual([
      ["tttt.xlsx", false, [], ["3.2.5"]],
      ["vp.xlsx", false, ["3.2.5"], []],
    ]);
    expect(plan.progress.find((p) => p.unit === VP_UBND)!.missing).toContain("3.2.5");
    expect(plan.issues.filter((i) => i.code === "return_stale")).toHaveLength(2);
  });

  it("reports invalid scores in a return and does not copy them", () => {
    const returned = filled(tuPhap, template, "tu-phap.xlsx", { "2.1.1": { self: "abc" }, "2.2.1": { self: 99 } });
    const plan = planMerge(master, assignment, [returned]);
    expect(plan.changes).toEqual([]);
    expect(plan.issues.map((i) => [i.code, i.cell])).toEqual([
      ["return_score_invalid", "F25"],
      ["return_score_invalid", "F27"],
    ]);
  });

  it("shows each unit's progress against its deadline", () => {
    const noiVuMaster = masterOf(template, { "5.1.1": { self: 1 }, "5.2": { notApplicable: "x" } }, {});
    const returned = filled(splitFor(noiVuMaster, assignmentFromSheet(template, noiVuMaster.read), TU_PHAP, undefined, "2022-01-20"), template, "tu-phap.xlsx", {
      "2.1.1": { self: 0.3, evidence: "BC 15" },
      "2.2.1": { self: 0.4 },
    });
    const plan = planMerge(noiVuMaster, assignmentFromSheet(template, noiVuMaster.read), [returned], { today: "2022-01-22", defaults: { deadline: "2022-01-25" } });
    const tuPhapProgress = plan.progress.find((p) => p.unit === TU_PHAP)!;
    expect(tuPhapProgress).toEqual({
      unit: TU_PHAP,
      files: ["tu-phap.xlsx"],
      assigned: 5,
      scored: 2,
      withEvidence: 1,
      notApplicable: 0,
      missing: ["2.3.1", "2.4.1", "2.4.2"],
      deadline: "2022-01-20",
      daysLeft: -2,
      late: true,
    });
    const noiVu = plan.progress.find((p) => p.unit === NOI_VU)!;
    expect(noiVu).toMatchObject({ files: [], scored: 1, deadline: "2022-01-25", daysLeft: 3, late: false });
    expect(noiVu.notApplicable).toBe(3);
    expect(noiVu.assigned).toBe(noiVu.scored + noiVu.notApplicable + noiVu.missing.length);
  });
});

describe("identifyReturn", () => {
  const master = masterOf(template);
  const assignment = assignmentFromSheet(template, master.read);
  const returned = filled(splitFor(master, assignment, TU_PHAP), template, "tu-phap.xlsx", {});

  it("accepts a unit's file split from this master", () => {
    expect(identifyReturn(master, returned)).toEqual({ ok: true, split: returned.record.split });
  });

  it("refuses a file not made by split, of another template, of another master, or with columns the master lacks", () => {
    const { split: _split, ...plain } = returned.record;
    const code = (r: typeof returned) => {
      const identity = identifyReturn(master, r);
      return identity.ok ? "ok" : formatIssue(identity.issue);
    };
    expect(code({ ...returned, record: plain })).toBe("Tệp «tu-phap.xlsx» không phải tệp tách cho một đơn vị (tạo bằng «Tạo tệp cho từng đơn vị» hoặc par-index split); không gộp.");
    const other = generateTemplate(2, 2, 2);
    expect(code({ ...returned, template: other })).toBe(
      `Tệp «tu-phap.xlsx» được tách từ bộ tiêu chí khác («${other.name}»), không phải «${template.name}» của sổ tổng hợp; không gộp.`,
    );
    expect(code({ ...returned, record: { ...returned.record, split: { ...returned.record.split!, masterId: "another" } } })).toBe(
      "Tệp «tu-phap.xlsx» được tách từ một sổ tổng hợp khác (cùng bộ tiêu chí nhưng khác sổ); không gộp.",
    );
    const layoutOne = { ...master, read: { ...master.read, layout: { version: 1 as const, evidence: 14, explanation: null, rounds: false } } };
    expect(identifyReturn(layoutOne, returned)).toMatchObject({ ok: false, issue: { code: "return_newer_layout" } });
  });

  it("recognises a first-release master by its derived id", () => {
    const { sheetId: _id, ...record } = master.record;
    const old = { ...master, record };
    const fromOld = filled(splitFor(old, assignment, TU_PHAP), template, "tu-phap.xlsx", {});
    expect(fromOld.record.split!.masterId).toMatch(/^auto-/);
    expect(identifyReturn(old, fromOld).ok).toBe(true);
    expect(identifyReturn({ ...old, record: { ...record, year: 2022 } }, fromOld).ok).toBe(false);
  });
});
