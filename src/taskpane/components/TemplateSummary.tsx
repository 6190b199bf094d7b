// What staff need to recognise a framework before using it: name, source, total maximum, description.
import { Body1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { summarizeTemplate, toHundredths, type Template } from "../../domain";
import { useMessages } from "../i18n/useMessages";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: { margin: 0, display: "grid", gridTemplateColumns: "auto minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  term: { color: tokens.colorNeutralForeground3 },
  detail: { margin: 0, minWidth: 0 },
});

export function TemplateSummary({ template }: { template: Template }) {
  const { t, points } = useMessages();
  const styles = useStyles();
  const summary = summarizeTemplate(template);
  return (
    <div className={styles.card}>
      <Body1Strong>{summary.name}</Body1Strong>
      <dl className={styles.list}>
        <dt className={styles.term}>{t.templateSource}</dt>
        <dd className={styles.detail}>{summary.source}</dd>
        <dt className={styles.term}>{t.templateMaxTotal}</dt>
        <dd className={styles.detail}>{points(toHundredths(summary.maxTotal))}</dd>
        <dt className={styles.term}>{t.templateAreaCount}</dt>
        <dd className={styles.detail}>{template.areas.length}</dd>
        {template.description ? (
          <>
            <dt className={styles.term}>{t.templateDescription}</dt>
            <dd className={styles.detail}>{template.description}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
