// Turns an issue into the sentence staff read, prefixed with the cell it is in.
import type { Issue, IssueCode, IssueOf } from "../issues";
import { messagesEn } from "./messages.en";
import { messagesVi } from "./messages.vi";

export type Language = "vi" | "en";

export function formatIssue(issue: Issue, language: Language = "vi"): string {
  const catalogue = language === "vi" ? messagesVi : messagesEn;
  const format = catalogue[issue.code] as (i: IssueOf<IssueCode>) => string;
  const text = format(issue);
  if (!issue.cell) return text;
  const where = language === "vi" ? `Ô ${issue.cell}` : `Cell ${issue.cell}`;
  return `${where}: ${text}`;
}
