// Step 5: builds or rebuilds the remediation plan sheet with default lead unit and time frame, then sums it up;
// below, the plan as the document to sign (PlanDocumentSection).
import { Button, Field, Input, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { DEFAULT_TIME_FRAME } from "../../domain";
import type { BuildPlanRequest, BuildPlanResult, ScoreSheetInfo } from "../../excel/host/workbookOperations";
import { useMessages } from "../i18n/useMessages";
import type { Action } from "../hooks/useAction";
import { IssueList } from "./IssueList";
import { PlanDocumentSection } from "./PlanDocumentSection";
import { SkippedFeaturesNote } from "./SkippedFeaturesNote";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface PlanStepProps {
  sheet: ScoreSheetInfo;
  /** Whether the workbook already has a plan sheet, so building means rebuilding. */
  hasPlan: boolean;
  result: BuildPlanResult | null;
  busy: boolean;
  onBuild(request: BuildPlanRequest): void;
  onSelectCell(sheetName: string, cell: string): void;
  /** The pane's action runner, for the document's download. */
  action: Action;
}

export function PlanStep({ sheet, hasPlan, result, busy, onBuild, onSelectCell, action }: PlanStepProps) {
  const { t, points } = useMessages();
  const styles = useStyles();
  // The unit that scored itself usually leads its own remediation unless the template assigns someone.
  const [leadUnit, setLeadUnit] = useState(sheet.unit ?? "");
  const [timeFrame, setTimeFrame] = useState(DEFAULT_TIME_FRAME);

  const build = () => {
    const lead = leadUnit.trim();
    onBuild({
      sheetName: sheet.sheetName,
      defaults: { ...(lead ? { leadUnit: lead } : {}), timeFrame: timeFrame.trim() || DEFAULT_TIME_FRAME },
    });
  };

  return (
    <>
      <Text>{t.planIntro}</Text>
      <div className={styles.fields}>
        <Field label={t.leadUnitLabel} hint={t.leadUnitHint}>
          <Input value={leadUnit} onChange={(_, data) => setLeadUnit(data.value)} />
        </Field>
        <Field label={t.timeFrameLabel}>
          <Input value={timeFrame} onChange={(_, data) => setTimeFrame(data.value)} />
        </Field>
      </div>
      <div>
        <Button appearance="primary" disabledFocusable={busy} onClick={build}>
          {hasPlan || result ? t.rebuildPlan : t.buildPlan}
        </Button>
      </div>
      {result ? (
        <div className={styles.result}>
          <Text weight="semibold">
            <Link as="button" disabledFocusable={busy} onClick={() => onSelectCell(result.sheetName, "A1")}>
              {result.rebuilt ? t.planRebuilt(result.sheetName) : t.planCreated(result.sheetName)}
            </Link>
          </Text>
          <ul className={styles.list}>
            <li>
              {result.plan.sections.length > 0 ? t.planSections(result.plan.sections.length) : t.planNoShortcomings}
            </li>
            <li>{t.planLost(points(result.plan.total.lostPoints))}</li>
            {result.plan.keptAside.length > 0 ? <li>{t.planKeptAside(result.plan.keptAside.length)}</li> : null}
            {result.plan.staffRows.length > 0 ? <li>{t.planStaffRows(result.plan.staffRows.length)}</li> : null}
            {result.documentFields?.created ? (
              <li>
                <Link as="button" disabledFocusable={busy} onClick={() => onSelectCell(result.documentFields!.sheetName, "A1")}>
                  {t.planDocument.fieldsCreated(result.documentFields.sheetName)}
                </Link>
              </li>
            ) : null}
          </ul>
          <SkippedFeaturesNote features={result.skippedFeatures} />
          <IssueList
            issues={result.issues}
            label={t.issuesLabel}
            sheetName={sheet.sheetName}
            busy={busy}
            onSelectCell={onSelectCell}
          />
        </div>
      ) : null}
      <PlanDocumentSection sheet={sheet} action={action} onSelectCell={onSelectCell} />
    </>
  );
}
