// Loads the phân công file code (making the units' workbooks, reading their returns) the first
// time the step needs it, as a chunk of its own beside the workbook reader (they share exceljs):
// the pane's first download stays within its budget.
type AssignmentFiles = typeof import("./assignmentFiles");

let loading: Promise<AssignmentFiles> | null = null;

export function loadAssignmentFiles(): Promise<AssignmentFiles> {
  // A failed download (offline) is not cached: the next try loads again.
  loading ??= import(/* webpackChunkName: "assignment-files" */ "./assignmentFiles").catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
