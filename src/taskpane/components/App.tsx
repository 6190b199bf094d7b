// The pane's root: Fluent theme from Office's, the label catalogue, the injected workbook operations.
import { AriaLiveAnnouncer, FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { WorkbookOperations } from "../../excel/host/workbookOperations";
import { OperationsProvider } from "../hooks/useOperations";
import { LocalizationProvider } from "../i18n/useMessages";
import type { PaneCatalogue } from "../i18n/catalogues";
import type { Appearance } from "../officeEnvironment";
import { ErrorBoundary } from "./ErrorBoundary";
import { TaskPane } from "./TaskPane";

export interface AppProps {
  operations: WorkbookOperations;
  /** The reader's language, loaded before the pane renders (see i18n/catalogues.ts). */
  catalogue: PaneCatalogue;
  appearance: Appearance;
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

export function App({ operations, catalogue, appearance }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={appearance === "dark" ? webDarkTheme : webLightTheme} className={styles.root}>
      {/* Without an announcer Fluent's MessageBar announces nothing, so the error bar would be silent. */}
      <AriaLiveAnnouncer>
        <LocalizationProvider catalogue={catalogue}>
          <ErrorBoundary>
            <OperationsProvider operations={operations}>
              <TaskPane />
            </OperationsProvider>
          </ErrorBoundary>
        </LocalizationProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
