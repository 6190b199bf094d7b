// Last line of defence for rendering bugs: a message instead of a blank pane (workbook errors go through useAction).
import { Component, type ReactNode } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useMessages } from "../i18n/useMessages";

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    return this.state.error ? <RenderFailed error={this.state.error} /> : this.props.children;
  }
}

function RenderFailed({ error }: { error: Error }) {
  const { t } = useMessages();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {t.renderFailed} ({error.message})
      </MessageBarBody>
    </MessageBar>
  );
}
