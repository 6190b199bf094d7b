// The pane's language as React context: labels, issue texts and numbers in the reader's conventions.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { formatPoints, type Hundredths, type Issue } from "../../domain";
import { issueText } from "../../domain/messages/issueText";
import type { PaneCatalogue } from "./catalogues";
import type { Language, Messages } from "./messages";

export interface Localization {
  language: Language;
  t: Messages;
  /** Points in hundredths, "10,89" in Vietnamese. */
  points(value: Hundredths): string;
  /** A percentage held in hundredths of a percent, "94,52%"; a dash when there is no maximum. */
  percent(value: Hundredths | null): string;
  issue(issue: Issue): string;
}

const LocalizationContext = createContext<Localization | null>(null);

export function createLocalization({ language, t, issues }: PaneCatalogue): Localization {
  return {
    language,
    t,
    points: (value) => formatPoints(value, t.decimalSeparator),
    percent: (value) => (value === null ? "—" : `${formatPoints(value, t.decimalSeparator)}%`),
    issue: (issue) => issueText(issues, issue, language),
  };
}

export function LocalizationProvider({ catalogue, children }: { catalogue: PaneCatalogue; children: ReactNode }) {
  const value = useMemo(() => createLocalization(catalogue), [catalogue]);
  return <LocalizationContext.Provider value={value}>{children}</LocalizationContext.Provider>;
}

export function useMessages(): Localization {
  const value = useContext(LocalizationContext);
  if (!value) throw new Error("useMessages needs a LocalizationProvider above it");
  return value;
}
