// Step 1: unit and year, then a framework (bundled, pasted JSON or the selected range) turned into a scoring sheet.
import { Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useState } from "react";
import type { Issue, Template } from "../../domain";
import type { HostFeature, ScoreSheetInfo } from "../../excel/host/workbookOperations";
import type { Action } from "../hooks/useAction";
import { useOperations } from "../hooks/useOperations";
import { useMessages } from "../i18n/useMessages";
import { BundledTemplatePicker } from "./BundledTemplatePicker";
import { lazyComponent } from "./lazyComponent";
import { StepLoading } from "./StepLoading";
import { UnitYearFields, parseYear, type UnitYear } from "./UnitYearFields";

type Source = "bundled" | "paste" | "selection";

// Most staff load a bundled framework: pasting one and reading it from a selection load when chosen.
const PastedTemplateForm = lazyComponent(() => import(/* webpackChunkName: "pasted-template" */ "./PastedTemplateForm"), "PastedTemplateForm");
const SelectionImport = lazyComponent(() => import(/* webpackChunkName: "selection-import" */ "./SelectionImport"), "SelectionImport");

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** What staff should know about a sheet just made: import warnings and finishes Excel could not draw. */
export interface SheetNotes {
  notices: Issue[];
  skippedFeatures: HostFeature[];
}

export interface ChooseTemplateStepProps {
  action: Action;
  onSheetCreated(sheet: ScoreSheetInfo, notes: SheetNotes): void;
  onSelectCell(sheetName: string, cell: string): void;
}

export function ChooseTemplateStep({ action, onSheetCreated, onSelectCell }: ChooseTemplateStepProps) {
  const { t } = useMessages();
  const styles = useStyles();
  const operations = useOperations();
  const [unitYear, setUnitYear] = useState<UnitYear>({ unit: "", yearText: String(new Date().getFullYear()) });
  const [source, setSource] = useState<Source>("bundled");
  const [selectionFailure, setSelectionFailure] = useState<{ address: string; issues: Issue[] } | null>(null);
  const busy = action.status.busy;

  const year = parseYear(unitYear.yearText);
  const unit = unitYear.unit.trim();
  const canLoad = year !== null;
  // Only what staff filled in: an empty unit is no unit, not "".
  const target = { ...(unit ? { unit } : {}), ...(typeof year === "number" ? { year } : {}) };

  const load = async (template: Template) => {
    const result = await action.run((onProgress) => operations.loadTemplate({ template, ...target }, onProgress));
    if (!result) return;
    const leftOut = result.droppedAssignmentsOf !== undefined && unit ? ` ${t.assignmentsLeftOut(result.droppedAssignmentsOf, unit)}` : "";
    action.announce(`${t.templateLoaded(result.sheetName, result.rowCount)}${leftOut}`);
    onSheetCreated(
      { sheetName: result.sheetName, templateId: template.id, templateName: template.name, ...target },
      { notices: [], skippedFeatures: result.skippedFeatures ?? [] },
    );
  };

  const importSelection = async () => {
    setSelectionFailure(null);
    const result = await action.run((onProgress) => operations.importSelectionAsTemplate({ ...target }, onProgress));
    if (!result) return;
    if (!result.ok) {
      setSelectionFailure({ address: result.address, issues: result.issues });
      return;
    }
    action.announce(t.selectionImported(result.sheetName, result.template.name));
    onSheetCreated(
      { sheetName: result.sheetName, templateId: result.template.id, templateName: result.template.name, ...target },
      { notices: result.warnings, skippedFeatures: result.skippedFeatures ?? [] },
    );
  };

  return (
    <div className={styles.body}>
      <UnitYearFields value={unitYear} onChange={setUnitYear} />
      <Field label={t.sourceLabel}>
        <RadioGroup value={source} onChange={(_, data) => setSource(data.value as Source)}>
          <Radio value="bundled" label={t.sourceBundled} />
          <Radio value="paste" label={t.sourcePaste} />
          <Radio value="selection" label={t.sourceSelection} />
        </RadioGroup>
      </Field>
      {source === "bundled" ? <BundledTemplatePicker busy={busy} canLoad={canLoad} onLoad={load} /> : null}
      <Suspense fallback={<StepLoading />}>
        {source === "paste" ? <PastedTemplateForm busy={busy} canLoad={canLoad} onLoad={load} /> : null}
        {source === "selection" ? (
          <SelectionImport
            busy={busy}
            canImport={canLoad}
            failure={selectionFailure}
            onImport={importSelection}
            onSelectCell={onSelectCell}
          />
        ) : null}
      </Suspense>
    </div>
  );
}
