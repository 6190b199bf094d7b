// The appraisal rounds (thẩm định): stages, moves, the history, the picture of typed cells.
export * from "./stages";
export * from "./stageState";
export * from "./snapshot";
export * from "./history";
export * from "./readiness";
export * from "./roundTotals";
export * from "./moveStage";
export * from "./stageStatus";
export * from "./upgradeLayout";
