// The sentence for a cell past Excel's limit, in both languages: the issue catalogues word the
// issue with it, and so does the host's refusal (src/excel/host/hostErrorMessages.ts), which must
// not pull in both catalogues to say it.
import type { IssueOf } from "../issues";
import type { Language } from "./issueText";

export function cellTextTooLongText(issue: IssueOf<"cell_text_too_long">, language: Language): string {
  return language === "vi"
    ? `Nội dung dài ${issue.length.toLocaleString("vi-VN")} ký tự, vượt giới hạn ${issue.limit.toLocaleString("vi-VN")} ký tự của một ô Excel; hãy rút gọn hoặc chia ra nhiều ô.`
    : `The text is ${issue.length} characters long, over the ${issue.limit} an Excel cell holds; shorten it or split it over several cells.`;
}
