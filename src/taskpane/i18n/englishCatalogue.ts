// The pane in English, loaded on demand by catalogues.ts for readers whose Office is not Vietnamese.
import { messagesEn } from "../../domain/messages/messages.en";
import type { PaneCatalogue } from "./messages";
import { en } from "./en";

export const englishCatalogue: PaneCatalogue = { language: "en", t: en, issues: messagesEn };
