// Binds the office-js WorkbookOperations to the recording fake host, and builds templates of any
// size, for the tests in test/excel.
import { createWorkbookOperations } from "../../src/excel/host/createWorkbookOperations";
import type { ExcelRun } from "../../src/excel/host/hostEnvironment";
import type { OfficePlatform } from "../../src/excel/host/officeHelpers";
import type { WorkbookOperations } from "../../src/excel/host/workbookOperations";
import type { Language } from "../../src/domain/messages/formatIssue";
import { parseTemplate } from "../../src/domain/template/parseTemplate";
import type { Criterion, Template } from "../../src/domain/template/schema";
import { compareVersions } from "./apiSetVersion";
import { FakeExcelHost, FakeWorkbook, type FakeHostOptions } from "./fakeExcel";

export function fakeHost(options: FakeHostOptions & { sheets?: string[] } = {}): FakeExcelHost {
  const [first, ...rest] = options.sheets ?? ["Sheet1"];
  const workbook = new FakeWorkbook(first);
  for (const name of rest) workbook.addSheet(name);
  return new FakeExcelHost(workbook, options);
}

export function operationsOn(
  host: FakeExcelHost,
  options: {
    language?: Language;
    platform?: OfficePlatform | null;
    /** Requirement sets besides ExcelApi this Office has, e.g. { OpenBrowserWindowApi: "1.1" }. */
    otherSets?: Record<string, string>;
    openBrowserWindow?: (url: string) => void;
  } = {},
): WorkbookOperations {
  return createWorkbookOperations({
    // The fake's context has exactly the members src/excel uses; office-js's types describe far more.
    run: host.run as unknown as ExcelRun,
    isSetSupported: (name, version) => {
      const other = options.otherSets?.[name];
      return other !== undefined ? compareVersions(version, other) <= 0 : host.isSetSupported(name, version);
    },
    language: () => options.language ?? "vi",
    platform: async () => options.platform ?? null,
    openBrowserWindow:
      options.openBrowserWindow ??
      (() => {
        throw new Error("this test's Office has no openBrowserWindow");
      }),
  });
}

/**
 * A valid template with `count` items: lĩnh vực of tiêu chí of tiêu chí thành phần, maxima that
 * add up, and optional long guidance text to make the sheet as heavy as wanted.
 */
export function templateWithItems(count: number, options: { guidance?: string; id?: string } = {}): Template {
  // Each lĩnh vực holds `perArea` items: itself, c tiêu chí and c × s tiêu chí thành phần.
  const subs = 24;
  const criteriaPerArea = Math.max(1, Math.floor(count / 200));
  const perArea = 1 + criteriaPerArea * (1 + subs);
  const areaCount = Math.max(1, Math.ceil(count / perArea));
  const areas: Criterion[] = [];
  let made = 0;
  for (let a = 1; a <= areaCount && made < count; a += 1) {
    made += 1;
    const criteria: Criterion[] = [];
    for (let c = 1; c <= criteriaPerArea && made < count; c += 1) {
      made += 1;
      const children: Criterion[] = [];
      for (let s = 1; s <= subs && made < count; s += 1) {
        made += 1;
        children.push({
          code: `${a}.${c}.${s}`,
          name: `Tiêu chí thành phần ${a}.${c}.${s}: thực hiện nhiệm vụ cải cách hành chính`,
          maxPoints: 0.25,
          ...(options.guidance ? { guidance: options.guidance } : {}),
        });
      }
      const max = children.length > 0 ? children.length * 0.25 : 1;
      criteria.push({ code: `${a}.${c}`, name: `Tiêu chí ${a}.${c}`, maxPoints: max, ...(children.length ? { children } : {}) });
    }
    const max = criteria.length > 0 ? criteria.reduce((sum, c) => sum + c.maxPoints, 0) : 1;
    areas.push({ code: `${a}`, name: `Lĩnh vực ${a}`, maxPoints: max, ...(criteria.length ? { children: criteria } : {}) });
  }
  const scale = areas.reduce((sum, area) => sum + area.maxPoints, 0);
  const parsed = parseTemplate({
    schemaVersion: 1,
    id: options.id ?? `thu-${count}`,
    name: `Bộ tiêu chí thử ${count} mục`,
    shortName: `Thử ${count}`,
    source: "Dữ liệu thử",
    level: "so",
    scale,
    areas,
  });
  if (!parsed.ok) throw new Error(`test template is invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  return parsed.value;
}
