// The largest template the add-in takes: beyond it a scoring sheet would still be written in
// requests under Excel on the web's 5 MB (requestBudget.ts) and read back in chunks under its
// 5 MB responses (readBlocks.ts), but with more and more syncs per action. The limit is checked
// before anything is written; the command line, which has no such limit, takes larger ones.
import { indexTemplate } from "../../domain/template/tree";
import type { Template } from "../../domain/template/schema";
import type { ActionScope } from "../host/runAction";

/** Items (lĩnh vực, tiêu chí, tiêu chí thành phần, bonus and penalty items) in the largest template supported. */
export const MAX_TEMPLATE_ITEMS = 20_000;

export function templateItemCount(template: Template): number {
  const index = indexTemplate(template);
  return index.items.length + index.adjustments.length;
}

/** Stops the action with templateTooLarge when the template is past the limit. */
export function requireSupportedSize(template: Template, fail: ActionScope["fail"]): void {
  const items = templateItemCount(template);
  if (items > MAX_TEMPLATE_ITEMS) fail("templateTooLarge", { items, maxItems: MAX_TEMPLATE_ITEMS });
}
