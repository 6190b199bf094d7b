// The plan document's model as .docx bytes. The renderer and the `docx` package it uses are
// loaded here, on demand, as a chunk of their own: most sessions never make a document, so the
// pane's initial JavaScript stays inside its budget (src/devserver/bundleReport.cjs).
import type { DocumentModel } from "../../domain/document/documentModel";

export { DOCX_MIME } from "../../docx/docxMime";

export async function renderPlanDocx(model: DocumentModel): Promise<Uint8Array<ArrayBuffer>> {
  const { renderDocx } = await import(/* webpackChunkName: "docx" */ "../../docx/renderDocx");
  return renderDocx(model);
}
