// Shown while a step loaded on demand (its own script) arrives.
import { Spinner } from "@fluentui/react-components";
import { useMessages } from "../i18n/useMessages";

export function StepLoading() {
  const { t } = useMessages();
  return <Spinner size="tiny" labelPosition="after" label={t.working} />;
}
