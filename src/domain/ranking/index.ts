// Ranking many units' workbooks: read each one from its grids, rank them, say the rank line.
export * from "./templateKey";
export * from "./unitResult";
export * from "./readUnitWorkbook";
export * from "./groups";
export * from "./rankChange";
export * from "./competitionRank";
export * from "./previousRanking";
export * from "./rankUnits";
export * from "./rankSentence";
export * from "./pastedRanking";
