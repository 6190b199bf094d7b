// Loads the workbook reader (exceljs and the shared readers, about 270 KB gzip) the first time a
// step needs to read another workbook, as a chunk of its own: the pane's first download stays
// within its budget, and staff who never consolidate never download it.
type WorkbookReader = typeof import("./workbookReader");

let loading: Promise<WorkbookReader> | null = null;

export function loadWorkbookReader(): Promise<WorkbookReader> {
  // A failed download (offline) is not cached: the next try loads again.
  loading ??= import(/* webpackChunkName: "workbook-reader" */ "./workbookReader").catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
