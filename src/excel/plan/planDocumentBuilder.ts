// What readPlanDocument loads on demand: the core's document builder and the issue locator, kept
// out of the pane's initial JavaScript (most sessions never make a document).
export { buildPlanDocument } from "../../domain/document/buildPlanDocument";
export { locateDocumentIssues } from "../../domain/document/documentIssueCells";
