// «Chỉ hiện mục của đơn vị»: a unit picked and its item rows shown alone (or every row again), for a
// department working in a shared workbook; says whether only this user sees the filter (a sheet
// view of their own) or every co-author does (hidden rows).
import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { UnitFilterResult } from "../../excel/host/workbookOperations";
import type { Action } from "../hooks/useAction";
import { useOperations } from "../hooks/useOperations";
import { assignmentLabels } from "../i18n/assignmentLabels";
import { useStepLabels } from "../i18n/stepLabels";
import { useSectionStyles } from "./sectionStyles";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface UnitFilterSectionProps {
  action: Action;
  sheetName: string;
  units: readonly string[];
}

export function UnitFilterSection({ action, sheetName, units }: UnitFilterSectionProps) {
  const assignmentText = useStepLabels(assignmentLabels);
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const operations = useOperations();
  const busy = action.status.busy;
  const [unit, setUnit] = useState(units[0] ?? "");
  const [result, setResult] = useState<UnitFilterResult | null>(null);

  const show = async (which: string | null) => {
    const done = await action.run(() => operations.showUnitItems({ sheetName, unit: which }), assignmentText.filtering);
    if (!done) return;
    setResult(done);
    action.announce(done.unit === null ? assignmentText.unfiltered(done.shown) : assignmentText.filtered(done.unit, done.shown, done.hidden));
  };

  return (
    <section className={sectionStyles.section} aria-labelledby="unit-filter-heading">
      <Text as="h3" id="unit-filter-heading" weight="semibold" className={sectionStyles.heading}>
        {assignmentText.filterHeading}
      </Text>
      <Field label={assignmentText.filterUnitLabel}>
        <Select value={unit} onChange={(_, data) => setUnit(data.value)}>
          {units.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button disabled={!unit} disabledFocusable={busy} onClick={() => void show(unit)}>
          {assignmentText.filterShow}
        </Button>
        <Button appearance="subtle" disabledFocusable={busy} onClick={() => void show(null)}>
          {assignmentText.filterAll}
        </Button>
      </div>
      {result ? (
        <>
          <Text weight="semibold">{result.unit === null ? assignmentText.unfiltered(result.shown) : assignmentText.filtered(result.unit, result.shown, result.hidden)}</Text>
          {result.unit !== null ? (
            result.method === "sheetView" ? (
              <Text>{assignmentText.filterSheetView}</Text>
            ) : (
              <Text className={styles.warning} role="note">
                {assignmentText.filterRows}
              </Text>
            )
          ) : null}
        </>
      ) : null}
    </section>
  );
}
