// Structural rules of a criteria tree, each broken rule reported as an issue at the item's path:
// codes well formed and nested under their parent, no duplicates, positive maxima with at most
// two decimals, each parent's maximum the sum of its children's, the total equal to the scale.
import { makeIssue, type Issue } from "../issues";
import { hasAtMostTwoDecimals, toHundredths } from "../points";
import { MAX_DEPTH, type Template } from "./schema";
import { indexTemplate } from "./tree";

const CODE = /^\d+(\.\d+)*$/;

export function validateTemplate(template: Template): Issue[] {
  const index = indexTemplate(template);
  const issues: Issue[] = [];
  if (index.items.length === 0) {
    issues.push(makeIssue("template_empty", "warning", {}));
    return issues;
  }
  const seen = new Set<string>();
  for (const item of index.items) {
    const at = { path: item.path };
    if (!CODE.test(item.code)) {
      issues.push(makeIssue("invalid_code", "error", { itemCode: item.code }, at));
    } else if (item.parentCode !== null) {
      const parentPrefix = `${item.parentCode}.`;
      const rest = item.code.slice(parentPrefix.length);
      if (!item.code.startsWith(parentPrefix) || !/^\d+$/.test(rest)) {
        issues.push(
          makeIssue("code_not_under_parent", "error", { itemCode: item.code, parentCode: item.parentCode }, at),
        );
      }
    } else if (item.code.includes(".")) {
      issues.push(makeIssue("code_not_under_parent", "error", { itemCode: item.code, parentCode: "" }, at));
    }
    if (seen.has(item.code)) issues.push(makeIssue("duplicate_code", "error", { itemCode: item.code }, at));
    seen.add(item.code);
    if (item.depth > MAX_DEPTH) issues.push(makeIssue("too_deep", "error", { itemCode: item.code }, at));

    const maxPoints = item.criterion.maxPoints;
    if (!hasAtMostTwoDecimals(maxPoints)) {
      issues.push(makeIssue("max_too_many_decimals", "error", { itemCode: item.code, max: maxPoints }, at));
    } else if (item.max <= 0) {
      issues.push(makeIssue("max_not_positive", "error", { itemCode: item.code, max: item.max }, at));
    }
    if (!item.leaf) {
      // Summed from the tree itself: with a duplicate code, byCode may point at another item.
      const childrenSum = (item.criterion.children ?? []).reduce((sum, child) => sum + toHundredths(child.maxPoints), 0);
      if (childrenSum !== item.max) {
        issues.push(
          makeIssue("children_sum_mismatch", "error", { itemCode: item.code, max: item.max, childrenSum }, at),
        );
      }
    }
  }
  for (const adjustment of index.adjustments) {
    const at = { path: [adjustment.code] };
    if (seen.has(adjustment.code)) issues.push(makeIssue("duplicate_code", "error", { itemCode: adjustment.code }, at));
    seen.add(adjustment.code);
    if (!hasAtMostTwoDecimals(adjustment.adjustment.cap)) {
      issues.push(makeIssue("max_too_many_decimals", "error", { itemCode: adjustment.code, max: adjustment.adjustment.cap }, at));
    } else if (adjustment.cap <= 0) {
      issues.push(makeIssue("max_not_positive", "error", { itemCode: adjustment.code, max: adjustment.cap }, at));
    }
  }
  const total = index.areas.reduce((sum, area) => sum + area.max, 0);
  if (hasAtMostTwoDecimals(template.scale) && total !== index.scale) {
    issues.push(makeIssue("total_differs_from_scale", "error", { total, scale: index.scale }));
  }
  return issues;
}
