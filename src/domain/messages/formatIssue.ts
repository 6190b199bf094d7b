// Turns an issue into the sentence staff read, prefixed with the cell it is in, in either language.
import type { Issue } from "../issues";
import { issueText, type Language } from "./issueText";
import { messagesEn } from "./messages.en";
import { messagesVi } from "./messages.vi";

export type { IssueCatalogue, Language } from "./issueText";
export { issueText } from "./issueText";

export function formatIssue(issue: Issue, language: Language = "vi"): string {
  return issueText(language === "vi" ? messagesVi : messagesEn, issue, language);
}
