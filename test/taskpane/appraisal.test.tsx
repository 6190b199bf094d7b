/** @jest-environment jsdom */
// Step 8, «Thẩm định»: the stage read when the step opens (the stage, who holds the file, the
// deadline's days, the totals, what blocks the next move leading to its cells, the history, the
// items scored differently with their notes), the move with its name, note and deadline, the step
// back only with a reason, a refused move listing the cells changed, the appraisal notice once
// round 1 is done, and the same in English.
import { TextDecoder, TextEncoder } from "node:util";
import { screen, waitFor } from "@testing-library/react";
import { roundTotals } from "../../src/domain/appraisal/roundTotals";
import { appraisalNoticeFields, buildAppraisalNotice } from "../../src/domain/document/buildAppraisalNotice";
import { defaultDocumentFields } from "../../src/domain/document/documentFields";
import { makeIssue } from "../../src/domain/issues";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { checkScoreSheet } from "../../src/domain/workflow";
import type { AppraisalNoticeResult, MoveStageResult, ScoreSheetInfo, StageOverview } from "../../src/excel/host/workbookOperations";
import { bytesOf, catchDownloads } from "../helpers/catchDownloads";
import { docxParagraphs } from "../helpers/docxText";
import { createFakeOperations, emptyStage } from "../helpers/fakeOperations";
import { typeScores } from "../helpers/scoreGrid";
import { seed001Scores, seed001Template } from "../helpers/seed001";
import { renderPane } from "./renderPane";

// jsdom leaves out the encoders the docx package packs with; browsers have them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const SHEET_NAME = "VPUB Sơn La 2021";
const SHEET: ScoreSheetInfo = { sheetName: SHEET_NAME, templateId: "son-la-vpub-2021", templateName: "VPUB Sơn La", unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 };

const SUBMITTED: StageOverview = {
  sheetName: SHEET_NAME,
  state: { format: 1, stage: "submitted", deadline: "2022-01-20", at: "2022-01-11T02:00:00.000Z", moves: 1 },
  status: {
    stage: "submitted",
    label: "Đã nộp",
    holder: "council",
    deadline: "2022-01-20",
    daysLeft: 3,
    next: "appraised",
    blocking: [makeIssue("stage_appraisal_note_missing", "error", { itemCode: "4.1", self: 400, appraised: 361 }, { sheet: SHEET_NAME, cell: "Q16" })],
    history: [{ at: "2022-01-11T02:00:00.000Z", from: "self", to: "submitted", by: "Lê Văn C", note: "", totals: { self: 9000, round1: 9000, result: 9000 }, changedItems: 20 }],
  },
  differences: [{ code: "4.1", name: "Thực hiện quy định về sử dụng biên chế", max: 400, self: 400, round1: 361, councilNote: "", reply: "", round2: null, councilNote2: "" }],
  totals: { self: 9000, round1: 9452, result: 9452 },
  layoutVersion: 3,
};

async function openAppraisal(overrides: Parameters<typeof createFakeOperations>[0] = {}, language: "vi" | "en" = "vi", stageText?: string) {
  const operations = createFakeOperations({
    getState: async () => ({ scoreSheets: [SHEET], current: SHEET, planSheets: [] }),
    readStage: async () => SUBMITTED,
    ...overrides,
  });
  const pane = await renderPane({ operations, language });
  await pane.user.click(screen.getByRole("button", { name: language === "vi" ? "8. Thẩm định" : "8. Appraisal" }));
  await screen.findByText(stageText ?? (language === "vi" ? "Giai đoạn: Đã nộp" : "Stage: Submitted"));
  return pane;
}

describe("step 8, «Thẩm định»", () => {
  it("says the stage, the holder, the days left, the totals, what blocks the next move, the history and the differences", async () => {
    const { user, operations } = await openAppraisal();
    expect(operations.readStage).toHaveBeenCalledWith({ sheetName: SHEET_NAME, today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }, expect.any(Function));
    expect(screen.getByText("Bên giữ tệp: Hội đồng thẩm định")).toBeInTheDocument();
    expect(screen.getByText("Hạn: 20/01/2022 (còn 3 ngày)")).toBeInTheDocument();
    expect(screen.getByText("Tự đánh giá 90 · sau thẩm định lần 1 94,52 · kết quả 94,52 điểm")).toBeInTheDocument();
    const blocking = screen.getByRole("button", { name: /Mục 4\.1: điểm thẩm định 3,61 thấp hơn điểm tự đánh giá 4/ });
    await user.click(blocking);
    await waitFor(() => expect(operations.selectCell).toHaveBeenCalledWith(SHEET_NAME, "Q16"));
    expect(screen.getByText(/Đơn vị tự chấm → Đã nộp · Lê Văn C/)).toBeInTheDocument();
    expect(screen.getByText("4.1: tự đánh giá 4, thẩm định 3,61")).toBeInTheDocument();
    expect(screen.getByText(/người khác đang cùng mở sổ này cũng sẽ không sửa được/)).toBeInTheDocument();
  });

  it("moves forward with the name, note and deadline typed, and shows where it stands after", async () => {
    const appraised: StageOverview = {
      ...SUBMITTED,
      state: { ...SUBMITTED.state, stage: "appraised", deadline: "2022-01-25", moves: 2 },
      status: { ...SUBMITTED.status, stage: "appraised", label: "Đã thẩm định lần 1", holder: "unit", deadline: "2022-01-25", daysLeft: 8, next: "explained", blocking: [] },
    };
    const { user, operations } = await openAppraisal({
      moveStage: async (request): Promise<MoveStageResult> => ({ ok: true, sheetName: SHEET_NAME, from: "submitted", to: request.to, direction: "forward", historySheet: "Lịch sử chấm điểm", warnings: [], overview: appraised }),
    });
    await user.type(screen.getByLabelText("Người thực hiện"), "Hội đồng thẩm định");
    await user.type(screen.getByLabelText("Hạn cho bên nhận"), "2022-01-25");
    await user.click(screen.getByRole("button", { name: "Chuyển sang «Đã thẩm định lần 1»" }));
    await waitFor(() =>
      expect(operations.moveStage).toHaveBeenCalledWith(
        { sheetName: SHEET_NAME, to: "appraised", by: "Hội đồng thẩm định", deadline: "2022-01-25", now: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) },
        expect.any(Function),
      ),
    );
    expect(await screen.findByText("Giai đoạn: Đã thẩm định lần 1")).toBeInTheDocument();
    expect(screen.getByText("Bên giữ tệp: Đơn vị")).toBeInTheDocument();
    expect((await screen.findAllByText("Đã chuyển từ «Đã nộp» sang «Đã thẩm định lần 1».")).length).toBeGreaterThan(0);
  });

  it("says what an older sheet's upgrade could not draw in this Excel", async () => {
    const { user } = await openAppraisal({
      moveStage: async (request): Promise<MoveStageResult> => ({
        ok: true,
        sheetName: SHEET_NAME,
        from: "submitted",
        to: request.to,
        direction: "forward",
        historySheet: "Lịch sử chấm điểm",
        warnings: [],
        skippedFeatures: ["dataValidation", "columnWidths"],
        overview: SUBMITTED,
      }),
    });
    await user.click(screen.getByRole("button", { name: "Chuyển sang «Đã thẩm định lần 1»" }));
    expect(await screen.findByText("Excel này chưa hỗ trợ hoặc không nhận kiểm tra dữ liệu nhập vào ô điểm, độ rộng các cột thẩm định mới thêm; trang vẫn dùng được bình thường.")).toBeInTheDocument();
  });

  it("reopens the previous stage only with a reason", async () => {
    const { user, operations } = await openAppraisal();
    await user.click(screen.getByRole("button", { name: "Mở lại về «Đơn vị tự chấm»" }));
    expect(screen.getByText("Ghi lý do mở lại vào ô «Ghi chú hoặc lý do».")).toBeInTheDocument();
    expect(operations.moveStage).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText("Ghi chú hoặc lý do"), "Đơn vị rút lại để sửa");
    await user.click(screen.getByRole("button", { name: "Mở lại về «Đơn vị tự chấm»" }));
    await waitFor(() => expect(operations.moveStage).toHaveBeenCalledWith(expect.objectContaining({ to: "self", note: "Đơn vị rút lại để sửa" }), expect.any(Function)));
  });

  it("lists the cells changed when a move is refused for them", async () => {
    const { user } = await openAppraisal({
      moveStage: async (request): Promise<MoveStageResult> => ({
        ok: false,
        sheetName: SHEET_NAME,
        from: "submitted",
        to: request.to,
        reason: "tampered",
        issues: [makeIssue("stage_locked_cell_changed", "error", { itemCode: "1.1", column: "«Điểm tự đánh giá» (cột F)", before: "1", after: "0.5", against: "workbook" }, { sheet: SHEET_NAME, cell: "F7" })],
        changed: [{ code: "1.1", column: "self", cell: "F7", before: 1, after: 0.5 }],
      }),
    });
    await user.click(screen.getByRole("button", { name: "Chuyển sang «Đã thẩm định lần 1»" }));
    expect(await screen.findByText("Không chuyển: có ô đã bị sửa mà bên giữ tệp không được sửa; chưa ghi gì.")).toBeInTheDocument();
    expect(screen.getByText("Ô F7: «1» → «0.5»")).toBeInTheDocument();
  });

  it("speaks English when Office does", async () => {
    await openAppraisal({}, "en");
    expect(screen.getByText("Held by: The appraisal council")).toBeInTheDocument();
    expect(screen.getByText("Deadline: 20/01/2022 (3 days left)")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Move to «Appraised (round 1)»" })).toBeInTheDocument();
  });

  it("offers no move from a locked result but the reopening", async () => {
    const final: StageOverview = { ...emptyStage(SHEET_NAME), state: { format: 1, stage: "final", at: "x", moves: 4 }, status: { ...emptyStage(SHEET_NAME).status, stage: "final", label: "Đã chốt", holder: null, next: null } };
    await openAppraisal({ readStage: async () => final }, "vi", "Giai đoạn: Đã chốt");
    expect(screen.getByText("Kết quả đã chốt: không ai sửa được nữa.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Chuyển sang/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Mở lại về «Đã giải trình»" })).toBeInTheDocument();
  });

  describe("the appraisal notice", () => {
    const UNIT = "Văn phòng UBND tỉnh Sơn La";
    const FILE = `Thông báo kết quả thẩm định 2021 - ${UNIT}.docx`;
    const APPRAISED: StageOverview = {
      ...SUBMITTED,
      state: { ...SUBMITTED.state, stage: "appraised", moves: 2 },
      status: { ...SUBMITTED.status, stage: "appraised", label: "Đã thẩm định lần 1", holder: "unit", next: "explained", blocking: [] },
    };

    /** Seed 001 appraised: the unit scored every item it scores at its maximum, the council as the seed. */
    function seed001Notice(): Extract<AppraisalNoticeResult, { ok: true }> {
      const template = seed001Template();
      const layout = layoutScoreSheet(template, { year: 2021 });
      const typed = Object.fromEntries(Object.entries(seed001Scores).map(([code, score]) => [code, { appraised: score }]));
      const { values } = typeScores(layout, typed);
      const check = checkScoreSheet(template, values);
      const document = buildAppraisalNotice({
        totals: check.totals,
        values,
        rowOf: check.rowOf,
        stage: "appraised",
        deadline: "2022-01-25",
        roundTotals: roundTotals(check.totals),
        year: 2021,
        fields: appraisalNoticeFields(defaultDocumentFields({ unit: UNIT, year: 2021, level: "so" })),
      });
      return { ok: true, sheetName: SHEET_NAME, stage: "appraised", document, fileName: FILE, rows: 3, fieldsSheet: "Thông tin văn bản 2021", issues: [] };
    }

    let caught: ReturnType<typeof catchDownloads>;
    beforeEach(() => {
      caught = catchDownloads();
    });
    afterEach(() => caught.restore());

    it("is offered once round 1 is done, downloaded as .docx, and says where it went and what it holds", async () => {
      const { user, operations } = await openAppraisal(
        { readStage: async () => APPRAISED, readAppraisalNotice: async () => seed001Notice(), fileHandoff: async () => ({ method: "download", platform: "web" }) },
        "vi",
        "Giai đoạn: Đã thẩm định lần 1",
      );
      await user.click(screen.getByRole("button", { name: "Tải thông báo kết quả thẩm định (.docx)" }));
      expect(await screen.findByText(new RegExp(`^Đã tải «${FILE}» \\(\\d+(,\\d)? KB\\) về máy`))).toBeInTheDocument();
      expect(operations.readAppraisalNotice).toHaveBeenCalledWith({ sheetName: SHEET_NAME }, expect.any(Function));
      // In the section and spoken in the live region.
      expect(screen.getAllByText(`Đã tạo «${FILE}»: 3 tiêu chí có điểm thẩm định khác điểm tự đánh giá.`)).toHaveLength(2);
      expect(screen.getByText("Cơ quan, địa danh, ngày lấy từ trang «Thông tin văn bản 2021».")).toBeInTheDocument();
      expect(caught.downloads.map((download) => download.name)).toEqual([FILE]);
      const text = (await docxParagraphs(await bytesOf(caught.downloads[0]!.blob))).join("\n");
      for (const expected of ["THÔNG BÁO KẾT QUẢ THẨM ĐỊNH", `Chỉ số cải cách hành chính năm 2021 của ${UNIT}`, "trước ngày 25/01/2022"]) expect(text).toContain(expected);
    });

    it("is not offered while the unit scores or the council appraises round 1", async () => {
      await openAppraisal();
      expect(screen.queryByRole("button", { name: "Tải thông báo kết quả thẩm định (.docx)" })).not.toBeInTheDocument();
    });

    it("says why when the workbook moved back before the click", async () => {
      const { user } = await openAppraisal(
        { readStage: async () => APPRAISED, readAppraisalNotice: async () => ({ ok: false, sheetName: SHEET_NAME, stage: "submitted" }) },
        "vi",
        "Giai đoạn: Đã thẩm định lần 1",
      );
      await user.click(screen.getByRole("button", { name: "Tải thông báo kết quả thẩm định (.docx)" }));
      expect(await screen.findByRole("alert")).toHaveTextContent("Trang đang ở giai đoạn «Đã nộp»: chưa có kết quả thẩm định để thông báo.");
      expect(caught.downloads).toEqual([]);
    });

    it("speaks English when Office does", async () => {
      await openAppraisal({ readStage: async () => APPRAISED }, "en", "Stage: Appraised (round 1)");
      expect(screen.getByRole("button", { name: "Download the appraisal notice (.docx)" })).toBeInTheDocument();
    });
  });
});
