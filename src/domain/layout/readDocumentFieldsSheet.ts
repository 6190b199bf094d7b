// Reads the document fields back from their sheet by label (in any column, with or without
// accents), so a sheet staff rearranged still reads. A label that is missing keeps its
// default; one that is present but empty is empty on purpose. Values that cannot be read
// (a rank that is not a number) are issues with their cell, and leave the field unknown.
import { cellAddress, cellText, isBlank, type CellValue, type Grid } from "../cells";
import { DOCUMENT_FIELD_SPECS, type DocumentFieldKey, type DocumentFields, type DocumentFieldSpec } from "../document/documentFields";
import { parseIssueDate } from "../document/issueDate";
import { parseRankChange } from "../document/rankLine";
import { foldText } from "../import/foldText";
import { makeIssue, type DocumentFieldProblem, type Issue } from "../issues";
import { DOCUMENT_FIELDS_TITLE } from "./layoutDocumentFieldsSheet";

export interface DocumentFieldsRead {
  fields: DocumentFields;
  issues: Issue[];
  /** The fields the sheet has a label for. */
  found: Set<DocumentFieldKey>;
}

const BY_LABEL = new Map(DOCUMENT_FIELD_SPECS.map((spec) => [foldText(spec.label), spec]));

/** Whether a sheet's cells are a document fields sheet (its title in A1). */
export function isDocumentFieldsSheet(values: Grid): boolean {
  return foldText(cellText(values[0]?.[0])) === foldText(DOCUMENT_FIELDS_TITLE);
}

export function readDocumentFieldsSheet(values: Grid, defaults: DocumentFields, options: { sheet?: string } = {}): DocumentFieldsRead {
  const fields: DocumentFields = { ...defaults, date: { ...defaults.date }, sipas: { ...defaults.sipas } };
  const issues: Issue[] = [];
  const found = new Set<DocumentFieldKey>();
  values.forEach((row, r) => {
    for (let c = 0; c < row.length; c += 1) {
      if (typeof row[c] !== "string") continue;
      const spec = BY_LABEL.get(foldText(row[c] as string));
      if (!spec || found.has(spec.key)) continue;
      found.add(spec.key);
      const problem = setField(fields, spec, row[c + 1]);
      if (problem) {
        issues.push(
          makeIssue(
            "document_field_invalid",
            "warning",
            { field: spec.label, text: cellText(row[c + 1]), expected: problem, ...(fields.rankOf !== null ? { rankOf: fields.rankOf } : {}) },
            { ...(options.sheet ? { sheet: options.sheet } : {}), cell: cellAddress(r, c + 1) },
          ),
        );
      }
      break;
    }
  });
  return { fields, issues, found };
}

/** Sets one field from a cell; returns what was expected when the cell cannot be read. */
export function setField(fields: DocumentFields, spec: DocumentFieldSpec, value: CellValue): DocumentFieldProblem | null {
  switch (spec.key) {
    case "date": {
      const date = parseIssueDate(typeof value === "string" ? value.trim() : value);
      if (date === undefined) {
        fields.date = {};
        return "date";
      }
      fields.date = date;
      return null;
    }
    case "rankOf": {
      const n = readPositiveInteger(value);
      fields.rankOf = n ?? null;
      return n === undefined ? "integer" : null;
    }
    case "rank":
    case "sipas.rank": {
      // "6" or "6/20": a rank may say out of how many, in the sheet and on the command line alike.
      const read = readRank(value);
      if (read === undefined) {
        if (spec.key === "rank") fields.rank = null;
        else fields.sipas.rank = null;
        return "rank";
      }
      if (spec.key === "rank") {
        fields.rank = read?.rank ?? null;
        if (read?.of !== undefined) fields.rankOf = read.of;
        return null;
      }
      // The SIPAS rank is out of the same units as the PAR INDEX rank: its "/20" names that number.
      if (read?.of !== undefined && fields.rankOf !== null && read.of !== fields.rankOf) return "sameRankOf";
      fields.sipas.rank = read?.rank ?? null;
      if (read?.of !== undefined) fields.rankOf = read.of;
      return null;
    }
    case "rankChange": {
      const change = parseRankChange(typeof value === "string" ? value.trim() : value);
      fields.rankChange = change ?? null;
      return change === undefined ? "rankChange" : null;
    }
    case "sipas.remedy":
    case "sipas.leadUnit":
    case "sipas.coUnits":
    case "sipas.timeFrame":
      fields.sipas[spec.key.slice("sipas.".length) as "remedy"] = textOf(value);
      return null;
    default:
      fields[spec.key] = textOf(value);
      return null;
  }
}

/** A positive whole number; null for a blank cell, undefined when the cell holds something else. */
function readPositiveInteger(value: CellValue): number | null | undefined {
  if (isBlank(value)) return null;
  const n = typeof value === "number" ? value : /^\s*\d{1,5}\s*$/.test(String(value)) ? Number(value) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** A rank: "6", 6 or "6/20" (out of 20); null for a blank cell, undefined when it reads as neither. */
function readRank(value: CellValue): { rank: number; of?: number } | null | undefined {
  const pair = typeof value === "string" ? /^\s*(\d{1,5})\s*\/\s*(\d{1,5})\s*$/.exec(value) : null;
  if (pair) {
    const [rank, of] = [Number(pair[1]), Number(pair[2])];
    return rank > 0 && rank <= of ? { rank, of } : undefined;
  }
  const n = readPositiveInteger(value);
  return n === null || n === undefined ? n : { rank: n };
}

/** Text of a cell with its line breaks kept (cellText trims the ends only). */
function textOf(value: CellValue): string {
  return cellText(value);
}
