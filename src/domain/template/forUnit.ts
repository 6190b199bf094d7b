// A template made ready for the unit a workbook is for. A template written by one unit (its
// owner) carries that unit's own phân công: its phòng as đơn vị chủ trì and phối hợp. Another
// unit's workbook must not start with them (they would reach its sheet, its plan and its
// assignment table), so they are taken out and the caller says so.
import { shortUnitName, tidyUnitName, unitKey } from "../unitNames";
import type { Criterion, Template } from "./schema";

export interface TemplateForUnit {
  template: Template;
  /** The owner whose phân công was taken out; absent when nothing was. */
  droppedAssignmentsOf?: string;
}

/** A unit name to compare with an owner's: «Ủy ban nhân dân» and «UBND» alike. */
function comparable(name: string): string {
  return unitKey(shortUnitName(name));
}

/**
 * Whether a workbook for `unit` is the owner's own: the owner's name or short name written in
 * full or shortened from its end («Văn phòng UBND tỉnh», «VPUB» for «Văn phòng UBND tỉnh Sơn La»,
 * «VPUB Sơn La»). A template without an owner belongs to no unit.
 */
export function isOwnUnit(template: Template, unit: string): boolean {
  if (template.owner === undefined) return false;
  const mine = comparable(unit);
  if (mine === "") return false;
  return [template.owner, template.shortName].some((name) => {
    if (name === undefined) return false;
    const theirs = comparable(name);
    return theirs === mine || theirs.startsWith(`${mine} `);
  });
}

export function templateForUnit(template: Template, unit: string | undefined): TemplateForUnit {
  const named = unit === undefined ? "" : tidyUnitName(unit);
  if (template.owner === undefined || named === "" || isOwnUnit(template, named)) return { template };
  let dropped = false;
  const strip = (item: Criterion): Criterion => {
    const { leadUnit, coUnits, children, ...rest } = item;
    if (leadUnit !== undefined || coUnits !== undefined) dropped = true;
    return children === undefined ? rest : { ...rest, children: children.map(strip) };
  };
  const { owner, ...rest } = template;
  const stripped: Template = { ...rest, areas: template.areas.map(strip) };
  return dropped ? { template: stripped, droppedAssignmentsOf: owner } : { template: stripped };
}
