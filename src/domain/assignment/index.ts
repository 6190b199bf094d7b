// Phân công: assigning items to units, the assignment table, splitting the scoring sheet into one
// file per unit and gathering the returns.
export * from "./unitNames";
export * from "./resolveAssignment";
export * from "./describeItems";
export * from "./schedule";
export * from "./assignmentTable";
export * from "./masterIdentity";
export * from "./splitSheet";
export * from "./unitPart";
export * from "./mergeReturns";
