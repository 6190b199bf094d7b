// Units' scoring workbooks written as real .xlsx files (what par-index new writes, with scores
// typed in), for the ranking's end-to-end tests, the chart proof and the benchmark. Deterministic
// per seed; the first twenty are named like a province's sở, ban, ngành, the rest "Đơn vị 021"…
import path from "node:path";
import { slugify } from "../../src/domain/import/foldText";
import type { Template } from "../../src/domain/template/schema";
import { createScoreWorkbook, saveWorkbook } from "../../src/node";
import { leavesOf, seededRandom } from "./generateTemplate";
import type { TypedScore } from "./scoreGrid";
import { seed001Template } from "./seed001";
import { typeScoresInto } from "./xlsxScores";

export const DEPARTMENTS = [
  "Văn phòng UBND tỉnh",
  "Sở Nội vụ",
  "Sở Tư pháp",
  "Sở Kế hoạch và Đầu tư",
  "Sở Tài chính",
  "Sở Công Thương",
  "Sở Nông nghiệp và Phát triển nông thôn",
  "Sở Giao thông vận tải",
  "Sở Xây dựng",
  "Sở Tài nguyên và Môi trường",
  "Sở Thông tin và Truyền thông",
  "Sở Lao động - Thương binh và Xã hội",
  "Sở Văn hóa, Thể thao và Du lịch",
  "Sở Khoa học và Công nghệ",
  "Sở Giáo dục và Đào tạo",
  "Sở Y tế",
  "Thanh tra tỉnh",
  "Ban Dân tộc",
  "Sở Ngoại vụ",
  "Ban Quản lý các khu công nghiệp",
] as const;

export function unitName(i: number): string {
  return DEPARTMENTS[i] ?? `Đơn vị ${String(i + 1).padStart(3, "0")}`;
}

export interface UnitWorkbookOptions {
  template?: Template;
  year?: number;
  seed?: number;
  /** Scores to type instead of random ones, by unit index. */
  scoresOf?: (i: number) => Record<string, TypedScore | number> | undefined;
}

/** Writes `count` units' workbooks into `dir`; returns their paths in order. */
export async function writeUnitWorkbooks(dir: string, count: number, options: UnitWorkbookOptions = {}): Promise<string[]> {
  const template = options.template ?? seed001Template();
  const files: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const unit = unitName(i);
    const workbook = createScoreWorkbook(template, { unit, year: options.year ?? 2021 });
    typeScoresInto(workbook, options.scoresOf?.(i) ?? unitScores(template, seededRandom((options.seed ?? 1) * 1000 + i)));
    const file = path.join(dir, `${slugify(unit)}.xlsx`);
    await saveWorkbook(workbook, file);
    files.push(file);
  }
  return files;
}

/**
 * Scores of a plausible unit: each unit has its own level (60 – 100 % of each maximum, give or take
 * a little per item), self scores a bit above the appraised ones; every leaf scored.
 */
export function unitScores(template: Template, random: () => number): Record<string, TypedScore> {
  const level = 0.6 + 0.4 * random();
  const scores: Record<string, TypedScore> = {};
  for (const leaf of leavesOf(template)) {
    const max = Math.round(leaf.maxPoints * 100);
    const share = Math.min(1, Math.max(0, level + (random() - 0.5) * 0.2));
    const appraised = Math.round(max * share);
    const self = Math.min(max, appraised + Math.round(random() * 0.1 * max));
    scores[leaf.code] = { self: self / 100, appraised: appraised / 100 };
  }
  return scores;
}
