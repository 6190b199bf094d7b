/** @jest-environment jsdom */
// Step 6, «Tổng hợp nhiều đơn vị»: files picked and read one by one (the reader is the one the
// files tests prove; here it stands in), this workbook's sheets, last year and the groups sent to
// the host, and what came back shown: the ranked units (with their appraisal stage once a workbook
// went through the rounds, a result not final marked), those left out with their issues.
import { screen, waitFor, within } from "@testing-library/react";
import { makeIssue } from "../../src/domain/issues";
import { rankUnits } from "../../src/domain/ranking/rankUnits";
import type { UnitResult } from "../../src/domain/ranking/unitResult";
import type { BuildRankingResult, BuildRankingRequest } from "../../src/excel/host/workbookOperations";
import type { PickedFile } from "../../src/taskpane/files/pickedFile";
import type { UnitFileReading } from "../../src/taskpane/files/workbookReader";
import { createFakeOperations, deferred } from "../helpers/fakeOperations";
import { unitAt } from "../helpers/rankingUnits";
import { renderPane } from "./renderPane";

/** What the stand-in reader answers for each file name. */
const readings = new Map<string, () => Promise<UnitFileReading>>();
const readOrder: string[] = [];

jest.mock("../../src/taskpane/files/loadWorkbookReader", () => ({
  loadWorkbookReader: async () => ({
    readUnitWorkbookFile: async (file: PickedFile) => {
      readOrder.push(file.name);
      const answer = readings.get(file.name);
      if (!answer) throw new Error(`no reading for ${file.name}`);
      return answer();
    },
    readPreviousRankingFile: async () => ({ ok: false, problem: { kind: "bytes", problem: "legacy_xls" } }),
  }),
}));

const SHEET = { sheetName: "Chấm điểm 2021", templateId: "thu-nghiem-100", templateName: "Thử", unit: "Sở Nội vụ", year: 2021 };

function unitFile(name: string, unit: UnitResult): File {
  readings.set(name, async () => ({ ok: true, file: name, units: [unit] }));
  return new File([new Uint8Array(10)], name, { lastModified: 1 });
}

function rankingOf(request: BuildRankingRequest, workbook: UnitResult[] = []): BuildRankingResult {
  const ranking = rankUnits([...request.units, ...workbook], {
    ...(request.groups ? { groups: request.groups } : {}),
    previous: request.previous ?? null,
    ...(request.finalOnly ? { finalOnly: true } : {}),
  });
  return { rankingSheet: "Xếp hạng 2021", areasSheet: "Theo lĩnh vực 2021", rebuilt: false, notesKept: 0, ranking, workbookFiles: workbook.map((unit) => unit.file), charts: 2 };
}

async function openRankingStep(overrides: Parameters<typeof createFakeOperations>[0] = {}, scoreSheets = [SHEET]) {
  const operations = createFakeOperations({
    getState: async () => ({ scoreSheets, current: scoreSheets[0] ?? null, planSheets: [] }),
    buildRanking: async (request) => rankingOf(request),
    ...overrides,
  });
  const pane = await renderPane({ operations });
  await pane.user.click(screen.getByRole("button", { name: "6. Tổng hợp đơn vị" }));
  await screen.findByRole("heading", { name: "Bước 6. Tổng hợp nhiều đơn vị" });
  // The step's own script loads on demand.
  await screen.findByRole("button", { name: "Chọn tệp của các đơn vị…" });
  return pane;
}

beforeEach(() => {
  readings.clear();
  readOrder.splice(0);
});

describe("consolidating many units", () => {
  it("reads the picked files one by one and ranks them with this workbook's sheets", async () => {
    const { user, operations } = await openRankingStep();
    const files = [unitFile("so-tu-phap.xlsx", unitAt("Sở Tư pháp", 92.5, { year: 2021 })), unitFile("so-y-te.xlsx", unitAt("Sở Y tế", 78, { year: 2021 }))];
    await user.upload(screen.getByLabelText("Tệp chấm điểm của các đơn vị (.xlsx)"), files);
    const list = screen.getByRole("list", { name: "Tệp đã chọn" });
    expect(within(list).getAllByRole("listitem").map((item) => item.textContent)).toEqual([expect.stringContaining("so-tu-phap.xlsxchờ đọc"), expect.stringContaining("so-y-te.xlsxchờ đọc")]);
    expect(screen.getByRole("checkbox", { name: "Dùng cả 1 trang chấm điểm có trong sổ này" })).toBeChecked();

    await user.click(screen.getByRole("button", { name: "Tổng hợp và xếp hạng" }));
    await waitFor(() => expect(operations.buildRanking).toHaveBeenCalledTimes(1));
    expect(readOrder).toEqual(["so-tu-phap.xlsx", "so-y-te.xlsx"]);
    const [request, onProgress] = operations.buildRanking.mock.calls[0]!;
    expect(request.units.map((unit) => unit.unit)).toEqual(["Sở Tư pháp", "Sở Y tế"]);
    expect(request).toMatchObject({ includeWorkbookSheets: true, groups: { thresholds: [9000, 8000, 7000], labels: ["A", "B", "C", "D"] }, previous: null });
    expect(typeof onProgress).toBe("function");
    expect(within(list).getAllByText("đã đọc")).toHaveLength(2);

    const table = await screen.findByRole("table", { name: "2 đơn vị được xếp hạng năm 2021" });
    expect(within(table).getAllByRole("row").map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent))).toEqual([
      ["Hạng", "Đơn vị", "Chỉ số", "Nhóm"],
      ["1", "Sở Tư pháp", "92,5%", "A"],
      ["2", "Sở Y tế", "78%", "C"],
    ]);
    expect(screen.getByRole("status")).toHaveTextContent("Đã tạo trang «Xếp hạng 2021» và «Theo lĩnh vực 2021» (2 biểu đồ).");
    await user.click(screen.getByRole("button", { name: "Đã tạo trang «Xếp hạng 2021» và «Theo lĩnh vực 2021» (2 biểu đồ)." }));
    await waitFor(() => expect(operations.selectCell).toHaveBeenCalledWith("Xếp hạng 2021", "A1"));
  });

  it("shows each unit's appraisal stage, marks a result not final, and ranks only final results when asked", async () => {
    const { user, operations } = await openRankingStep({}, []);
    const files = [
      unitFile("so-tu-phap.xlsx", { ...unitAt("Sở Tư pháp", 92.5, { year: 2021 }), stage: "final" }),
      unitFile("so-y-te.xlsx", { ...unitAt("Sở Y tế", 78, { year: 2021 }), stage: "explained" }),
    ];
    await user.upload(screen.getByLabelText("Tệp chấm điểm của các đơn vị (.xlsx)"), files);
    await user.click(screen.getByRole("button", { name: "Tổng hợp và xếp hạng" }));
    const table = await screen.findByRole("table", { name: "2 đơn vị được xếp hạng năm 2021" });
    expect(within(table).getAllByRole("row").map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent))).toEqual([
      ["Hạng", "Đơn vị", "Chỉ số", "Nhóm", "Giai đoạn"],
      ["1", "Sở Tư pháp", "92,5%", "A", "Đã chốt"],
      ["2", "Sở Y tế *", "78%", "C", "Đã giải trình"],
    ]);
    expect(screen.getByRole("note")).toHaveTextContent("1 đơn vị được xếp hạng khi kết quả chưa chốt (đánh dấu *)");
    expect(operations.buildRanking.mock.calls[0]![0].finalOnly).toBeUndefined();

    await user.click(screen.getByRole("checkbox", { name: "Chỉ xếp hạng đơn vị đã chốt kết quả thẩm định" }));
    await user.click(screen.getByRole("button", { name: "Lập lại bảng xếp hạng" }));
    await waitFor(() => expect(operations.buildRanking).toHaveBeenCalledTimes(2));
    expect(operations.buildRanking.mock.calls[1]![0]).toMatchObject({ finalOnly: true });
    const only = await screen.findByRole("table", { name: "1 đơn vị được xếp hạng năm 2021" });
    expect(within(only).getAllByRole("row")).toHaveLength(2);
    expect(screen.queryByRole("note")).not.toBeInTheDocument();
    expect(screen.getByText("kết quả chưa chốt (thẩm định chưa xong)")).toBeInTheDocument();
  });

  it("says why a file cannot be used, ranks the others, and does not read the read ones again on a rebuild", async () => {
    const { user, operations } = await openRankingStep();
    // Named .xlsx but an Excel 97–2003 file inside, as staff rename files.
    readings.set("cu.xlsx", async () => ({ ok: false, file: "cu.xlsx", problem: { kind: "bytes", problem: "legacy_xls" } }));
    readings.set("xep-hang.xlsx", async () => ({ ok: false, file: "xep-hang.xlsx", issues: [makeIssue("rank_no_score_sheet", "error", { file: "xep-hang.xlsx", rankingWorkbook: true })] }));
    const picked = [new File([new Uint8Array(3)], "cu.xlsx"), new File([new Uint8Array(3)], "xep-hang.xlsx"), unitFile("so-noi-vu.xlsx", unitAt("Sở Nội vụ", 88, { year: 2021 }))];
    await user.upload(screen.getByLabelText("Tệp chấm điểm của các đơn vị (.xlsx)"), picked);
    await user.click(screen.getByRole("button", { name: "Tổng hợp và xếp hạng" }));
    expect(await screen.findByText("Tệp Excel 97–2003 (.xls): hãy mở và lưu thành .xlsx.")).toBeInTheDocument();
    expect(screen.getByText(/^Tệp «xep-hang.xlsx» là bảng tổng hợp xếp hạng/)).toBeInTheDocument();
    expect(await screen.findByText("2 tệp không đọc được, chưa đưa vào bảng xếp hạng:")).toBeInTheDocument();
    expect(operations.buildRanking.mock.calls[0]![0].units.map((unit) => unit.unit)).toEqual(["Sở Nội vụ"]);

    await user.click(screen.getByRole("button", { name: "Lập lại bảng xếp hạng" }));
    await waitFor(() => expect(operations.buildRanking).toHaveBeenCalledTimes(2));
    expect(readOrder).toEqual(["cu.xlsx", "xep-hang.xlsx", "so-noi-vu.xlsx"]);
    expect(operations.buildRanking.mock.calls[1]![0].units.map((unit) => unit.unit)).toEqual(["Sở Nội vụ"]);
  });

  it("lists the units left out with their issues, which lead to the cell only for this workbook's sheets, and flags a unit given twice", async () => {
    const inWorkbook: UnitResult = {
      ...unitAt("Sở Nội vụ", 90, { year: 2021, file: "«Chấm điểm 2021» (sổ này)" }),
      sheet: "Chấm điểm 2021",
      issues: [makeIssue("score_above_max", "error", { itemCode: "1.1", column: "appraised", value: 7000, max: 6000 }, { sheet: "Chấm điểm 2021", cell: "G7" })],
    };
    const { user, operations } = await openRankingStep({ buildRanking: async (request) => rankingOf(request, [inWorkbook]) });
    await user.upload(screen.getByLabelText("Tệp chấm điểm của các đơn vị (.xlsx)"), [
      unitFile("so-y-te.xlsx", unitAt("Sở Y tế", 80, { year: 2021, file: "so-y-te.xlsx" })),
      unitFile("so-y-te-ban-2.xlsx", unitAt("Sở Y tế", 81, { year: 2021, file: "so-y-te-ban-2.xlsx" })),
    ]);
    await user.click(screen.getByRole("button", { name: "Tổng hợp và xếp hạng" }));
    const left = await screen.findByRole("list", { name: "3 đơn vị chưa được xếp hạng" });
    expect(within(left).getAllByText("trùng đơn vị")).toHaveLength(2);
    expect(within(left).getByText("còn lỗi điểm")).toBeInTheDocument();
    const issue = within(left).getByRole("button", { name: /Ô G7/ });
    await user.click(issue);
    await waitFor(() => expect(operations.selectCell).toHaveBeenCalledWith("Chấm điểm 2021", "G7"));
    // The duplicates' issues are about other files: text, not links.
    expect(within(left).getAllByRole("button")).toHaveLength(1);
  });

  it("sends last year's pasted table and the groups staff named, and shows the change", async () => {
    const { user, operations } = await openRankingStep({}, []);
    expect(screen.getByText("Sổ này chưa có trang chấm điểm nào; chỉ tổng hợp các tệp đã chọn.")).toBeInTheDocument();
    await user.upload(screen.getByLabelText("Tệp chấm điểm của các đơn vị (.xlsx)"), [unitFile("so-tu-phap.xlsx", unitAt("Sở Tư pháp", 85, { year: 2021 }))]);
    await user.click(screen.getByRole("radio", { name: "Dán bảng (đơn vị, xếp hạng, chỉ số %)" }));
    await user.click(screen.getByRole("textbox", { name: /Bảng xếp hạng năm trước/ }));
    await user.paste("Đơn vị\tXếp hạng\tChỉ số (%)\nSở Tư pháp\t3\t80,5");
    const thresholds = screen.getByRole("textbox", { name: /Ngưỡng các nhóm/ });
    await user.clear(thresholds);
    await user.type(thresholds, "85, 70");
    const labels = screen.getByRole("textbox", { name: /Tên các nhóm/ });
    await user.clear(labels);
    await user.type(labels, "Tốt, Khá, Trung bình");
    await user.click(screen.getByRole("button", { name: "Tổng hợp và xếp hạng" }));
    await waitFor(() => expect(operations.buildRanking).toHaveBeenCalledTimes(1));
    const [request] = operations.buildRanking.mock.calls[0]!;
    expect(request.includeWorkbookSheets).toBe(false);
    expect(request.groups).toEqual({ thresholds: [8500, 7000], labels: ["Tốt", "Khá", "Trung bình"] });
    expect([...request.previous!.entries.values()]).toEqual([{ unit: "Sở Tư pháp", rank: 3, percent: 8050 }]);
    const table = await screen.findByRole("table");
    expect(within(table).getByRole("row", { name: /Sở Tư pháp/ })).toHaveTextContent("tăng 02 bậc");
    expect(within(table).getByRole("row", { name: /Sở Tư pháp/ })).toHaveTextContent("Tốt");
  });

  it("refuses thresholds that do not go down, without asking Excel", async () => {
    const { user, operations } = await openRankingStep();
    const thresholds = screen.getByRole("textbox", { name: /Ngưỡng các nhóm/ });
    await user.clear(thresholds);
    await user.type(thresholds, "70, 80");
    await user.click(screen.getByRole("button", { name: "Tổng hợp và xếp hạng" }));
    expect(await screen.findByRole("list", { name: "Lỗi và cảnh báo" })).toHaveTextContent(/80/);
    expect(operations.buildRanking).not.toHaveBeenCalled();
  });

  it("says what last year's file is when it cannot be read, and writes nothing", async () => {
    const { user, operations } = await openRankingStep();
    await user.click(screen.getByRole("radio", { name: "Tệp xếp hạng năm trước (.xlsx hoặc .json)" }));
    await user.click(screen.getByRole("button", { name: "Tổng hợp và xếp hạng" }));
    expect(await screen.findByText("Hãy chọn tệp hoặc dán bảng năm trước, hoặc chọn «Không so sánh».")).toBeInTheDocument();
    await user.upload(screen.getByLabelText("Tệp xếp hạng năm trước"), [new File([new Uint8Array(3)], "nam-truoc.xlsx")]);
    expect(screen.getByText("Tệp năm trước: nam-truoc.xlsx")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Tổng hợp và xếp hạng" }));
    expect(await screen.findByText("Tệp Excel 97–2003 (.xls): hãy mở và lưu thành .xlsx.")).toBeInTheDocument();
    expect(operations.buildRanking).not.toHaveBeenCalled();
  });

  it("does not take the same file twice, and needs something to rank", async () => {
    const { user } = await openRankingStep({}, []);
    expect(screen.getByRole("button", { name: "Tổng hợp và xếp hạng" })).toBeDisabled();
    const file = unitFile("so-tu-phap.xlsx", unitAt("Sở Tư pháp", 85, { year: 2021 }));
    await user.upload(screen.getByLabelText("Tệp chấm điểm của các đơn vị (.xlsx)"), [file]);
    await user.upload(screen.getByLabelText("Tệp chấm điểm của các đơn vị (.xlsx)"), [file]);
    expect(screen.getByText("Đã có trong danh sách, không thêm lại: so-tu-phap.xlsx.")).toBeInTheDocument();
    expect(screen.getByText("Đã chọn 1 tệp.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Bỏ tệp so-tu-phap.xlsx" }));
    expect(screen.queryByRole("list", { name: "Tệp đã chọn" })).not.toBeInTheDocument();
  });

  it("shows each file as being read while the reading goes on", async () => {
    const gate = deferred<UnitFileReading>();
    const { user } = await openRankingStep();
    readings.set("cham.xlsx", () => gate.promise);
    await user.upload(screen.getByLabelText("Tệp chấm điểm của các đơn vị (.xlsx)"), [new File([new Uint8Array(3)], "cham.xlsx")]);
    await user.click(screen.getByRole("button", { name: "Tổng hợp và xếp hạng" }));
    expect(await screen.findByText("đang đọc…")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Đang đọc các tệp…");
    gate.resolve({ ok: true, file: "cham.xlsx", units: [unitAt("Sở Tư pháp", 85, { year: 2021 })] });
    expect(await screen.findByText("đã đọc")).toBeInTheDocument();
  });

  it("speaks English", async () => {
    const operations = createFakeOperations({ buildRanking: async (request) => rankingOf(request) });
    const { user } = await renderPane({ operations, language: "en" });
    await user.click(screen.getByRole("button", { name: "6. Ranking" }));
    expect(await screen.findByRole("heading", { name: "Step 6. Consolidate many units" })).toBeInTheDocument();
    await screen.findByRole("button", { name: "Pick the units' files…" });
    await user.upload(screen.getByLabelText("The units' scoring files (.xlsx)"), [unitFile("a.xlsx", unitAt("Sở Tư pháp", 85, { year: 2021 }))]);
    await user.click(screen.getByRole("button", { name: "Consolidate and rank" }));
    expect(await screen.findByRole("table", { name: "1 unit ranked in 2021" })).toBeInTheDocument();
  });
});
