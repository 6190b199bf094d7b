// The error bar: what the last workbook action failed with, until staff close it or run another action.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useMessages } from "../i18n/useMessages";

export function ErrorBar({ message, onDismiss }: { message: string; onDismiss(): void }) {
  const { t } = useMessages();
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The bar sits above the step, and the button that failed is often far below it in a 320 px
    // pane: without this the error is out of sight. (jsdom has no scrollIntoView.)
    bar.current?.scrollIntoView?.({ block: "nearest" });
  }, [message]);
  return (
    <MessageBar ref={bar} intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
