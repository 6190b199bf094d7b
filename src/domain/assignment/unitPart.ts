// "Chỉ hiện mục của đơn vị": what a unit working on its part needs to see of a check — the
// missing scores of its own items, not of every other unit's.
import type { Issue } from "../issues";

/** Drops "chưa có điểm" warnings of items outside `items`; every other issue stays. */
export function issuesOfPart(issues: readonly Issue[], items: ReadonlySet<string>): Issue[] {
  return issues.filter((issue) => issue.code !== "score_missing" || items.has(issue.itemCode));
}
