// The shape every label catalogue has: the Vietnamese one's, so a key missing in English fails typecheck.
import type { IssueCatalogue } from "../../domain/messages/issueText";
import type { vi } from "./vi";

export type Messages = typeof vi;
export type Language = "vi" | "en";

/** The pane's labels and issue texts in one language (see catalogues.ts). */
export interface PaneCatalogue {
  language: Language;
  t: Messages;
  issues: IssueCatalogue;
}
