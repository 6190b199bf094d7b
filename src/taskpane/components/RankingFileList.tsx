// The units' files picked for the consolidation, each with its state as it is read one after
// another (waiting, reading, read, or why it cannot be used), with a way to take one out.
import { Badge, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { FileStatus } from "../files/readUnitFiles";
import type { FileProblem } from "../files/workbookReader";
import { useMessages, type Localization } from "../i18n/useMessages";
import { rankingLabels, type RankingLabels } from "../i18n/rankingLabels";
import { useStepLabels } from "../i18n/stepLabels";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, maxHeight: "16em", overflowY: "auto" },
  item: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  why: { display: "block", color: tokens.colorPaletteRedForeground1 },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
});

export interface PickedEntry {
  file: File;
  status: FileStatus;
}

export function RankingFileList({ entries, busy, onRemove }: { entries: readonly PickedEntry[]; busy: boolean; onRemove(index: number): void }) {
  const localization = useMessages();
  const rankingText = useStepLabels(rankingLabels);
  const styles = useStyles();
  if (entries.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={rankingText.filesLabel}>
      {entries.map(({ file, status }, index) => (
        // A file is listed once (addPickedFiles), so its name, size and date tell it apart.
        <li key={`${file.name}|${file.size}|${file.lastModified}`} className={styles.item}>
          <span className={styles.name}>
            {file.name}
            {status.state === "unusable" ? <Caption1 className={styles.why}>{whyUnusable(status, localization, rankingText)}</Caption1> : null}
          </span>
          <Badge className={styles.badge} size="small" appearance="tint" color={BADGE_COLORS[status.state]}>
            {status.state === "read" ? rankingText.fileState.read(status.units) : rankingText.fileState[status.state]}
          </Badge>
          <Button size="small" appearance="subtle" disabledFocusable={busy} aria-label={rankingText.removeFile(file.name)} onClick={() => onRemove(index)}>
            ×
          </Button>
        </li>
      ))}
    </ul>
  );
}

const BADGE_COLORS = { waiting: "informative", reading: "brand", read: "success", unusable: "danger" } as const;

/** Why a file cannot be used, in the reader's language. */
export function whyUnusable(status: Extract<FileStatus, { state: "unusable" }>, { issue }: Localization, rankingText: RankingLabels): string {
  if (status.problem) return problemText(status.problem, rankingText);
  return status.issues.map(issue).join(" ");
}

function problemText(problem: FileProblem, rankingText: RankingLabels): string {
  switch (problem.kind) {
    case "too_large":
      return rankingText.fileProblem.tooLarge(problem.bytes, problem.maxBytes);
    case "bytes":
      return rankingText.fileProblem.bytes[problem.problem];
    case "damaged":
      return rankingText.fileProblem.damaged;
    case "no_sheets":
      return rankingText.fileProblem.noSheets;
  }
}
