// The name the plan document is saved under: "Kế hoạch khắc phục 2021 - Văn phòng UBND tỉnh Sơn
// La.docx", with what Windows, macOS and browsers refuse in a file name taken out.
const MAX_NAME_LENGTH = 120;

export function planDocumentFileName(context: { year?: number; unit?: string }): string {
  return documentFileName("Kế hoạch khắc phục", context);
}

/** The appraisal notice's: "Thông báo kết quả thẩm định 2021 - Văn phòng UBND tỉnh Sơn La.docx". */
export function appraisalNoticeFileName(context: { year?: number; unit?: string }): string {
  return documentFileName("Thông báo kết quả thẩm định", context);
}

function documentFileName(kind: string, context: { year?: number; unit?: string }): string {
  const base = `${kind}${context.year ? ` ${context.year}` : ""}`;
  const unit = cleanFilePart(context.unit ?? "");
  const name = unit ? `${base} - ${unit}` : base;
  return `${truncate(name, MAX_NAME_LENGTH)}.docx`;
}

/** Without \ / : * ? " < > |, control characters, and dots or spaces at the ends. */
export function cleanFilePart(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
}

/** At most `max` characters, cut between whole code points. */
function truncate(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : points.slice(0, max).join("").replace(/[\s.]+$/, "");
}
