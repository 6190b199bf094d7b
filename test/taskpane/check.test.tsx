/** @jest-environment jsdom */
// Step 3: the check's counts, its issues as jumps to their cells, and the cells turned into numbers.
import { screen, waitFor, within } from "@testing-library/react";
import { formatIssue, type Issue } from "../../src/domain";
import type { ScoreSheetInfo } from "../../src/excel/host/workbookOperations";
import { createFakeOperations, emptyCheck } from "../helpers/fakeOperations";
import { renderPane } from "./renderPane";

const SHEET: ScoreSheetInfo = { sheetName: "Chấm điểm 2021", templateId: "son-la-vpub-2021", templateName: "Sơn La", unit: "VP UBND", year: 2021 };

const ISSUES: Issue[] = [
  { code: "score_above_max", severity: "error", sheet: "Chấm điểm 2021", cell: "F14", path: ["5", "5.2"], itemCode: "5.2", column: "self", value: 380, max: 350 },
  { code: "score_not_a_number", severity: "error", cell: "G20", itemCode: "6.1", column: "appraised", text: "abc" },
  { code: "score_missing", severity: "warning", sheet: "Chấm điểm 2021", cell: "F30", itemCode: "8.1" },
];

function paneWithSheet() {
  return createFakeOperations({
    getState: async () => ({ scoreSheets: [SHEET], current: SHEET, planSheets: [] }),
    checkScores: async () => ({ ...emptyCheck("Chấm điểm 2021"), ok: false, issues: ISSUES, convertedCells: ["F9", "G11"] }),
  });
}

describe("checking scores", () => {
  it("opens on the check step of the current scoring sheet", async () => {
    await renderPane({ operations: paneWithSheet() });
    expect(screen.getByRole("heading", { name: "Bước 3. Kiểm tra điểm" })).toBeInTheDocument();
    expect(screen.getByText("Trang chấm điểm: Chấm điểm 2021")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "3. Kiểm tra" })).toHaveAttribute("aria-current", "step");
    expect(screen.getByRole("button", { name: "4. Tổng hợp" })).toBeDisabled();
  });

  it("counts errors and warnings and jumps to an issue's cell", async () => {
    const operations = paneWithSheet();
    const { user } = await renderPane({ operations });
    await user.click(screen.getByRole("button", { name: "Kiểm tra điểm" }));

    expect(operations.checkScores.mock.calls[0]![0]).toEqual({ sheetName: "Chấm điểm 2021" });
    expect(await screen.findByText("2 lỗi, 1 cảnh báo")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Đã kiểm tra: 2 lỗi, 1 cảnh báo.");
    const list = screen.getByRole("list", { name: "Lỗi và cảnh báo" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(3);

    // The wording is the core's; the pane shows it as a jump to the cell.
    await user.click(within(list).getByRole("button", { name: formatIssue(ISSUES[0]!, "vi") }));
    await waitFor(() => expect(operations.selectCell).toHaveBeenCalledWith("Chấm điểm 2021", "F14"));
    // An issue that names no sheet is on the checked one.
    await user.click(within(list).getByRole("button", { name: /^Ô G20/ }));
    await waitFor(() => expect(operations.selectCell).toHaveBeenLastCalledWith("Chấm điểm 2021", "G20"));
  });

  it("reports the text cells it turned into numbers", async () => {
    const operations = paneWithSheet();
    const { user } = await renderPane({ operations });
    await user.click(screen.getByRole("button", { name: "Kiểm tra điểm" }));
    expect(await screen.findByText("Đã chuyển 2 ô điểm dạng chữ thành số để công thức tính được:")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Đến ô G11 trên trang Chấm điểm 2021" }));
    await waitFor(() => expect(operations.selectCell).toHaveBeenCalledWith("Chấm điểm 2021", "G11"));
  });

  it("says so when there is nothing to fix", async () => {
    const operations = createFakeOperations({ getState: async () => ({ scoreSheets: [SHEET], current: SHEET, planSheets: [] }) });
    const { user } = await renderPane({ operations });
    await user.click(screen.getByRole("button", { name: "Kiểm tra điểm" }));
    expect(await screen.findByText("0 lỗi, 0 cảnh báo")).toBeInTheDocument();
    expect(screen.getByText("Không có lỗi: có thể xem tổng hợp điểm.")).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Lỗi và cảnh báo" })).not.toBeInTheDocument();
  });

  it("checks the sheet picked when the workbook has several", async () => {
    const other: ScoreSheetInfo = { ...SHEET, sheetName: "Chấm điểm 2022", year: 2022 };
    const operations = createFakeOperations({ getState: async () => ({ scoreSheets: [SHEET, other], current: SHEET, planSheets: [] }) });
    const { user } = await renderPane({ operations });
    await user.selectOptions(screen.getByRole("combobox", { name: "Trang chấm điểm đang dùng" }), "Chấm điểm 2022");
    await user.click(screen.getByRole("button", { name: "Kiểm tra điểm" }));
    expect(operations.checkScores.mock.calls[0]![0]).toEqual({ sheetName: "Chấm điểm 2022" });
  });
});
