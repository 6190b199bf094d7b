// The assignment as seed 004's appendix table (Stt · Nội dung, nhiệm vụ · Cơ quan chủ trì · Cơ quan
// phối hợp · Thời gian thực hiện): one block per unit with a line per lĩnh vực it scores, then the
// items nobody scores yet and the items scored by survey. Plain data: the sheet layout draws it,
// and a document renderer can draw the same rows as the plan's appendix.
import type { Template } from "../template/schema";
import { indexTemplate } from "../template/tree";
import { describeItems } from "./describeItems";
import type { Assignment } from "./resolveAssignment";
import { scheduleFor, scheduleText, type ScheduleOptions } from "./schedule";
import type { UnitName } from "./unitNames";

export const ASSIGNMENT_TABLE_HEADER = ["Stt", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"] as const;

export type AssignmentRowKind = "section" | "unit" | "task" | "unassigned";

export interface AssignmentRow {
  kind: AssignmentRowKind;
  stt: string;
  content: string;
  lead: string;
  coUnits: string;
  timeFrame: string;
  /** The leaves a task row covers. */
  items: string[];
}

export interface AssignmentTable {
  /** "PHỤ LỤC" */
  title: string;
  /** "NỘI DUNG, NHIỆM VỤ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH … NĂM …" */
  heading: string;
  header: readonly string[];
  rows: AssignmentRow[];
}

export interface AssignmentTableOptions extends ScheduleOptions {
  /** The unit being assessed, as the heading names it ("TỈNH ĐẮK NÔNG"). */
  assessedUnit?: string;
  year?: number;
}

export const UNASSIGNED_LABEL = "Chưa phân công đơn vị chủ trì";
export const SURVEY_SECTION_LABEL = "Các nội dung chấm bằng điều tra xã hội học, Chỉ số SIPAS (không tự chấm)";
export const SURVEY_TIME_FRAME = "Theo kết quả điều tra được công bố";

export function buildAssignmentTable(template: Template, assignment: Assignment, options: AssignmentTableOptions = {}): AssignmentTable {
  const index = indexTemplate(template);
  const rows: AssignmentRow[] = [];
  const row = (kind: AssignmentRowKind, stt: string, content: string, rest: Partial<AssignmentRow> = {}): AssignmentRow => ({
    kind,
    stt,
    content,
    lead: "",
    coUnits: "",
    timeFrame: "",
    items: [],
    ...rest,
  });
  const coUnitsOf = (items: readonly string[]) => {
    const names: UnitName[] = [];
    for (const code of items) {
      for (const unit of assignment.leaves.get(code)?.coUnits ?? []) if (!names.some((n) => n.key === unit.key)) names.push(unit);
    }
    return names.map((unit) => unit.name).join("; ");
  };

  rows.push(row("section", "I", "Tổ chức tự đánh giá, chấm điểm Chỉ số cải cách hành chính"));
  assignment.units.forEach((unit, u) => {
    const stt = String(u + 1);
    const timeFrame = scheduleText(scheduleFor(options, unit.unit.name));
    rows.push(row("unit", stt, unit.unit.name));
    describeItems(index, new Set(unit.items)).forEach((line, l) => {
      rows.push(row("task", `${stt}.${l + 1}`, line.text, { lead: unit.unit.name, coUnits: coUnitsOf(line.items), timeFrame, items: line.items }));
    });
  });
  if (assignment.unassigned.length > 0) {
    const stt = String(assignment.units.length + 1);
    rows.push(row("unassigned", stt, UNASSIGNED_LABEL));
    describeItems(index, new Set(assignment.unassigned)).forEach((line, l) => {
      rows.push(row("unassigned", `${stt}.${l + 1}`, line.text, { coUnits: coUnitsOf(line.items), items: line.items }));
    });
  }
  if (assignment.surveyed.length > 0) {
    rows.push(row("section", "II", SURVEY_SECTION_LABEL));
    describeItems(index, new Set(assignment.surveyed)).forEach((line, l) => {
      rows.push(row("task", String(l + 1), line.text, { timeFrame: SURVEY_TIME_FRAME, items: line.items }));
    });
  }
  const assessed = options.assessedUnit?.trim() ? ` ${options.assessedUnit.trim().toLocaleUpperCase("vi")}` : "";
  const year = options.year ? ` NĂM ${options.year}` : "";
  return {
    title: "PHỤ LỤC",
    heading: `NỘI DUNG, NHIỆM VỤ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH${assessed}${year}`,
    header: ASSIGNMENT_TABLE_HEADER,
    rows,
  };
}
