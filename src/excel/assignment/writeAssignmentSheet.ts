// The assignment sheet (phân công) in seed 004's table form, from the scoring sheet's columns L
// and M as staff left them: added after the workbook's sheets, or — when this scoring sheet has
// one already (its metadata record, kind "assignment") — rebuilt in place under the same name and
// at the same place, with what staff typed beside or below the table kept (assignmentStaffText.ts).
// A whole action (commitSheets.ts): the sheet and its record land together or the workbook is put
// back as it was; the optional finishes (frozen header, print settings) come after and are
// reported when left out. Syncs: the snapshot, the reads (the scoring sheet and the old
// assignment sheet together), the sheet with its record, the finishes — four for any size.
import { buildAssignmentTable } from "../../domain/assignment/assignmentTable";
import type { ManagedSheet } from "../../domain/layout/metadata";
import { ASSIGNMENT_READ_COLUMNS, readAssignmentStaffText, withStaffText } from "../../domain/layout/assignmentStaffText";
import { defaultAssignmentSheetName, layoutAssignmentSheet } from "../../domain/layout/layoutAssignmentSheet";
import { assertLayoutFitsExcel } from "../../domain/layout/excelLimits";
import { columnLetter } from "../../domain/cells";
import type { AssignmentRequest, WriteAssignmentResult } from "./assignmentOperations";
import { chooseScoreSheet } from "../scoring/chooseScoreSheet";
import { commitSheets } from "../sheets/commitSheets";
import type { HostFeature } from "../host/features";
import type { HostDependencies } from "../host/hostEnvironment";
import { withManagedSheets } from "../sheets/metadataRecords";
import { assignmentOverview, scheduleOptionsOf } from "./readAssignment";
import { sourceOf } from "./readAssignmentSource";
import { readRows, rowsPerResponse } from "../sheets/readBlocks";
import { scoreRead } from "../sheets/readSheets";
import type { ReplacedSheet } from "../plan/replacePlanSheet";
import { runAction } from "../host/runAction";
import { applyFinishes, layoutFinishes } from "../sheets/sheetFinishes";
import { requireSupportedSize } from "../scoring/templateSize";
import type { ProgressListener } from "../host/workbookOperations";
import { managedSheets, readWorkbookSnapshot } from "../sheets/workbookSnapshot";

const LAST_READ_COLUMN = columnLetter(ASSIGNMENT_READ_COLUMNS - 1);
/** An assignment row as staff may fill it: a few sentences per cell. */
const ASSIGNMENT_ROW_BYTES = 2 * 1024;

export function writeAssignmentSheet(host: HostDependencies, request: AssignmentRequest, onProgress?: ProgressListener): Promise<WriteAssignmentResult> {
  return runAction(
    host,
    "writeAssignmentSheet",
    async (scope): Promise<WriteAssignmentResult> => {
      scope.progress("reading");
      const { snapshot } = await readWorkbookSnapshot(scope.context, { sheetsWithoutMetadata: false }, () => null);
      const { sheet: record, template } = chooseScoreSheet(snapshot, request.sheetName, scope.fail);
      requireSupportedSize(template, scope.fail);
      const oldRecord = managedSheets(snapshot, "assignment").find((sheet) => sheet.scoreSheet === record.sheetName) ?? null;

      const worksheets = scope.context.workbook.worksheets;
      const old = oldRecord ? worksheets.getItem(oldRecord.sheetName) : null;
      const [score = [], oldRead = []] = await readRows(scope.context, [
        { worksheet: worksheets.getItem(record.sheetName), read: scoreRead(template) },
        ...(old
          ? [
              {
                worksheet: old,
                read: {
                  lastColumn: LAST_READ_COLUMN,
                  loads: [{ property: "formulas" as const, from: "A", to: LAST_READ_COLUMN, offset: 0 }],
                  rowsPerChunk: rowsPerResponse(1, ASSIGNMENT_ROW_BYTES),
                  alongside: () => old.load("id,position"),
                },
              },
            ]
          : []),
      ]);
      const source = sourceOf(snapshot, record, template, { values: score[0] ?? [], formulas: score[1] ?? [] });

      scope.progress("checking");
      const schedule = scheduleOptionsOf(request);
      const table = buildAssignmentTable(template, source.assignment, {
        ...schedule,
        ...(record.unit ? { assessedUnit: record.unit } : {}),
        ...(record.year ? { year: record.year } : {}),
      });
      const replaces: ReplacedSheet | null = old && oldRecord ? { name: oldRecord.sheetName, id: old.id, position: old.position } : null;
      const fresh = layoutAssignmentSheet(table, {
        ...(replaces ? { sheetName: replaces.name } : {}),
        ...(record.year ? { year: record.year } : {}),
      });
      const layout = replaces ? withStaffText(fresh, readAssignmentStaffText(oldRead[0] ?? [], fresh.firstTableRow, fresh.columnCount)) : fresh;
      assertLayoutFitsExcel(layout);

      scope.progress("writing");
      const assignmentRecord = (sheetName: string): ManagedSheet => ({
        kind: "assignment",
        sheetName,
        templateId: template.id,
        scoreSheet: record.sheetName,
        ...(record.unit ? { unit: record.unit } : {}),
        ...(record.year ? { year: record.year } : {}),
      });
      const [sheetName = layout.name] = await commitSheets(scope, snapshot, {
        sheets: [{ baseName: replaces?.name ?? defaultAssignmentSheetName(record.year), layout, replaces }],
        metadata: ([name]) => withManagedSheets(snapshot, [assignmentRecord(name ?? layout.name)], template),
        activate: 0,
      });
      const skipped = await applyFinishes(scope.context, scope.budget, layoutFinishes(worksheets.getItem(sheetName), layout, scope.features));
      scope.progress("done");
      const skippedFeatures = [...new Set<HostFeature>(skipped)];
      return {
        ...assignmentOverview(record.sheetName, template, source.read, source.assignment, schedule),
        assignmentSheet: sheetName,
        rebuilt: replaces !== null,
        ...(skippedFeatures.length > 0 ? { skippedFeatures } : {}),
      };
    },
    { ...(onProgress ? { onProgress } : {}), ...(request.sheetName !== undefined ? { sheet: request.sheetName } : {}) },
  );
}
