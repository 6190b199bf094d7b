// The assignment step's labels in both languages, for useStepLabels.
import { assignmentEn } from "./assignmentEn";
import { assignmentVi } from "./assignmentVi";
import type { Bilingual } from "./stepLabels";

export const assignmentLabels: Bilingual<typeof assignmentVi> = { vi: assignmentVi, en: assignmentEn };
export type AssignmentLabels = typeof assignmentVi;
