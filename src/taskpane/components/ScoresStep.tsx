// Step 2: where to type scores in the sheet the add-in made, and the way on to the check.
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SCORE_COLUMNS, SCORE_FIRST_ITEM_ROW, cellAddress } from "../../domain";
import type { ScoreSheetInfo } from "../../excel/host/workbookOperations";
import { useMessages } from "../i18n/useMessages";
import type { SheetNotes } from "./ChooseTemplateStep";
import { IssueList } from "./IssueList";
import { SkippedFeaturesNote } from "./SkippedFeaturesNote";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The self-assessment cell of the first item, where typing starts. */
export const FIRST_SCORE_CELL = cellAddress(SCORE_FIRST_ITEM_ROW, SCORE_COLUMNS.self);

export interface ScoresStepProps {
  sheet: ScoreSheetInfo;
  /** From creating the sheet: e.g. rows of an imported table that were skipped. */
  notes: SheetNotes;
  busy: boolean;
  onCheck(): void;
  onSelectCell(sheetName: string, cell: string): void;
}

export function ScoresStep({ sheet, notes, busy, onCheck, onSelectCell }: ScoresStepProps) {
  const { t } = useMessages();
  const styles = useStyles();
  return (
    <>
      <Text>{t.scoresIntro(sheet.sheetName)}</Text>
      <ul className={styles.list}>
        <li>{t.scoresSelf}</li>
        <li>{t.scoresAppraised}</li>
        <li>{t.scoresNotApplicable}</li>
        <li>{t.scoresDecimals}</li>
        <li>{t.scoresFormulas}</li>
      </ul>
      <SkippedFeaturesNote features={notes.skippedFeatures} />
      <IssueList
        issues={notes.notices}
        label={t.warningsTitle}
        sheetName={sheet.sheetName}
        busy={busy}
        onSelectCell={onSelectCell}
      />
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={busy} onClick={onCheck}>
          {t.checkScores}
        </Button>
        <Button disabledFocusable={busy} onClick={() => onSelectCell(sheet.sheetName, FIRST_SCORE_CELL)}>
          {t.goToFirstScore}
        </Button>
      </div>
    </>
  );
}
