// Task pane entry: waits for Office.js, reads language and theme, then mounts the pane with the office-js operations.
import { createRoot } from "react-dom/client";
import { createWorkbookOperations } from "../excel/host/createWorkbookOperations";
import { App } from "./components/App";
import { loadCatalogue, vietnameseCatalogue } from "./i18n/catalogues";
import { readOfficeEnvironment } from "./officeEnvironment";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");

// Office is undefined when the CDN script could not load (offline, blocked); render anyway so the pane is not blank.
const officeReady = typeof Office === "undefined" ? Promise.resolve() : Office.onReady();
void officeReady.then(async () => {
  const { language, appearance } = readOfficeEnvironment();
  document.documentElement.lang = language;
  // The English chunk comes from the same server as the pane; if it still fails, the pane opens in Vietnamese rather than blank.
  const catalogue = await loadCatalogue(language).catch(() => vietnameseCatalogue);
  createRoot(container).render(<App operations={createWorkbookOperations()} catalogue={catalogue} appearance={appearance} />);
});
