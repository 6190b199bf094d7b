// «Tạo tệp cho từng đơn vị»: the host reads the master (one workbook action, nothing written), the
// pane makes each unit's workbook with the command line's own code in the chunk loaded on demand,
// zips them and hands the .zip over the way this Office allows; each unit's file can be handed over
// on its own too (the way on a Mac when the .zip is too large for the browser's address).
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Issue } from "../../domain";
import type { AssignmentRequest } from "../../excel/host/workbookOperations";
import { handOffFile, type HandOffOutcome } from "../download/handOffFile";
import { saveDownload } from "../download/saveDownload";
import { loadAssignmentFiles } from "../files/loadAssignmentFiles";
import { unitFilesZipName } from "../files/unitFileNames";
import type { Action } from "../hooks/useAction";
import { useOperations } from "../hooks/useOperations";
import { useMessages, type Localization } from "../i18n/useMessages";
import { assignmentLabels, type AssignmentLabels } from "../i18n/assignmentLabels";
import { useStepLabels } from "../i18n/stepLabels";
import { IssueList } from "./IssueList";
import { useSectionStyles } from "./sectionStyles";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ZIP_MIME = "application/zip";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  button: { flexShrink: 0 },
});

interface MadeFile {
  unit: string;
  fileName: string;
  items: number;
  bytes: Uint8Array;
}

type Made =
  | { ok: false; issues: Issue[]; sheetName: string }
  | { ok: true; splitAt: string; files: MadeFile[]; zip: { fileName: string; bytes: Uint8Array }; outcome: HandOffOutcome };

export interface UnitFilesSectionProps {
  action: Action;
  /** The deadline and time frame typed in the step, for the request. */
  request(): AssignmentRequest;
  onSelectCell(sheetName: string, cell: string): void;
}

export function UnitFilesSection({ action, request, onSelectCell }: UnitFilesSectionProps) {
  const localization = useMessages();
  const assignmentText = useStepLabels(assignmentLabels);
  const { t } = localization;
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const operations = useOperations();
  const busy = action.status.busy;
  const [made, setMade] = useState<Made | null>(null);
  const [single, setSingle] = useState<{ fileName: string; size: number; outcome: HandOffOutcome } | null>(null);

  const handOver = async (fileName: string, bytes: Uint8Array, mime: string) =>
    handOffFile(
      { fileName, bytes },
      {
        handoff: await operations.fileHandoff(),
        paneUrl: window.location.href,
        download: (file) => saveDownload(file, mime),
        openInBrowser: (url) => operations.openInBrowser(url),
      },
    );

  const split = async () => {
    setMade(null);
    setSingle(null);
    const done = await action.run(async (onProgress): Promise<Made> => {
      const source = await operations.readSplitSource(request(), onProgress);
      if (!source.ok) return { ok: false, issues: source.issues, sheetName: source.sheetName };
      // The host's clock: what the files' metadata and the gathering's report call the split's time.
      const splitAt = new Date().toISOString();
      const year = source.master.record.year ?? new Date(splitAt).getFullYear();
      const files = await loadAssignmentFiles();
      const unitFiles = await files.makeUnitFiles({
        master: source.master,
        assignment: source.assignment,
        units: source.units.map((unit) => ({ unit: unit.unit, schedule: unit.schedule })),
        splitAt,
        year,
      });
      const zip = { fileName: unitFilesZipName(year), bytes: await files.zipUnitFiles(unitFiles) };
      const outcome = await handOver(zip.fileName, zip.bytes, ZIP_MIME);
      return { ok: true, splitAt, zip, outcome, files: unitFiles.map((file) => ({ unit: file.unit, fileName: file.fileName, items: file.items.length, bytes: file.bytes })) };
    }, assignmentText.splitting);
    if (!done) return;
    setMade(done);
    action.announce(done.ok ? assignmentText.splitMade(done.files.length, timeText(done.splitAt, assignmentText)) : assignmentText.splitRefused);
  };

  const handOverOne = async (fileName: string, bytes: Uint8Array, mime: string) => {
    const outcome = await action.run(() => handOver(fileName, bytes, mime));
    if (outcome) setSingle({ fileName, size: bytes.length, outcome });
  };

  return (
    <section className={sectionStyles.section} aria-labelledby="unit-files-heading">
      <Text as="h3" id="unit-files-heading" weight="semibold" className={sectionStyles.heading}>
        {assignmentText.splitHeading}
      </Text>
      <Text>{assignmentText.splitIntro}</Text>
      <div>
        <Button disabledFocusable={busy} onClick={() => void split()}>
          {assignmentText.split}
        </Button>
      </div>
      {made && !made.ok ? (
        <>
          <Text weight="semibold">{assignmentText.splitRefused}</Text>
          <IssueList issues={made.issues} label={t.issuesLabel} sheetName={made.sheetName} busy={busy} onSelectCell={onSelectCell} />
        </>
      ) : null}
      {made?.ok ? (
        <>
          <Text weight="semibold">{assignmentText.splitMade(made.files.length, timeText(made.splitAt, assignmentText))}</Text>
          <Text>
            {made.outcome.kind === "tooLarge"
              ? assignmentText.zipTooLarge(sizeText(made.zip.bytes.length, localization, assignmentText), sizeText(made.outcome.limitBytes, localization, assignmentText))
              : outcomeText(made.outcome, made.zip.fileName, made.zip.bytes.length, localization, assignmentText)}
          </Text>
          <ul className={styles.list} aria-label={assignmentText.filesLabel}>
            {made.files.map((file) => (
              <li key={file.fileName} className={styles.item}>
                <span className={styles.name}>
                  {file.fileName}
                  <Caption1>{` · ${assignmentText.itemCount(file.items)}`}</Caption1>
                </span>
                <Button className={styles.button} size="small" disabledFocusable={busy} aria-label={assignmentText.downloadOne(file.unit)} onClick={() => void handOverOne(file.fileName, file.bytes, XLSX_MIME)}>
                  {assignmentText.downloadOneText}
                </Button>
              </li>
            ))}
          </ul>
          {made.outcome.kind !== "tooLarge" ? (
            <div>
              <Button size="small" appearance="subtle" disabledFocusable={busy} onClick={() => void handOverOne(made.zip.fileName, made.zip.bytes, ZIP_MIME)}>
                {assignmentText.downloadZip}
              </Button>
            </div>
          ) : null}
          {single ? <Text>{outcomeText(single.outcome, single.fileName, single.size, localization, assignmentText)}</Text> : null}
        </>
      ) : null}
    </section>
  );
}

/** Where a file went, or why it could not go anywhere. */
function outcomeText(outcome: HandOffOutcome, file: string, bytes: number, localization: Localization, assignmentText: AssignmentLabels): string {
  const size = sizeText(bytes, localization, assignmentText);
  switch (outcome.kind) {
    case "downloaded":
      return assignmentText.saved[outcome.platform](file, size);
    case "openedInBrowser":
      return assignmentText.openedInBrowser(file, size);
    case "unavailable":
      return assignmentText.unavailable;
    case "tooLarge":
      return assignmentText.tooLarge(file, size, sizeText(outcome.limitBytes, localization, assignmentText));
  }
}

/** Bytes as "12,3 KB" in the reader's decimal convention (points formats hundredths: 12,3 = 1230). */
function sizeText(bytes: number, { points }: Localization, assignmentText: AssignmentLabels): string {
  return assignmentText.size(points(Math.max(1, Math.round(bytes / 102.4)) * 10));
}

/** The split's time on the host's clock, "08:05, 25/01/2022" (the date as the seeds write it). */
function timeText(iso: string, assignmentText: AssignmentLabels): string {
  const at = new Date(iso);
  const two = (n: number) => String(n).padStart(2, "0");
  return assignmentText.splitTime(`${two(at.getHours())}:${two(at.getMinutes())}`, `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()}`);
}
