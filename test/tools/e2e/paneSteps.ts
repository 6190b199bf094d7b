// What every walk through the pane does with it: find the pane's root, type into a field as a
// person does (select all, then type), and wait for a text — saving, when it never comes, what
// the pane showed instead and a screenshot, for whoever reads the failure.
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import type { PanePage } from "./browserPage";

export const paneOf = (page: Page) => page.locator("#root");

export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press("Control+A");
  await field.pressSequentially(text);
}

/** waitForText for one walk: `pane()` is the page open at the time, failures go to `screenshots`. */
export function textWaiter(pane: () => PanePage, screenshots: string, defaultTimeout: number) {
  return async (scope: Locator, text: string | RegExp, timeout = defaultTimeout): Promise<Locator> => {
    const found = scope.getByText(text).first();
    try {
      await found.waitFor({ state: "visible", timeout });
    } catch (error) {
      writeFileSync(path.join(screenshots, "failure.txt"), `waiting for ${String(text)}\n\n${await paneOf(pane().page).innerText()}\n`);
      await pane().screenshot("99-failure");
      throw error;
    }
    return found;
  };
}
