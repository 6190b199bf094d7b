// Reads the units' picked workbooks one after another (never two in memory together), reporting
// each file's state as it goes, and keeps what ranking needs of each: the units read, with units of
// one template sharing one copy of it (as `par-index rank` does), and the files that could not be used.
import type { UnitResult } from "../../domain/ranking/unitResult";
import type { Issue } from "../../domain/issues";
import type { Template } from "../../domain/template/schema";
import { loadWorkbookReader } from "./loadWorkbookReader";
import type { PickedFile } from "./pickedFile";
import type { FileProblem } from "./workbookReader";

export type FileStatus =
  | { state: "waiting" }
  | { state: "reading" }
  /** Read: its scoring sheets (usually one), and warnings about the reading (a name taken from the file). */
  | { state: "read"; units: number; warnings: Issue[] }
  /** Not a usable unit workbook: a file problem, or issues such as "no scoring sheet". */
  | { state: "unusable"; problem: FileProblem | null; issues: Issue[] };

export interface UnitFilesReading {
  units: UnitResult[];
  statuses: FileStatus[];
}

export async function readUnitFiles(files: readonly PickedFile[], onStatus: (index: number, status: FileStatus) => void = () => undefined): Promise<UnitFilesReading> {
  const reader = await loadWorkbookReader();
  const units: UnitResult[] = [];
  const statuses: FileStatus[] = files.map(() => ({ state: "waiting" }));
  const templates = new Map<string, Template>();
  const report = (index: number, status: FileStatus) => {
    statuses[index] = status;
    onStatus(index, status);
  };
  for (const [index, file] of files.entries()) {
    report(index, { state: "reading" });
    const reading = await reader.readUnitWorkbookFile(file);
    if (!reading.ok) {
      report(index, { state: "unusable", problem: "problem" in reading ? reading.problem : null, issues: "issues" in reading ? reading.issues : [] });
      continue;
    }
    for (const unit of reading.units) {
      const shared = templates.get(unit.templateKey) ?? unit.template;
      templates.set(unit.templateKey, shared);
      units.push({ ...unit, template: shared });
    }
    report(index, { state: "read", units: reading.units.length, warnings: reading.units.flatMap((unit) => unit.issues.filter((issue) => issue.severity === "warning")) });
  }
  return { units, statuses };
}
