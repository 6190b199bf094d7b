/** @jest-environment jsdom */
// Busy state, progress and errors: every workbook action goes through the pane's one action hook.
import { act, screen, waitFor } from "@testing-library/react";
import type { LoadTemplateResult } from "../../src/excel/host/workbookOperations";
import { createFakeOperations, deferred, lastProgressListener } from "../helpers/fakeOperations";
import { renderPane } from "./renderPane";

class HostError extends Error {
  override name = "HostError";
}

describe("running a workbook action", () => {
  it("disables the buttons and shows each progress step while the action runs", async () => {
    const pending = deferred<LoadTemplateResult>();
    const operations = createFakeOperations({ loadTemplate: () => pending.promise });
    const { user } = await renderPane({ operations });
    const load = screen.getByRole("button", { name: "Tạo trang chấm điểm" });
    await user.click(load);

    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Đang xử lý…");
    act(() => lastProgressListener(operations.loadTemplate)("writing"));
    expect(status).toHaveTextContent("Đang ghi vào Excel…");
    for (const button of screen.getAllByRole("button")) expect(button).toHaveAttribute("aria-disabled", "true");

    // A second press while busy does nothing.
    await user.click(load);
    expect(operations.loadTemplate).toHaveBeenCalledTimes(1);

    await act(async () => pending.resolve({ sheetName: "Chấm điểm", rowCount: 12 }));
    expect(status).toHaveTextContent("Đã tạo trang «Chấm điểm» (12 dòng).");
    for (const button of screen.getAllByRole("button")) expect(button).not.toHaveAttribute("aria-disabled", "true");
  });

  it("shows a host error's own message in the error bar and stays on the step", async () => {
    const operations = createFakeOperations({
      loadTemplate: async () => {
        throw new HostError("Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc rồi thử lại.");
      },
    });
    const { user } = await renderPane({ operations });
    await user.click(screen.getByRole("button", { name: "Tạo trang chấm điểm" }));

    const bar = await screen.findByRole("group", { name: "Không thực hiện được" });
    expect(bar).toHaveTextContent("Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc rồi thử lại.");
    expect(screen.getByRole("heading", { name: "Bước 1. Chọn bộ tiêu chí" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tạo trang chấm điểm" })).not.toHaveAttribute("aria-disabled");

    await user.click(screen.getByRole("button", { name: "Đóng" }));
    expect(screen.queryByRole("group", { name: "Không thực hiện được" })).not.toBeInTheDocument();
  });

  it("gives an unknown error a generic sentence plus its text", async () => {
    const operations = createFakeOperations({ getState: async () => Promise.reject(new TypeError("x is undefined")) });
    await renderPane({ operations });
    expect(await screen.findByRole("group", { name: "Không thực hiện được" })).toHaveTextContent(
      "Đã xảy ra lỗi không mong muốn. Chi tiết: x is undefined",
    );
  });

  it("clears the error when the next action starts", async () => {
    const operations = createFakeOperations();
    operations.loadTemplate.mockRejectedValueOnce(new HostError("Sổ làm việc đang được bảo vệ."));
    const { user } = await renderPane({ operations });
    await user.click(screen.getByRole("button", { name: "Tạo trang chấm điểm" }));
    await screen.findByText("Sổ làm việc đang được bảo vệ.");
    await user.click(screen.getByRole("button", { name: "Tạo trang chấm điểm" }));
    await waitFor(() => expect(screen.queryByText("Sổ làm việc đang được bảo vệ.")).not.toBeInTheDocument());
    expect(await screen.findByRole("heading", { name: "Bước 2. Nhập điểm" })).toBeInTheDocument();
  });
});
