// Tên đơn vị and năm đánh giá: written into the scoring sheet's header and its metadata.
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useMessages } from "../i18n/useMessages";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface UnitYear {
  unit: string;
  yearText: string;
}

/** The year as the request wants it: undefined when blank, null when it is not a plausible year. */
export function parseYear(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= 1990 && year <= 2100 ? year : null;
}

export function UnitYearFields({ value, onChange }: { value: UnitYear; onChange(value: UnitYear): void }) {
  const { t } = useMessages();
  const styles = useStyles();
  const yearInvalid = parseYear(value.yearText) === null;
  return (
    <div className={styles.fields}>
      <Field label={t.unitLabel} hint={t.unitHint}>
        <Input value={value.unit} onChange={(_, data) => onChange({ ...value, unit: data.value })} />
      </Field>
      <Field
        label={t.yearLabel}
        validationState={yearInvalid ? "error" : "none"}
        validationMessage={yearInvalid ? t.yearInvalid : undefined}
      >
        <Input
          inputMode="numeric"
          value={value.yearText}
          onChange={(_, data) => onChange({ ...value, yearText: data.value })}
        />
      </Field>
    </div>
  );
}
