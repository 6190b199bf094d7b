// What every end-to-end suite starts from: Chromium, the production pane built into a folder of the
// suite's own (suites run side by side), served, and its screenshot folder emptied; for the suites
// that walk one page, that page open with the URLs it requested kept.
import { mkdirSync, rmSync } from "node:fs";
import { bundleFakeOffice, buildTaskPane, officeJsUrl } from "./buildPage";
import { launchChromium, openPane, type Chromium, type OpenPaneOptions, type PanePage } from "./browserPage";
import { serveFolder, type StaticServer } from "./staticServer";

export interface PaneServerOptions {
  buildDir: string;
  screenshotDir: string;
  /** Work done while the pane builds (the suite's own files). */
  alongside?: Promise<unknown>;
}

export interface PaneServer {
  chromium: Chromium;
  server: StaticServer;
  /** Everything openPane needs but the fake Office's options. */
  pageOptions: Omit<OpenPaneOptions, "office">;
  close(): Promise<void>;
}

export async function startPaneServer({ buildDir, screenshotDir, alongside }: PaneServerOptions): Promise<PaneServer> {
  rmSync(screenshotDir, { recursive: true, force: true });
  mkdirSync(screenshotDir, { recursive: true });
  // Chromium first: when it is missing, say so before spending the build's time.
  const chromium = await launchChromium();
  try {
    const [fakeOfficeJs] = await Promise.all([bundleFakeOffice(), buildTaskPane(buildDir), alongside]);
    const server = await serveFolder(buildDir);
    return {
      chromium,
      server,
      pageOptions: { context: chromium.context, origin: server.origin, officeJsUrl: officeJsUrl(buildDir), fakeOfficeJs, screenshotDir },
      close: async () => {
        await chromium.close();
        await server.close();
      },
    };
  } catch (error) {
    await chromium.close();
    throw error;
  }
}

export interface PaneSession extends PaneServer {
  pane: PanePage;
  /** Every URL the page requested, in order (which chunks loaded, and when). */
  requested: string[];
}

export async function openPaneSession(options: PaneServerOptions): Promise<PaneSession> {
  const started = await startPaneServer(options);
  const pane = await openPane(started.pageOptions);
  const requested: string[] = [];
  pane.page.on("request", (request) => requested.push(request.url()));
  return {
    ...started,
    pane,
    requested,
    close: async () => {
      await pane.page.close();
      await started.close();
    },
  };
}
