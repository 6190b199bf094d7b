// Phân công as the scoring sheet holds it (columns L and M as staff left them): the units with
// their items and the seeds' description of their part, the items nobody scores, and the warnings
// staff act on before sending the parts out — unassigned items, self scores without evidence or
// explanation, self scores on items scored by survey — each at its cell. One Excel.run, writes
// nothing; syncs: the snapshot and the sheet's block (readAssignmentSource.ts).
import { describeItemsText } from "../../domain/assignment/describeItems";
import type { Assignment } from "../../domain/assignment/resolveAssignment";
import { scheduleFor, type ScheduleOptions } from "../../domain/assignment/schedule";
import type { Issue } from "../../domain/issues";
import type { ScoreSheetRead } from "../../domain/layout/readScoreSheet";
import { validateScores } from "../../domain/scoring/validateScores";
import type { Template } from "../../domain/template/schema";
import { indexTemplate } from "../../domain/template/tree";
import type { AssignedUnit, AssignmentOverview, AssignmentRequest } from "./assignmentOperations";
import type { HostDependencies } from "../host/hostEnvironment";
import { readAssignmentSource } from "./readAssignmentSource";
import { runAction } from "../host/runAction";
import type { ProgressListener } from "../host/workbookOperations";

/** The checker's warnings that belong to phân công: what each unit still owes, and what it must not enter. */
const ASSIGNMENT_WARNINGS = new Set<Issue["code"]>(["evidence_missing", "self_score_on_survey"]);

export function readAssignment(host: HostDependencies, request: { sheetName?: string }, onProgress?: ProgressListener): Promise<AssignmentOverview> {
  return runAction(
    host,
    "readAssignment",
    async (scope) => {
      const source = await readAssignmentSource(scope, request.sheetName);
      scope.progress("checking");
      const overview = assignmentOverview(source.record.sheetName, source.template, source.read, source.assignment, {});
      scope.progress("done");
      return overview;
    },
    { ...(onProgress ? { onProgress } : {}), ...(request.sheetName !== undefined ? { sheet: request.sheetName } : {}) },
  );
}

/** The request's deadline and time frame as defaults for every unit. */
export function scheduleOptionsOf(request: AssignmentRequest): ScheduleOptions {
  const defaults = {
    ...(request.deadline ? { deadline: request.deadline } : {}),
    ...(request.timeFrame?.trim() ? { timeFrame: request.timeFrame.trim() } : {}),
  };
  return Object.keys(defaults).length > 0 ? { defaults } : {};
}

export function assignedUnits(template: Template, assignment: Assignment, schedule: ScheduleOptions): AssignedUnit[] {
  const index = indexTemplate(template);
  return assignment.units.map((unit) => ({
    unit: unit.unit.name,
    items: [...unit.items],
    summary: describeItemsText(index, new Set(unit.items)),
    schedule: scheduleFor(schedule, unit.unit.name),
  }));
}

export function assignmentOverview(sheetName: string, template: Template, read: ScoreSheetRead, assignment: Assignment, schedule: ScheduleOptions): AssignmentOverview {
  const checked = validateScores(template, read.input).issues.filter((issue) => ASSIGNMENT_WARNINGS.has(issue.code));
  return {
    sheetName,
    units: assignedUnits(template, assignment, schedule),
    unassigned: [...assignment.unassigned],
    issues: [...assignment.issues, ...checked],
  };
}
