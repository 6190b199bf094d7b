/** @jest-environment jsdom */
// Step 1: bundled template, pasted JSON and the selected range, each turned into a request to the host.
import { screen, waitFor, within } from "@testing-library/react";
import { bundledTemplates, getBundledTemplate, makeIssue } from "../../src/domain";
import { createFakeOperations } from "../helpers/fakeOperations";
import { renderPane } from "./renderPane";

describe("choosing a template", () => {
  it("shows the bundled templates with source, total maximum and description", async () => {
    await renderPane();
    for (const template of bundledTemplates()) {
      expect(screen.getByRole("radio", { name: template.name })).toBeInTheDocument();
    }
    const first = bundledTemplates()[0]!;
    expect(screen.getByRole("radio", { name: first.name })).toBeChecked();
    expect(screen.getByText(first.source)).toBeInTheDocument();
    expect(screen.getByText("Tổng điểm tối đa").nextElementSibling).toHaveTextContent(/^100$/);
  });

  it("loads the chosen template with the unit and year typed", async () => {
    const { user, operations } = await renderPane();
    await user.type(screen.getByRole("textbox", { name: /Tên đơn vị/ }), "Văn phòng UBND tỉnh Sơn La");
    const year = screen.getByRole("textbox", { name: "Năm đánh giá" });
    await user.clear(year);
    await user.type(year, "2021");
    await user.click(screen.getByRole("radio", { name: /Quyết định 2948/ }));
    await user.click(screen.getByRole("button", { name: "Tạo trang chấm điểm" }));

    expect(operations.loadTemplate).toHaveBeenCalledTimes(1);
    const [request, onProgress] = operations.loadTemplate.mock.calls[0]!;
    expect(request).toEqual({ template: getBundledTemplate("qd-2948-bnv-tinh"), unit: "Văn phòng UBND tỉnh Sơn La", year: 2021 });
    expect(typeof onProgress).toBe("function");
    expect(await screen.findByRole("heading", { name: "Bước 2. Nhập điểm" })).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent("Đã tạo trang «Chấm điểm» (20 dòng).");
    expect(screen.getByText(/Cột F: điểm tự đánh giá/)).toBeInTheDocument();
    expect(screen.getByText(/Cột G: điểm thẩm định/)).toBeInTheDocument();
    expect(screen.getByText(/Cột D: gõ x/)).toBeInTheDocument();
  });

  it("leaves out a blank unit and refuses a year that is not one", async () => {
    const { user, operations } = await renderPane();
    const year = screen.getByRole("textbox", { name: "Năm đánh giá" });
    await user.clear(year);
    await user.type(year, "21");
    expect(screen.getByText("Năm phải là số nguyên từ 1990 đến 2100.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tạo trang chấm điểm" })).toBeDisabled();

    await user.clear(year);
    await user.click(screen.getByRole("button", { name: "Tạo trang chấm điểm" }));
    expect(operations.loadTemplate.mock.calls[0]![0]).toEqual({ template: bundledTemplates()[0] });
  });

  it("lists the issues of pasted JSON and does not load it", async () => {
    const { user, operations } = await renderPane();
    await user.click(screen.getByRole("radio", { name: "Dán bộ tiêu chí (JSON)" }));
    const broken = {
      ...getBundledTemplate("qd-2948-bnv-tinh"),
      areas: [
        { code: "1", name: "Công tác chỉ đạo điều hành", maxPoints: 11.5, children: [{ code: "2.1", name: "Lạc chỗ", maxPoints: 11.5 }] },
      ],
    };
    await user.click(await screen.findByRole("textbox", { name: /Nội dung JSON/ }));
    await user.paste(JSON.stringify(broken));
    await user.click(screen.getByRole("button", { name: "Đọc bộ tiêu chí" }));

    const list = screen.getByRole("list", { name: "Bộ tiêu chí có lỗi, chưa dùng được:" });
    expect(within(list).getByText(/Mã 2\.1 không nằm dưới mã cha 1/)).toBeInTheDocument();
    expect(within(list).getAllByText("Lỗi").length).toBeGreaterThan(0);
    expect(screen.queryByRole("button", { name: "Tạo trang chấm điểm" })).not.toBeInTheDocument();
    expect(operations.loadTemplate).not.toHaveBeenCalled();
  });

  it("reports JSON that does not parse", async () => {
    const { user } = await renderPane();
    await user.click(screen.getByRole("radio", { name: "Dán bộ tiêu chí (JSON)" }));
    await user.click(await screen.findByRole("textbox", { name: /Nội dung JSON/ }));
    await user.paste("{ không phải JSON");
    await user.click(screen.getByRole("button", { name: "Đọc bộ tiêu chí" }));
    expect(screen.getByRole("list", { name: /Bộ tiêu chí có lỗi/ })).toHaveTextContent("Bộ tiêu chí không đọc được:");
  });

  it("loads valid pasted JSON after showing what it holds", async () => {
    const { user, operations } = await renderPane();
    await user.click(screen.getByRole("radio", { name: "Dán bộ tiêu chí (JSON)" }));
    const template = { ...getBundledTemplate("son-la-vpub-2021"), id: "ban-sao", name: "Bản sao Sơn La" };
    await user.click(await screen.findByRole("textbox", { name: /Nội dung JSON/ }));
    await user.paste(JSON.stringify(template));
    await user.click(screen.getByRole("button", { name: "Đọc bộ tiêu chí" }));
    expect(screen.getByText("Đã đọc bộ tiêu chí «Bản sao Sơn La».")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Tạo trang chấm điểm" }));
    expect(operations.loadTemplate.mock.calls[0]![0].template.name).toBe("Bản sao Sơn La");
  });

  it("imports the selected range and lists why it could not", async () => {
    const operations = createFakeOperations({
      importSelectionAsTemplate: async () => ({
        ok: false,
        address: "'Bộ tiêu chí'!A1:C9",
        issues: [makeIssue("import_no_max_column", "error", {})],
      }),
    });
    const { user } = await renderPane({ operations });
    await user.click(screen.getByRole("radio", { name: "Vùng đang chọn trong Excel" }));
    await user.click(await screen.findByRole("button", { name: "Dùng vùng đang chọn làm bộ tiêu chí" }));
    expect(operations.importSelectionAsTemplate.mock.calls[0]![0]).toEqual({ year: new Date().getFullYear() });
    expect(await screen.findByText("Không đọc được bộ tiêu chí từ vùng 'Bộ tiêu chí'!A1:C9:")).toBeInTheDocument();
    expect(screen.getByRole("list", { name: /Không đọc được/ }).children).toHaveLength(1);
  });

  it("moves on to scoring when the selected range becomes a sheet", async () => {
    const template = getBundledTemplate("qd-2948-bnv-tinh");
    const operations = createFakeOperations({
      importSelectionAsTemplate: async () => ({
        ok: true,
        template,
        sheetName: "Chấm điểm (2)",
        warnings: [{ code: "import_row_skipped", severity: "warning", text: "Ghi chú", sheet: "Bộ tiêu chí", cell: "A12" }],
      }),
    });
    const { user } = await renderPane({ operations });
    await user.click(screen.getByRole("radio", { name: "Vùng đang chọn trong Excel" }));
    await user.click(await screen.findByRole("button", { name: "Dùng vùng đang chọn làm bộ tiêu chí" }));
    await screen.findByRole("heading", { name: "Bước 2. Nhập điểm" });
    await user.click(screen.getByRole("button", { name: /^Ô A12/ }));
    await waitFor(() => expect(operations.selectCell).toHaveBeenCalledWith("Bộ tiêu chí", "A12"));
  });

  it("says which finishes Excel could not draw and leads to the first score cell", async () => {
    const operations = createFakeOperations({
      loadTemplate: async () => ({ sheetName: "Chấm điểm", rowCount: 20, skippedFeatures: ["freezePanes", "pageLayout"] }),
    });
    const { user } = await renderPane({ operations });
    await user.click(screen.getByRole("button", { name: "Tạo trang chấm điểm" }));
    expect(
      await screen.findByText(
        "Excel này chưa hỗ trợ hoặc không nhận cố định dòng tiêu đề, khổ in A4 ngang; trang vẫn dùng được bình thường.",
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Đến ô nhập điểm đầu tiên" }));
    await waitFor(() => expect(operations.selectCell).toHaveBeenCalledWith("Chấm điểm", "F6"));
  });

  it("says so when another unit's phân công was left out of the new sheet", async () => {
    const operations = createFakeOperations({
      loadTemplate: async () => ({ sheetName: "Sở Tư pháp 2024", rowCount: 34, skippedFeatures: [], droppedAssignmentsOf: "Văn phòng UBND tỉnh Sơn La" }),
    });
    const { user } = await renderPane({ operations });
    await user.type(screen.getByRole("textbox", { name: /Tên đơn vị/ }), "Sở Tư pháp");
    await user.click(screen.getByRole("button", { name: "Tạo trang chấm điểm" }));
    await screen.findByRole("heading", { name: "Bước 2. Nhập điểm" });
    expect(screen.getByRole("status")).toHaveTextContent(
      "Đã tạo trang «Sở Tư pháp 2024» (34 dòng). Hãy nhập điểm. Cột Đơn vị chủ trì, phối hợp để trống: phân công trong bộ tiêu chí là của Văn phòng UBND tỉnh Sơn La, không phải của Sở Tư pháp.",
    );
  });
});
