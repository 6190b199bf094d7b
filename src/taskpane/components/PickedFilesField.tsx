// Picking workbooks to read, as steps 6 (ranking) and 7 (gathering) both do: the picker, a button
// to clear the list, how many are picked, what the pick said (files refused or too many), and the
// list of picked files with each one's state and its own remove button.
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { FilePicker } from "../files/FilePicker";
import { rankingLabels } from "../i18n/rankingLabels";
import { useStepLabels } from "../i18n/stepLabels";
import { RankingFileList, type PickedEntry } from "./RankingFileList";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface PickedFilesFieldProps<E extends PickedEntry> {
  label: string;
  buttonText: string;
  busy: boolean;
  entries: readonly E[];
  pickNotes: readonly string[];
  onPick(files: File[]): void;
  onChange(entries: E[]): void;
}

export function PickedFilesField<E extends PickedEntry>({ label, buttonText, busy, entries, pickNotes, onPick, onChange }: PickedFilesFieldProps<E>) {
  const rankingText = useStepLabels(rankingLabels);
  const styles = useStyles();
  return (
    <>
      <div className={styles.row}>
        <FilePicker label={label} buttonText={buttonText} accept=".xlsx" multiple busy={busy} onPick={onPick} />
        {entries.length > 0 ? (
          <Button appearance="subtle" disabledFocusable={busy} onClick={() => onChange([])}>
            {rankingText.clearFiles}
          </Button>
        ) : null}
      </div>
      {entries.length > 0 ? <Caption1>{rankingText.fileCount(entries.length)}</Caption1> : null}
      {pickNotes.map((note) => (
        <Caption1 key={note}>{note}</Caption1>
      ))}
      <RankingFileList entries={entries} busy={busy} onRemove={(index) => onChange(entries.filter((_, i) => i !== index))} />
    </>
  );
}
