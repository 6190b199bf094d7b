// What gathering did: the master cells written («Đã chép N ô», or nothing new), the progress per unit
// against its deadline (late in red), the items two files disagree on with both values and files
// (the master's cell a link), the entries outside a unit's part (links), and the refused files.
import { Caption1, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { cellText, type CellValue } from "../../domain/cells";
import { formatDeadline } from "../../domain/assignment/schedule";
import type { MergeReturnsResult } from "../../excel/host/workbookOperations";
import { useMessages, type Localization } from "../i18n/useMessages";
import { assignmentLabels, type AssignmentLabels } from "../i18n/assignmentLabels";
import { useStepLabels } from "../i18n/stepLabels";
import { IssueList } from "./IssueList";
import { usePaneTableStyles } from "./paneTableStyles";

const useStyles = makeStyles({
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  number: { width: "3.6em", textAlign: "end", whiteSpace: "nowrap" },
  // "Đã chấm", "Còn thiếu": two short lines rather than over the next column.
  numberHead: { width: "3.6em", textAlign: "end", whiteSpace: "normal", overflowWrap: "normal", verticalAlign: "bottom" },
  deadline: { display: "block", color: tokens.colorNeutralForeground3 },
  late: { display: "block", color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  link: { textAlign: "start" },
});

export interface GatherResultViewProps {
  result: MergeReturnsResult;
  busy: boolean;
  onSelectCell(sheetName: string, cell: string): void;
}

export function GatherResultView({ result, busy, onSelectCell }: GatherResultViewProps) {
  const localization = useMessages();
  const assignmentText = useStepLabels(assignmentLabels);
  const s = useStyles();
  const table = usePaneTableStyles();
  const cell = table.cell;
  // Conflicts and outside entries are listed above with their cells; a stale return the host already reported is not said twice.
  const issues = result.issues.filter((issue) => issue.code !== "score_outside_assignment" && issue.code !== "merge_conflict");
  const staleReported = new Set(issues.flatMap((issue) => (issue.code === "return_stale" ? [issue.file] : [])));
  const older = result.returns.filter((r) => !r.current && !staleReported.has(r.file));
  const missing = result.progress.filter((unit) => unit.missing.length > 0);
  return (
    <div className={s.result}>
      <Text weight="semibold">{assignmentText.changed(result.changedCells)}</Text>
      {result.progress.length > 0 ? (
        <table className={table.table}>
          <caption className={table.caption}>{assignmentText.progressLabel}</caption>
          <thead>
            <tr>
              <th scope="col" className={`${cell} ${table.head} ${table.name}`}>{assignmentText.columns.unit}</th>
              <th scope="col" className={`${cell} ${table.head} ${s.numberHead}`}>{assignmentText.columns.assigned}</th>
              <th scope="col" className={`${cell} ${table.head} ${s.numberHead}`}>{assignmentText.columns.scored}</th>
              <th scope="col" className={`${cell} ${table.head} ${s.numberHead}`}>{assignmentText.columns.evidence}</th>
              <th scope="col" className={`${cell} ${table.head} ${s.numberHead}`}>{assignmentText.columns.missing}</th>
            </tr>
          </thead>
          <tbody>
            {result.progress.map((unit) => (
              <tr key={unit.unit}>
                <th scope="row" className={`${cell} ${table.name}`}>
                  {unit.unit}
                  {unit.deadline ? (
                    <span className={unit.late ? s.late : s.deadline}>
                      {`${assignmentText.columns.deadline} ${formatDeadline(unit.deadline)}`}
                      {unit.daysLeft !== null ? ` (${assignmentText.daysLeft(unit.daysLeft)})` : ""}
                    </span>
                  ) : null}
                </th>
                <td className={`${cell} ${s.number}`}>{unit.assigned}</td>
                <td className={`${cell} ${s.number}`}>{unit.scored}</td>
                <td className={`${cell} ${s.number}`}>{unit.withEvidence}</td>
                <td className={`${cell} ${s.number}`}>{unit.missing.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {missing.map((unit) => (
        <Caption1 key={unit.unit}>{assignmentText.missingItems(unit.unit, codesText(unit.missing, assignmentText))}</Caption1>
      ))}
      {result.conflicts.length > 0 ? (
        <>
          <Text weight="semibold">{assignmentText.conflictsTitle(result.conflicts.length)}</Text>
          <ul className={s.list} aria-label={assignmentText.conflictsLabel}>
            {result.conflicts.map((conflict) => (
              <li key={`${conflict.code}|${conflict.field}`}>
                <Link as="button" className={s.link} disabledFocusable={busy} onClick={() => onSelectCell(result.sheetName, conflict.cell)}>
                  {assignmentText.conflict(
                    conflict.code,
                    assignmentText.fields[conflict.field],
                    conflict.values.map((v) => `${valueText(v.value, localization, assignmentText)} («${v.file}»)`).join(" ≠ "),
                    valueText(conflict.master, localization, assignmentText),
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {result.outside.length > 0 ? (
        <>
          <Text weight="semibold">{assignmentText.outsideTitle(result.outside.length)}</Text>
          <ul className={s.list} aria-label={assignmentText.outsideLabel}>
            {result.outside.map((entry) => (
              <li key={`${entry.file}|${entry.code}`}>
                {/* A unit's file has the master's whole sheet, row for row: the same cell in the master is the item's. */}
                <Link as="button" className={s.link} disabledFocusable={busy} onClick={() => onSelectCell(result.sheetName, entry.cell)}>
                  {assignmentText.outside(entry.code, entry.file, entry.assignedTo.length > 0 ? entry.assignedTo.join(", ") : assignmentText.nobody)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {older.map((r) => (
        <Caption1 key={r.file}>{assignmentText.olderSplit(r.file, r.added.length, r.removed.length)}</Caption1>
      ))}
      {issues.length > 0 ? (
        <>
          <Text weight="semibold">{assignmentText.refusedTitle}</Text>
          <IssueList issues={issues} label={assignmentText.refusedTitle} busy={busy} onSelectCell={onSelectCell} />
        </>
      ) : null}
    </div>
  );
}

/** At most ten codes, then how many more: a unit with nothing returned yet may miss thirty items. */
function codesText(codes: readonly string[], assignmentText: AssignmentLabels): string {
  const shown = codes.slice(0, MISSING_SHOWN).join(", ");
  return codes.length > MISSING_SHOWN ? assignmentText.andMore(shown, codes.length - MISSING_SHOWN) : shown;
}

const MISSING_SHOWN = 10;

/** A score with the reader's decimal comma, text as it is, a blank as «(trống)». */
function valueText(value: CellValue | number | string, { points }: Localization, assignmentText: AssignmentLabels): string {
  if (typeof value === "number") return points(Math.round(value * 100));
  const text = cellText(value).trim();
  return text === "" ? assignmentText.emptyValue : text;
}
