/** @jest-environment jsdom */
// «Tải văn bản kế hoạch (.docx)» in the plan step: the workbook action's document model rendered
// by the real renderer (loaded on demand), handed over as this Office allows — a download on the
// web and Windows, the browser on Mac — and the pane says where the file went; gaps lead to cells.
import { TextDecoder, TextEncoder } from "node:util";
import { screen, waitFor, within } from "@testing-library/react";
import { buildPlanDocument } from "../../src/domain/document/buildPlanDocument";
import { defaultDocumentFields } from "../../src/domain/document/documentFields";
import { makeIssue } from "../../src/domain/issues";
import { buildPlanSheet, checkScoreSheet } from "../../src/domain/workflow";
import { layoutScoreSheet } from "../../src/domain/layout/layoutScoreSheet";
import { readFileFragment } from "../../src/download/fileFragment";
import { HostError } from "../../src/excel/host/hostError";
import type { FileHandoff, PlanDocumentResult, ScoreSheetInfo } from "../../src/excel/host/workbookOperations";
import { bytesOf, catchDownloads } from "../helpers/catchDownloads";
import { docxParagraphs } from "../helpers/docxText";
import { createFakeOperations, deferred } from "../helpers/fakeOperations";
import { typeScores } from "../helpers/scoreGrid";
import { seed001Scores, seed001Template } from "../helpers/seed001";
import { paneSettled, renderPane } from "./renderPane";

// jsdom leaves out the encoders the docx package packs with; browsers have them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const UNIT = "Văn phòng UBND tỉnh Sơn La";
const SHEET: ScoreSheetInfo = { sheetName: "VPUB Sơn La 2021", templateId: "son-la-vpub-2021", templateName: "Sơn La", unit: UNIT, year: 2021 };
const FILE = `Kế hoạch khắc phục 2021 - ${UNIT}.docx`;
const REMEDY = "Kiểm tra, giám sát việc thực hiện nhiệm vụ của cán bộ, công chức";

function seed001Document(): Extract<PlanDocumentResult, { ok: true }> {
  const template = seed001Template();
  const layout = layoutScoreSheet(template, { year: 2021 });
  const check = checkScoreSheet(template, typeScores(layout, seed001Scores).values);
  const { plan } = buildPlanSheet(template, check, { unit: UNIT, year: 2021 });
  plan.sections.find((section) => section.area.code === "5")!.area.fields.remedy = REMEDY;
  const built = buildPlanDocument({ plan, totals: check.totals, fields: defaultDocumentFields({ unit: UNIT, year: 2021, level: "so" }) });
  return {
    ok: true,
    sheetName: SHEET.sheetName,
    document: built.document,
    fileName: FILE,
    issues: [
      makeIssue("document_remedy_missing", "warning", { itemCode: "1", name: "Công tác chỉ đạo điều hành" }, { sheet: "Kế hoạch khắc phục 2021", cell: "H12" }),
      makeIssue("document_signer_missing", "warning", {}, { sheet: "Thông tin văn bản 2021", cell: "B31" }),
    ],
    planSheet: "Kế hoạch khắc phục 2021",
    fieldsSheet: "Thông tin văn bản 2021",
    sections: plan.sections.length,
  };
}

async function openPlanStep(handoff: FileHandoff, options: { language?: "vi" | "en"; result?: PlanDocumentResult } = {}) {
  const operations = createFakeOperations({
    getState: async () => ({ scoreSheets: [SHEET], current: SHEET, planSheets: ["Kế hoạch khắc phục 2021"] }),
    readPlanDocument: async () => options.result ?? seed001Document(),
    fileHandoff: async () => handoff,
  });
  const pane = await renderPane({ operations, language: options.language ?? "vi" });
  await pane.user.click(screen.getByRole("button", { name: options.language === "en" ? "5. Plan" : "5. Kế hoạch" }));
  // The plan step is a chunk of its own.
  await paneSettled();
  return pane;
}

describe("the plan document in the plan step", () => {
  let caught: ReturnType<typeof catchDownloads>;
  beforeEach(() => {
    caught = catchDownloads();
  });
  afterEach(() => caught.restore());

  it("downloads seed 001's document on Excel on the web and says where it went", async () => {
    const { user, operations } = await openPlanStep({ method: "download", platform: "web" });
    await user.click(screen.getByRole("button", { name: "Tải văn bản kế hoạch (.docx)" }));
    const saved = await screen.findByText(/^Đã tải «Kế hoạch khắc phục 2021 - Văn phòng UBND tỉnh Sơn La\.docx» \(\d+(,\d)? KB\) về máy: tệp nằm trong thư mục Tải xuống \(Downloads\)/);
    expect(saved).toBeInTheDocument();
    expect(operations.readPlanDocument).toHaveBeenCalledWith({ sheetName: SHEET.sheetName }, expect.any(Function));
    expect(operations.openInBrowser).not.toHaveBeenCalled();

    expect(caught.downloads.map((download) => download.name)).toEqual([FILE]);
    const [download] = caught.downloads;
    expect(download!.blob.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const text = (await docxParagraphs(await bytesOf(download!.blob))).join("\n");
    for (const expected of ["KẾ HOẠCH", "94,52", "1.2.4. Cải cách công vụ", REMEDY]) expect(text).toContain(expected);
    expect(screen.getByRole("status")).toHaveTextContent(`Đã tạo văn bản «${FILE}».`);
    expect(screen.getByText("Nhiệm vụ, giải pháp lấy từ trang «Kế hoạch khắc phục 2021»; số, ngày, người ký… từ trang «Thông tin văn bản 2021».")).toBeInTheDocument();
  });

  it("lists the document's gaps, each one a way to its cell", async () => {
    const { user, operations } = await openPlanStep({ method: "download", platform: "web" });
    await user.click(screen.getByRole("button", { name: "Tải văn bản kế hoạch (.docx)" }));
    const gaps = await screen.findByRole("list", { name: "Chỗ cần điền trong văn bản" });
    const links = within(gaps).getAllByRole("button");
    expect(links.map((link) => link.textContent)).toEqual([
      "Ô H12: Lĩnh vực 1 (Công tác chỉ đạo điều hành) chưa có nhiệm vụ, giải pháp khắc phục trong trang kế hoạch; văn bản để dấu «…» ở chỗ này.",
      "Ô B31: Chưa có chức vụ, họ tên người ký; văn bản để dấu «…» ở chỗ ký.",
    ]);
    await user.click(links[1]!);
    await waitFor(() => expect(operations.selectCell).toHaveBeenCalledWith("Thông tin văn bản 2021", "B31"));
  });

  it("on Windows says the file is in Downloads and the download bar is inside the pane", async () => {
    const { user } = await openPlanStep({ method: "download", platform: "windows" });
    await user.click(screen.getByRole("button", { name: "Tải văn bản kế hoạch (.docx)" }));
    expect(await screen.findByText(/^Đã lưu «.+» \(.+ KB\) vào thư mục Tải xuống \(Downloads\)\. Thanh tải xuống hiện ngay trong ngăn tác vụ này/)).toBeInTheDocument();
    expect(caught.downloads).toHaveLength(1);
  });

  it("on Mac opens the add-in's download page in the browser with the same bytes in the fragment, and downloads nothing in the pane", async () => {
    const { user, operations } = await openPlanStep({ method: "browserWindow", platform: "mac" });
    await user.click(screen.getByRole("button", { name: "Tải văn bản kế hoạch (.docx)" }));
    expect(await screen.findByText(/^Đã mở trình duyệt để tải «Kế hoạch khắc phục 2021 - Văn phòng UBND tỉnh Sơn La\.docx»/)).toBeInTheDocument();
    expect(caught.downloads).toEqual([]);
    expect(operations.openInBrowser).toHaveBeenCalledTimes(1);
    const url = operations.openInBrowser.mock.calls[0]![0];
    expect(url.startsWith(`${window.location.origin}/download.html#n=`)).toBe(true);
    const carried = readFileFragment(new URL(url).hash)!;
    expect(carried.fileName).toBe(FILE);
    const text = (await docxParagraphs(carried.bytes)).join("\n");
    expect(text).toContain("KẾ HOẠCH");
    expect(text).toContain(REMEDY);
  });

  it("on a Mac without OpenBrowserWindowApi says what to use instead", async () => {
    const { user, operations } = await openPlanStep({ method: "none", platform: "mac" });
    await user.click(screen.getByRole("button", { name: "Tải văn bản kế hoạch (.docx)" }));
    expect(await screen.findByText(/^Excel trên máy này không cho ngăn tác vụ lưu tệp.*Excel trên web.*par-index document\.$/)).toBeInTheDocument();
    expect(caught.downloads).toEqual([]);
    expect(operations.openInBrowser).not.toHaveBeenCalled();
  });

  it("makes no document while the scoring sheet has errors, and leads to them", async () => {
    const error = { ...makeIssue("score_above_max", "error", { itemCode: "5.1", column: "appraised", value: 380, max: 350 }), sheet: SHEET.sheetName, cell: "G40" };
    const { user } = await openPlanStep({ method: "download", platform: "web" }, { result: { ok: false, sheetName: SHEET.sheetName, issues: [error] } });
    await user.click(screen.getByRole("button", { name: "Tải văn bản kế hoạch (.docx)" }));
    expect(await screen.findByText("Trang chấm điểm còn 1 lỗi nên chưa tạo văn bản. Hãy sửa rồi tải lại:")).toBeInTheDocument();
    expect(within(screen.getByRole("list", { name: "Lỗi và cảnh báo" })).getByRole("button")).toHaveTextContent(/^Ô G40: /);
    expect(caught.downloads).toEqual([]);
  });

  it("is busy while the document is made, and shows Excel's refusal on the error bar", async () => {
    const pending = deferred<PlanDocumentResult>();
    const operations = createFakeOperations({
      getState: async () => ({ scoreSheets: [SHEET], current: SHEET, planSheets: [] }),
      readPlanDocument: () => pending.promise,
    });
    const { user } = await renderPane({ operations });
    await user.click(screen.getByRole("button", { name: "5. Kế hoạch" }));
    const button = await screen.findByRole("button", { name: "Tải văn bản kế hoạch (.docx)" });
    await user.click(button);
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("status")).toHaveTextContent("Đang tạo văn bản kế hoạch…");
    pending.reject(new HostError("cellEditMode", "readPlanDocument", { code: "InvalidOperationInCellEditMode" }, "vi"));
    expect(await screen.findByText("Hãy thoát khỏi chế độ sửa ô (nhấn Enter hoặc Esc) rồi thử lại.")).toBeInTheDocument();
    expect(button).not.toHaveAttribute("aria-disabled", "true");
    expect(caught.downloads).toEqual([]);
  });

  it("speaks English", async () => {
    const { user } = await openPlanStep({ method: "download", platform: "web" }, { language: "en" });
    await user.click(screen.getByRole("button", { name: "Download the plan document (.docx)" }));
    expect(await screen.findByText(/^Downloaded «Kế hoạch khắc phục 2021 - Văn phòng UBND tỉnh Sơn La\.docx» \(\d+(\.\d)? KB\): it is in the browser's Downloads folder/)).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Gaps in the document" })).toBeInTheDocument();
  });
});
