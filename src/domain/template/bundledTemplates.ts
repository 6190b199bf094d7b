// The templates shipped with the add-in and the CLI, each checked against the template rules
// on first use so a broken data file fails loudly instead of producing a wrong sheet.
import { InvalidBundledTemplateError, TemplateNotFoundError } from "../errors";
import { hasErrors } from "../issues";
import { fromHundredths } from "../points";
import emptySkeleton from "./bundled/khung-trong.json";
import decision2948 from "./bundled/qd-2948-bnv-tinh.json";
import sonLa2021 from "./bundled/son-la-vpub-2021.json";
import { parseTemplate } from "./parseTemplate";
import type { Template } from "./schema";
import { indexTemplate, treeMax } from "./tree";

const RAW: readonly unknown[] = [sonLa2021, decision2948, emptySkeleton];

export interface TemplateSummary {
  id: string;
  name: string;
  source: string;
  /** Sum of the lĩnh vực maxima (0 for the empty skeleton). */
  maxTotal: number;
}

let loaded: Template[] | null = null;

export function bundledTemplates(): readonly Template[] {
  if (loaded) return loaded;
  loaded = RAW.map((raw) => {
    const result = parseTemplate(raw);
    const id = typeof raw === "object" && raw !== null && "id" in raw ? String(raw.id) : "?";
    if (!result.ok || hasErrors(result.issues)) {
      throw new InvalidBundledTemplateError(id, JSON.stringify(result.issues));
    }
    return result.value;
  });
  return loaded;
}

export function getBundledTemplate(id: string): Template {
  const found = bundledTemplates().find((template) => template.id === id);
  if (!found) throw new TemplateNotFoundError(id);
  return found;
}

export function summarizeTemplate(template: Template): TemplateSummary {
  return {
    id: template.id,
    name: template.name,
    source: template.source,
    maxTotal: fromHundredths(treeMax(indexTemplate(template))),
  };
}

export function listBundledTemplates(): TemplateSummary[] {
  return bundledTemplates().map(summarizeTemplate);
}
