// The templates shipped with the add-in as radio choices, with the chosen one described and a load button.
import { Button, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { bundledTemplates, type Template } from "../../domain";
import { useMessages } from "../i18n/useMessages";
import { TemplateSummary } from "./TemplateSummary";

export interface TemplateLoaderProps {
  busy: boolean;
  /** False while the unit or year fields hold something the request cannot carry. */
  canLoad: boolean;
  onLoad(template: Template): void;
}

export function BundledTemplatePicker({ busy, canLoad, onLoad }: TemplateLoaderProps) {
  const { t } = useMessages();
  const templates = useMemo(() => bundledTemplates(), []);
  const [selectedId, setSelectedId] = useState(templates[0]?.id ?? "");
  const selected = templates.find((template) => template.id === selectedId);
  return (
    <>
      <Field label={t.bundledLabel}>
        <RadioGroup value={selectedId} onChange={(_, data) => setSelectedId(data.value)}>
          {templates.map((template) => (
            <Radio key={template.id} value={template.id} label={template.name} />
          ))}
        </RadioGroup>
      </Field>
      {selected ? <TemplateSummary template={selected} /> : null}
      <div>
        <Button
          appearance="primary"
          disabled={!selected || !canLoad}
          disabledFocusable={busy}
          onClick={() => selected && onLoad(selected)}
        >
          {t.loadTemplate}
        </Button>
      </div>
    </>
  );
}
