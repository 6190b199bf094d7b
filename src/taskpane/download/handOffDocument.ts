// A document model to staff as a .docx: rendered with the renderer loaded on demand, then handed
// over the way this Office allows (a download, or the browser on Mac). The plan document and the
// appraisal notice both go this way.
import type { DocumentModel } from "../../domain/document/documentModel";
import type { WorkbookOperations } from "../../excel/host/workbookOperations";
import { handOffFile, type HandOffOutcome } from "./handOffFile";
import { DOCX_MIME, renderPlanDocx } from "./renderPlanDocx";
import { saveDownload } from "./saveDownload";

export async function handOffDocument(
  operations: Pick<WorkbookOperations, "fileHandoff" | "openInBrowser">,
  fileName: string,
  document: DocumentModel,
): Promise<{ outcome: HandOffOutcome; size: number }> {
  const bytes = await renderPlanDocx(document);
  const outcome = await handOffFile(
    { fileName, bytes },
    {
      handoff: await operations.fileHandoff(),
      paneUrl: window.location.href,
      download: (file) => saveDownload(file, DOCX_MIME),
      openInBrowser: (url) => operations.openInBrowser(url),
    },
  );
  return { outcome, size: bytes.length };
}
