// What the consolidation made: the sheets (a link to them), the units ranked with their index and
// group (and, once workbooks went through the appraisal rounds, each unit's stage, a «*» beside a
// result not final and a warning saying how many), the units left out and why (their issues lead
// to the cell when the unit is a scoring sheet of this workbook), and the files that could not be read.
import { Badge, Caption1, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { BuildRankingResult } from "../../excel/host/workbookOperations";
import { useMessages } from "../i18n/useMessages";
import { rankingLabels } from "../i18n/rankingLabels";
import { appraisalLabels } from "../i18n/appraisalLabels";
import { useStepLabels } from "../i18n/stepLabels";
import { IssueList } from "./IssueList";
import { usePaneTableStyles } from "./paneTableStyles";
import { SkippedFeaturesNote } from "./SkippedFeaturesNote";

const useStyles = makeStyles({
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  rank: { width: "2.6em", textAlign: "end" },
  number: { width: "4.4em", textAlign: "end", whiteSpace: "nowrap" },
  group: { width: "3.6em", textAlign: "center" },
  change: { width: "5.6em", textAlign: "end" },
  stage: { width: "6.4em", textAlign: "start" },
  excluded: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  excludedHead: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: tokens.spacingHorizontalXS },
});

export interface RankingResultViewProps {
  result: BuildRankingResult;
  busy: boolean;
  onSelectCell(sheetName: string, cell: string): void;
}

export function RankingResultView({ result, busy, onSelectCell }: RankingResultViewProps) {
  const { percent } = useMessages();
  const rankingText = useStepLabels(rankingLabels);
  const appraisalText = useStepLabels(appraisalLabels);
  const s = useStyles();
  const table = usePaneTableStyles();
  const { ranking } = result;
  const inWorkbook = new Set(result.workbookFiles);
  const cell = table.cell;
  return (
    <div className={s.result}>
      <Text weight="semibold">
        <Link as="button" disabledFocusable={busy} onClick={() => onSelectCell(result.rankingSheet, "A1")}>
          {result.rebuilt ? rankingText.rebuilt(result.rankingSheet, result.notesKept) : rankingText.created(result.rankingSheet, result.areasSheet, result.charts)}
        </Link>
      </Text>
      <SkippedFeaturesNote features={result.skippedFeatures} />
      {ranking.notFinal ? <Text role="note">{rankingText.notFinal(ranking.notFinal)}</Text> : null}
      {ranking.units.length > 0 ? (
        <table className={table.table}>
          <caption className={table.caption}>{rankingText.rankedCaption(ranking.units.length, ranking.year)}</caption>
          <thead>
            <tr>
              <th scope="col" className={`${cell} ${table.head} ${s.rank}`}>{rankingText.columns.rank}</th>
              <th scope="col" className={`${cell} ${table.head} ${table.name}`}>{rankingText.columns.unit}</th>
              <th scope="col" className={`${cell} ${table.head} ${s.number}`}>{rankingText.columns.percent}</th>
              <th scope="col" className={`${cell} ${table.head} ${s.group}`}>{rankingText.columns.group}</th>
              {ranking.hasPrevious ? <th scope="col" className={`${cell} ${table.head} ${s.change}`}>{rankingText.columns.change}</th> : null}
              {ranking.hasStages ? <th scope="col" className={`${cell} ${table.head} ${s.stage}`}>{rankingText.columns.stage}</th> : null}
            </tr>
          </thead>
          <tbody>
            {ranking.units.map((unit) => (
              <tr key={`${unit.file}|${unit.sheet}`}>
                <td className={`${cell} ${s.rank}`}>{unit.rank}</td>
                {/* The sheet's mark: ranked on a result that can still change. */}
                <th scope="row" className={`${cell} ${table.name}`}>{ranking.hasStages && unit.stage !== "final" ? `${unit.unit} *` : unit.unit}</th>
                <td className={`${cell} ${s.number}`}>{percent(unit.percent)}</td>
                <td className={`${cell} ${s.group}`}>{unit.group}</td>
                {ranking.hasPrevious ? <td className={`${cell} ${s.change}`}>{unit.change ? rankingText.rankChange(unit.change) : ""}</td> : null}
                {ranking.hasStages ? <td className={`${cell} ${s.stage}`}>{appraisalText.stages[unit.stage ?? "self"]}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {ranking.excluded.length > 0 ? (
        <>
          <Text weight="semibold">{rankingText.excludedTitle(ranking.excluded.length)}</Text>
          <ul className={s.excluded} aria-label={rankingText.excludedTitle(ranking.excluded.length)}>
            {ranking.excluded.map((unit) => {
              const here = inWorkbook.has(unit.file);
              return (
                <li key={`${unit.file}|${unit.sheet}`}>
                  <div className={s.excludedHead}>
                    <Text weight="semibold">{unit.unit}</Text>
                    <Badge size="small" appearance="tint" color={unit.reason === "duplicate_unit" ? "warning" : "danger"}>
                      {rankingText.reasons[unit.reason]}
                    </Badge>
                    <Caption1>{here ? `${unit.file} — ${rankingText.inThisWorkbook}` : unit.file}</Caption1>
                  </div>
                  <IssueList
                    issues={unit.issues}
                    label={`${unit.unit}: ${rankingText.reasons[unit.reason]}`}
                    busy={busy}
                    // Cells of other workbooks cannot be selected from here; this workbook's can.
                    {...(here ? { sheetName: unit.sheet, onSelectCell } : {})}
                  />
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
