// The error bar: what the last workbook action failed with, until staff close it or run another action.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useMessages } from "../i18n/useMessages";

export function ErrorBar({ message, onDismiss }: { message: string; onDismiss(): void }) {
  const { t } = useMessages();
  return (
    <MessageBar intent="error" layout="multiline">
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
