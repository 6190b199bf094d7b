// "Gộp điểm từ các đơn vị": the units' files (read by the pane) gathered into the master. Each
// file is identified first (made by split, from this template and this master: identifyReturn);
// a refused one is an issue with its file, never gathered. The core plans the smallest set of
// cell changes (planMerge: only each unit's own items, a conflict leaves the item as it is, a
// blank never clears) and only those cells are written (writeCellChanges.ts), so gathering the
// same files again changes nothing. Syncs: the snapshot, the master's block, the changed cells —
// three whatever the number of items or files (more only past ~4 MB of changes); two when
// nothing changes.
import { identifyReturn, planMerge, type ReturnedSheet } from "../../domain/assignment/mergeReturns";
import type { Issue } from "../../domain/issues";
import type { MergeReturnsRequest, MergeReturnsResult } from "./assignmentOperations";
import type { HostDependencies } from "../host/hostEnvironment";
import { scheduleOptionsOf } from "./readAssignment";
import { masterOf, readAssignmentSource } from "./readAssignmentSource";
import { runAction } from "../host/runAction";
import { writeCellChanges } from "../sheets/writeCellChanges";
import type { ProgressListener } from "../host/workbookOperations";

export function mergeReturns(host: HostDependencies, request: MergeReturnsRequest, onProgress?: ProgressListener): Promise<MergeReturnsResult> {
  return runAction(
    host,
    "mergeReturns",
    async (scope): Promise<MergeReturnsResult> => {
      if (request.returns.length === 0) return scope.fail("noReturnsToMerge");
      const masterId = request.returns.find((returned) => returned.record.split)?.record.split?.masterId;
      const source = await readAssignmentSource(scope, request.sheetName, masterId !== undefined ? { masterId } : {});
      const sheetName = source.record.sheetName;
      const master = masterOf(source);

      scope.progress("checking");
      const refusals: Issue[] = [];
      const accepted: ReturnedSheet[] = [];
      for (const returned of request.returns) {
        const identity = identifyReturn(master, returned);
        if (identity.ok) accepted.push(returned);
        else refusals.push(identity.issue);
      }
      const plan = planMerge(master, source.assignment, accepted, {
        ...scheduleOptionsOf({ ...(request.deadline ? { deadline: request.deadline } : {}) }),
        ...(request.today ? { today: request.today } : {}),
      });

      if (plan.changes.length > 0) {
        scope.progress("writing");
        // A score cell holding a formula is put back as that formula if the write fails (E…J are read with formulas).
        const changes = plan.changes.map((change) => {
          const formula = source.block.formulas[change.row]?.[change.column];
          return typeof formula === "string" && formula.startsWith("=") ? { ...change, before: formula } : change;
        });
        await writeCellChanges(scope.context, scope.budget, scope.context.workbook.worksheets.getItem(sheetName), changes);
      }
      scope.progress("done");
      return {
        sheetName,
        changedCells: plan.changes.length,
        conflicts: plan.conflicts,
        outside: plan.outside,
        progress: plan.progress,
        returns: plan.returns,
        issues: [...refusals, ...plan.issues],
      };
    },
    { ...(onProgress ? { onProgress } : {}), ...(request.sheetName !== undefined ? { sheet: request.sheetName } : {}) },
  );
}
