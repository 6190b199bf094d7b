// How the groups look: each group's conditional-format style on the sheet and its bar colour in
// the chart, from the top group (green) to the bottom one (red), however many groups there are.
import type { ConditionalStyle } from "./sheetLayout";

const CHART_COLOR: Readonly<Record<ConditionalStyle, string>> = {
  success: "#2E7D32",
  info: "#2F75B5",
  warning: "#C98A00",
  danger: "#C0392B",
};

export function groupStyle(index: number, groups: number): ConditionalStyle {
  if (index === 0) return "success";
  if (index === groups - 1) return "danger";
  return index === groups - 2 ? "warning" : "info";
}

export function groupChartColor(index: number, groups: number): string {
  return CHART_COLOR[groupStyle(index, groups)];
}
