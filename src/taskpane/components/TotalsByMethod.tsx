// The total split by scoring method (tự đánh giá / thẩm định, điều tra xã hội học, SIPAS), as the
// seed's plan writes "94,52 điểm, trong đó điểm thẩm định: 67,11; điểm điều tra xã hội học:
// 27,41": only for a template that scores by two methods or more, from the engine's exact sums.
import { percentHundredths, type Totals } from "../../domain";
import { isAppraised, methodParts, splitWorthShowing } from "../../domain/scoring/methodParts";
import { useMessages } from "../i18n/useMessages";
import { usePaneTableStyles } from "./paneTableStyles";

export function TotalsByMethod({ totals }: { totals: Totals }) {
  const { t, points, percent } = useMessages();
  const s = usePaneTableStyles();
  const appraised = isAppraised(totals);
  const parts = splitWorthShowing(methodParts(totals.total.byMethod, appraised));
  if (parts.length === 0) return null;
  const num = `${s.cell} ${s.number}`;
  return (
    <table className={s.table}>
      <caption className={s.caption}>{t.byMethod.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${s.cell} ${s.name} ${s.head}`}>{t.byMethod.method}</th>
          <th scope="col" className={`${num} ${s.head}`}>{t.columns.max}</th>
          <th scope="col" className={`${num} ${s.head}`}>{t.columns.score}</th>
          <th scope="col" className={`${num} ${s.percentColumn} ${s.head}`}>{t.columns.percent}</th>
        </tr>
      </thead>
      <tbody>
        {parts.map((part) => (
          <tr key={part.method}>
            <th scope="row" className={`${s.cell} ${s.name}`}>{t.byMethod.label(part.method, appraised)}</th>
            <td className={num}>{points(part.applicableMax)}</td>
            <td className={num}>{points(part.score)}</td>
            <td className={num}>{percent(percentHundredths(part.score, part.applicableMax))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
