// What staff wrote for one lĩnh vực, gathered from its plan rows: the lĩnh vực's own row and each
// shortcoming's row may each hold a remedy, units and a time frame. The document writes each
// distinct text once, the lĩnh vực's first, and drops none of what staff typed.
import type { PlanRow, PlanSection, StaffFields } from "../plan/remediationPlan";
import { cleanText, distinctTexts, joinUnits, sameTextKey, textLines, withFinalStop, withoutFinalStop } from "./documentText";

export interface SectionStaffText {
  /** The remedy as paragraphs: the first follows "- Nhiệm vụ, giải pháp khắc phục:". Empty when nobody wrote one. */
  remedy: string[];
  leadUnit: string;
  coUnits: string;
  timeFrame: string;
}

export function sectionStaffText(section: PlanSection): SectionStaffText {
  const rows = [section.area, ...section.items];
  return {
    remedy: joinRemedies(valuesOf(rows, "remedy")),
    leadUnit: joinUnits(valuesOf(rows, "leadUnit")),
    coUnits: joinUnits(valuesOf(rows, "coUnits")),
    timeFrame: joinUnits(valuesOf(rows, "timeFrame")),
  };
}

/**
 * The rows' values of one field: what staff typed, or, where nobody typed anything, the
 * defaults the rows still hold (the template's units, "Thường xuyên"). A default left in an
 * item row beside the unit staff typed for the lĩnh vực is not a second unit.
 */
function valuesOf(rows: readonly PlanRow[], key: keyof StaffFields): string[] {
  const values = rows.map((row) => row.fields[key]).filter((value) => value.trim() !== "");
  const typed = rows
    .filter((row) => row.fields[key].trim() !== "" && (row.defaults === undefined || sameTextKey(row.fields[key]) !== sameTextKey(row.defaults[key])))
    .map((row) => row.fields[key]);
  return typed.length > 0 ? typed : values;
}

/**
 * Remedies from several rows: one-line texts are joined into one sentence with "; " (as the
 * seed lists them); a text of several lines keeps its lines as paragraphs.
 */
export function joinRemedies(texts: readonly string[]): string[] {
  const distinct = distinctTexts(texts.map((text) => text.trim()));
  const paragraphs: string[] = [];
  let sentence: string[] = [];
  const flush = () => {
    if (sentence.length > 0) paragraphs.push(withFinalStop(sentence.map(withoutFinalStop).join("; ")));
    sentence = [];
  };
  for (const text of distinct) {
    const lines = textLines(text);
    if (lines.length === 1) {
      sentence.push(lines[0]!);
      continue;
    }
    flush();
    paragraphs.push(...lines.map(cleanText));
  }
  flush();
  return paragraphs;
}
