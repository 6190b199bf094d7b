// Step 7, «Phân công»: the assignment as the scoring sheet holds it (read when the step opens: per
// unit its items and the seeds' description, the unassigned items and warnings leading to their
// cells), the deadline and time frame, «Tạo trang phân công»; then the units' files, gathering
// their returns and the filter by unit, each a section of its own. Loaded on demand, like step 6.
import { Button, Caption1, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { parseDeadline } from "../../domain/assignment/schedule";
import type { AssignmentOverview, AssignmentRequest, WriteAssignmentResult } from "../../excel/host/workbookOperations";
import type { Action } from "../hooks/useAction";
import { useOperations } from "../hooks/useOperations";
import { useReadOnOpen } from "../hooks/useReadOnOpen";
import { useMessages } from "../i18n/useMessages";
import { assignmentLabels } from "../i18n/assignmentLabels";
import { useStepLabels } from "../i18n/stepLabels";
import { AssignmentOverviewView } from "./AssignmentOverviewView";
import { GatherSection } from "./GatherSection";
import { SkippedFeaturesNote } from "./SkippedFeaturesNote";
import { UnitFilesSection } from "./UnitFilesSection";
import { UnitFilterSection } from "./UnitFilterSection";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface AssignmentStepProps {
  action: Action;
  sheetName: string;
  onSelectCell(sheetName: string, cell: string): void;
}

export function AssignmentStep({ action, sheetName, onSelectCell }: AssignmentStepProps) {
  const { t } = useMessages();
  const assignmentText = useStepLabels(assignmentLabels);
  const styles = useStyles();
  const operations = useOperations();
  const { run, announce } = action;
  const busy = action.status.busy;

  const [overview, setOverview] = useState<AssignmentOverview | null>(null);
  const [written, setWritten] = useState<WriteAssignmentResult | null>(null);
  const [deadline, setDeadline] = useState("");
  const [timeFrame, setTimeFrame] = useState("");

  const readOverview = useCallback(async () => {
    const read = await run((onProgress) => operations.readAssignment({ sheetName }, onProgress), assignmentText.reading);
    if (!read) return;
    setOverview(read);
    announce(assignmentText.readDone(read.units.length, read.unassigned.length));
  }, [run, announce, operations, sheetName, t]);

  // Once when the step opens; later reads are staff's choice.
  useReadOnOpen(readOverview);

  /** The schedule typed here, for every unit: an ISO deadline (the date input gives one) and the time frame. */
  const request = (): AssignmentRequest => {
    const iso = parseDeadline(deadline);
    return { sheetName, ...(iso ? { deadline: iso } : {}), ...(timeFrame.trim() ? { timeFrame: timeFrame.trim() } : {}) };
  };

  const writeSheet = async () => {
    const result = await run((onProgress) => operations.writeAssignmentSheet(request(), onProgress), assignmentText.writing);
    if (!result) return;
    setWritten(result);
    setOverview(result);
    announce(result.rebuilt ? assignmentText.sheetRebuilt(result.assignmentSheet) : assignmentText.sheetCreated(result.assignmentSheet));
  };

  const hasUnits = (overview?.units.length ?? 0) > 0;
  return (
    <div className={styles.body}>
      <Text>{assignmentText.intro}</Text>
      {overview ? <AssignmentOverviewView overview={overview} busy={busy} onSelectCell={onSelectCell} /> : null}
      <div>
        <Button appearance="subtle" disabledFocusable={busy} onClick={() => void readOverview()}>
          {assignmentText.read}
        </Button>
      </div>
      <div className={styles.fields}>
        <Field label={assignmentText.deadlineLabel} hint={assignmentText.deadlineHint}>
          <Input type="date" value={deadline} onChange={(_, data) => setDeadline(data.value)} />
        </Field>
        <Field label={assignmentText.timeFrameLabel} hint={assignmentText.timeFrameHint}>
          <Input value={timeFrame} onChange={(_, data) => setTimeFrame(data.value)} />
        </Field>
      </div>
      <div>
        <Button appearance="primary" disabled={!hasUnits} disabledFocusable={busy} onClick={() => void writeSheet()}>
          {assignmentText.writeSheet}
        </Button>
      </div>
      {written ? (
        <>
          <Text weight="semibold">{written.rebuilt ? assignmentText.sheetRebuilt(written.assignmentSheet) : assignmentText.sheetCreated(written.assignmentSheet)}</Text>
          <SkippedFeaturesNote features={written.skippedFeatures} />
        </>
      ) : null}
      {!hasUnits && overview ? <Caption1>{assignmentText.noUnits}</Caption1> : null}
      {hasUnits ? (
        <>
          <UnitFilesSection action={action} request={request} onSelectCell={onSelectCell} />
          <GatherSection action={action} sheetName={sheetName} deadline={request().deadline} onSelectCell={onSelectCell} />
          <UnitFilterSection action={action} sheetName={sheetName} units={overview!.units.map((unit) => unit.unit)} />
        </>
      ) : null}
    </div>
  );
}
