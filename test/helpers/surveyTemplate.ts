// A clearly synthetic template whose items carry their scoring method, scored so that its result
// reads like seed 001's sentence: 94,52 = 67,11 appraised + 27,41 survey (18,42 from the survey of
// leading civil servants, 8,99 from the survey of citizens). Not an official framework.
import type { Template } from "../../src/domain/template/schema";
import { makeTemplate } from "./templates";

export function surveyTemplate(extra: Partial<Template> = {}): Template {
  return makeTemplate(
    [
      {
        code: "1",
        name: "Lĩnh vực thử nghiệm A",
        maxPoints: 50,
        children: [
          { code: "1.1", name: "Tiêu chí tự đánh giá A1", maxPoints: 30 },
          { code: "1.2", name: "Khảo sát công chức lãnh đạo, quản lý (thử nghiệm)", maxPoints: 20, method: "dieu_tra_xhh" },
        ],
      },
      {
        code: "2",
        name: "Lĩnh vực thử nghiệm B",
        maxPoints: 40,
        children: [{ code: "2.1", name: "Tiêu chí tự đánh giá B1", maxPoints: 40, method: "tu_danh_gia" }],
      },
      {
        code: "3",
        name: "Lĩnh vực thử nghiệm C",
        maxPoints: 10,
        method: "dieu_tra_xhh",
        children: [{ code: "3.1", name: "Khảo sát người dân (thử nghiệm)", maxPoints: 10 }],
      },
    ],
    { id: "thu-nghiem-phuong-phap", name: "Bộ tiêu chí thử nghiệm có phương pháp chấm", shortName: "Thử nghiệm PP", ...extra },
  );
}

/** Appraised scores: 28,11 + 39 = 67,11 appraised; 18,42 + 8,99 = 27,41 survey; 94,52 in all. */
export const surveyScores: Record<string, number> = { "1.1": 28.11, "1.2": 18.42, "2.1": 39, "3.1": 8.99 };
