// Renders the whole pane with a fake workbook and waits until the startup read has settled.
import "@testing-library/jest-dom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { vietnameseCatalogue } from "../../src/taskpane/i18n/catalogues";
import { englishCatalogue } from "../../src/taskpane/i18n/englishCatalogue";
import type { Language } from "../../src/taskpane/i18n/messages";
import type { Appearance } from "../../src/taskpane/officeEnvironment";
import type { CheckResult, ScoreSheetInfo } from "../../src/excel/host/workbookOperations";
import { createFakeOperations, type FakeOperations } from "../helpers/fakeOperations";
// The steps the pane loads on demand, loaded here once: under jest the first load compiles them, which on a
// busy machine outlasts testing-library's one-second wait. The pane still reaches them through React.lazy.
import "../../src/taskpane/components/ScoresStep";
import "../../src/taskpane/components/CheckStep";
import "../../src/taskpane/components/TotalsStep";
import "../../src/taskpane/components/PlanStep";
import "../../src/taskpane/components/PastedTemplateForm";
import "../../src/taskpane/components/SelectionImport";

export interface PaneOptions {
  operations?: FakeOperations;
  language?: Language;
  appearance?: Appearance;
}

export async function renderPane({ operations = createFakeOperations(), language = "vi", appearance = "light" }: PaneOptions = {}) {
  const user = userEvent.setup();
  const view = render(<App operations={operations} catalogue={language === "vi" ? vietnameseCatalogue : englishCatalogue} appearance={appearance} />);
  await waitFor(() => expect(operations.getState).toHaveBeenCalled());
  // The startup read is done once the pane is no longer busy.
  await waitFor(() => expect(screen.queryByRole("progressbar")).not.toBeInTheDocument());
  return { ...view, user, operations };
}

/** Waits until nothing is loading: an action's progress or a step's own script (steps past the first load on demand). */
export async function paneSettled(): Promise<void> {
  await waitFor(() => expect(screen.queryByRole("progressbar")).not.toBeInTheDocument());
}

/** The pane on step 4 after checking a sheet whose check gives `check`, as staff reach it: «Kiểm tra điểm», then «Xem tổng hợp điểm». */
export async function renderTotalsStep(check: CheckResult, template: Pick<ScoreSheetInfo, "templateId" | "templateName">, language: Language = "vi") {
  const sheet: ScoreSheetInfo = { sheetName: check.sheetName, ...template };
  const operations = createFakeOperations({
    getState: async () => ({ scoreSheets: [sheet], current: sheet, planSheets: [] }),
    checkScores: async () => check,
  });
  const pane = await renderPane({ operations, language });
  await pane.user.click(screen.getByRole("button", { name: language === "vi" ? "Kiểm tra điểm" : "Check scores" }));
  await pane.user.click(await screen.findByRole("button", { name: language === "vi" ? "Xem tổng hợp điểm" : "View totals" }));
  await paneSettled();
  return pane;
}
