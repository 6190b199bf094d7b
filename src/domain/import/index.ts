// The import module's public API: a criteria template from a pasted table, and back to a table.
export { DEFAULT_IMPORT_ID, DEFAULT_IMPORT_NAME, importTemplateFromGrid, type ImportOptions } from "./importTemplateFromGrid";
export { TEMPLATE_TABLE_HEADER, layoutTemplateTable, type TemplateTableRow } from "./templateTable";
export { SAMPLE_APPENDIX_SHEET, sampleAppendixRows } from "./sampleAppendix";
