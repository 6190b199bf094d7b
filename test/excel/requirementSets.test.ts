// Every office-js member src/excel uses, resolved through the TypeScript checker to its declaration
// in @types/office-js: each Excel member names its requirement set, and any member above the
// manifest's ExcelApi 1.7 is reached only behind the run-time feature check (features.ts). The fake
// host's table of sets (test/helpers/fakeExcel/apiSets.ts) is checked against the same types.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { FEATURE_API_SETS, MINIMUM_EXCEL_API, OTHER_FEATURE_SETS } from "../../src/excel/host/features";
import { API_SETS, ONLINE_API_SETS } from "../helpers/fakeExcel/apiSets";
import { declaredApiSet, findOfficeMemberUses, programOf } from "../helpers/apiSetUsage";

const SRC_EXCEL = path.resolve(__dirname, "../../src/excel");
const files = (readdirSync(SRC_EXCEL, { recursive: true }) as string[])
  .filter((name) => name.endsWith(".ts"))
  .map((name) => path.join(SRC_EXCEL, name));

// Small programs that show the check at work, compiled with src/excel in one program: building a
// program over office-js's types takes seconds, once is enough.
const SAMPLES = mkdtempSync(path.join(os.tmpdir(), "api-sets-"));
const sample = (name: string, features: string, body: string) => {
  const file = path.join(SAMPLES, name);
  writeFileSync(file, `type HostFeatures = Record<${features}, boolean>;\n${body}\n`);
  return file;
};
const online = sample(
  "online.ts",
  '"pageLayout" | "sheetViews"',
  "export function f(sheet: Excel.Worksheet, features: HostFeatures) { if (features.pageLayout) sheet.namedSheetViews.exit(); if (features.sheetViews) sheet.namedSheetViews.exit(); }",
);
const unguarded = sample("unguarded.ts", '"dataValidation" | "pageLayout"', "export function f(range: Excel.Range) { range.dataValidation.clear(); }");
const guarded = sample(
  "guarded.ts",
  '"dataValidation" | "pageLayout"',
  "function clear(range: Excel.Range) { range.dataValidation.clear(); }\nexport function g(range: Excel.Range, features: HostFeatures) { if (features.dataValidation) clear(range); }",
);
const weak = sample(
  "weak.ts",
  '"dataValidation" | "pageLayout"',
  "export function h(range: Excel.Range, features: HostFeatures) { if (features.dataValidation) { range.worksheet.pageLayout.zoom = { scale: 90 }; } }",
);
afterAll(() => rmSync(SAMPLES, { recursive: true, force: true }));

const program = programOf([...files, online, unguarded, guarded, weak]);
// Features of other sets by their full name ("ExcelApiOnline 1.1"), ExcelApi ones by version.
const otherSets = Object.fromEntries(Object.entries(OTHER_FEATURE_SETS).map(([feature, set]) => [feature, `${set.name} ${set.version}`]));
const options = { floor: MINIMUM_EXCEL_API, featureSets: { ...FEATURE_API_SETS, ...otherSets } };
const uses = findOfficeMemberUses(program, files, options);

/**
 * office-js members the types tag with no requirement set: the runtime's plumbing (Excel.run, the
 * context's workbook, load, a collection's items, sync, isNullObject, errors) and the Office host
 * APIs, each named here so that a new one has to be looked at.
 */
const COMMON_RUNTIME = new Set([
  "Excel.run",
  "Excel.RequestContext.workbook",
  "Excel.Range.load",
  "Excel.Worksheet.load",
  "Excel.WorksheetCollection.load",
  "Excel.WorksheetCollection.items",
  "OfficeExtension.ClientRequestContext.sync",
  "OfficeExtension.ClientObject.isNullObject",
  "OfficeExtension.Error.code",
  "Office.context",
  "Office.Context.requirements",
  "Office.RequirementSetSupport.isSetSupported",
  "Office.Context.displayLanguage",
  // OpenBrowserWindowApi 1.1 (its declaration names the set only in prose): called only after
  // isSetSupported("OpenBrowserWindowApi", "1.1"), which test/excel/host/fileHandoff.test.ts checks.
  "Office.Context.ui",
  "Office.UI.openBrowserWindow",
  // The load of an AutoFilter (ExcelApi 1.9) and of the named sheet views (ExcelApiOnline 1.1), and the views' items,
  // both reached behind their feature check (showUnitItems.ts).
  "Excel.AutoFilter.load",
  "Excel.NamedSheetViewCollection.load",
  "Excel.NamedSheetViewCollection.items",
]);

describe("office-js members used by src/excel", () => {
  it("are found (the checker resolves the code's office-js calls)", () => {
    const members = new Set(uses.map((use) => use.member));
    for (const member of ["Excel.Range.formulas", "Excel.WorksheetCollection.add", "Excel.Range.dataValidation", "Excel.PageLayout.zoom", "Excel.PageLayoutZoomOptions.verticalFitToPages"]) {
      expect(members).toContain(member);
    }
  });

  it("each carry an [Api set: ExcelApi x.y] tag (or ExcelApiOnline's, behind its check), or are of the common runtime", () => {
    const untagged = uses.filter((use) => !use.apiSet?.startsWith("ExcelApi ") && !use.apiSet?.startsWith("ExcelApiOnline ") && !COMMON_RUNTIME.has(use.member));
    expect(untagged.map((use) => `${use.file}:${use.line} ${use.member} (${use.apiSet ?? "no set"})`)).toEqual([]);
  });

  it(`above ExcelApi ${MINIMUM_EXCEL_API}, are reached only behind the feature check`, () => {
    const above = uses.filter((use) => use.apiSet !== null && use.apiSet !== `ExcelApi ${MINIMUM_EXCEL_API}` && !use.guarded);
    expect(above.map((use) => `${use.file}:${use.line} ${use.member} (${use.apiSet})`)).toEqual([]);
    // …and there are such members, each guarded (the check looks at something real).
    expect(uses.filter((use) => use.apiSet === "ExcelApi 1.8" && use.guarded).length).toBeGreaterThan(0);
  });

  it("reaches the named sheet views (ExcelApiOnline 1.1) and the AutoFilter (ExcelApi 1.9) only behind their checks", () => {
    const members = (set: string) => new Set(uses.filter((use) => use.apiSet === set).map((use) => use.member));
    expect([...members("ExcelApiOnline 1.1")]).toEqual(expect.arrayContaining(["Excel.Worksheet.namedSheetViews", "Excel.NamedSheetViewCollection.add", "Excel.NamedSheetView.activate", "Excel.NamedSheetViewCollection.exit"]));
    expect([...members("ExcelApi 1.9")]).toEqual(expect.arrayContaining(["Excel.Worksheet.autoFilter", "Excel.AutoFilter.apply", "Excel.AutoFilter.remove"]));
    expect(uses.filter((use) => (use.apiSet === "ExcelApiOnline 1.1" || use.member.startsWith("Excel.AutoFilter")) && !use.guarded)).toEqual([]);
  });

  it("does not take an ExcelApi check for an ExcelApiOnline member", () => {
    const found = findOfficeMemberUses(program, [online], options).filter((use) => !use.guarded).map((use) => `${use.line}:${use.member}`);
    expect(found.sort()).toEqual(["2:Excel.NamedSheetViewCollection.exit", "2:Excel.Worksheet.namedSheetViews"]);
  });

  it("fails on a new unguarded use, and passes the same use behind the check", () => {
    const found = (file: string) => findOfficeMemberUses(program, [file], options).filter((use) => !use.guarded).map((use) => use.member).sort();
    expect(found(unguarded)).toEqual(["Excel.DataValidation.clear", "Excel.Range.dataValidation"]);
    expect(found(guarded)).toEqual([]);
    // A check for ExcelApi 1.8 does not cover a 1.9 member.
    expect(found(weak)).toEqual(["Excel.PageLayout.zoom", "Excel.PageLayoutZoomOptions.scale", "Excel.Worksheet.pageLayout"]);
  });
});

describe("the fake host's requirement sets", () => {
  it.each(Object.entries(API_SETS))("%s is in the set @types/office-js declares", (_label, { member, set }) => {
    expect(declaredApiSet(program, member)).toBe(`ExcelApi ${set}`);
  });

  it.each(Object.entries(ONLINE_API_SETS))("%s is in ExcelApiOnline's set as @types/office-js declares", (_label, { member, set }) => {
    expect(declaredApiSet(program, member)).toBe(`ExcelApiOnline ${set}`);
  });
});
