// A framework pasted as JSON: read with the core's parser, its issues listed, loadable once it is valid.
import { Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { parseTemplateJson, type Result, type Template } from "../../domain";
import { useMessages } from "../i18n/useMessages";
import type { TemplateLoaderProps } from "./BundledTemplatePicker";
import { IssueList } from "./IssueList";
import { TemplateSummary } from "./TemplateSummary";

const useStyles = makeStyles({
  textarea: { width: "100%" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function PastedTemplateForm({ busy, canLoad, onLoad }: TemplateLoaderProps) {
  const { t } = useMessages();
  const styles = useStyles();
  const [text, setText] = useState("");
  const [emptyTried, setEmptyTried] = useState(false);
  // Cleared on every edit, so what is shown (and loaded) always matches the text in the box.
  const [parsed, setParsed] = useState<Result<Template> | null>(null);

  const read = () => {
    if (text.trim() === "") {
      setEmptyTried(true);
      return;
    }
    setParsed(parseTemplateJson(text));
  };

  return (
    <>
      <Field
        label={t.pasteLabel}
        hint={t.pasteHint}
        validationState={emptyTried && text.trim() === "" ? "error" : "none"}
        validationMessage={emptyTried && text.trim() === "" ? t.pasteEmpty : undefined}
      >
        <Textarea
          className={styles.textarea}
          resize="vertical"
          rows={8}
          value={text}
          onChange={(_, data) => {
            setText(data.value);
            setParsed(null);
          }}
        />
      </Field>
      <div className={styles.buttons}>
        <Button disabledFocusable={busy} onClick={read}>
          {t.readJson}
        </Button>
      </div>
      {parsed && !parsed.ok ? (
        <>
          <Text weight="semibold">{t.pasteInvalid}</Text>
          <IssueList issues={parsed.issues} label={t.pasteInvalid} busy={busy} />
        </>
      ) : null}
      {parsed && parsed.ok ? (
        <>
          <Text>{t.pasteRead(parsed.value.name)}</Text>
          <TemplateSummary template={parsed.value} />
          <IssueList issues={parsed.issues} label={t.warningsTitle} busy={busy} />
          <div>
            <Button appearance="primary" disabled={!canLoad} disabledFocusable={busy} onClick={() => onLoad(parsed.value)}>
              {t.loadTemplate}
            </Button>
          </div>
        </>
      ) : null}
    </>
  );
}
