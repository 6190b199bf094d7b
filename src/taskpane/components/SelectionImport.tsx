// "Use the selected range as the criteria": the host reads the selection, builds the template and its sheet.
import { Button, Text } from "@fluentui/react-components";
import type { Issue } from "../../domain";
import { useMessages } from "../i18n/useMessages";
import { IssueList } from "./IssueList";

export interface SelectionImportProps {
  busy: boolean;
  canImport: boolean;
  /** Why the last import failed, if it did. */
  failure: { address: string; issues: Issue[] } | null;
  onImport(): void;
  onSelectCell(sheetName: string, cell: string): void;
}

export function SelectionImport({ busy, canImport, failure, onImport, onSelectCell }: SelectionImportProps) {
  const { t } = useMessages();
  return (
    <>
      <Text>{t.selectionHelp}</Text>
      <div>
        <Button appearance="primary" disabled={!canImport} disabledFocusable={busy} onClick={onImport}>
          {t.importSelection}
        </Button>
      </div>
      {failure ? (
        <>
          <Text weight="semibold">{t.selectionFailed(failure.address)}</Text>
          <IssueList
            issues={failure.issues}
            label={t.selectionFailed(failure.address)}
            busy={busy}
            onSelectCell={onSelectCell}
            {...sheetOfAddress(failure.address)}
          />
        </>
      ) : null}
    </>
  );
}

/** "'Bộ tiêu chí'!A1:F40" → { sheetName: "Bộ tiêu chí" }, for issues that name a cell but not its sheet. */
export function sheetOfAddress(address: string): { sheetName?: string } {
  const bang = address.lastIndexOf("!");
  if (bang <= 0) return {};
  const raw = address.slice(0, bang);
  const sheetName = /^'.*'$/.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return sheetName ? { sheetName } : {};
}
