// «Thẩm định»'s document: the appraisal notice the council sends the unit, once round 1 is done.
// One workbook action reads the model (readAppraisalNotice), the renderer the plan document uses
// makes the .docx, and the file is handed over as this Office allows, as PlanDocumentSection does.
import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { StageId } from "../../domain/appraisal/stages";
import type { AppraisalNoticeResult } from "../../excel/host/workbookOperations";
import type { HandOffOutcome } from "../download/handOffFile";
import { handOffDocument } from "../download/handOffDocument";
import { handOffText } from "../download/handOffText";
import type { Action } from "../hooks/useAction";
import { useOperations } from "../hooks/useOperations";
import { useMessages } from "../i18n/useMessages";
import { appraisalLabels } from "../i18n/appraisalLabels";
import { useStepLabels } from "../i18n/stepLabels";
import { IssueList } from "./IssueList";
import { useSectionStyles } from "./sectionStyles";

type Made =
  | { ok: false; stage: StageId }
  | { ok: true; result: Extract<AppraisalNoticeResult, { ok: true }>; outcome: HandOffOutcome; size: number };

export interface AppraisalNoticeSectionProps {
  sheetName: string;
  action: Action;
  onSelectCell(sheetName: string, cell: string): void;
}

export function AppraisalNoticeSection({ sheetName, action, onSelectCell }: AppraisalNoticeSectionProps) {
  const localization = useMessages();
  const { t } = localization;
  const a = useStepLabels(appraisalLabels);
  const sectionStyles = useSectionStyles();
  const operations = useOperations();
  const [made, setMade] = useState<Made | null>(null);
  const busy = action.status.busy;

  const download = async () => {
    setMade(null);
    const done = await action.run(async (onProgress): Promise<Made> => {
      const result = await operations.readAppraisalNotice({ sheetName }, onProgress);
      if (!result.ok) return { ok: false, stage: result.stage };
      return { ok: true, result, ...(await handOffDocument(operations, result.fileName, result.document)) };
    }, a.noticePreparing);
    if (!done) return;
    setMade(done);
    action.announce(done.ok ? a.noticeMade(done.result.fileName, done.result.rows) : a.noticeNotYet(a.stages[done.stage]));
  };

  return (
    <section className={sectionStyles.section} aria-labelledby="stage-notice-heading">
      <Text as="h3" id="stage-notice-heading" weight="semibold" className={sectionStyles.heading}>
        {a.noticeHeading}
      </Text>
      <Text>{a.noticeIntro}</Text>
      <div>
        <Button disabledFocusable={busy} onClick={() => void download()}>
          {a.noticeDownload}
        </Button>
      </div>
      {made && !made.ok ? <Text role="alert">{a.noticeNotYet(a.stages[made.stage])}</Text> : null}
      {made?.ok ? (
        <>
          <Text weight="semibold">{handOffText(t, made.result.fileName, made.outcome, made.size, localization.points)}</Text>
          <Text>{a.noticeMade(made.result.fileName, made.result.rows)}</Text>
          <Text>{a.noticeFields(made.result.fieldsSheet)}</Text>
          {made.result.issues.length > 0 ? (
            <IssueList issues={made.result.issues} label={a.noticeGaps(made.result.issues.length)} busy={busy} onSelectCell={onSelectCell} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
