/** @jest-environment jsdom */
// Step 5: the plan is built with the default lead unit and time frame, and its result summed up.
import { screen, waitFor } from "@testing-library/react";
import { buildPlanSheet, layoutScoreSheet, checkScoreSheet } from "../../src/domain";
import type { BuildPlanResult, ScoreSheetInfo } from "../../src/excel/host/workbookOperations";
import { makeIssue } from "../../src/domain/issues";
import { HostError } from "../../src/excel/host/hostError";
import { createFakeOperations } from "../helpers/fakeOperations";
import { typeScores } from "../helpers/scoreGrid";
import { seed001Scores, seed001Template } from "../helpers/seed001";
import { paneSettled, renderPane } from "./renderPane";

const SHEET: ScoreSheetInfo = {
  sheetName: "Chấm điểm 2021",
  templateId: "son-la-vpub-2021",
  templateName: "Sơn La",
  unit: "Văn phòng UBND tỉnh Sơn La",
  year: 2021,
};

function seed001Plan(rebuilt: boolean): BuildPlanResult {
  const template = seed001Template();
  const layout = layoutScoreSheet(template, { year: 2021 });
  const check = checkScoreSheet(template, typeScores(layout, seed001Scores).values);
  const { plan } = buildPlanSheet(template, check, { year: 2021 });
  return { sheetName: "Kế hoạch khắc phục", rebuilt, plan, issues: [] };
}

async function openPlanStep(planSheets: string[] = [], result = seed001Plan(false)) {
  const operations = createFakeOperations({
    getState: async () => ({ scoreSheets: [SHEET], current: SHEET, planSheets }),
    buildPlan: async () => result,
  });
  const pane = await renderPane({ operations });
  await pane.user.click(screen.getByRole("button", { name: "5. Kế hoạch" }));
  // The plan step is a chunk of its own.
  await paneSettled();
  return pane;
}

describe("building the remediation plan", () => {
  it("passes the unit as default lead unit and «Thường xuyên» as time frame", async () => {
    const { user, operations } = await openPlanStep();
    expect(screen.getByRole("textbox", { name: /Đơn vị chủ trì mặc định/ })).toHaveValue("Văn phòng UBND tỉnh Sơn La");
    expect(screen.getByRole("textbox", { name: "Thời gian thực hiện mặc định" })).toHaveValue("Thường xuyên");
    await user.click(screen.getByRole("button", { name: "Lập kế hoạch khắc phục" }));
    const [request, onProgress] = operations.buildPlan.mock.calls[0]!;
    expect(request).toEqual({
      sheetName: "Chấm điểm 2021",
      defaults: { leadUnit: "Văn phòng UBND tỉnh Sơn La", timeFrame: "Thường xuyên" },
    });
    expect(typeof onProgress).toBe("function");
  });

  it("sends what staff typed instead, and no lead unit when cleared", async () => {
    const { user, operations } = await openPlanStep();
    await user.clear(screen.getByRole("textbox", { name: /Đơn vị chủ trì mặc định/ }));
    const timeFrame = screen.getByRole("textbox", { name: "Thời gian thực hiện mặc định" });
    await user.clear(timeFrame);
    await user.type(timeFrame, "Quý IV/2022");
    await user.click(screen.getByRole("button", { name: "Lập kế hoạch khắc phục" }));
    expect(operations.buildPlan.mock.calls[0]![0]).toEqual({ sheetName: "Chấm điểm 2021", defaults: { timeFrame: "Quý IV/2022" } });
  });

  it("sums up the plan it built and jumps to it", async () => {
    const { user, operations } = await openPlanStep();
    await user.click(screen.getByRole("button", { name: "Lập kế hoạch khắc phục" }));
    expect(await screen.findByText("7 lĩnh vực có tồn tại, hạn chế.")).toBeInTheDocument();
    expect(screen.getByText("Tổng điểm bị trừ: 5,48.")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Đã tạo trang «Kế hoạch khắc phục».");
    expect(screen.getByRole("button", { name: "Lập lại kế hoạch khắc phục" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Đã tạo trang «Kế hoạch khắc phục»." }));
    await waitFor(() => expect(operations.selectCell).toHaveBeenCalledWith("Kế hoạch khắc phục", "A1"));
  });

  it("offers a rebuild when the workbook has a plan, and counts what was kept aside", async () => {
    const result = seed001Plan(true);
    result.plan.keptAside = [{ code: "3.1", name: "Cải cách TTHC", fields: { remedy: "Rà soát", leadUnit: "", coUnits: "", timeFrame: "", note: "" } }];
    const { user } = await openPlanStep(["Kế hoạch khắc phục"], result);
    await user.click(screen.getByRole("button", { name: "Lập lại kế hoạch khắc phục" }));
    expect(await screen.findByText("Đã cập nhật trang «Kế hoạch khắc phục», giữ nguyên nội dung đã nhập.", { selector: "button" })).toBeInTheDocument();
    expect(screen.getByText(/^1 mục không còn bị trừ điểm/)).toBeInTheDocument();
  });

  it("counts the rows staff added without an item code, kept in part IV", async () => {
    const result = seed001Plan(true);
    result.plan.staffRows = [{ cells: ["Ghi chú: trình lãnh đạo", "", "", "", "", "", "", "", "", "", "", ""], after: "8.1" }];
    const { user } = await openPlanStep(["Kế hoạch khắc phục"], result);
    await user.click(screen.getByRole("button", { name: "Lập lại kế hoạch khắc phục" }));
    expect(await screen.findByText("1 dòng cán bộ đã thêm không gắn mã mục, được giữ ở mục IV cuối trang.")).toBeInTheDocument();
  });

  it("points to the document fields sheet added with the first plan", async () => {
    const result = { ...seed001Plan(false), documentFields: { sheetName: "Thông tin văn bản 2021", created: true } };
    const { user, operations } = await openPlanStep([], result);
    await user.click(screen.getByRole("button", { name: "Lập kế hoạch khắc phục" }));
    const link = await screen.findByRole("button", { name: "Đã thêm trang «Thông tin văn bản 2021»: nhập số, ngày, người ký, nơi nhận… của văn bản ở đó." });
    await user.click(link);
    await waitFor(() => expect(operations.selectCell).toHaveBeenCalledWith("Thông tin văn bản 2021", "A1"));
  });

  it("says nothing of the fields sheet when it was already there", async () => {
    const result = { ...seed001Plan(true), documentFields: { sheetName: "Thông tin văn bản 2021", created: false } };
    const { user } = await openPlanStep(["Kế hoạch khắc phục"], result);
    await user.click(screen.getByRole("button", { name: "Lập lại kế hoạch khắc phục" }));
    await screen.findByText("7 lĩnh vực có tồn tại, hạn chế.");
    expect(screen.queryByText(/Đã thêm trang «Thông tin văn bản/)).not.toBeInTheDocument();
  });

  it("shows a cell too long for Excel in Vietnamese, naming the sheet and the cell, not as an unexpected error", async () => {
    const issue = { ...makeIssue("cell_text_too_long", "error", { length: 40_000, limit: 32_767 }), sheet: "Kế hoạch khắc phục 2021", cell: "H12" };
    const operations = createFakeOperations({
      getState: async () => ({ scoreSheets: [SHEET], current: SHEET, planSheets: [] }),
      buildPlan: async () => {
        throw new HostError("cellTextTooLong", "buildPlan", { issues: [issue] }, "vi");
      },
    });
    const { user } = await renderPane({ operations });
    await user.click(screen.getByRole("button", { name: "5. Kế hoạch" }));
    await user.click(await screen.findByRole("button", { name: "Lập kế hoạch khắc phục" }));
    const bar = await screen.findByRole("group", { name: "Không thực hiện được" });
    expect(bar).toHaveTextContent(
      "Có ô dài hơn mức Excel giữ được trong một ô nên chưa ghi gì; sổ làm việc chưa bị thay đổi. Trang «Kế hoạch khắc phục 2021», ô H12: Nội dung dài 40.000 ký tự, vượt giới hạn 32.767 ký tự của một ô Excel; hãy rút gọn hoặc chia ra nhiều ô.",
    );
    expect(bar).not.toHaveTextContent(/không mong muốn|characters in/);
  });
});
