// The ranking step's labels in both languages, for useStepLabels.
import { rankingEn } from "./rankingEn";
import { rankingVi } from "./rankingVi";
import type { Bilingual } from "./stepLabels";

export const rankingLabels: Bilingual<typeof rankingVi> = { vi: rankingVi, en: rankingEn };
export type RankingLabels = typeof rankingVi;
