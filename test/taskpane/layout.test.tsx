/** @jest-environment jsdom */
// Fits a 320 px task pane: no style the pane renders fixes a width (or minimum width) above 320 px.
import { screen } from "@testing-library/react";
import type { ScoreSheetInfo } from "../../src/excel/host/workbookOperations";
import { createFakeOperations } from "../helpers/fakeOperations";
import { seed001CheckResult } from "../helpers/seed001Check";
import { renderPane } from "./renderPane";

const PANE_WIDTH = 320;

/** Every width-like length in px from the stylesheets Griffel inserted and from inline styles. */
function fixedWidths(): { rule: string; px: number }[] {
  const found: { rule: string; px: number }[] = [];
  const scan = (text: string) => {
    for (const match of text.matchAll(/(?:^|[;{\s])((?:min-|max-)?(?:width|inline-size|flex-basis)\s*:\s*([\d.]+)px)/g)) {
      found.push({ rule: match[1]!, px: Number(match[2]) });
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) scan(rule.cssText);
  }
  for (const element of Array.from(document.querySelectorAll<HTMLElement>("[style]"))) scan(element.getAttribute("style") ?? "");
  return found;
}

describe("layout in a 320 px pane", () => {
  it("has no fixed widths wider than the pane on any step", async () => {
    const check = seed001CheckResult();
    const sheet: ScoreSheetInfo = { sheetName: check.sheetName, templateId: "son-la-vpub-2021", templateName: "Sơn La" };
    const operations = createFakeOperations({
      getState: async () => ({ scoreSheets: [sheet, { ...sheet, sheetName: "Khác" }], current: sheet, planSheets: [] }),
      checkScores: async () => check,
    });
    const { user } = await renderPane({ operations });
    await user.click(screen.getByRole("button", { name: "Kiểm tra điểm" }));
    for (const step of ["4. Tổng hợp", "5. Kế hoạch", "2. Nhập điểm", "1. Bộ tiêu chí"]) {
      await user.click(await screen.findByRole("button", { name: step }));
    }
    await user.click(screen.getByRole("radio", { name: "Dán bộ tiêu chí (JSON)" }));
    await screen.findByRole("textbox", { name: /Nội dung JSON/ });

    const widths = fixedWidths();
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.filter((w) => w.px > PANE_WIDTH)).toEqual([]);
  });
});
