/** @jest-environment jsdom */
// Step 4 on seed 001: the real domain's totals shown with a decimal comma, exactly as the seed's table.
import { screen, within } from "@testing-library/react";
import { seed001CheckResult } from "../helpers/seed001Check";
import { seed001ExpectedAreas } from "../helpers/seed001";
import { renderTotalsStep } from "./renderPane";

function showSeed001Totals(language: "vi" | "en" = "vi") {
  return renderTotalsStep(seed001CheckResult(), { templateId: "son-la-vpub-2021", templateName: "Sơn La" }, language);
}

const comma = (n: number) => String(n).replace(".", ",");

describe("totals of seed 001", () => {
  it("prints every lĩnh vực's maximum, score and deduction as the seed does", async () => {
    await showSeed001Totals();
    const rows = within(screen.getByRole("table", { name: /^(Điểm theo lĩnh vực|Points per area)/ })).getAllByRole("row");
    // Header, eight lĩnh vực, grand total.
    expect(rows).toHaveLength(10);
    seed001ExpectedAreas.forEach(([code, max, score, lost], i) => {
      const cells = within(rows[i + 1]!).getAllByRole("cell").map((cell) => cell.textContent);
      expect(within(rows[i + 1]!).getByRole("rowheader")).toHaveTextContent(new RegExp(`^${code}\\. `));
      expect(cells.slice(0, 3)).toEqual([comma(max), comma(score), lost === 0 ? "0" : `-${comma(lost)}`]);
    });
    const area1 = within(rows[1]!).getAllByRole("cell").map((cell) => cell.textContent);
    expect(area1).toEqual(["11,5", "10,89", "-0,61", "94,7%"]);
  });

  it("totals 100, 94,52 and -5,48", async () => {
    await showSeed001Totals();
    const total = within(screen.getByRole("table", { name: /^(Điểm theo lĩnh vực|Points per area)/ })).getByRole("row", { name: /Tổng cộng/ });
    expect(within(total).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["100", "94,52", "-5,48", "94,52%"]);
  });

  it("labels each bar of the chart for screen readers", async () => {
    await showSeed001Totals();
    const chart = screen.getByRole("figure", { name: "Biểu đồ tỷ lệ điểm đạt theo lĩnh vực" });
    const bars = within(chart).getAllByRole("img");
    expect(bars).toHaveLength(8);
    expect(bars[0]).toHaveAccessibleName("Lĩnh vực 1. Công tác chỉ đạo điều hành: đạt 10,89/11,5 điểm (94,7%)");
    expect(bars[2]).toHaveAccessibleName(/đạt 15,5\/15,5 điểm \(100%\)$/);
    expect(bars[0]!.firstElementChild).toHaveStyle({ width: "94.7%" });
  });

  it("uses a decimal point in English", async () => {
    await showSeed001Totals("en");
    const total = within(screen.getByRole("table", { name: /^(Điểm theo lĩnh vực|Points per area)/ })).getByRole("row", { name: /^Total/ });
    expect(within(total).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["100", "94.52", "-5.48", "94.52%"]);
  });
});
