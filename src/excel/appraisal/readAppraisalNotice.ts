// «Tải thông báo kết quả thẩm định (.docx)», the workbook's half: the scoring sheet and the unit's
// document fields sheet in one read (as the plan document reads them), then the notice's model in
// the core, as `par-index document --appraisal` builds it from a file. Nothing is written. Before
// round 1 is done there is nothing to give notice of: said, not built. Syncs: the snapshot, then
// both sheets together, plus one only when the fields sheet is found by its title.
import { roundTotals } from "../../domain/appraisal/roundTotals";
import { FIRST_STAGE } from "../../domain/appraisal/stageState";
import { stageIndex } from "../../domain/appraisal/stages";
import { appraisalNoticeFields, buildAppraisalNotice, noticeRows } from "../../domain/document/buildAppraisalNotice";
import { locateDocumentIssues } from "../../domain/document/documentIssueCells";
import { appraisalNoticeFileName } from "../../domain/document/documentFileName";
import { readDocumentFieldsSheet } from "../../domain/layout/readDocumentFieldsSheet";
import { checkScoreSheet } from "../../domain/workflow";
import { chooseScoreSheet } from "../scoring/chooseScoreSheet";
import { documentFieldDefaults, readScoreWithFields } from "../plan/documentFieldsSheet";
import type { HostDependencies } from "../host/hostEnvironment";
import { runAction } from "../host/runAction";
import { requireSupportedSize } from "../scoring/templateSize";
import type { ProgressListener } from "../host/workbookOperations";
import { readWorkbookSnapshot } from "../sheets/workbookSnapshot";
import type { AppraisalNoticeRequest, AppraisalNoticeResult } from "./stageOperations";

export function readAppraisalNotice(host: HostDependencies, request: AppraisalNoticeRequest, onProgress?: ProgressListener): Promise<AppraisalNoticeResult> {
  return runAction(
    host,
    "readAppraisalNotice",
    async (scope) => {
      scope.progress("reading");
      const { snapshot } = await readWorkbookSnapshot(scope.context, { sheetsWithoutMetadata: false }, () => null);
      const { sheet, template } = chooseScoreSheet(snapshot, request.sheetName, scope.fail);
      requireSupportedSize(template, scope.fail);
      const state = sheet.stage ?? FIRST_STAGE;
      if (stageIndex(state.stage) < stageIndex("appraised")) return { ok: false, sheetName: sheet.sheetName, stage: state.stage };
      const { read, fieldsSheet, fieldsValues } = await readScoreWithFields(scope, snapshot, sheet, template, null);

      scope.progress("checking");
      const check = checkScoreSheet(template, read.score.values, { sheet: sheet.sheetName, formulas: read.score.formulas });
      const defaults = documentFieldDefaults(sheet, template);
      const unitFields =
        fieldsSheet && fieldsValues ? readDocumentFieldsSheet(fieldsValues, defaults, { sheet: fieldsSheet.sheetName }) : { fields: defaults, issues: [] };
      const input = { totals: check.totals, values: read.score.values, rowOf: check.rowOf };
      const document = buildAppraisalNotice({
        ...input,
        stage: state.stage,
        ...(state.deadline ? { deadline: state.deadline } : {}),
        roundTotals: roundTotals(check.totals),
        ...(sheet.year !== undefined ? { year: sheet.year } : {}),
        fields: appraisalNoticeFields(unitFields.fields),
      });
      const issues = locateDocumentIssues(unitFields.issues, fieldsSheet && fieldsValues ? { fields: { name: fieldsSheet.sheetName, values: fieldsValues } } : {});
      scope.progress("done");
      return {
        ok: true,
        sheetName: sheet.sheetName,
        stage: state.stage,
        document,
        fileName: appraisalNoticeFileName({ ...(sheet.year !== undefined ? { year: sheet.year } : {}), unit: unitFields.fields.unit }),
        rows: noticeRows(input).length,
        fieldsSheet: fieldsSheet?.sheetName ?? null,
        issues,
      };
    },
    { ...(onProgress ? { onProgress } : {}), ...(request.sheetName !== undefined ? { sheet: request.sheetName } : {}) },
  );
}
