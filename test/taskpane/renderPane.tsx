// Renders the whole pane with a fake workbook and waits until the startup read has settled.
import "@testing-library/jest-dom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import type { Language } from "../../src/taskpane/i18n/messages";
import type { Appearance } from "../../src/taskpane/officeEnvironment";
import { createFakeOperations, type FakeOperations } from "../helpers/fakeOperations";

export interface PaneOptions {
  operations?: FakeOperations;
  language?: Language;
  appearance?: Appearance;
}

export async function renderPane({ operations = createFakeOperations(), language = "vi", appearance = "light" }: PaneOptions = {}) {
  const user = userEvent.setup();
  const view = render(<App operations={operations} language={language} appearance={appearance} />);
  await waitFor(() => expect(operations.getState).toHaveBeenCalled());
  // The startup read is done once the pane is no longer busy.
  await waitFor(() => expect(screen.queryByRole("progressbar")).not.toBeInTheDocument());
  return { ...view, user, operations };
}
