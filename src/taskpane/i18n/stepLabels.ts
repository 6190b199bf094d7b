// Labels that belong to one step loaded on demand (ranking, assignment, appraisal): both languages
// travel in that step's chunk, and the step picks its reader's, so the first download carries neither.
import { useMessages } from "./useMessages";
import type { Language } from "./messages";

export type Bilingual<T> = Readonly<Record<Language, T>>;

export function useStepLabels<T>(labels: Bilingual<T>): T {
  return labels[useMessages().language];
}
