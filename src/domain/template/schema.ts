// The criteria template as data: framework metadata and the tree lĩnh vực > tiêu chí > tiêu chí
// thành phần, with bonus and penalty items outside the tree. zod (its tree-shakable "mini" form, for the pane's first download) checks the shape; the structural
// rules (codes, sums, decimals) live in validateTemplate so they come back as located issues.
import { z } from "zod/mini";

export const FRAMEWORK_LEVELS = ["bo", "tinh", "so", "huyen", "xa"] as const;
export type FrameworkLevel = (typeof FRAMEWORK_LEVELS)[number];

export const SCORING_METHODS = ["tu_danh_gia", "dieu_tra_xhh", "sipas"] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

export const MAX_DEPTH = 3;
export const TEMPLATE_SCHEMA_VERSION = 1;

export interface Criterion {
  /** "1", "1.2" or "1.2.3": the lĩnh vực number, then one number per level. */
  code: string;
  name: string;
  /** Điểm tối đa, at most two decimals. */
  maxPoints: number;
  /** How the item is scored; absent when the source does not say. */
  method?: ScoringMethod;
  /** Cách tính điểm: the scoring guidance, shown beside the item. */
  guidance?: string;
  /** Đơn vị chủ trì (phân công). */
  leadUnit?: string;
  /** Đơn vị phối hợp. */
  coUnits?: string;
  /** May be marked "không áp dụng", which takes its points out of the applicable maximum. */
  allowNotApplicable?: boolean;
  /** A row standing for the part of a lĩnh vực that the source does not break down. */
  remainder?: boolean;
  children?: Criterion[];
}

export type AdjustmentKind = "bonus" | "penalty";

/** Điểm thưởng / điểm trừ: scored outside the tree, each up to its cap. */
export interface Adjustment {
  code: string;
  kind: AdjustmentKind;
  name: string;
  cap: number;
  guidance?: string;
}

export interface Template {
  schemaVersion: typeof TEMPLATE_SCHEMA_VERSION;
  id: string;
  name: string;
  /** A short label for sheet names (Excel allows 31 characters), e.g. "QĐ 2948". */
  shortName?: string;
  /** The document the criteria come from (decision, plan, appendix). */
  source: string;
  sourceUrl?: string;
  years?: number[];
  level: FrameworkLevel;
  /** The declared total (thang điểm), usually 100. */
  scale: number;
  /** What the template holds and how faithful it is to its source. */
  description?: string;
  /**
   * The unit whose own template this is, when its leadUnit and coUnits name that unit's
   * departments (a plan's phân công): a workbook made for another unit starts without them.
   */
  owner?: string;
  areas: Criterion[];
  adjustments?: Adjustment[];
}

const text = z.string().check(z.trim(), z.minLength(1));

// z.number() refuses NaN and ±Infinity by itself in zod 4.
export const criterionSchema: z.ZodMiniType<Criterion> = z.lazy(() =>
  z.strictObject({
    code: text,
    name: text,
    maxPoints: z.number(),
    method: z.optional(z.enum(SCORING_METHODS)),
    guidance: z.optional(z.string()),
    leadUnit: z.optional(z.string()),
    coUnits: z.optional(z.string()),
    allowNotApplicable: z.optional(z.boolean()),
    remainder: z.optional(z.boolean()),
    children: z.optional(z.array(criterionSchema)),
  }),
);

export const adjustmentSchema: z.ZodMiniType<Adjustment> = z.strictObject({
  code: text,
  kind: z.enum(["bonus", "penalty"]),
  name: text,
  cap: z.number(),
  guidance: z.optional(z.string()),
});

export const templateSchema: z.ZodMiniType<Template> = z.strictObject({
  schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, "id: chữ thường, số và dấu gạch ngang")),
  name: text,
  shortName: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(20))),
  source: text,
  sourceUrl: z.optional(z.string()),
  years: z.optional(z.array(z.int().check(z.gte(1990), z.lte(2100)))),
  level: z.enum(FRAMEWORK_LEVELS),
  scale: z.number().check(z.positive()),
  description: z.optional(z.string()),
  owner: z.optional(z.string().check(z.trim(), z.minLength(1))),
  areas: z.array(criterionSchema),
  adjustments: z.optional(z.array(adjustmentSchema)),
});
