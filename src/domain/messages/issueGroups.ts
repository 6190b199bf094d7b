// Many issues of one kind read as one line: «9 990 mục đã tự chấm nhưng chưa có tài liệu kiểm
// chứng». The label names what each issue of the kind is about, to follow a count; a kind without
// a label is shown by its first message.
import type { IssueCode } from "../issues";
import type { Language } from "./formatIssue";

const LABELS: Readonly<Partial<Record<IssueCode, { vi: string; en: string }>>> = {
  evidence_missing: { vi: "mục đã tự chấm nhưng chưa có tài liệu kiểm chứng hoặc giải trình", en: "items self-scored without evidence or explanation" },
  score_missing: { vi: "mục chưa có điểm", en: "items without a score" },
  item_unassigned: { vi: "mục chưa được phân công cho đơn vị nào", en: "items not assigned to any unit" },
  self_score_on_survey: { vi: "mục chấm bằng điều tra xã hội học có điểm tự chấm", en: "survey-scored items with a self score" },
  score_is_text: { vi: "điểm nhập dưới dạng chữ", en: "scores typed as text" },
  document_remedy_missing: { vi: "lĩnh vực chưa có nhiệm vụ, giải pháp khắc phục", en: "lĩnh vực without a remedy" },
  item_row_unknown: { vi: "dòng có mã không thuộc bộ tiêu chí", en: "rows whose code is not in the template" },
  score_outside_assignment: { vi: "điểm nhập ở mục không giao cho đơn vị gửi", en: "scores in items not assigned to the unit that sent them" },
};

/** What each issue of the kind is about, or null when the kind has no label (show its first message). */
export function issueGroupLabel(code: IssueCode, language: Language = "vi"): string | null {
  return LABELS[code]?.[language] ?? null;
}
