// The total split by scoring method (tự đánh giá / thẩm định, điều tra xã hội học, SIPAS), as the
// seed's plan writes "94,52 điểm, trong đó điểm thẩm định: 67,11; điểm điều tra xã hội học:
// 27,41": only for a template that scores by two methods or more, from the engine's exact sums.
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { percentHundredths, type Totals } from "../../domain";
import { isAppraised, methodParts, splitWorthShowing } from "../../domain/scoring/methodParts";
import { useMessages } from "../i18n/useMessages";

const useStyles = makeStyles({
  table: { ...typographyStyles.caption1, width: "100%", tableLayout: "fixed", borderCollapse: "collapse", fontVariantNumeric: "tabular-nums" },
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
});

export function TotalsByMethod({ totals }: { totals: Totals }) {
  const { t, points, percent } = useMessages();
  const s = useStyles();
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
