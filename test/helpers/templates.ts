// Small templates built inline for tests, in the shape staff would write them.
import type { Criterion, Template } from "../../src/domain/template/schema";

export function makeTemplate(areas: Criterion[], extra: Partial<Template> = {}): Template {
  const scale = areas.reduce((sum, a) => sum + Math.round(a.maxPoints * 100), 0) / 100;
  return {
    schemaVersion: 1,
    id: "thu-nghiem",
    name: "Bộ tiêu chí thử nghiệm",
    shortName: "Thử nghiệm",
    source: "Kiểm thử",
    level: "so",
    scale,
    areas,
    ...extra,
  };
}

/** Two lĩnh vực: 1 (3 điểm: 1.1 = 1, 1.2 = 2 with 1.2.1 = 0,5 and 1.2.2 = 1,5) and 2 (a leaf, 4 điểm). */
export function smallTemplate(extra: Partial<Template> = {}): Template {
  return makeTemplate(
    [
      {
        code: "1",
        name: "Công tác chỉ đạo điều hành",
        maxPoints: 3,
        leadUnit: "Văn phòng",
        children: [
          { code: "1.1", name: "Ban hành kế hoạch CCHC", maxPoints: 1 },
          {
            code: "1.2",
            name: "Kiểm tra CCHC",
            maxPoints: 2,
            allowNotApplicable: true,
            children: [
              { code: "1.2.1", name: "Tỷ lệ đơn vị được kiểm tra", maxPoints: 0.5, leadUnit: "Phòng Nội vụ" },
              { code: "1.2.2", name: "Xử lý sau kiểm tra", maxPoints: 1.5, allowNotApplicable: true },
            ],
          },
        ],
      },
      { code: "2", name: "Cải cách thủ tục hành chính", maxPoints: 4, allowNotApplicable: true },
    ],
    extra,
  );
}
