// The assignment as read: each unit with its number of items and the seeds' description of its part,
// then the items nobody scores and the warnings, each leading to its cell.
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AssignmentOverview } from "../../excel/host/workbookOperations";
import { assignmentLabels } from "../i18n/assignmentLabels";
import { useStepLabels } from "../i18n/stepLabels";
import { IssueList } from "./IssueList";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", minWidth: 0 },
  head: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, minWidth: 0 },
  count: { flexShrink: 0, whiteSpace: "nowrap" },
});

export function AssignmentOverviewView({ overview, busy, onSelectCell }: { overview: AssignmentOverview; busy: boolean; onSelectCell(sheetName: string, cell: string): void }) {
  const assignmentText = useStepLabels(assignmentLabels);
  const styles = useStyles();
  return (
    <>
      <Caption1>{assignmentText.sheet(overview.sheetName)}</Caption1>
      {overview.units.length > 0 ? (
        <ul className={styles.list} aria-label={assignmentText.unitsLabel}>
          {overview.units.map((unit) => (
            <li key={unit.unit} className={styles.item}>
              <span className={styles.head}>
                <Text weight="semibold">{unit.unit}</Text>
                <Caption1 className={styles.count}>{assignmentText.itemCount(unit.items.length)}</Caption1>
              </span>
              <Caption1>{unit.summary}</Caption1>
            </li>
          ))}
        </ul>
      ) : null}
      {overview.unassigned.length > 0 ? <Text>{assignmentText.unassigned(overview.unassigned.length, overview.unassigned.join(", "))}</Text> : null}
      {overview.issues.length > 0 ? (
        <>
          <Caption1>{assignmentText.warnings(overview.issues.length)}</Caption1>
          <IssueList issues={overview.issues} label={assignmentText.warningsLabel} sheetName={overview.sheetName} busy={busy} onSelectCell={onSelectCell} />
        </>
      ) : null}
    </>
  );
}
