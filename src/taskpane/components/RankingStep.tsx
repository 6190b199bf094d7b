// Step 6, «Tổng hợp nhiều đơn vị»: the units' files picked (read in the pane, one at a time, by the
// reader loaded on demand) and/or this workbook's scoring sheets, last year's ranking (a file or a
// pasted table) and the groups; then one action writes the ranking sheets, and the result is shown.
import { Button, Caption1, Checkbox, Field, Input, Radio, RadioGroup, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { parseGroupScheme, type GroupScheme } from "../../domain/ranking/groups";
import type { Issue } from "../../domain/issues";
import type { PreviousRanking } from "../../domain/ranking/previousRanking";
import { readPastedPreviousRanking } from "../../domain/ranking/pastedRanking";
import type { UnitResult } from "../../domain/ranking/unitResult";
import type { BuildRankingResult } from "../../excel/host/workbookOperations";
import { FilePicker } from "../files/FilePicker";
import { loadWorkbookReader } from "../files/loadWorkbookReader";
import { FILE_LIMITS, addPickedFiles } from "../files/pickedFile";
import { readUnitFiles, type FileStatus } from "../files/readUnitFiles";
import type { Action } from "../hooks/useAction";
import { useOperations } from "../hooks/useOperations";
import { useMessages } from "../i18n/useMessages";
import { rankingLabels } from "../i18n/rankingLabels";
import { useStepLabels } from "../i18n/stepLabels";
import { IssueList } from "./IssueList";
import { PickedFilesField } from "./PickedFilesField";
import { whyUnusable, type PickedEntry } from "./RankingFileList";
import { RankingResultView } from "./RankingResultView";

type PreviousSource = "none" | "file" | "paste";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  textarea: { width: "100%" },
});

export interface RankingStepProps {
  action: Action;
  /** Scoring sheets the workbook holds (they may join the ranking). */
  workbookSheets: number;
  onSelectCell(sheetName: string, cell: string): void;
}

interface Entry extends PickedEntry {
  /** The units read from the file, kept so a rebuild does not read it again. */
  units: UnitResult[] | null;
}

export function RankingStep({ action, workbookSheets, onSelectCell }: RankingStepProps) {
  const localization = useMessages();
  const rankingText = useStepLabels(rankingLabels);
  const { t } = localization;
  const styles = useStyles();
  const operations = useOperations();
  const busy = action.status.busy;

  const [entries, setEntries] = useState<Entry[]>([]);
  const [pickNotes, setPickNotes] = useState<string[]>([]);
  const [includeWorkbook, setIncludeWorkbook] = useState(workbookSheets > 0);
  const [finalOnly, setFinalOnly] = useState(false);
  const [previousSource, setPreviousSource] = useState<PreviousSource>("none");
  const [previousFile, setPreviousFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState("");
  const [thresholds, setThresholds] = useState("90, 80, 70");
  const [labels, setLabels] = useState("A, B, C, D");
  const [problems, setProblems] = useState<{ title: string | null; issues: Issue[] } | null>(null);
  const [previousRead, setPreviousRead] = useState<PreviousRanking | null>(null);
  const [result, setResult] = useState<BuildRankingResult | null>(null);

  const pick = (files: File[]) => {
    const added = addPickedFiles(entries.map((entry) => entry.file), files);
    const known = new Map(entries.map((entry) => [entry.file, entry]));
    setEntries(added.files.map((file) => known.get(file) ?? { file, status: { state: "waiting" }, units: null }));
    setPickNotes([
      ...(added.duplicates.length > 0 ? [rankingText.duplicatesSkipped(added.duplicates.join(", "))] : []),
      ...(added.overLimit > 0 ? [rankingText.overLimit(added.overLimit, FILE_LIMITS.files)] : []),
    ]);
  };

  const setStatus = (file: File, status: FileStatus, units: UnitResult[] | null = null) =>
    setEntries((list) => list.map((entry) => (entry.file === file ? { ...entry, status, units } : entry)));

  const usesWorkbook = includeWorkbook && workbookSheets > 0;
  const canRank = entries.length > 0 || usesWorkbook;

  const groupScheme = (): GroupScheme | null => {
    const parsed = parseGroupScheme(thresholds, labels);
    if (parsed.ok) return parsed.value;
    setProblems({ title: null, issues: parsed.issues });
    return null;
  };

  const readPrevious = async (): Promise<{ ok: true; value: PreviousRanking | null } | { ok: false; issues: Issue[]; text?: string }> => {
    if (previousSource === "none") return { ok: true, value: null };
    if (previousSource === "paste") {
      const read = readPastedPreviousRanking(pasted);
      return read.ok ? { ok: true, value: read.value } : { ok: false, issues: read.issues };
    }
    if (!previousFile) return { ok: false, issues: [], text: rankingText.previousMissing };
    const reader = await loadWorkbookReader();
    const read = await reader.readPreviousRankingFile(previousFile);
    if (read.ok) return { ok: true, value: read.value };
    if ("problem" in read) return { ok: false, issues: [], text: whyUnusable({ state: "unusable", problem: read.problem, issues: [] }, localization, rankingText) };
    return { ok: false, issues: read.issues };
  };

  const build = async () => {
    setProblems(null);
    const groups = groupScheme();
    if (!groups) return;
    const outcome = await action.run(async (onProgress) => {
      const previous = await readPrevious();
      if (!previous.ok) return { kind: "previousUnreadable", failure: previous } as const;
      // Files not read yet are read now, one after another; their states show as they go.
      const unread = entries.filter((entry) => entry.units === null && entry.status.state !== "unusable");
      const readings = await readUnitFiles(
        unread.map((entry) => entry.file),
        (index, status) => setStatus(unread[index]!.file, status),
      );
      let offset = 0;
      const fresh = new Map<File, UnitResult[]>();
      readings.statuses.forEach((status, index) => {
        const count = status.state === "read" ? status.units : 0;
        fresh.set(unread[index]!.file, readings.units.slice(offset, offset + count));
        offset += count;
      });
      setEntries((list) => list.map((entry) => (fresh.has(entry.file) && entry.status.state === "read" ? { ...entry, units: fresh.get(entry.file)! } : entry)));
      const units = entries.flatMap((entry) => entry.units ?? fresh.get(entry.file) ?? []);
      const built = await operations.buildRanking({ units, includeWorkbookSheets: usesWorkbook, groups, previous: previous.value, ...(finalOnly ? { finalOnly } : {}) }, onProgress);
      return { kind: "built", built, previous: previous.value } as const;
    }, rankingText.readingFiles);
    if (!outcome) return;
    if (outcome.kind === "previousUnreadable") {
      setProblems({ title: outcome.failure.text ?? null, issues: outcome.failure.issues });
      return;
    }
    const { built } = outcome;
    setPreviousRead(outcome.previous);
    setResult(built);
    action.announce(built.rebuilt ? rankingText.rebuilt(built.rankingSheet, built.notesKept) : rankingText.created(built.rankingSheet, built.areasSheet, built.charts));
  };

  const unusable = entries.filter((entry) => entry.status.state === "unusable").length;
  return (
    <div className={styles.body}>
      <Text>{rankingText.intro}</Text>
      <PickedFilesField
        label={rankingText.pickFilesLabel}
        buttonText={rankingText.pickFiles}
        busy={busy}
        entries={entries}
        pickNotes={pickNotes}
        onPick={pick}
        onChange={setEntries}
      />
      {workbookSheets > 0 ? (
        <Checkbox checked={includeWorkbook} onChange={(_, data) => setIncludeWorkbook(data.checked === true)} label={rankingText.includeWorkbook(workbookSheets)} />
      ) : (
        <Caption1>{rankingText.noWorkbookSheets}</Caption1>
      )}
      <Field hint={rankingText.finalOnlyHint}>
        <Checkbox checked={finalOnly} onChange={(_, data) => setFinalOnly(data.checked === true)} label={rankingText.finalOnly} />
      </Field>

      <Field label={rankingText.previousLabel}>
        <RadioGroup value={previousSource} onChange={(_, data) => setPreviousSource(data.value as PreviousSource)}>
          <Radio value="none" label={rankingText.previousNone} />
          <Radio value="file" label={rankingText.previousFile} />
          <Radio value="paste" label={rankingText.previousPaste} />
        </RadioGroup>
      </Field>
      {previousSource === "file" ? (
        <div className={styles.row}>
          <FilePicker label={rankingText.pickPreviousLabel} buttonText={rankingText.pickPrevious} accept=".xlsx,.json" busy={busy} onPick={([file]) => setPreviousFile(file ?? null)} />
          {previousFile ? <Caption1>{rankingText.previousPicked(previousFile.name)}</Caption1> : null}
        </div>
      ) : null}
      {previousSource === "paste" ? (
        <Field label={rankingText.pasteLabel} hint={rankingText.pasteHint}>
          <Textarea className={styles.textarea} resize="vertical" rows={5} value={pasted} onChange={(_, data) => setPasted(data.value)} />
        </Field>
      ) : null}

      <div className={styles.fields}>
        <Field label={rankingText.groupsLabel} hint={rankingText.groupsHint}>
          <Input value={thresholds} onChange={(_, data) => setThresholds(data.value)} />
        </Field>
        <Field label={rankingText.labelsLabel} hint={rankingText.labelsHint}>
          <Input value={labels} onChange={(_, data) => setLabels(data.value)} />
        </Field>
      </div>

      <div>
        <Button appearance="primary" disabled={!canRank} disabledFocusable={busy} onClick={() => void build()}>
          {result ? rankingText.rebuild : rankingText.build}
        </Button>
      </div>
      {!canRank ? <Caption1>{rankingText.nothingToRank}</Caption1> : null}
      {problems ? (
        <>
          {problems.title ? <Text weight="semibold">{problems.title}</Text> : null}
          <IssueList issues={problems.issues} label={t.issuesLabel} busy={busy} />
        </>
      ) : null}
      {previousRead && result ? <Caption1>{rankingText.previousRead(previousRead.entries.size, previousRead.year)}</Caption1> : null}
      {result && unusable > 0 ? <Text weight="semibold">{rankingText.unusableTitle(unusable)}</Text> : null}
      {result ? <RankingResultView result={result} busy={busy} onSelectCell={onSelectCell} /> : null}
    </div>
  );
}
