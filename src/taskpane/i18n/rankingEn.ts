// English labels of the ranking step, shaped as rankingVi.ts.
import type { ExclusionReason } from "../../domain/ranking/rankUnits";
import type { RankMove } from "../../domain/ranking/rankChange";
import type { WorkbookBytesProblem } from "../files/workbookBytes";
import type { rankingVi } from "./rankingVi";

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export const rankingEn: typeof rankingVi = {
  intro:
    "Consolidate, compare and rank the units: pick the units' scoring files (.xlsx) and/or use the scoring sheets in this workbook. The result goes to the sheets «Xếp hạng …» (ranking) and «Theo lĩnh vực …» (by area) with charts; rebuilding keeps the notes typed in them, by unit.",
  pickFiles: "Pick the units' files…",
  pickFilesLabel: "The units' scoring files (.xlsx)",
  filesLabel: "Files picked",
  fileCount: (count) => `${count} file${count === 1 ? "" : "s"} picked.`,
  clearFiles: "Clear all",
  removeFile: (name) => `Remove ${name}`,
  duplicatesSkipped: (names) => `Already in the list, not added again: ${names}.`,
  overLimit: (count, max) => `At most ${max} files per consolidation: ${count} not added.`,
  fileState: {
    waiting: "waiting",
    reading: "reading…",
    read: (sheets) => (sheets === 1 ? "read" : `read, ${sheets} scoring sheets`),
    unusable: "cannot be used",
  },
  fileProblem: {
    tooLarge: (bytes, max) => `The file is too large (${mb(bytes)}; the pane reads files up to ${mb(max)}). Use the par-index rank command line.`,
    damaged: "The file is damaged or was not fully downloaded; copy it again from the unit.",
    noSheets: "The workbook has no worksheet.",
    bytes: {
      empty: "The file is empty.",
      encrypted: "The file has a password: open it, remove the password (File › Info › Protect Workbook) and save it.",
      legacy_xls: "An Excel 97–2003 file (.xls): open it and save it as .xlsx.",
      ods: "A LibreOffice file (.ods): save it as .xlsx.",
      text: "A text file (CSV…), not an Excel workbook.",
      not_xlsx: "Not an Excel workbook (.xlsx).",
    } satisfies Record<WorkbookBytesProblem, string>,
  },
  includeWorkbook: (count) => `Also use the ${count} scoring sheet${count === 1 ? "" : "s"} in this workbook`,
  noWorkbookSheets: "This workbook has no scoring sheet; only the picked files are consolidated.",
  previousLabel: "Compare with last year",
  previousNone: "No comparison",
  previousFile: "Last year's ranking file (.xlsx or .json)",
  previousPaste: "Paste a table (unit, rank, percentage)",
  pickPrevious: "Pick last year's file…",
  pickPreviousLabel: "Last year's ranking file",
  previousPicked: (name) => `Last year's file: ${name}`,
  pasteLabel: "Last year's ranking",
  pasteHint: "Paste from Excel the columns Đơn vị (unit), Xếp hạng (rank), Chỉ số (%), with or without the header row.",
  previousRead: (count, year) => `Last year: ${count} unit${count === 1 ? "" : "s"} read${year === null ? "" : ` (${year})`}.`,
  previousMissing: "Pick last year's file or paste its table, or choose «No comparison».",
  groupsLabel: "Group thresholds (%)",
  groupsHint: "From the top down, e.g. 90, 80, 70: the first group from 90 %, the last below 70 %.",
  labelsLabel: "Group names",
  labelsHint: "E.g. A, B, C, D or Tốt, Khá, Trung bình, Yếu (one more name than thresholds).",
  build: "Consolidate and rank",
  rebuild: "Rebuild the ranking",
  nothingToRank: "Pick the units' files, or use the scoring sheets in this workbook.",
  readingFiles: "Reading the files…",
  created: (sheet, areas, charts) => `Created the sheets «${sheet}» and «${areas}» (${charts} charts).`,
  rebuilt: (sheet, notes) => `Updated the sheet «${sheet}», keeping ${notes} note${notes === 1 ? "" : "s"} by unit.`,
  rankedCaption: (count, year) => `${count} unit${count === 1 ? "" : "s"} ranked${year === null ? "" : ` in ${year}`}`,
  columns: { rank: "Rank", unit: "Unit", percent: "Index", group: "Group", change: "Since last year", stage: "Stage" },
  finalOnly: "Rank only units whose appraisal result is final",
  finalOnlyHint: "Units not final yet are listed apart, unranked.",
  notFinal: (count) =>
    `${count} unit${count === 1 ? " is" : "s are"} ranked before the result is final (marked *): the rank may change after the appraisal. Choose «Rank only units whose appraisal result is final» to leave them out.`,
  rankChange: (change: RankMove) => {
    switch (change.kind) {
      case "up":
        return `up ${change.steps}`;
      case "down":
        return `down ${change.steps}`;
      case "same":
        return "unchanged";
      default:
        return "new";
    }
  },
  excludedTitle: (count) => `${count} unit${count === 1 ? "" : "s"} not ranked`,
  reasons: {
    template_mismatch: "another framework",
    year_mismatch: "another year",
    duplicate_unit: "same unit twice",
    has_errors: "score errors",
    no_applicable_max: "no applicable maximum",
    not_final: "result not final yet (appraisal not finished)",
  } satisfies Record<ExclusionReason, string>,
  inThisWorkbook: "in this workbook: click an issue to go to its cell",
  unusableTitle: (count) => `${count} file${count === 1 ? "" : "s"} could not be read and are not in the ranking:`,
  openSheet: (sheet) => `Open the sheet «${sheet}»`,
};
