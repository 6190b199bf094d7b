// Task pane entry: waits for Office.js, then mounts the React root inside Fluent UI's provider.
import { createRoot } from "react-dom/client";
import { FluentProvider, Title2, webLightTheme } from "@fluentui/react-components";

function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Title2 as="h1">Chỉ số cải cách hành chính (PAR INDEX)</Title2>
    </FluentProvider>
  );
}

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");

// Office is undefined when the CDN script could not load (offline, blocked); render anyway so the pane is not blank.
const officeReady = typeof Office === "undefined" ? Promise.resolve() : Office.onReady();
void officeReady.then(() => createRoot(container).render(<App />));
