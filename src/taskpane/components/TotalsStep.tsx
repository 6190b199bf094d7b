// Step 4: the totals of the last check, as a table and a bar chart, and the way on to the plan.
import { Button, Text } from "@fluentui/react-components";
import type { CheckResult } from "../../excel/host/workbookOperations";
import { useMessages } from "../i18n/useMessages";
import { TotalsByMethod } from "./TotalsByMethod";
import { TotalsChart } from "./TotalsChart";
import { TotalsTable } from "./TotalsTable";

export function TotalsStep({ check, busy, onGoToPlan }: { check: CheckResult | null; busy: boolean; onGoToPlan(): void }) {
  const { t } = useMessages();
  if (!check) return <Text>{t.totalsNeedCheck}</Text>;
  return (
    <>
      <TotalsTable totals={check.totals} sheetName={check.sheetName} />
      <TotalsByMethod totals={check.totals} />
      <TotalsChart totals={check.totals} />
      <div>
        <Button appearance="primary" disabledFocusable={busy} onClick={onGoToPlan}>
          {t.goToPlan}
        </Button>
      </div>
    </>
  );
}
