// The polite live region: the running action's progress, then what it achieved.
import { Spinner, Text } from "@fluentui/react-components";
import type { ActionStatus } from "../hooks/useAction";
import { useMessages } from "../i18n/useMessages";

export function StatusRegion({ status }: { status: ActionStatus }) {
  const { t } = useMessages();
  const progressText = status.progress ? t.progress[status.progress] : (status.pending ?? t.working);
  return (
    // Always mounted: screen readers only announce changes inside a live region that already exists.
    <div role="status" aria-live="polite" aria-atomic="true">
      {status.busy ? (
        <Spinner size="extra-tiny" labelPosition="after" label={progressText} />
      ) : status.announcement ? (
        <Text>{status.announcement}</Text>
      ) : null}
    </div>
  );
}
