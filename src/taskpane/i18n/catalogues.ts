// Picks the label catalogue for a display language.
import { en } from "./en";
import type { Language, Messages } from "./messages";
import { vi } from "./vi";

export function messagesFor(language: Language): Messages {
  return language === "vi" ? vi : en;
}
