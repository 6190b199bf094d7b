// A bar per lĩnh vực showing the share of its maximum achieved: plain divs, each bar labelled for screen readers.
import { makeStyles, tokens, typographyStyles, useId } from "@fluentui/react-components";
import type { Totals } from "../../domain";
import { useMessages } from "../i18n/useMessages";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  caption: { ...typographyStyles.caption1Strong },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: {
    ...typographyStyles.caption1,
    display: "grid",
    gridTemplateColumns: "2em minmax(0, 1fr) 4.4em",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontVariantNumeric: "tabular-nums",
  },
  value: { textAlign: "end" },
  track: {
    height: "10px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
    overflow: "hidden",
    // Backgrounds vanish in Windows high contrast; an outline keeps the track visible.
    "@media (forced-colors: active)": { outline: "1px solid CanvasText" },
  },
  fill: {
    height: "100%",
    backgroundColor: tokens.colorBrandBackground,
    "@media (forced-colors: active)": { backgroundColor: "CanvasText", forcedColorAdjust: "none" },
  },
});

export function TotalsChart({ totals }: { totals: Totals }) {
  const { t, points, percent } = useMessages();
  const s = useStyles();
  const captionId = useId("chart-caption");
  return (
    <figure className={s.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={s.caption}>{t.chartLabel}</figcaption>
      <ul className={s.list}>
        {totals.areas.map((area) => {
          // Percent is in hundredths of a percent; bars cannot go past their track.
          const width = Math.min(100, Math.max(0, (area.percent ?? 0) / 100));
          const label = t.barLabel(
            area.code,
            area.name,
            points(area.score),
            points(area.applicableMax),
            area.notApplicable ? t.notApplicable : percent(area.percent),
          );
          return (
            <li key={area.code} className={s.row}>
              <span aria-hidden="true">{area.code}</span>
              <div role="img" aria-label={label} className={s.track}>
                <div className={s.fill} style={{ width: `${width}%` }} />
              </div>
              <span aria-hidden="true" className={s.value}>
                {percent(area.percent)}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
