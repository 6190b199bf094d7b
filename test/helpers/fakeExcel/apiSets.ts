// The ExcelApi requirement set of every office-js member the fake implements, as @types/office-js
// tags it ("[Api set: ExcelApi 1.8]" in each member's comment; the same sets are listed on
// learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets). A host made
// "as ExcelApi 1.7" refuses members above that with ApiNotFound, at the sync that reaches them, as
// an older Excel does. test/excel/requirementSets.test.ts checks this table against the types.

/** Fake command label (or object path) → the office-js member it stands for and its set. */
export const API_SETS: Readonly<Record<string, { member: string; set: string }>> = {
  "WorksheetCollection.add": { member: "WorksheetCollection.add", set: "1.1" },
  "WorksheetCollection.load": { member: "Worksheet.name", set: "1.1" },
  "WorksheetCollection.getItemOrNullObject": { member: "WorksheetCollection.getItemOrNullObject", set: "1.4" },
  "Worksheet.load": { member: "Worksheet.name", set: "1.1" },
  "Worksheet.name": { member: "Worksheet.name", set: "1.1" },
  "Worksheet.visibility": { member: "Worksheet.visibility", set: "1.1" },
  "Worksheet.position": { member: "Worksheet.position", set: "1.1" },
  "Worksheet.activate": { member: "Worksheet.activate", set: "1.1" },
  "Worksheet.delete": { member: "Worksheet.delete", set: "1.1" },
  "Range.load": { member: "Range.values", set: "1.1" },
  "Range.values": { member: "Range.values", set: "1.1" },
  "Range.formulas": { member: "Range.formulas", set: "1.1" },
  "Range.numberFormat": { member: "Range.numberFormat", set: "1.1" },
  "Range.getIntersectionOrNullObject": { member: "Range.getIntersectionOrNullObject", set: "1.4" },
  "Range.merge": { member: "Range.merge", set: "1.2" },
  "Range.unmerge": { member: "Range.unmerge", set: "1.2" },
  "Range.clear": { member: "Range.clear", set: "1.1" },
  "Range.select": { member: "Range.select", set: "1.1" },
  "Range.group": { member: "Range.group", set: "1.10" },
  "RangeFormat.columnWidth": { member: "RangeFormat.columnWidth", set: "1.2" },
  "RangeFormat.protection.locked": { member: "FormatProtection.locked", set: "1.2" },
  "WorksheetProtection.protect": { member: "WorksheetProtection.protect", set: "1.2" },
  "WorksheetProtection.unprotect": { member: "WorksheetProtection.unprotect", set: "1.7" },
  "RangeFormat.wrapText": { member: "RangeFormat.wrapText", set: "1.1" },
  "RangeFormat.horizontalAlignment": { member: "RangeFormat.horizontalAlignment", set: "1.1" },
  "RangeFormat.verticalAlignment": { member: "RangeFormat.verticalAlignment", set: "1.1" },
  "RangeFormat.font.bold": { member: "RangeFont.bold", set: "1.1" },
  "RangeFormat.font.italic": { member: "RangeFont.italic", set: "1.1" },
  "RangeFormat.font.size": { member: "RangeFont.size", set: "1.1" },
  "RangeFormat.font.color": { member: "RangeFont.color", set: "1.1" },
  "RangeFormat.fill.color": { member: "RangeFill.color", set: "1.1" },
  "RangeFormat.borders.style": { member: "RangeBorder.style", set: "1.1" },
  "RangeFormat.borders.color": { member: "RangeBorder.color", set: "1.1" },
  "ConditionalFormatCollection.add": { member: "ConditionalFormatCollection.add", set: "1.6" },
  "ConditionalFormat.formula": { member: "ConditionalFormatRule.formula", set: "1.6" },
  "ConditionalFormat.fill": { member: "ConditionalRangeFormat.fill", set: "1.6" },
  "ConditionalFormat.fontColor": { member: "ConditionalRangeFont.color", set: "1.6" },
  "DataValidation.rule": { member: "DataValidation.rule", set: "1.8" },
  "DataValidation.prompt": { member: "DataValidation.prompt", set: "1.8" },
  "DataValidation.errorAlert": { member: "DataValidation.errorAlert", set: "1.8" },
  "DataValidation.clear": { member: "DataValidation.clear", set: "1.8" },
  "WorksheetFreezePanes.freezeAt": { member: "WorksheetFreezePanes.freezeAt", set: "1.7" },
  "WorksheetFreezePanes.freezeRows": { member: "WorksheetFreezePanes.freezeRows", set: "1.7" },
  "WorksheetFreezePanes.freezeColumns": { member: "WorksheetFreezePanes.freezeColumns", set: "1.7" },
  "WorksheetFreezePanes.unfreeze": { member: "WorksheetFreezePanes.unfreeze", set: "1.7" },
  "PageLayout.orientation": { member: "PageLayout.orientation", set: "1.9" },
  "PageLayout.paperSize": { member: "PageLayout.paperSize", set: "1.9" },
  "PageLayout.zoom": { member: "PageLayout.zoom", set: "1.9" },
  "PageLayout.printTitleRows": { member: "PageLayout.setPrintTitleRows", set: "1.9" },
  "PageLayout.printTitleColumns": { member: "PageLayout.setPrintTitleColumns", set: "1.9" },
  "PageBreakCollection.add": { member: "PageBreakCollection.add", set: "1.9" },
  "PageBreakCollection.removePageBreaks": { member: "PageBreakCollection.removePageBreaks", set: "1.9" },
  "ChartCollection.add": { member: "ChartCollection.add", set: "1.1" },
  "Chart.name": { member: "Chart.name", set: "1.1" },
  "Chart.setPosition": { member: "Chart.setPosition", set: "1.1" },
  "ChartTitle.text": { member: "ChartTitle.text", set: "1.1" },
  "ChartLegend.visible": { member: "ChartLegend.visible", set: "1.1" },
  "ChartLegend.position": { member: "ChartLegend.position", set: "1.1" },
  "ChartDataLabels.showValue": { member: "ChartDataLabels.showValue", set: "1.1" },
  "ChartDataLabels.numberFormat": { member: "ChartDataLabels.numberFormat", set: "1.8" },
  "ChartAxis.minimum": { member: "ChartAxis.minimum", set: "1.1" },
  "ChartAxis.maximum": { member: "ChartAxis.maximum", set: "1.1" },
  "ChartAxis.majorUnit": { member: "ChartAxis.majorUnit", set: "1.1" },
  "ChartAxis.numberFormat": { member: "ChartAxis.numberFormat", set: "1.8" },
  "ChartAxis.reversePlotOrder": { member: "ChartAxis.reversePlotOrder", set: "1.7" },
  "ChartSeriesCollection.add": { member: "ChartSeriesCollection.add", set: "1.7" },
  "ChartSeries.name": { member: "ChartSeries.name", set: "1.1" },
  "ChartSeries.setValues": { member: "ChartSeries.setValues", set: "1.7" },
  "ChartSeries.setXAxisValues": { member: "ChartSeries.setXAxisValues", set: "1.7" },
  "ChartFill.setSolidColor": { member: "ChartFill.setSolidColor", set: "1.1" },
  "Range.rowHidden": { member: "Range.rowHidden", set: "1.2" },
  "AutoFilter.apply": { member: "AutoFilter.apply", set: "1.9" },
  "AutoFilter.clearCriteria": { member: "AutoFilter.clearCriteria", set: "1.9" },
  "AutoFilter.remove": { member: "AutoFilter.remove", set: "1.9" },
  "AutoFilter.load": { member: "AutoFilter.enabled", set: "1.9" },
};

/** Members of ExcelApiOnline (Excel on the web), by fake command label: refused with ApiNotFound where the host has no such set. */
export const ONLINE_API_SETS: Readonly<Record<string, { member: string; set: string }>> = {
  "NamedSheetViewCollection.load": { member: "Worksheet.namedSheetViews", set: "1.1" },
  "NamedSheetViewCollection.add": { member: "NamedSheetViewCollection.add", set: "1.1" },
  "NamedSheetViewCollection.exit": { member: "NamedSheetViewCollection.exit", set: "1.1" },
  "NamedSheetView.activate": { member: "NamedSheetView.activate", set: "1.1" },
  "NamedSheetView.delete": { member: "NamedSheetView.delete", set: "1.1" },
};

/** The set a fake command needs; commands the table does not know need nothing above 1.1. */
export function apiSetOf(label: string): string {
  const key = label.replace(/^RangeFormat\.borders\.[A-Za-z]+\./, "RangeFormat.borders.");
  return API_SETS[key]?.set ?? "1.1";
}
