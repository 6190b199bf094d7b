// The pane's flow: reads the workbook at startup, holds the current sheet, check and plan, and shows one step at a time.
import { makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useCallback, useState } from "react";
import { countBySeverity } from "../../domain";
import type {
  BuildPlanRequest,
  BuildPlanResult,
  CheckResult,
  ScoreSheetInfo,
  WorkbookState,
} from "../../excel/host/workbookOperations";
import { useAction } from "../hooks/useAction";
import { useOperations } from "../hooks/useOperations";
import { useReadOnOpen } from "../hooks/useReadOnOpen";
import { useMessages } from "../i18n/useMessages";
import { ChooseTemplateStep, type SheetNotes } from "./ChooseTemplateStep";
import { ErrorBar } from "./ErrorBar";
import { PaneHeader } from "./PaneHeader";
import { lazyComponent } from "./lazyComponent";
import { StepLoading } from "./StepLoading";
import { StatusRegion } from "./StatusRegion";
import { StepNav } from "./StepNav";
import { StepSection } from "./StepSection";
import { isStepReachable, type Step } from "./steps";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
    // Long sheet names, unit names and pasted text wrap instead of widening a narrow pane.
    overflowWrap: "anywhere",
  },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

// Every step past the first is loaded when first opened, so the pane's first download is the frame and step 1.
const ScoresStep = lazyComponent(() => import(/* webpackChunkName: "scores-step" */ "./ScoresStep"), "ScoresStep");
const CheckStep = lazyComponent(() => import(/* webpackChunkName: "check-step" */ "./CheckStep"), "CheckStep");
const TotalsStep = lazyComponent(() => import(/* webpackChunkName: "totals-step" */ "./TotalsStep"), "TotalsStep");
const PlanStep = lazyComponent(() => import(/* webpackChunkName: "plan-step" */ "./PlanStep"), "PlanStep");
// Sở Nội vụ's step, with its file reading, is loaded when first opened: a unit's staff never download it.
const RankingStep = lazyComponent(() => import(/* webpackChunkName: "ranking-step" */ "./RankingStep"), "RankingStep");
// So is the phân công step, with the units' files it makes and reads.
const AssignmentStep = lazyComponent(() => import(/* webpackChunkName: "assignment-step" */ "./AssignmentStep"), "AssignmentStep");
// And the appraisal rounds, which the council and a unit open a few times a year.
const AppraisalStep = lazyComponent(() => import(/* webpackChunkName: "appraisal-step" */ "./AppraisalStep"), "AppraisalStep");

const EMPTY_WORKBOOK: WorkbookState = { scoreSheets: [], current: null, planSheets: [] };
const NO_NOTES: SheetNotes = { notices: [], skippedFeatures: [] };

export function TaskPane() {
  const { t } = useMessages();
  const styles = useStyles();
  const operations = useOperations();
  const action = useAction();
  const { run, announce } = action;
  const busy = action.status.busy;

  const [workbook, setWorkbook] = useState<WorkbookState>(EMPTY_WORKBOOK);
  const [sheet, setSheet] = useState<ScoreSheetInfo | null>(null);
  const [notes, setNotes] = useState<SheetNotes>(NO_NOTES);
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [plan, setPlan] = useState<BuildPlanResult | null>(null);
  // Focus follows staff's own moves between steps, not the jump made at startup.
  const [view, setView] = useState<{ step: Step; focus: boolean }>({ step: "template", focus: false });

  const goTo = useCallback((step: Step) => setView({ step, focus: true }), []);

  const switchSheet = useCallback((next: ScoreSheetInfo | null) => {
    setSheet(next);
    setNotes(NO_NOTES);
    setCheck(null);
    setPlan(null);
  }, []);

  const readWorkbook = useCallback(async () => {
    const state = await run(() => operations.getState(), t.readingWorkbook);
    if (!state) return;
    setWorkbook(state);
    switchSheet(state.current);
    setView({ step: state.current ? "check" : "template", focus: false });
  }, [run, operations, t, switchSheet]);

  // Once at startup; later re-reads are staff's choice (the header's button).
  useReadOnOpen(readWorkbook);

  const selectCell = useCallback(
    (sheetName: string, cell: string) => {
      void run(() => operations.selectCell(sheetName, cell), t.goingToCell(cell));
    },
    [run, operations, t],
  );

  const onSheetCreated = (created: ScoreSheetInfo, createdNotes: SheetNotes) => {
    setWorkbook((w) => ({
      ...w,
      scoreSheets: [...w.scoreSheets.filter((s) => s.sheetName !== created.sheetName), created],
      current: created,
    }));
    switchSheet(created);
    setNotes(createdNotes);
    goTo("scores");
  };

  const runCheck = async () => {
    goTo("check");
    const result = await run((onProgress) =>
      operations.checkScores(sheet ? { sheetName: sheet.sheetName } : {}, onProgress),
    );
    if (!result) return;
    setCheck(result);
    const counts = countBySeverity(result.issues);
    announce(t.checkDone(counts.errors, counts.warnings));
  };

  const buildPlan = async (request: BuildPlanRequest) => {
    const result = await run((onProgress) => operations.buildPlan(request, onProgress));
    if (!result) return;
    setPlan(result);
    setWorkbook((w) =>
      w.planSheets.includes(result.sheetName) ? w : { ...w, planSheets: [...w.planSheets, result.sheetName] },
    );
    announce(result.rebuilt ? t.planRebuilt(result.sheetName) : t.planCreated(result.sheetName));
  };

  const availability = { hasSheet: sheet !== null, hasCheck: check !== null };
  const shown: Step = isStepReachable(view.step, availability) ? view.step : "template";

  return (
    <div className={styles.pane}>
      <PaneHeader
        sheets={workbook.scoreSheets}
        current={sheet}
        busy={busy}
        onPick={(picked) => {
          switchSheet(picked);
          goTo("check");
        }}
        onRefresh={() => void readWorkbook()}
      />
      <StepNav step={shown} availability={availability} busy={busy} onSelect={goTo} />
      <main className={styles.main}>
        {action.status.error ? <ErrorBar message={action.status.error} onDismiss={action.dismissError} /> : null}
        <StatusRegion status={action.status} />
        {/* Around the section, not inside it: a step loaded on demand shows its heading (and takes focus) with its content, never before it. */}
        <Suspense fallback={<StepLoading />}>
          <StepSection key={shown} heading={t.stepHeadings[shown]} focusOnMount={view.focus}>
            {shown === "template" ? (
              <ChooseTemplateStep action={action} onSheetCreated={onSheetCreated} onSelectCell={selectCell} />
            ) : null}
            {shown === "scores" && sheet ? (
              <ScoresStep sheet={sheet} notes={notes} busy={busy} onCheck={runCheck} onSelectCell={selectCell} />
            ) : null}
            {shown === "check" ? (
              <CheckStep
                check={check}
                busy={busy}
                onCheck={runCheck}
                onSelectCell={selectCell}
                onViewTotals={() => goTo("totals")}
              />
            ) : null}
            {shown === "totals" ? <TotalsStep check={check} busy={busy} onGoToPlan={() => goTo("plan")} /> : null}
            {shown === "plan" && sheet ? (
              <PlanStep
                key={sheet.sheetName}
                sheet={sheet}
                hasPlan={workbook.planSheets.length > 0}
                result={plan}
                busy={busy}
                onBuild={buildPlan}
                onSelectCell={selectCell}
                action={action}
              />
            ) : null}
            {shown === "ranking" ? (
              <RankingStep action={action} workbookSheets={workbook.scoreSheets.length} onSelectCell={selectCell} />
            ) : null}
            {shown === "assignment" && sheet ? (
              <AssignmentStep key={sheet.sheetName} action={action} sheetName={sheet.sheetName} onSelectCell={selectCell} />
            ) : null}
            {shown === "appraisal" && sheet ? (
              <AppraisalStep key={sheet.sheetName} action={action} sheetName={sheet.sheetName} onSelectCell={selectCell} />
            ) : null}
          </StepSection>
        </Suspense>
      </main>
    </div>
  );
}
