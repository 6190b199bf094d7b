// The pane's labels and issue texts in one language. Vietnamese, which most readers have, is part
// of the first download; English is a chunk of its own, fetched before the pane first renders.
import { messagesVi } from "../../domain/messages/messages.vi";
import type { Language, PaneCatalogue } from "./messages";
import { vi } from "./vi";

export type { PaneCatalogue } from "./messages";

export const vietnameseCatalogue: PaneCatalogue = { language: "vi", t: vi, issues: messagesVi };

export async function loadCatalogue(language: Language): Promise<PaneCatalogue> {
  if (language === "vi") return vietnameseCatalogue;
  return (await import(/* webpackChunkName: "english" */ "./englishCatalogue")).englishCatalogue;
}
