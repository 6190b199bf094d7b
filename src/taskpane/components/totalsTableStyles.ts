// The look of the pane's small score tables (per lĩnh vực, per scoring method): one set of styles,
// so the two tables line up column for column in the totals step.
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useTotalsTableStyles = makeStyles({
  table: {
    ...typographyStyles.caption1,
    width: "100%",
    // Fixed layout keeps long names from pushing the number columns out of a 320 px pane.
    tableLayout: "fixed",
    borderCollapse: "collapse",
    fontVariantNumeric: "tabular-nums",
  },
  caption: { ...typographyStyles.caption1Strong, textAlign: "start", paddingBottom: tokens.spacingVerticalXS },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
  name: { textAlign: "start", fontWeight: tokens.fontWeightRegular, overflowWrap: "anywhere" },
  number: { width: "3.9em", textAlign: "end", whiteSpace: "nowrap" },
  percentColumn: { width: "4.4em" },
  head: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground3 },
  total: { fontWeight: tokens.fontWeightSemibold, borderBottom: "none" },
});
