// The appraisal step's labels in both languages, for useStepLabels.
import { appraisalEn } from "./appraisalEn";
import { appraisalVi } from "./appraisalVi";
import type { Bilingual } from "./stepLabels";

export const appraisalLabels: Bilingual<typeof appraisalVi> = { vi: appraisalVi, en: appraisalEn };
