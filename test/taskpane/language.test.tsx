/** @jest-environment jsdom */
// The pane in Office's display language: Vietnamese labels, or the English catalogue with the same keys.
import { screen } from "@testing-library/react";
import { en } from "../../src/taskpane/i18n/en";
import { vi } from "../../src/taskpane/i18n/vi";
import { renderPane } from "./renderPane";

function shapeOf(value: unknown): unknown {
  if (typeof value === "function") return "function";
  if (typeof value !== "object" || value === null) return typeof value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, shapeOf((value as Record<string, unknown>)[key])]));
}

describe("labels", () => {
  it("renders in Vietnamese", async () => {
    await renderPane({ language: "vi" });
    expect(screen.getByRole("heading", { level: 1, name: "Chỉ số CCHC" })).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Các bước" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Bước 1. Chọn bộ tiêu chí" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Vùng đang chọn trong Excel" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tạo trang chấm điểm" })).toBeInTheDocument();
  });

  it("renders in English", async () => {
    await renderPane({ language: "en" });
    expect(screen.getByRole("heading", { level: 1, name: "PAR INDEX" })).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Steps" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Step 1. Choose the criteria" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Create scoring sheet" })).toBeInTheDocument();
    expect(screen.queryByText(/Tạo trang chấm điểm/)).not.toBeInTheDocument();
  });

  it("says which year a sheet is for, with or without a unit", () => {
    expect(en.sheetDetails(undefined, 2026)).toBe("year 2026");
    expect(en.sheetDetails("Home Affairs", 2026)).toBe("Home Affairs, year 2026");
    expect(vi.sheetDetails(undefined, 2026)).toMatch(/năm 2026/);
  });

  it("has the same keys in both catalogues", () => {
    expect(shapeOf(en)).toEqual(shapeOf(vi));
  });

  it("renders in the dark theme", async () => {
    const { container } = await renderPane({ appearance: "dark" });
    expect(container.querySelector(".fui-FluentProvider")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tạo trang chấm điểm" })).toBeInTheDocument();
  });
});
