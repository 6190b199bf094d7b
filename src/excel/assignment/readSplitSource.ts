// "Tạo tệp cho từng đơn vị": the master as read, for the pane to build each unit's file itself
// (src/taskpane/files; office-js cannot write a workbook file). Writes nothing. A sheet with
// errors, or one that assigns nothing, makes no file: the issues say why.
//
// The files name their master by the scoring sheet's id (masterIdOf): a sheet made by this
// add-in or by par-index new records one; a sheet made by the first release has none, and then
// the id is derived from the template, the unit and the year, the same at every read — so the
// master is never written to here, and returns split from it before or after are recognised alike.
import { checkScoreSheet } from "../../domain/workflow";
import { hasErrors } from "../../domain/issues";
import type { AssignmentRequest, SplitSourceResult } from "./assignmentOperations";
import type { HostDependencies } from "../host/hostEnvironment";
import { assignedUnits, scheduleOptionsOf } from "./readAssignment";
import { masterOf, readAssignmentSource } from "./readAssignmentSource";
import { runAction } from "../host/runAction";
import type { ProgressListener } from "../host/workbookOperations";

export function readSplitSource(host: HostDependencies, request: AssignmentRequest, onProgress?: ProgressListener): Promise<SplitSourceResult> {
  return runAction(
    host,
    "readSplitSource",
    async (scope): Promise<SplitSourceResult> => {
      const source = await readAssignmentSource(scope, request.sheetName);
      scope.progress("checking");
      const sheetName = source.record.sheetName;
      const check = checkScoreSheet(source.template, source.block.values, { sheet: sheetName, formulas: source.block.formulas });
      scope.progress("done");
      if (hasErrors(check.issues)) return { ok: false, sheetName, issues: check.issues.filter((issue) => issue.severity === "error") };
      // Nothing assigned: every self-scored item is unassigned, each a warning at its cell.
      if (source.assignment.units.length === 0) return { ok: false, sheetName, issues: source.assignment.issues };
      return {
        ok: true,
        sheetName,
        master: masterOf(source),
        assignment: source.assignment,
        units: assignedUnits(source.template, source.assignment, scheduleOptionsOf(request)),
      };
    },
    { ...(onProgress ? { onProgress } : {}), ...(request.sheetName !== undefined ? { sheet: request.sheetName } : {}) },
  );
}
