// The look of the pane's small tables (totals per lĩnh vực and per scoring method, gathering's progress,
// the ranking): one set of styles, so the tables look alike and the totals step's two line up column
// for column. Each table adds its own column widths.
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const usePaneTableStyles = makeStyles({
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
