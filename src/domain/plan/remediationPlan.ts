// The remediation plan (kế hoạch khắc phục) built from the totals: the summary table per lĩnh
// vực, and for every lĩnh vực that lost points a section with its shortcomings in the seed's
// words. What staff typed in an earlier plan (remedy, units, time frame, note) is carried over
// by item code; text for items that no longer lose points is kept aside, never dropped.
import { formatPoints, type Hundredths } from "../points";
import type { Totals, ItemTotal } from "../scoring/computeTotals";
import { isAppraised, methodParts, type MethodPart } from "../scoring/methodParts";
import type { Template } from "../template/schema";
import { indexTemplate, type TemplateItem } from "../template/tree";

/** What staff write in a plan row. */
export interface StaffFields {
  remedy: string;
  leadUnit: string;
  coUnits: string;
  timeFrame: string;
  note: string;
}

export const STAFF_FIELD_KEYS = ["remedy", "leadUnit", "coUnits", "timeFrame", "note"] as const;

export const DEFAULT_TIME_FRAME = "Thường xuyên";

export interface PlanRow {
  kind: "area" | "item";
  /** Số thứ tự: I, II… for lĩnh vực, 1, 2… for items within one. */
  stt: string;
  code: string;
  name: string;
  /** Tồn tại, hạn chế: "<tên> đạt 1,5/3,5 điểm (trừ 2 điểm)" or "Tổng điểm trừ là 2,28 điểm". */
  shortcoming: string;
  max: Hundredths;
  score: Hundredths;
  lostPoints: Hundredths;
  fields: StaffFields;
  /** What a new row gets (the template's units, the default time frame): text equal to it is not staff text. */
  defaults?: StaffFields;
}

export interface PlanSection {
  area: PlanRow;
  items: PlanRow[];
  /** The section's shortcomings as one paragraph, as the seed's plan writes them. */
  paragraph: string;
}

export interface SummaryRow {
  /** TT: the lĩnh vực code, or "" for bonus/penalty rows. */
  code: string;
  name: string;
  max: Hundredths | null;
  score: Hundredths;
  /** Ghi chú: −lost points for a lĩnh vực, +bonus / −penalty for adjustments. */
  note: Hundredths;
}

export interface KeptAsideRow {
  code: string;
  name: string;
  fields: StaffFields;
}

/**
 * A row staff added to the plan sheet that no item code keys — an extra remedy line inside the
 * table, a note typed under it, a row copied with a code already used: carried below the plan on
 * every rebuild, its text in the plan's columns, never dropped.
 */
export interface StaffRow {
  /** Text by plan column (PLAN_COLUMNS order); text from columns the plan does not have is added to the note. */
  cells: string[];
  /** The item code of the last coded row above it in the sheet it came from, if any. */
  after: string | null;
}

export interface RemediationPlan {
  unit?: string;
  year?: number;
  summary: SummaryRow[];
  total: { max: Hundredths; score: Hundredths; lostPoints: Hundredths };
  /** The tree's points by scoring method, only the methods the template has items for. */
  methods?: MethodPart[];
  sections: PlanSection[];
  keptAside: KeptAsideRow[];
  /** Rows staff added without an item code, carried from the earlier plan sheet. */
  staffRows: StaffRow[];
}

export interface PreviousEntry {
  name?: string;
  fields: Partial<StaffFields>;
}

export interface PlanOptions {
  unit?: string;
  year?: number;
  /** The plan sheet as staff left it, by item code (see readPlanSheet). */
  previous?: ReadonlyMap<string, PreviousEntry>;
  /** The rows of that sheet no item code keys (see readPlanStaffRows). */
  staffRows?: readonly StaffRow[];
  /** Defaults for rows that are new: lead unit when the template names none, time frame. */
  defaults?: { leadUnit?: string; coUnits?: string; timeFrame?: string };
}

export function buildRemediationPlan(template: Template, totals: Totals, options: PlanOptions = {}): RemediationPlan {
  const index = indexTemplate(template);
  const previous = options.previous ?? new Map<string, PreviousEntry>();
  const defaultsFor = (item: TemplateItem): StaffFields => defaultFields(index, item, options.defaults);
  const fieldsFor = (item: TemplateItem): StaffFields => {
    const earlier = previous.get(item.code);
    // A row staff already had keeps everything in it, even a default they cleared on purpose.
    return earlier ? { ...emptyFields(), ...earlier.fields } : defaultsFor(item);
  };

  const sections: PlanSection[] = [];
  const inPlan = new Set<string>();
  for (const areaTotal of totals.areas) {
    if (areaTotal.lostPoints <= 0) continue;
    const areaItem = index.byCode.get(areaTotal.code)!;
    const lost = shortcomingsOf(totals, areaTotal);
    const itemRows = lost
      .filter((t) => t.code !== areaTotal.code)
      .map((t, i): PlanRow => ({
        kind: "item",
        stt: String(i + 1),
        code: t.code,
        name: t.name,
        shortcoming: describeShortcoming(t),
        max: t.applicableMax,
        score: t.score,
        lostPoints: t.lostPoints,
        fields: fieldsFor(index.byCode.get(t.code)!),
        defaults: defaultsFor(index.byCode.get(t.code)!),
      }));
    const areaRow: PlanRow = {
      kind: "area",
      stt: toRoman(sections.length + 1),
      code: areaTotal.code,
      name: areaTotal.name,
      shortcoming: areaTotal.leaf ? describeShortcoming(areaTotal) : describeTotalLost(areaTotal.lostPoints),
      max: areaTotal.applicableMax,
      score: areaTotal.score,
      lostPoints: areaTotal.lostPoints,
      fields: fieldsFor(areaItem),
      defaults: defaultsFor(areaItem),
    };
    for (const row of [areaRow, ...itemRows]) inPlan.add(row.code);
    sections.push({ area: areaRow, items: itemRows, paragraph: describeSection(lost, areaTotal.lostPoints) });
  }

  const keptAside: KeptAsideRow[] = [];
  for (const [code, entry] of previous) {
    if (inPlan.has(code)) continue;
    const item = index.byCode.get(code);
    const fields = { ...emptyFields(), ...entry.fields };
    if (!hasStaffText(fields, item ? defaultsFor(item) : emptyFields())) continue;
    keptAside.push({ code, name: item?.name ?? entry.name ?? "", fields });
  }

  const summary: SummaryRow[] = totals.areas.map((area) => ({
    code: area.code,
    name: area.name,
    max: area.applicableMax,
    score: area.score,
    note: negate(area.lostPoints),
  }));
  for (const adjustment of totals.adjustments) {
    summary.push({
      code: adjustment.code,
      name: adjustment.name,
      max: null,
      score: adjustment.points,
      note: adjustment.kind === "bonus" ? adjustment.points : negate(adjustment.points),
    });
  }
  return {
    ...(options.unit ? { unit: options.unit } : {}),
    ...(options.year ? { year: options.year } : {}),
    summary,
    total: { max: totals.total.applicableMax, score: totals.total.score, lostPoints: totals.total.lostPoints },
    methods: methodParts(totals.total.byMethod, isAppraised(totals)),
    sections,
    keptAside,
    staffRows: [...(options.staffRows ?? [])],
  };
}

/** The leaves of a lĩnh vực that lost points, in sheet order (the lĩnh vực itself if it is a leaf). */
function shortcomingsOf(totals: Totals, area: ItemTotal): ItemTotal[] {
  return totals.items.filter((t) => t.leaf && t.path[0] === area.code && t.lostPoints > 0);
}

/** "<tên> đạt 1,5/3,5 điểm (trừ 2 điểm)" */
export function describeShortcoming(total: Pick<ItemTotal, "name" | "score" | "applicableMax" | "lostPoints">): string {
  return `${total.name} đạt ${formatPoints(total.score)}/${formatPoints(total.applicableMax)} điểm (trừ ${formatPoints(total.lostPoints)} điểm)`;
}

/** "Tổng điểm trừ là 2,28 điểm" */
export function describeTotalLost(lostPoints: Hundredths): string {
  return `Tổng điểm trừ là ${formatPoints(lostPoints)} điểm`;
}

function describeSection(lost: readonly ItemTotal[], lostPoints: Hundredths): string {
  const total = describeTotalLost(lostPoints);
  return `${lost.map(describeShortcoming).join("; ")}; ${total.charAt(0).toLowerCase()}${total.slice(1)}.`;
}

/** −value without a negative zero, which would print as "-0". */
function negate(value: Hundredths): Hundredths {
  return value === 0 ? 0 : -value;
}

export function emptyFields(): StaffFields {
  return { remedy: "", leadUnit: "", coUnits: "", timeFrame: "", note: "" };
}

function defaultFields(
  index: ReturnType<typeof indexTemplate>,
  item: TemplateItem,
  defaults: PlanOptions["defaults"],
): StaffFields {
  // The nearest item up the tree that names a unit decides (phân công may be per tiêu chí).
  const chain = [...item.path].reverse().map((code) => index.byCode.get(code)?.criterion);
  const leadUnit = chain.find((c) => c?.leadUnit)?.leadUnit ?? defaults?.leadUnit ?? "";
  const coUnits = chain.find((c) => c?.coUnits)?.coUnits ?? defaults?.coUnits ?? "";
  return { remedy: "", leadUnit, coUnits, timeFrame: defaults?.timeFrame ?? DEFAULT_TIME_FRAME, note: "" };
}

function hasStaffText(fields: StaffFields, defaults: StaffFields): boolean {
  return STAFF_FIELD_KEYS.some((key) => fields[key].trim() !== "" && fields[key].trim() !== defaults[key].trim());
}

export function toRoman(n: number): string {
  const numerals: [number, string][] = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let rest = n;
  let out = "";
  for (const [value, letters] of numerals) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
