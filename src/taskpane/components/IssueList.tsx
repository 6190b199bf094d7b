// Issues as a list staff can act on: each one with a cell is a link that selects that cell in Excel.
import { Badge, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../domain";
import { useMessages } from "../i18n/useMessages";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  badge: { flexShrink: 0 },
  text: { minWidth: 0, textAlign: "start" },
});

export interface IssueListProps {
  issues: readonly Issue[];
  label: string;
  /** The sheet an issue is on when the issue does not say. */
  sheetName?: string;
  busy: boolean;
  onSelectCell?(sheetName: string, cell: string): void;
}

export function IssueList({ issues, label, sheetName, busy, onSelectCell }: IssueListProps) {
  const { t, issue: describe } = useMessages();
  const styles = useStyles();
  if (issues.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {issues.map((issue, index) => {
        const sheet = issue.sheet ?? sheetName;
        const text = describe(issue);
        return (
          // Issues have no identity of their own; their order is stable for one result.
          <li key={index} className={styles.item}>
            <Badge
              className={styles.badge}
              size="small"
              appearance="tint"
              color={issue.severity === "error" ? "danger" : "warning"}
            >
              {t.severity[issue.severity]}
            </Badge>
            {onSelectCell && sheet && issue.cell ? (
              <Link
                as="button"
                className={styles.text}
                disabledFocusable={busy}
                onClick={() => onSelectCell(sheet, issue.cell!)}
              >
                {text}
              </Link>
            ) : (
              <span className={styles.text}>{text}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
