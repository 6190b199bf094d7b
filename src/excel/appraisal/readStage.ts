// «Thẩm định», opened: where the scoring sheet stands — the stage, the holder, the deadline and
// the days left, the next move and what blocks it (each with its cell), the history and the items
// where the council and the unit differ. Reads only: the snapshot, then one sync for the sheets.
import { roundTotals } from "../../domain/appraisal/roundTotals";
import { stageStatus } from "../../domain/appraisal/stageStatus";
import { noticeRows } from "../../domain/document/buildAppraisalNotice";
import { chooseScoreSheet } from "../scoring/chooseScoreSheet";
import type { HostDependencies } from "../host/hostEnvironment";
import { runAction } from "../host/runAction";
import { requireSupportedSize } from "../scoring/templateSize";
import type { ProgressListener } from "../host/workbookOperations";
import { readWorkbookSnapshot } from "../sheets/workbookSnapshot";
import { readStageSheets, type StageSheetsRead } from "./readStageSheets";
import type { StageOverview, StageRequest } from "./stageOperations";

export function readStage(host: HostDependencies, request: StageRequest, onProgress?: ProgressListener): Promise<StageOverview> {
  return runAction(
    host,
    "readStage",
    async (scope) => {
      scope.progress("reading");
      const { snapshot } = await readWorkbookSnapshot(scope.context, { sheetsWithoutMetadata: false }, () => null);
      const { sheet, template } = chooseScoreSheet(snapshot, request.sheetName, scope.fail);
      requireSupportedSize(template, scope.fail);
      const read = await readStageSheets(scope, snapshot, sheet, template);
      scope.progress("done");
      return stageOverview(read, request.today);
    },
    { ...(onProgress ? { onProgress } : {}), ...(request.sheetName !== undefined ? { sheet: request.sheetName } : {}) },
  );
}

export function stageOverview(read: StageSheetsRead, today: string): StageOverview {
  return {
    sheetName: read.stageSheet.sheetName,
    state: read.stageSheet.state,
    status: stageStatus(read.stageSheet, today),
    differences: noticeRows({ totals: read.check.totals, values: read.values, rowOf: read.check.rowOf }),
    totals: roundTotals(read.check.totals),
    layoutVersion: read.layoutVersion,
  };
}
