// The phân công part of the pane's on-demand file code (loaded by loadAssignmentFiles.ts, exceljs
// shared with the workbook reader): each unit's workbook made by the command line's own
// createUnitWorkbook (src/xlsx/splitWorkbook.ts) from the master the host read, written to bytes,
// the lot zipped with jszip; and a returned file read into the core's ReturnedSheet by the same
// returnedSheetOf `par-index merge` uses. No module here or below uses a Node API
// (test/taskpane/files/assignmentFilesChunk.test.ts checks it). One workbook in memory at a time.
import JSZip from "jszip";
import type { Assignment, Issue, MasterSheet, ReturnedSheet, UnitSchedule } from "../../domain";
import { returnedSheetOf } from "../../xlsx/returnedSheet";
import { createUnitWorkbook } from "../../xlsx/splitWorkbook";
import type { PickedFile } from "./pickedFile";
import { openWorkbookFile, type FileProblem } from "./workbookReader";
import { unitFileNames } from "./unitFileNames";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ZIP_MIME = "application/zip";

export interface UnitFile {
  unit: string;
  fileName: string;
  /** The unit's leaf codes, open for entry in its file. */
  items: string[];
  bytes: Uint8Array;
}

export interface UnitFilesRequest {
  master: MasterSheet;
  assignment: Assignment;
  /** The units to make files for, as the host named them, with their schedules. */
  units: readonly { unit: string; schedule: UnitSchedule }[];
  /** When the files are made (the host's clock), ISO; written into each file's metadata. */
  splitAt: string;
  year: number;
}

/** One workbook per unit, made and written one after another; `onUnit` reports each as it is done. */
export async function makeUnitFiles(request: UnitFilesRequest, onUnit: (index: number) => void = () => undefined): Promise<UnitFile[]> {
  const names = unitFileNames(
    request.units.map((u) => u.unit),
    request.year,
  );
  const files: UnitFile[] = [];
  for (const [index, { unit, schedule }] of request.units.entries()) {
    const made = createUnitWorkbook(request.master, request.assignment, { unit, schedule, splitAt: request.splitAt });
    const buffer = await made.workbook.xlsx.writeBuffer();
    files.push({ unit: made.sheet.unit, fileName: names[index]!, items: made.sheet.items, bytes: new Uint8Array(buffer as ArrayBuffer) });
    onUnit(index);
  }
  return files;
}

/** Every unit's file in one .zip (deflated: a unit's file is itself a zip, so it shrinks little). */
export async function zipUnitFiles(files: readonly UnitFile[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const file of files) zip.file(file.fileName, file.bytes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export type ReturnedFileReading =
  | { ok: true; returned: ReturnedSheet }
  /** Not a workbook: a file problem (too large, .xls, damaged…). */
  | { ok: false; problem: FileProblem }
  /** A workbook, but not a scoring workbook. */
  | { ok: false; issue: Issue };

/** A unit's returned file read as `par-index merge` reads it; identifying it against the master is the host's (mergeReturns). */
export async function readReturnedFile(file: PickedFile): Promise<ReturnedFileReading> {
  const opened = await openWorkbookFile(file);
  if (!opened.ok) return { ok: false, problem: opened.problem };
  return returnedSheetOf(opened.workbook, file.name);
}
