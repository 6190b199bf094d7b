// Step 3: runs the check, counts errors and warnings, lists each issue as a jump to its cell.
import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { countBySeverity } from "../../domain";
import type { CheckResult } from "../../excel/host/workbookOperations";
import { useMessages } from "../i18n/useMessages";
import { IssueList } from "./IssueList";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  cells: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
});

export interface CheckStepProps {
  check: CheckResult | null;
  busy: boolean;
  onCheck(): void;
  onSelectCell(sheetName: string, cell: string): void;
  onViewTotals(): void;
}

export function CheckStep({ check, busy, onCheck, onSelectCell, onViewTotals }: CheckStepProps) {
  const { t } = useMessages();
  const styles = useStyles();
  const counts = check ? countBySeverity(check.issues) : null;
  return (
    <>
      <Text>{t.checkIntro}</Text>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={busy} onClick={onCheck}>
          {check ? t.checkAgain : t.checkScores}
        </Button>
        {check ? (
          <Button disabledFocusable={busy} onClick={onViewTotals}>
            {t.viewTotals}
          </Button>
        ) : null}
      </div>
      {check && counts ? (
        <>
          <Text weight="semibold">{t.issueCounts(counts.errors, counts.warnings)}</Text>
          <Text>{check.ok ? t.checkPassed : t.checkFailed}</Text>
          <IssueList
            issues={check.issues}
            label={t.issuesLabel}
            sheetName={check.sheetName}
            busy={busy}
            onSelectCell={onSelectCell}
          />
          {check.convertedCells.length > 0 ? (
            <>
              <Text>{t.convertedCells(check.convertedCells.length)}</Text>
              <ul className={styles.cells} aria-label={t.convertedCellsLabel}>
                {check.convertedCells.map((cell) => (
                  <li key={cell}>
                    <Link
                      as="button"
                      aria-label={t.goToCell(check.sheetName, cell)}
                      disabledFocusable={busy}
                      onClick={() => onSelectCell(check.sheetName, cell)}
                    >
                      {cell}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
