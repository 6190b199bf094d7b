// The Node host's public surface: .xlsx files for the command line, batch work and tests.
export * from "./errors";
export * from "./readSheetGrid";
export * from "./writeLayout";
export * from "./workbookFiles";
export * from "./metadataSheet";
export * from "./scoreWorkbook";
export * from "./planWorkbook";
export * from "./templateTableSheet";
export * from "./outputFile";
export * from "./planCarryOver";
export * from "./workbookLimits";
export * from "./refreshResults";
