// The pane's title, the scoring sheet being worked on (a picker when there are several) and a re-read button.
import { Button, Caption1, Field, Select, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { ScoreSheetInfo } from "../../excel/host/workbookOperations";
import { useMessages } from "../i18n/useMessages";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface PaneHeaderProps {
  sheets: readonly ScoreSheetInfo[];
  current: ScoreSheetInfo | null;
  busy: boolean;
  onPick(sheet: ScoreSheetInfo): void;
  onRefresh(): void;
}

export function PaneHeader({ sheets, current, busy, onPick, onRefresh }: PaneHeaderProps) {
  const { t } = useMessages();
  const styles = useStyles();
  const details = current ? t.sheetDetails(current.unit, current.year) : "";
  return (
    <header className={styles.header}>
      <Title3 as="h1" className={styles.title}>
        {t.appTitle}
      </Title3>
      <Caption1>{t.appSubtitle}</Caption1>
      {sheets.length > 1 && current ? (
        <Field label={t.sheetPickerLabel}>
          <Select
            value={current.sheetName}
            onChange={(_, data) => {
              const picked = sheets.find((s) => s.sheetName === data.value);
              if (picked) onPick(picked);
            }}
          >
            {sheets.map((s) => (
              <option key={s.sheetName} value={s.sheetName}>
                {s.sheetName}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Caption1>{current ? t.currentSheet(current.sheetName) : t.noScoreSheet}</Caption1>
      )}
      <div className={styles.row}>
        {details ? <Caption1>{details}</Caption1> : null}
        <Button size="small" appearance="subtle" disabledFocusable={busy} onClick={onRefresh}>
          {t.refreshState}
        </Button>
      </div>
    </header>
  );
}
