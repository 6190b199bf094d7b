// The score table per lĩnh vực as the seed's plan prints it: maximum, score, deduction, percentage, grand total.
import type { Hundredths, Totals } from "../../domain";
import { useMessages } from "../i18n/useMessages";
import { usePaneTableStyles } from "./paneTableStyles";

/** −value as the seed's "Ghi chú" column writes deductions; never "-0". */
function deduction(lostPoints: Hundredths): Hundredths {
  return lostPoints === 0 ? 0 : -lostPoints;
}

export function TotalsTable({ totals, sheetName }: { totals: Totals; sheetName: string }) {
  const { t, points, percent } = useMessages();
  const s = usePaneTableStyles();
  const num = `${s.cell} ${s.number}`;
  return (
    <table className={s.table}>
      <caption className={s.caption}>{t.totalsCaption(sheetName)}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${s.cell} ${s.name} ${s.head}`}>{t.columns.area}</th>
          <th scope="col" className={`${num} ${s.head}`}>{t.columns.max}</th>
          <th scope="col" className={`${num} ${s.head}`}>{t.columns.score}</th>
          <th scope="col" className={`${num} ${s.head}`}>{t.columns.lost}</th>
          <th scope="col" className={`${num} ${s.percentColumn} ${s.head}`}>{t.columns.percent}</th>
        </tr>
      </thead>
      <tbody>
        {totals.areas.map((area) => (
          <tr key={area.code}>
            <th scope="row" className={`${s.cell} ${s.name}`}>
              {`${area.code}. ${area.name}`}
            </th>
            <td className={num}>{points(area.applicableMax)}</td>
            <td className={num}>{points(area.score)}</td>
            <td className={num}>{points(deduction(area.lostPoints))}</td>
            <td className={num}>{percent(area.percent)}</td>
          </tr>
        ))}
        {totals.adjustments.map((adjustment) => (
          <tr key={adjustment.code}>
            <th scope="row" className={`${s.cell} ${s.name}`}>
              {`${adjustment.kind === "bonus" ? t.bonus : t.penalty}: ${adjustment.name}`}
            </th>
            <td className={num} />
            <td className={num}>{points(adjustment.kind === "bonus" ? adjustment.points : deduction(adjustment.points))}</td>
            <td className={num} />
            <td className={num} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className={`${s.cell} ${s.name} ${s.total}`}>{t.grandTotal}</th>
          <td className={`${num} ${s.total}`}>{points(totals.total.applicableMax)}</td>
          <td className={`${num} ${s.total}`}>{points(totals.total.score)}</td>
          <td className={`${num} ${s.total}`}>{points(deduction(totals.total.lostPoints))}</td>
          <td className={`${num} ${s.total}`}>{percent(totals.total.percent)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
