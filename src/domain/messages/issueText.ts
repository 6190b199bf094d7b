// An issue as the sentence staff read, from one language's catalogue, prefixed with its cell. The
// pane holds only its reader's catalogue (the other language loads on demand); the CLI holds both.
import type { Issue, IssueCode, IssueOf } from "../issues";

export type Language = "vi" | "en";

/** The text of every issue code in one language. */
export type IssueCatalogue = { [C in IssueCode]: (issue: IssueOf<C>) => string };

export function issueText(catalogue: IssueCatalogue, issue: Issue, language: Language): string {
  const format = catalogue[issue.code] as (i: IssueOf<IssueCode>) => string;
  const text = format(issue);
  if (!issue.cell) return text;
  const where = language === "vi" ? `Ô ${issue.cell}` : `Cell ${issue.cell}`;
  return `${where}: ${text}`;
}
