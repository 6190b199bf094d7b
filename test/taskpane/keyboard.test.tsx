/** @jest-environment jsdom */
// Keyboard use: Tab moves through real buttons in reading order to the primary one, and Enter runs it.
import { act, screen, waitFor } from "@testing-library/react";
import type { LoadTemplateResult } from "../../src/excel/host/workbookOperations";
import { createFakeOperations, deferred } from "../helpers/fakeOperations";
import { renderPane } from "./renderPane";

describe("keyboard", () => {
  it("reaches the primary button with Tab and activates it with Enter", async () => {
    const { user, operations } = await renderPane();
    const primary = screen.getByRole("button", { name: "Tạo trang chấm điểm" });
    const visited: Element[] = [];
    for (let i = 0; i < 30 && document.activeElement !== primary; i += 1) {
      await user.tab();
      if (document.activeElement) visited.push(document.activeElement);
    }
    expect(primary).toHaveFocus();
    // Header, step list, then the form, as they are read.
    const names = visited.map((element) => element.getAttribute("aria-label") ?? element.textContent ?? "");
    expect(names.indexOf("Đọc lại sổ làm việc")).toBeLessThan(names.indexOf("1. Bộ tiêu chí"));
    expect(names.indexOf("1. Bộ tiêu chí")).toBeLessThan(visited.indexOf(screen.getByRole("textbox", { name: /Tên đơn vị/ })));

    await user.keyboard("{Enter}");
    await waitFor(() => expect(operations.loadTemplate).toHaveBeenCalledTimes(1));
    // The next step's heading takes focus, so the keyboard user continues from there.
    expect(await screen.findByRole("heading", { name: "Bước 2. Nhập điểm" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Kiểm tra điểm" })).toHaveFocus();
  });

  it("keeps a pressed button focusable while it is busy", async () => {
    const pending = deferred<LoadTemplateResult>();
    const { user } = await renderPane({ operations: createFakeOperations({ loadTemplate: () => pending.promise }) });
    const primary = screen.getByRole("button", { name: "Tạo trang chấm điểm" });
    primary.focus();
    await user.keyboard("{Enter}");
    expect(primary).toHaveAttribute("aria-disabled", "true");
    expect(primary).toHaveFocus();
    await act(async () => pending.resolve({ sheetName: "Chấm điểm", rowCount: 3 }));
  });
});
