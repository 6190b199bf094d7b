// The Node host's public surface for the command line, batch work and tests: the .xlsx host
// (src/xlsx, exceljs, browser-safe) with what only Node can do (files, folders, outputs).
export * from "../xlsx/errors";
export * from "../xlsx/readSheetGrid";
export * from "../xlsx/writeLayout";
export * from "./workbookFiles";
export * from "../xlsx/metadataSheet";
export * from "./scoreWorkbook";
export * from "../xlsx/planWorkbook";
export * from "../xlsx/templateTableSheet";
export * from "../xlsx/sampleAppendixWorkbook";
export * from "../xlsx/documentFieldsSheet";
export * from "./planDocument";
export * from "../xlsx/assignmentWorkbook";
export * from "../xlsx/splitWorkbook";
export * from "./mergeWorkbook";
export * from "../xlsx/chartXml";
export * from "../xlsx/addChartParts";
export * from "../xlsx/rankingWorkbook";
export * from "./rankingFiles";
export * from "./outputFile";
export * from "./outputFolder";
export * from "./planCarryOver";
export * from "./workbookLimits";
export * from "../xlsx/refreshResults";
export * from "../xlsx/stageWorkbook";
