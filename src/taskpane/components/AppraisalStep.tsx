// Step 8, «Thẩm định»: where the scoring sheet stands in the appraisal rounds (read when the step
// opens: the stage, who holds the file, the deadline and the days left, the totals), the next move
// with what still blocks it (each issue goes to its cell), the move and the step back with its
// reason, the history and the items the council scored differently with their notes, and from round 1 on
// the appraisal notice (.docx). Loaded on demand, like steps 6 and 7.
import { Button, Caption1, Field, Input, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { formatHistoryTime } from "../../domain/appraisal/history";
import { nextStage, possibleMoves, stageIndex, type StageId } from "../../domain/appraisal/stages";
import { formatDeadline, parseDeadline } from "../../domain/assignment/schedule";
import { formatPoints } from "../../domain/points";
import type { MoveStageResult, StageOverview } from "../../excel/host/workbookOperations";
import type { Action } from "../hooks/useAction";
import { useOperations } from "../hooks/useOperations";
import { useReadOnOpen } from "../hooks/useReadOnOpen";
import { useMessages } from "../i18n/useMessages";
import { appraisalLabels } from "../i18n/appraisalLabels";
import { useStepLabels } from "../i18n/stepLabels";
import { AppraisalNoticeSection } from "./AppraisalNoticeSection";
import { IssueList } from "./IssueList";
import { SkippedFeaturesNote } from "./SkippedFeaturesNote";
import { useSectionStyles } from "./sectionStyles";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  facts: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface AppraisalStepProps {
  action: Action;
  sheetName: string;
  onSelectCell(sheetName: string, cell: string): void;
}

/** Today and now on this computer's clock: the deadline's days are counted as staff count them. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

export function AppraisalStep({ action, sheetName, onSelectCell }: AppraisalStepProps) {
  const { t } = useMessages();
  const a = useStepLabels(appraisalLabels);
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const operations = useOperations();
  const { run, announce } = action;
  const busy = action.status.busy;
  const points = (hundredths: number) => formatPoints(hundredths, t.decimalSeparator);

  const [overview, setOverview] = useState<StageOverview | null>(null);
  const [result, setResult] = useState<MoveStageResult | null>(null);
  const [by, setBy] = useState("");
  const [note, setNote] = useState("");
  const [deadline, setDeadline] = useState("");
  const [noteMissing, setNoteMissing] = useState(false);

  const readOverview = useCallback(async () => {
    const read = await run((onProgress) => operations.readStage({ sheetName, today: localToday() }, onProgress), a.reading);
    if (!read) return;
    setOverview(read);
    // What the last move said belongs to the sheet as it was then.
    setResult(null);
  }, [run, operations, sheetName, a]);

  // Once when the step opens; later reads are staff's choice.
  useReadOnOpen(readOverview);

  const move = async (to: StageId, direction: "forward" | "back") => {
    if (direction === "back" && note.trim() === "") {
      setNoteMissing(true);
      return;
    }
    setNoteMissing(false);
    const iso = parseDeadline(deadline);
    const moved = await run(
      (onProgress) =>
        operations.moveStage(
          { sheetName, to, now: new Date().toISOString(), ...(by.trim() ? { by: by.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}), ...(iso ? { deadline: iso } : {}) },
          onProgress,
        ),
      a.moving,
    );
    if (!moved) return;
    setResult(moved);
    if (moved.ok) {
      setOverview(moved.overview);
      setNote("");
      announce(a.moved(a.stages[moved.from], a.stages[moved.to]));
    }
  };

  if (!overview) {
    return (
      <div className={styles.body}>
        <Text>{a.intro}</Text>
        <div>
          <Button appearance="subtle" disabledFocusable={busy} onClick={() => void readOverview()}>
            {a.read}
          </Button>
        </div>
      </div>
    );
  }

  const { status } = overview;
  const next = nextStage(status.stage);
  const back = possibleMoves(status.stage).find((stage) => stage !== next) ?? null;
  return (
    <div className={styles.body}>
      <Text>{a.intro}</Text>
      <div className={styles.facts}>
        <Text weight="semibold">{a.stageLine(a.stages[status.stage])}</Text>
        <Text>{status.holder ? a.holderLine(a.holders[status.holder]) : a.locked}</Text>
        {status.deadline && status.holder ? <Text>{a.deadlineLine(formatDeadline(status.deadline), status.daysLeft ?? 0)}</Text> : null}
        <Caption1>{a.totals(points(overview.totals.self), points(overview.totals.round1), points(overview.totals.result))}</Caption1>
      </div>
      <div>
        <Button appearance="subtle" disabledFocusable={busy} onClick={() => void readOverview()}>
          {a.read}
        </Button>
      </div>

      {next ? (
        <section className={sectionStyles.section} aria-labelledby="stage-next-heading">
          <Text as="h3" id="stage-next-heading" weight="semibold" className={sectionStyles.heading}>
            {a.nextHeading}: {a.stages[next]}
          </Text>
          {status.blocking.length === 0 ? (
            <Text>{a.ready}</Text>
          ) : (
            <IssueList issues={status.blocking} label={a.blocking(status.blocking.length)} sheetName={sheetName} busy={busy} onSelectCell={onSelectCell} />
          )}
          <Field label={a.byLabel}>
            <Input value={by} onChange={(_, data) => setBy(data.value)} />
          </Field>
          <Field label={a.noteLabel} validationMessage={noteMissing ? a.noteRequired : undefined}>
            <Textarea value={note} onChange={(_, data) => setNote(data.value)} />
          </Field>
          <Field label={a.deadlineLabel}>
            <Input type="date" value={deadline} onChange={(_, data) => setDeadline(data.value)} />
          </Field>
          <Caption1>{a.coAuthors}</Caption1>
          <div>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => void move(next, "forward")}>
              {a.move(a.stages[next])}
            </Button>
          </div>
        </section>
      ) : null}

      {back ? (
        <section className={sectionStyles.section} aria-labelledby="stage-back-heading">
          <Text as="h3" id="stage-back-heading" weight="semibold" className={sectionStyles.heading}>
            {a.backHeading}
          </Text>
          <Caption1>{a.backHint}</Caption1>
          {next ? null : (
            <Field label={a.noteLabel} validationMessage={noteMissing ? a.noteRequired : undefined}>
              <Textarea value={note} onChange={(_, data) => setNote(data.value)} />
            </Field>
          )}
          <div>
            <Button disabledFocusable={busy} onClick={() => void move(back, "back")}>
              {a.back(a.stages[back])}
            </Button>
          </div>
        </section>
      ) : null}

      {result && !result.ok ? (
        <div className={styles.facts} role="alert">
          <Text weight="semibold">{a.refused[result.reason]}</Text>
          <IssueList issues={result.issues} label={a.refused[result.reason]} sheetName={sheetName} busy={busy} onSelectCell={onSelectCell} />
          {result.changed.length > 0 ? (
            <ul className={styles.list}>
              {result.changed.map((change) => (
                <li key={change.cell}>{a.changedCell(change.cell, String(change.before ?? ""), String(change.after ?? ""))}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {result && result.ok && result.skippedFeatures ? <SkippedFeaturesNote features={result.skippedFeatures} /> : null}
      {result && result.ok && result.warnings.length > 0 ? (
        <IssueList issues={result.warnings} label={a.warnings(result.warnings.length)} sheetName={sheetName} busy={busy} onSelectCell={onSelectCell} />
      ) : null}

      <section className={sectionStyles.section} aria-labelledby="stage-history-heading">
        <Text as="h3" id="stage-history-heading" weight="semibold" className={sectionStyles.heading}>
          {a.historyHeading}
        </Text>
        {status.history.length === 0 ? (
          <Caption1>{a.noHistory}</Caption1>
        ) : (
          <ol className={styles.list}>
            {status.history.map((entry, i) => (
              <li key={i}>{a.historyEntry(formatHistoryTime(entry.at), a.stages[entry.from], a.stages[entry.to], entry.by, entry.note)}</li>
            ))}
          </ol>
        )}
      </section>

      <section className={sectionStyles.section} aria-labelledby="stage-differences-heading">
        <Text as="h3" id="stage-differences-heading" weight="semibold" className={sectionStyles.heading}>
          {a.differencesHeading}
        </Text>
        {overview.differences.length === 0 ? (
          <Caption1>{a.noDifferences}</Caption1>
        ) : (
          <ul className={styles.list}>
            {overview.differences.map((row) => (
              <li key={row.code}>
                <Text>{a.difference(row.code, row.self === null ? "—" : points(row.self), row.round1 === null ? "—" : points(row.round1), row.round2 === null ? null : points(row.round2))}</Text>
                {row.councilNote ? <Caption1 block>{a.councilNote(row.councilNote)}</Caption1> : null}
                {row.reply ? <Caption1 block>{a.reply(row.reply)}</Caption1> : null}
                {row.councilNote2 ? <Caption1 block>{a.councilNote2(row.councilNote2)}</Caption1> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {/* The notice exists once round 1 is done: before that there is no appraisal to tell. */}
      {stageIndex(status.stage) >= stageIndex("appraised") ? <AppraisalNoticeSection sheetName={sheetName} action={action} onSelectCell={onSelectCell} /> : null}
    </div>
  );
}
