// «Gộp điểm từ các đơn vị»: the returned files picked, read one after another in the chunk loaded on
// demand (each file's state shown: reading, read, or why it cannot be used), then one workbook
// action gathers those read into the master and the result is shown (GatherResultView).
import { Button, Caption1, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { ReturnedSheet } from "../../domain";
import type { MergeReturnsResult } from "../../excel/host/workbookOperations";
import { loadAssignmentFiles } from "../files/loadAssignmentFiles";
import { FILE_LIMITS, addPickedFiles } from "../files/pickedFile";
import type { FileStatus } from "../files/readUnitFiles";
import type { Action } from "../hooks/useAction";
import { useOperations } from "../hooks/useOperations";
import { rankingLabels } from "../i18n/rankingLabels";
import { assignmentLabels } from "../i18n/assignmentLabels";
import { useStepLabels } from "../i18n/stepLabels";
import { GatherResultView } from "./GatherResultView";
import { PickedFilesField } from "./PickedFilesField";
import type { PickedEntry } from "./RankingFileList";
import { useSectionStyles } from "./sectionStyles";

interface Entry extends PickedEntry {
  /** The return read from the file, kept so gathering again does not read it again. */
  returned: ReturnedSheet | null;
}

export interface GatherSectionProps {
  action: Action;
  sheetName: string;
  /** The deadline typed in the step (ISO), for the days left. */
  deadline: string | undefined;
  onSelectCell(sheetName: string, cell: string): void;
}

export function GatherSection({ action, sheetName, deadline, onSelectCell }: GatherSectionProps) {
  const rankingText = useStepLabels(rankingLabels);
  const assignmentText = useStepLabels(assignmentLabels);
  const sectionStyles = useSectionStyles();
  const operations = useOperations();
  const busy = action.status.busy;
  const [entries, setEntries] = useState<Entry[]>([]);
  const [pickNotes, setPickNotes] = useState<string[]>([]);
  const [result, setResult] = useState<MergeReturnsResult | null>(null);
  const [nothingRead, setNothingRead] = useState(false);

  const pick = (files: File[]) => {
    const added = addPickedFiles(entries.map((entry) => entry.file), files);
    const known = new Map(entries.map((entry) => [entry.file, entry]));
    setEntries(added.files.map((file) => known.get(file) ?? { file, status: { state: "waiting" }, returned: null }));
    setPickNotes([
      ...(added.duplicates.length > 0 ? [rankingText.duplicatesSkipped(added.duplicates.join(", "))] : []),
      ...(added.overLimit > 0 ? [rankingText.overLimit(added.overLimit, FILE_LIMITS.files)] : []),
    ]);
  };

  const setStatus = (file: File, status: FileStatus, returned: ReturnedSheet | null = null) =>
    setEntries((list) => list.map((entry) => (entry.file === file ? { ...entry, status, returned } : entry)));

  const gather = async () => {
    setNothingRead(false);
    const outcome = await action.run(async (onProgress) => {
      const files = await loadAssignmentFiles();
      // Files not read yet are read now, one after another; their states show as they go.
      const returns: ReturnedSheet[] = [];
      for (const entry of entries) {
        if (entry.returned) {
          returns.push(entry.returned);
          continue;
        }
        if (entry.status.state === "unusable") continue;
        setStatus(entry.file, { state: "reading" });
        const reading = await files.readReturnedFile(entry.file);
        if (reading.ok) {
          setStatus(entry.file, { state: "read", units: 1, warnings: [] }, reading.returned);
          returns.push(reading.returned);
        } else {
          setStatus(entry.file, { state: "unusable", problem: "problem" in reading ? reading.problem : null, issues: "issue" in reading ? [reading.issue] : [] });
        }
      }
      if (returns.length === 0) return null;
      return operations.mergeReturns({ sheetName, returns, today: localToday(), ...(deadline ? { deadline } : {}) }, onProgress);
    }, assignmentText.merging);
    if (outcome === undefined) return;
    if (outcome === null) {
      setNothingRead(true);
      return;
    }
    setResult(outcome);
    action.announce(assignmentText.changed(outcome.changedCells));
  };

  return (
    <section className={sectionStyles.section} aria-labelledby="gather-heading">
      <Text as="h3" id="gather-heading" weight="semibold" className={sectionStyles.heading}>
        {assignmentText.mergeHeading}
      </Text>
      <Text>{assignmentText.mergeIntro}</Text>
      <PickedFilesField
        label={assignmentText.pickReturnsLabel}
        buttonText={assignmentText.pickReturns}
        busy={busy}
        entries={entries}
        pickNotes={pickNotes}
        onPick={pick}
        onChange={setEntries}
      />
      <div>
        <Button appearance="primary" disabled={entries.length === 0} disabledFocusable={busy} onClick={() => void gather()}>
          {assignmentText.merge}
        </Button>
      </div>
      {entries.length === 0 ? <Caption1>{assignmentText.nothingToMerge}</Caption1> : null}
      {nothingRead ? <Text weight="semibold">{assignmentText.noReadableReturn}</Text> : null}
      {result ? <GatherResultView result={result} busy={busy} onSelectCell={onSelectCell} /> : null}
    </section>
  );
}

/** Today on the host's clock, as an ISO date in the user's own time zone. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
