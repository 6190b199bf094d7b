// Headless Debian Chromium driven by playwright-core, and the test page: the built taskpane.html
// from the local server, with the CDN office.js request answered by the fake host's bundle.
// Requests to any other origin are refused and recorded, so the test proves the pane needs none.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { FakeExcelPageApi, FakeExcelPageOptions } from "../../helpers/fakeExcelPage/pageApi";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Excel's task pane is 320 px wide; the rest of the window is the fake workbook. */
export const VIEWPORT = { width: 1600, height: 900 };

export interface Chromium {
  context: BrowserContext;
  /** The profile folder; every Chromium process of this browser names it on its command line. */
  userDataDir: string;
  close(): Promise<void>;
}

/** Fails with the install command, never skips, when Chromium is missing. */
export async function launchChromium(): Promise<Chromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. The end-to-end tests need it: apt-get update && apt-get install -y chromium ` +
        "(or set CHROMIUM_PATH). `npx playwright install` is not used here.",
    );
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), "par-index-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: VIEWPORT,
    locale: "vi-VN",
  });
  return {
    context,
    userDataDir,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface PanePage {
  page: Page;
  /** Uncaught errors in the page and console errors, for a final "none" assertion. */
  errors: string[];
  /** Requests the page tried to make to other origins (refused). */
  foreignRequests: string[];
  /** Calls the fake host's page API: window.__fakeExcel[method](...args). */
  excel<K extends keyof FakeExcelPageApi>(method: K, ...args: Parameters<FakeExcelPageApi[K]>): Promise<ReturnType<FakeExcelPageApi[K]>>;
  screenshot(name: string): Promise<string>;
}

export interface OpenPaneOptions {
  context: BrowserContext;
  origin: string;
  officeJsUrl: string;
  fakeOfficeJs: string;
  screenshotDir: string;
  office?: FakeExcelPageOptions;
}

export async function openPane(options: OpenPaneOptions): Promise<PanePage> {
  const page = await options.context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()}`);
  });
  await page.addInitScript((office) => {
    window.__fakeExcelOptions = office;
  }, options.office ?? {});
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === options.officeJsUrl) {
      await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: options.fakeOfficeJs });
    } else if (new URL(url).origin === options.origin) {
      await route.continue();
    } else {
      foreignRequests.push(url);
      await route.abort("blockedbyclient");
    }
  });
  await page.goto(`${options.origin}/taskpane.html`);
  mkdirSync(options.screenshotDir, { recursive: true });

  return {
    page,
    errors,
    foreignRequests,
    excel: (method, ...args) =>
      page.evaluate(
        ([name, values]) => {
          const api = window.__fakeExcel as unknown as Record<string, (...a: unknown[]) => unknown>;
          return api[name]!(...values);
        },
        [method, args] as [string, unknown[]],
      ) as Promise<ReturnType<FakeExcelPageApi[typeof method]>>,
    screenshot: async (name) => {
      const file = path.join(options.screenshotDir, `${name}.png`);
      // Finished transitions: a button caught mid-fade from its busy look reads as disabled.
      await page.screenshot({ path: file, animations: "disabled" });
      return file;
    },
  };
}
