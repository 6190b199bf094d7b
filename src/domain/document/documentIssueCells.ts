// Where a gap in the plan document is to be filled, so the pane can take staff to the cell: a
// lĩnh vực without a remedy to its «Nhiệm vụ, giải pháp khắc phục» cell in the plan sheet, a
// missing signer to the signer's cell of the fields sheet. Both sheets are found by their header
// and labels, as their readers find them, so rows staff moved still lead to the right cell.
import { cellAddress, cellText, type Grid } from "../cells";
import { foldText } from "../import/foldText";
import type { Issue } from "../issues";
import { PLAN_HEADERS } from "../layout/planSheetColumns";
import { DOCUMENT_FIELD_SPECS, type DocumentFieldKey } from "./documentFields";

export interface IssueSheets {
  plan?: { name: string; values: Grid };
  fields?: { name: string; values: Grid };
}

/** The document's issues with the sheet and cell to go to, where one is known. */
export function locateDocumentIssues(issues: readonly Issue[], sheets: IssueSheets): Issue[] {
  const at = (issue: Issue, sheet: string, cell: string | null): Issue => ({ ...issue, sheet, ...(cell ? { cell } : {}) }) as Issue;
  return issues.map((issue) => {
    if (issue.cell !== undefined) return issue;
    if (issue.code === "document_remedy_missing" && sheets.plan) {
      return at(issue, sheets.plan.name, planRemedyCell(sheets.plan.values, issue.itemCode));
    }
    if (issue.code === "document_signer_missing" && sheets.fields) {
      const { values } = sheets.fields;
      const title = fieldValueCell(values, "signerTitle");
      // The first of the two that is empty: a title without a name leads to the name.
      const empty = [title, fieldValueCell(values, "signerName")].find((at) => at !== null && cellText(values[at.row]?.[at.column]) === "");
      const where = empty ?? title;
      return where ? at(issue, sheets.fields.name, cellAddress(where.row, where.column)) : issue;
    }
    return issue;
  });
}

/** The remedy cell of an item's row in a plan sheet, below its header row; null when not found. */
export function planRemedyCell(values: Grid, code: string): string | null {
  let columns: { code: number; remedy: number } | null = null;
  for (let r = 0; r < values.length; r += 1) {
    const row = values[r];
    if (!row) continue;
    const find = (header: string) => row.findIndex((cell) => typeof cell === "string" && cellText(cell) === header);
    const header = { code: find(PLAN_HEADERS.code), remedy: find(PLAN_HEADERS.remedy) };
    if (header.code >= 0 && header.remedy >= 0) {
      columns = header;
      continue;
    }
    if (columns && cellText(row[columns.code]).replace(/\.$/, "") === code) return cellAddress(r, columns.remedy);
  }
  return null;
}

const LABEL_OF = new Map(DOCUMENT_FIELD_SPECS.map((spec) => [spec.key, foldText(spec.label)]));

/** The value cell (right of its label) of a field in a fields sheet; null when the label is not there. */
export function fieldValueCell(values: Grid, key: DocumentFieldKey): { row: number; column: number } | null {
  const label = LABEL_OF.get(key);
  for (let r = 0; r < values.length; r += 1) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c += 1) {
      if (typeof row[c] === "string" && foldText(row[c] as string) === label) return { row: r, column: c + 1 };
    }
  }
  return null;
}
