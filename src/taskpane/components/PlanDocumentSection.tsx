// The plan step's document part: «Tải văn bản kế hoạch (.docx)» reads the three sheets (one
// workbook action), renders the .docx with the renderer loaded on demand, hands the file over the
// way this Office allows, and says where it went. Gaps in the document lead to their cells.
import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import { countBySeverity, type Issue } from "../../domain";
import type { PlanDocumentResult, ScoreSheetInfo } from "../../excel/host/workbookOperations";
import type { HandOffOutcome } from "../download/handOffFile";
import { handOffDocument } from "../download/handOffDocument";
import { handOffText } from "../download/handOffText";
import type { Action } from "../hooks/useAction";
import { useOperations } from "../hooks/useOperations";
import { useMessages } from "../i18n/useMessages";
import { IssueList } from "./IssueList";
import { useSectionStyles } from "./sectionStyles";

type Made =
  | { ok: false; issues: Issue[] }
  | { ok: true; result: Extract<PlanDocumentResult, { ok: true }>; outcome: HandOffOutcome; size: number };

export interface PlanDocumentSectionProps {
  sheet: ScoreSheetInfo;
  action: Action;
  onSelectCell(sheetName: string, cell: string): void;
}

export function PlanDocumentSection({ sheet, action, onSelectCell }: PlanDocumentSectionProps) {
  const localization = useMessages();
  const { t } = localization;
  const sectionStyles = useSectionStyles();
  const operations = useOperations();
  const [made, setMade] = useState<Made | null>(null);
  const busy = action.status.busy;

  const download = async () => {
    setMade(null);
    const done = await action.run(async (onProgress): Promise<Made> => {
      const result = await operations.readPlanDocument({ sheetName: sheet.sheetName }, onProgress);
      if (!result.ok) return { ok: false, issues: result.issues };
      return { ok: true, result, ...(await handOffDocument(operations, result.fileName, result.document)) };
    }, t.planDocument.preparing);
    if (!done) return;
    setMade(done);
    // Short: the section below says where the file went, and the live region is on screen too.
    action.announce(done.ok ? t.planDocument.made(done.result.fileName) : t.planDocument.notMade(countBySeverity(done.issues).errors));
  };

  return (
    <div className={sectionStyles.section}>
      <Text as="h3" weight="semibold" className={sectionStyles.heading}>
        {t.planDocument.heading}
      </Text>
      <Text>{t.planDocument.intro}</Text>
      <div>
        <Button disabledFocusable={busy} onClick={() => void download()}>
          {t.planDocument.download}
        </Button>
      </div>
      {made && !made.ok ? (
        <>
          <Text>{t.planDocument.scoreErrors(countBySeverity(made.issues).errors)}</Text>
          <IssueList issues={made.issues} label={t.issuesLabel} sheetName={sheet.sheetName} busy={busy} onSelectCell={onSelectCell} />
        </>
      ) : null}
      {made?.ok ? (
        <>
          <Text weight="semibold">{handOffText(t, made.result.fileName, made.outcome, made.size, localization.points)}</Text>
          <Text>{t.planDocument.sources(made.result.planSheet, made.result.fieldsSheet)}</Text>
          {made.result.issues.length > 0 ? (
            <>
              <Text>{t.planDocument.gaps(made.result.issues.length)}</Text>
              <IssueList issues={made.result.issues} label={t.planDocument.gapsLabel} busy={busy} onSelectCell={onSelectCell} />
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
