/** @jest-environment jsdom */
// Step 7, «Phân công»: the assignment read when the step opens (units, their items and summaries,
// the unassigned items and warnings leading to cells), the assignment sheet with the deadline and
// time frame typed, the units' files made by the real chunk from the province's master and handed
// over (a .zip, or each unit's file; on a Mac each file when the .zip is too long for the browser),
// the returns read one by one (the reader stands in here, see files/assignmentFiles.test.ts) and
// gathered, with the result shown; and the filter by unit, saying who sees it.
import { TextDecoder, TextEncoder } from "node:util";
import { screen, waitFor, within } from "@testing-library/react";
import JSZip from "jszip";
import { assignmentFromSheet } from "../../src/domain/assignment/resolveAssignment";
import { makeIssue } from "../../src/domain/issues";
import type { ReturnedSheet } from "../../src/domain";
import type { AssignmentOverview, FileHandoff, MergeReturnsResult, ScoreSheetInfo, SplitSourceResult } from "../../src/excel/host/workbookOperations";
import type { ReturnedFileReading } from "../../src/taskpane/files/assignmentFiles";
import type { PickedFile } from "../../src/taskpane/files/pickedFile";
import { checkScoreWorkbook, createScoreWorkbook, masterSheetOf } from "../../src/node";
import { bytesOf, catchDownloads } from "../helpers/catchDownloads";
import { createFakeOperations, deferred, emptyAssignmentSheet, emptyMerge } from "../helpers/fakeOperations";
import { DEPARTMENTS, NOI_VU, provinceAssignmentTemplate, TAI_CHINH, TU_PHAP, VP_UBND } from "../helpers/provinceTemplate";
import { renderPane } from "./renderPane";

Object.assign(globalThis, { TextEncoder, TextDecoder });

/** The Mac's limit on the browser's address, lowered by a test to make the .zip too long for it. */
let urlLimit = 1_000_000;
jest.mock("../../src/download/fileFragment", () => {
  const actual = jest.requireActual<typeof import("../../src/download/fileFragment")>("../../src/download/fileFragment");
  return {
    ...actual,
    get MAX_HANDOFF_URL_LENGTH() {
      return urlLimit;
    },
  };
});

/** What the stand-in reader answers for each returned file's name. */
const readings = new Map<string, () => Promise<ReturnedFileReading>>();
const readOrder: string[] = [];
jest.mock("../../src/taskpane/files/loadAssignmentFiles", () => ({
  loadAssignmentFiles: async () => ({
    ...jest.requireActual<typeof import("../../src/taskpane/files/assignmentFiles")>("../../src/taskpane/files/assignmentFiles"),
    readReturnedFile: async (file: PickedFile) => {
      readOrder.push(file.name);
      const answer = readings.get(file.name);
      if (!answer) throw new Error(`no reading for ${file.name}`);
      return answer();
    },
  }),
}));

const template = provinceAssignmentTemplate();
const SHEET_NAME = "Chấm điểm 2021";
const SHEET: ScoreSheetInfo = { sheetName: SHEET_NAME, templateId: template.id, templateName: template.shortName ?? template.name, unit: "tỉnh Kiên Giang", year: 2021 };

function provinceSource(): Extract<SplitSourceResult, { ok: true }> {
  const sheet = checkScoreWorkbook(createScoreWorkbook(template, { unit: "tỉnh Kiên Giang", year: 2021 })).sheets[0]!;
  const master = masterSheetOf(sheet);
  const assignment = assignmentFromSheet(template, master.read);
  const units = assignment.units.map((unit) => ({ unit: unit.unit.name, items: unit.items, summary: `Phần của ${unit.unit.name}`, schedule: { deadline: "2022-01-25" } }));
  return { ok: true, sheetName: sheet.sheetName, master, assignment, units };
}

const OVERVIEW: AssignmentOverview = {
  sheetName: SHEET_NAME,
  units: [
    { unit: NOI_VU, items: ["1.1", "1.2", "4.1"], summary: "Lĩnh vực 1 Công tác chỉ đạo, điều hành CCHC: các tiêu chí 1.1, 1.2", schedule: {} },
    { unit: TU_PHAP, items: ["2.1"], summary: "Lĩnh vực 2 Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh", schedule: {} },
  ],
  unassigned: ["7.5"],
  issues: [makeIssue("item_unassigned", "warning", { itemCode: "7.5" }, { sheet: SHEET_NAME, cell: "L88" })],
};

async function openAssignmentStep(overrides: Parameters<typeof createFakeOperations>[0] = {}, language: "vi" | "en" = "vi") {
  const operations = createFakeOperations({
    getState: async () => ({ scoreSheets: [SHEET], current: SHEET, planSheets: [] }),
    readAssignment: async () => OVERVIEW,
    ...overrides,
  });
  const pane = await renderPane({ operations, language });
  await pane.user.click(screen.getByRole("button", { name: language === "vi" ? "7. Phân công" : "7. Assignment" }));
  return pane;
}

/** Text the pane shows, once it shows it (the live region may say it too). */
async function shown(text: string | RegExp, timeout = 5_000): Promise<HTMLElement> {
  const [first] = await screen.findAllByText(text, undefined, { timeout });
  return first!;
}

function returned(file: string, unit: string): ReturnedSheet {
  return { file, unit } as unknown as ReturnedSheet;
}

function returnFile(name: string, reading: () => Promise<ReturnedFileReading>): File {
  readings.set(name, reading);
  return new File([new Uint8Array(10)], name, { lastModified: 1 });
}

let caught: ReturnType<typeof catchDownloads>;
beforeEach(() => {
  caught = catchDownloads();
  readings.clear();
  readOrder.splice(0);
  urlLimit = 1_000_000;
});
afterEach(() => caught.restore());

describe("the assignment as the scoring sheet holds it", () => {
  it("is read when the step opens: each unit with its items and summary, the unassigned items, warnings leading to their cells", async () => {
    const { user, operations } = await openAssignmentStep();
    await screen.findByRole("heading", { name: "Bước 7. Phân công, gửi và gộp điểm" });
    const units = await screen.findByRole("list", { name: "Các đơn vị được phân công" });
    expect(operations.readAssignment).toHaveBeenCalledWith({ sheetName: SHEET_NAME }, expect.any(Function));
    expect(within(units).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      `${NOI_VU}3 mục${OVERVIEW.units[0]!.summary}`,
      `${TU_PHAP}1 mục${OVERVIEW.units[1]!.summary}`,
    ]);
    expect(screen.getByText("1 mục chưa phân công cho đơn vị nào: 7.5.")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Đã đọc phân công: 2 đơn vị, 1 mục chưa phân công.");
    const warnings = screen.getByRole("list", { name: "Cảnh báo về phân công" });
    await user.click(within(warnings).getByRole("button", { name: /7\.5 chưa được phân công/ }));
    await waitFor(() => expect(operations.selectCell).toHaveBeenCalledWith(SHEET_NAME, "L88"));
  });

  it("says what to do when nothing is assigned, and offers neither the sheet nor the files", async () => {
    await openAssignmentStep({ readAssignment: async () => ({ sheetName: SHEET_NAME, units: [], unassigned: [], issues: [] }) });
    await screen.findByText(/Cột «Đơn vị chủ trì» còn trống/);
    expect(screen.getByRole("button", { name: "Tạo trang phân công" })).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Tạo tệp cho từng đơn vị" })).not.toBeInTheDocument();
  });

  it("writes the assignment sheet with the deadline and time frame typed, and says whether it was new or rebuilt", async () => {
    const written = { ...emptyAssignmentSheet(), ...OVERVIEW, assignmentSheet: "Phân công chấm điểm 2021" };
    const { user, operations } = await openAssignmentStep({ writeAssignmentSheet: async () => written });
    await screen.findByRole("list", { name: "Các đơn vị được phân công" });
    await user.type(screen.getByLabelText("Hạn gửi kết quả"), "2022-01-25");
    await user.type(screen.getByRole("textbox", { name: "Thời gian thực hiện" }), "Tháng 12/2021 - Tháng 01/2022");
    await user.click(screen.getByRole("button", { name: "Tạo trang phân công" }));
    await shown("Đã tạo trang «Phân công chấm điểm 2021».");
    expect(operations.writeAssignmentSheet).toHaveBeenCalledWith({ sheetName: SHEET_NAME, deadline: "2022-01-25", timeFrame: "Tháng 12/2021 - Tháng 01/2022" }, expect.any(Function));

    operations.writeAssignmentSheet.mockImplementation(async () => ({ ...written, rebuilt: true, skippedFeatures: ["pageLayout"] }));
    await user.click(screen.getByRole("button", { name: "Tạo trang phân công" }));
    await shown("Đã cập nhật trang «Phân công chấm điểm 2021» (lập lại tại chỗ).");
    expect(screen.getByText(/Excel này chưa hỗ trợ hoặc không nhận khổ in A4 ngang/)).toBeInTheDocument();
  });
});

describe("«Tạo tệp cho từng đơn vị»", () => {
  it("makes the seven departments' files from the master, downloads them as one .zip and offers each on its own", async () => {
    const source = provinceSource();
    const { user, operations } = await openAssignmentStep({ readSplitSource: async () => source });
    await screen.findByRole("list", { name: "Các đơn vị được phân công" });
    await user.type(screen.getByLabelText("Hạn gửi kết quả"), "2022-01-25");
    await user.click(screen.getByRole("button", { name: "Tạo tệp cho từng đơn vị" }));
    await shown(/^Đã tạo 7 tệp lúc /, 20_000);
    expect(operations.readSplitSource).toHaveBeenCalledWith({ sheetName: SHEET_NAME, deadline: "2022-01-25" }, expect.any(Function));

    expect(caught.downloads.map((download) => download.name)).toEqual(["Chấm điểm CCHC 2021 - các đơn vị.zip"]);
    expect(caught.downloads[0]!.blob.type).toBe("application/zip");
    const zip = await JSZip.loadAsync(await bytesOf(caught.downloads[0]!.blob));
    expect(Object.keys(zip.files).sort()).toEqual(DEPARTMENTS.map((unit) => `${unit} - Chấm điểm CCHC 2021.xlsx`).sort());
    expect(screen.getByText(/^Đã tải «Chấm điểm CCHC 2021 - các đơn vị\.zip» \(\d+(,\d)? KB\) về máy/)).toBeInTheDocument();

    const list = screen.getByRole("list", { name: "Tệp của từng đơn vị" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(7);
    await user.click(within(list).getByRole("button", { name: `Tải tệp của ${TAI_CHINH}` }));
    await waitFor(() => expect(caught.downloads).toHaveLength(2));
    expect(caught.downloads[1]!.name).toBe(`${TAI_CHINH} - Chấm điểm CCHC 2021.xlsx`);
    expect(caught.downloads[1]!.blob.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(await bytesOf(caught.downloads[1]!.blob)).toEqual(await zip.file(`${TAI_CHINH} - Chấm điểm CCHC 2021.xlsx`)!.async("uint8array"));
  }, 60_000);

  it("on a Mac, opens the browser's download page, or says to take each unit's file when the .zip is too long for it", async () => {
    const mac: FileHandoff = { method: "browserWindow", platform: "mac" };
    const source = provinceSource();
    const { user, operations } = await openAssignmentStep({ readSplitSource: async () => source, fileHandoff: async () => mac });
    await screen.findByRole("list", { name: "Các đơn vị được phân công" });
    await user.click(screen.getByRole("button", { name: "Tạo tệp cho từng đơn vị" }));
    await screen.findByText(/^Đã mở trình duyệt để tải «Chấm điểm CCHC 2021 - các đơn vị\.zip»/, undefined, { timeout: 20_000 });
    expect(operations.openInBrowser).toHaveBeenCalledTimes(1);
    expect(operations.openInBrowser.mock.calls[0]![0]).toMatch(/download\.html#/);

    // A .zip longer than the address a browser takes, each unit's file shorter.
    const zipUrlLength = operations.openInBrowser.mock.calls[0]![0].length;
    urlLimit = Math.floor(zipUrlLength / 2);
    await user.click(screen.getByRole("button", { name: "Tạo tệp cho từng đơn vị" }));
    await screen.findByText(/^Tệp nén \(.+ KB\) lớn hơn mức .+ KB chuyển được sang trình duyệt trên máy này: hãy tải tệp của từng đơn vị/, undefined, { timeout: 20_000 });
    expect(operations.openInBrowser).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("button", { name: "Tải lại tệp nén (.zip)" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: `Tải tệp của ${VP_UBND}` }));
    await screen.findByText(new RegExp(`^Đã mở trình duyệt để tải «${VP_UBND} - Chấm điểm CCHC 2021\\.xlsx»`));
    expect(operations.openInBrowser).toHaveBeenCalledTimes(2);
    expect(caught.downloads).toEqual([]);
  }, 60_000);

  it("makes no file when the master has errors, and the errors lead to their cells", async () => {
    const issues = [makeIssue("score_above_max", "error", { itemCode: "2.1", column: "self", value: 300, max: 100 }, { sheet: SHEET_NAME, cell: "G20" })];
    const { user, operations } = await openAssignmentStep({ readSplitSource: async () => ({ ok: false, sheetName: SHEET_NAME, issues }) });
    await screen.findByRole("list", { name: "Các đơn vị được phân công" });
    await user.click(screen.getByRole("button", { name: "Tạo tệp cho từng đơn vị" }));
    await shown("Chưa tạo tệp nào:");
    expect(caught.downloads).toEqual([]);
    await user.click(screen.getByRole("button", { name: /2\.1/ }));
    await waitFor(() => expect(operations.selectCell).toHaveBeenCalledWith(SHEET_NAME, "G20"));
  });
});

describe("«Gộp điểm từ các đơn vị»", () => {
  const gathered: MergeReturnsResult = {
    ...emptyMerge(SHEET_NAME),
    changedCells: 5,
    progress: [
      { unit: NOI_VU, files: ["noi-vu.xlsx"], assigned: 15, scored: 3, withEvidence: 2, notApplicable: 0, missing: Array.from({ length: 12 }, (_, i) => `5.${i + 1}`), deadline: "2022-01-25", daysLeft: 4, late: false },
      { unit: TU_PHAP, files: [], assigned: 1, scored: 0, withEvidence: 0, notApplicable: 0, missing: ["2.1"], deadline: "2022-01-20", daysLeft: -1, late: true },
    ],
    conflicts: [{ code: "4.3", field: "self", cell: "G40", master: null, values: [{ file: "noi-vu.xlsx", unit: NOI_VU, value: 0.5 }, { file: "tai-chinh.xlsx", unit: TAI_CHINH, value: 0.75 }] }],
    outside: [{ file: "noi-vu.xlsx", unit: NOI_VU, code: "2.1", fields: ["self"], cell: "G21", assignedTo: [TU_PHAP] }],
    returns: [{ file: "noi-vu.xlsx", unit: NOI_VU, splitAt: "2022-01-10T08:00:00.000Z", current: true, added: [], removed: [] }],
    issues: [
      makeIssue("return_other_master", "error", { file: "so-khac.xlsx" }),
      makeIssue("merge_conflict", "warning", { itemCode: "4.3", field: "self", files: ["noi-vu.xlsx", "tai-chinh.xlsx"] }),
    ],
  };

  it("reads the picked files one by one, showing each one's state, and gathers those read", async () => {
    const slow = deferred<ReturnedFileReading>();
    const { user, operations } = await openAssignmentStep({ mergeReturns: async () => gathered });
    await screen.findByRole("list", { name: "Các đơn vị được phân công" });
    await user.type(screen.getByLabelText("Hạn gửi kết quả"), "2022-01-25");
    const files = [
      returnFile("noi-vu.xlsx", () => slow.promise),
      returnFile("tai-chinh.xlsx", async () => ({ ok: true, returned: returned("tai-chinh.xlsx", TAI_CHINH) })),
      returnFile("cu-97.xlsx", async () => ({ ok: false, problem: { kind: "bytes", problem: "legacy_xls" } })),
      returnFile("danh-sach.xlsx", async () => ({ ok: false, issue: makeIssue("return_not_split", "error", { file: "danh-sach.xlsx" }) })),
    ];
    await user.upload(screen.getByLabelText("Tệp các đơn vị gửi lại (.xlsx)"), files);
    expect(screen.getByText("Đã chọn 4 tệp.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Gộp điểm từ các đơn vị" }));
    const list = screen.getByRole("list", { name: "Tệp đã chọn" });
    await within(list).findByText("đang đọc…");
    expect(operations.mergeReturns).not.toHaveBeenCalled();
    slow.resolve({ ok: true, returned: returned("noi-vu.xlsx", NOI_VU) });

    await shown("Đã chép 5 ô vào trang chấm điểm.");
    expect(readOrder).toEqual(["noi-vu.xlsx", "tai-chinh.xlsx", "cu-97.xlsx", "danh-sach.xlsx"]);
    const [request] = operations.mergeReturns.mock.calls[0]!;
    expect(request.returns.map((r) => r.file)).toEqual(["noi-vu.xlsx", "tai-chinh.xlsx"]);
    expect(request).toMatchObject({ sheetName: SHEET_NAME, deadline: "2022-01-25", today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(within(list).getAllByText("đã đọc")).toHaveLength(2);
    expect(within(list).getByText("Tệp Excel 97–2003 (.xls): hãy mở và lưu thành .xlsx.")).toBeInTheDocument();
    expect(within(list).getByText(/^Tệp «danh-sach\.xlsx» không phải tệp tách cho một đơn vị/)).toBeInTheDocument();
  });

  it("shows the progress per unit against its deadline, the conflicts and outside entries leading to cells, and the refused files", async () => {
    const { user, operations } = await openAssignmentStep({ mergeReturns: async () => gathered });
    await screen.findByRole("list", { name: "Các đơn vị được phân công" });
    await user.upload(screen.getByLabelText("Tệp các đơn vị gửi lại (.xlsx)"), [returnFile("noi-vu.xlsx", async () => ({ ok: true, returned: returned("noi-vu.xlsx", NOI_VU) }))]);
    await user.click(screen.getByRole("button", { name: "Gộp điểm từ các đơn vị" }));
    const table = await screen.findByRole("table", { name: "Tiến độ theo đơn vị" });
    expect(within(table).getAllByRole("row").map((row) => row.textContent)).toEqual([
      "Đơn vịGiaoĐã chấmCó TLKCCòn thiếu",
      `${NOI_VU}Hạn 25/01/2022 (còn 4 ngày)153212`,
      `${TU_PHAP}Hạn 20/01/2022 (quá hạn 1 ngày)1001`,
    ]);
    expect(screen.getByText(`${TU_PHAP} còn thiếu: 2.1`)).toBeInTheDocument();
    expect(screen.getByText(`${NOI_VU} còn thiếu: 5.1, 5.2, 5.3, 5.4, 5.5, 5.6, 5.7, 5.8, 5.9, 5.10 và 2 mục khác`)).toBeInTheDocument();

    expect(screen.getByText("1 mục có điểm khác nhau giữa các tệp, chưa chép (trang chấm điểm giữ nguyên):")).toBeInTheDocument();
    const conflicts = screen.getByRole("list", { name: "Mục có điểm khác nhau" });
    await user.click(within(conflicts).getByRole("button", { name: "4.3 (điểm tự chấm): 0,5 («noi-vu.xlsx») ≠ 0,75 («tai-chinh.xlsx»); trang chấm điểm: (trống)" }));
    await waitFor(() => expect(operations.selectCell).toHaveBeenCalledWith(SHEET_NAME, "G40"));
    const outside = screen.getByRole("list", { name: "Mục ngoài phần phân công" });
    await user.click(within(outside).getByRole("button", { name: `2.1 trong «noi-vu.xlsx»: mục của ${TU_PHAP}` }));
    await waitFor(() => expect(operations.selectCell).toHaveBeenCalledWith(SHEET_NAME, "G21"));
    const refused = screen.getByRole("list", { name: "Tệp không gộp được và các cảnh báo khác:" });
    expect(refused).toHaveTextContent("Tệp «so-khac.xlsx» được tách từ một sổ tổng hợp khác");
    // The conflict is listed once, with its values, not again among the warnings.
    expect(within(refused).getAllByRole("listitem")).toHaveLength(1);
  });

  it("gathering the same files again reads none of them again and says nothing is new", async () => {
    const { user, operations } = await openAssignmentStep({ mergeReturns: async () => gathered });
    await screen.findByRole("list", { name: "Các đơn vị được phân công" });
    await user.upload(screen.getByLabelText("Tệp các đơn vị gửi lại (.xlsx)"), [returnFile("noi-vu.xlsx", async () => ({ ok: true, returned: returned("noi-vu.xlsx", NOI_VU) }))]);
    await user.click(screen.getByRole("button", { name: "Gộp điểm từ các đơn vị" }));
    await shown("Đã chép 5 ô vào trang chấm điểm.");
    operations.mergeReturns.mockImplementation(async () => ({ ...gathered, changedCells: 0 }));
    await user.click(screen.getByRole("button", { name: "Gộp điểm từ các đơn vị" }));
    await shown("Đã chép 0 ô: không có gì mới.");
    expect(readOrder).toEqual(["noi-vu.xlsx"]);
    expect(operations.mergeReturns).toHaveBeenCalledTimes(2);
    expect(operations.mergeReturns.mock.calls[1]![0].returns[0]).toBe(operations.mergeReturns.mock.calls[0]![0].returns[0]);
  });

  it("gathers nothing when no picked file can be read", async () => {
    const { user, operations } = await openAssignmentStep();
    await screen.findByRole("list", { name: "Các đơn vị được phân công" });
    await user.upload(screen.getByLabelText("Tệp các đơn vị gửi lại (.xlsx)"), [returnFile("cu-97.xlsx", async () => ({ ok: false, problem: { kind: "bytes", problem: "legacy_xls" } }))]);
    await user.click(screen.getByRole("button", { name: "Gộp điểm từ các đơn vị" }));
    await screen.findByText("Không tệp nào đọc được; chưa gộp gì.");
    expect(operations.mergeReturns).not.toHaveBeenCalled();
  });
});

describe("«Chỉ hiện mục của đơn vị»", () => {
  it("shows a unit's items and says only this user sees a sheet view, or warns that co-authors see hidden rows", async () => {
    const { user, operations } = await openAssignmentStep({
      showUnitItems: async (request) => ({ sheetName: SHEET_NAME, unit: request.unit, shown: request.unit === null ? 4 : 1, hidden: request.unit === null ? 0 : 3, method: "sheetView" }),
    });
    await screen.findByRole("list", { name: "Các đơn vị được phân công" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Đơn vị" }), TU_PHAP);
    await user.click(screen.getByRole("button", { name: "Chỉ hiện mục của đơn vị" }));
    await shown(`Đang hiện 1 mục của ${TU_PHAP}, ẩn 3 dòng.`);
    expect(operations.showUnitItems).toHaveBeenCalledWith({ sheetName: SHEET_NAME, unit: TU_PHAP });
    expect(screen.getByText(/Chỉ bạn thấy bộ lọc này/)).toBeInTheDocument();

    operations.showUnitItems.mockImplementation(async (request) => ({ sheetName: SHEET_NAME, unit: request.unit, shown: 3, hidden: 1, method: "rows" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Đơn vị" }), NOI_VU);
    await user.click(screen.getByRole("button", { name: "Chỉ hiện mục của đơn vị" }));
    await screen.findByText(/người cùng soạn thảo sổ này \(OneDrive\/SharePoint\) cũng thấy bị ẩn/);

    await user.click(screen.getByRole("button", { name: "Hiện tất cả" }));
    await shown("Đang hiện tất cả 3 mục.");
    expect(operations.showUnitItems).toHaveBeenLastCalledWith({ sheetName: SHEET_NAME, unit: null });
    expect(screen.queryByText(/cũng thấy bị ẩn/)).not.toBeInTheDocument();
  });
});

describe("in English", () => {
  it("labels the step and its actions", async () => {
    await openAssignmentStep({}, "en");
    await screen.findByRole("heading", { name: "Step 7. Assign, send and gather" });
    expect(await screen.findByRole("button", { name: "Create a file for each unit" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Gather the units' scores" })).toBeInTheDocument();
    expect(screen.getByText("1 item assigned to no unit: 7.5.")).toBeInTheDocument();
  });
});
