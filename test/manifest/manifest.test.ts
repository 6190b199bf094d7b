// Offline checks of manifest.xml against the add-in-only manifest schema's structure, our requirements and the build.
import fs from "node:fs";
import path from "node:path";
import { at, child, childNames, descendants, findAll, parseXml, type XmlElement } from "../helpers/xmlTree";
import { readPngSize } from "../helpers/pngSize";
import { REPO_ROOT, buildConfig, emittedPagesAndFiles, webpackConfig } from "../helpers/webpackConfig";

const xml = fs.readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8");
const root = parseXml(xml);
const overrides = child(root, "VersionOverrides");
const resources = child(overrides, "Resources");
const { DEV_BASE_URL } = webpackConfig;

// OfficeApp's children in schema order (TaskPaneApp); "?" marks optional ones.
const OFFICE_APP_SEQUENCE = [
  "Id", "AlternateId?", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
  "IconUrl?", "HighResolutionIconUrl?", "SupportUrl?", "AppDomains?", "Hosts?", "Requirements?",
  "DefaultSettings", "Permissions", "VersionOverrides?",
];

/** Why `names` does not follow `sequence` (each entry at most once, required ones present), or undefined. */
function checkSequence(names: string[], sequence: string[]): string | undefined {
  const specs = sequence.map((s) => ({ name: s.replace(/[?+]$/, ""), optional: s.endsWith("?"), many: s.endsWith("+") }));
  let i = 0;
  for (const spec of specs) {
    let count = 0;
    while (names[i] === spec.name) {
      i++;
      count++;
    }
    if (count === 0 && !spec.optional) return `missing <${spec.name}> before <${names[i] ?? "end"}>`;
    if (count > 1 && !spec.many) return `<${spec.name}> appears ${count} times`;
  }
  return i < names.length ? `unexpected or misplaced <${names[i]}>` : undefined;
}

function resourceIds(collection: string): string[] {
  return child(resources, collection).children.map((r) => r.attrs.id ?? "");
}

function localizedStrings(): Array<[string, XmlElement, number]> {
  return [
    ["DisplayName", child(root, "DisplayName"), 125],
    ["Description", child(root, "Description"), 250],
    ...child(resources, "bt:ShortStrings").children.map((s): [string, XmlElement, number] => [s.attrs.id ?? "?", s, 125]),
    ...child(resources, "bt:LongStrings").children.map((s): [string, XmlElement, number] => [s.attrs.id ?? "?", s, 250]),
  ];
}

function repoFileForUrl(url: string): string {
  expect(url.startsWith(DEV_BASE_URL)).toBe(true);
  return path.join(REPO_ROOT, url.slice(DEV_BASE_URL.length));
}

describe("checkSequence", () => {
  it("accepts optional elements left out and refuses misplaced, repeated or missing ones", () => {
    expect(checkSequence(["A", "C"], ["A", "B?", "C"])).toBeUndefined();
    expect(checkSequence(["A", "X", "X"], ["A", "X+"])).toBeUndefined();
    expect(checkSequence(["C", "A"], ["A", "B?", "C"])).toBe("missing <A> before <C>");
    expect(checkSequence(["A", "C", "B"], ["A", "B?", "C"])).toBe("unexpected or misplaced <B>");
    expect(checkSequence(["A", "A", "C"], ["A", "C"])).toBe("<A> appears 2 times");
  });
});

describe("manifest.xml", () => {
  it("is a well-formed add-in-only TaskPaneApp manifest with the schema namespaces", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs).toMatchObject({
      xmlns: "http://schemas.microsoft.com/office/appforoffice/1.1",
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "xmlns:bt": "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
      "xsi:type": "TaskPaneApp",
    });
    expect(overrides.attrs).toMatchObject({
      xmlns: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
      "xsi:type": "VersionOverridesV1_0",
    });
    expect(() => parseXml("<OfficeApp><Id></OfficeApp>")).toThrow(/not well-formed/);
  });

  it("lists OfficeApp's elements in the order the schema demands", () => {
    expect(checkSequence(childNames(root), OFFICE_APP_SEQUENCE)).toBeUndefined();
  });

  it("has a fixed GUID and a four-part version that starts with package.json's", () => {
    const packageVersion = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;
    expect(child(root, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(root, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(root, "Version").text.startsWith(`${packageVersion}.`)).toBe(true);
    expect(child(root, "ProviderName").text.length).toBeGreaterThan(0);
  });

  it("runs in Excel workbooks only, with ReadWriteDocument permission", () => {
    expect(child(root, "Hosts").children.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(child(root, "Permissions").text).toBe("ReadWriteDocument");
    expect(child(overrides, "Hosts").children.map((h) => h.attrs["xsi:type"])).toEqual(["Workbook"]);
  });

  it("requires ExcelApi 1.7 and nothing newer, leaving later sets to run-time detection", () => {
    const sets = at(root, "Requirements", "Sets");
    expect(sets.attrs.DefaultMinVersion).toBe("1.1");
    expect(sets.children.map((s) => [s.name, s.attrs.Name, s.attrs.MinVersion])).toEqual([["Set", "ExcelApi", "1.7"]]);
  });

  it("defaults to vi-VN", () => {
    expect(child(root, "DefaultLocale").text).toBe("vi-VN");
  });

  it.each(localizedStrings())("overrides %s in en-US within the schema's length limit", (_id, element, maxLength) => {
    const overrideElements = element.children.filter((c) => c.name === "Override" || c.name === "bt:Override");
    expect(overrideElements.map((o) => o.attrs.Locale)).toEqual(["en-US"]);
    for (const text of [element.attrs.DefaultValue ?? "", overrideElements[0]?.attrs.Value ?? ""]) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(maxLength);
    }
    expect(overrideElements[0]?.attrs.Value).not.toBe(element.attrs.DefaultValue);
  });

  it("puts its own group with a ShowTaskpane button on the Home tab", () => {
    const formFactor = at(overrides, "Hosts", "Host", "DesktopFormFactor");
    expect(checkSequence(childNames(formFactor), ["GetStarted?", "FunctionFile?", "ExtensionPoint+"])).toBeUndefined();
    const extensionPoint = child(formFactor, "ExtensionPoint");
    expect(extensionPoint.attrs["xsi:type"]).toBe("PrimaryCommandSurface");
    const tab = child(extensionPoint, "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const group = child(tab, "Group");
    expect(group.attrs.id).toMatch(/^[A-Za-z][\w.]*$/);
    expect(checkSequence(childNames(group), ["Label", "Icon", "Control+"])).toBeUndefined();
    const button = child(group, "Control");
    expect(button.attrs["xsi:type"]).toBe("Button");
    expect(checkSequence(childNames(button), ["Label", "Supertip", "Icon", "Action"])).toBeUndefined();
    expect(childNames(child(button, "Supertip"))).toEqual(["Title", "Description"]);
    const action = child(button, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(checkSequence(childNames(action), ["TaskpaneId?", "SourceLocation", "Title?"])).toBeUndefined();
  });

  it("gives every command icon the 16, 32 and 80 px images Office requires", () => {
    for (const { element: icon } of findAll(overrides, "Icon")) {
      expect(icon.children.map((image) => image.attrs.size)).toEqual(expect.arrayContaining(["16", "32", "80"]));
    }
  });

  it("keeps Resources in schema order with unique ids", () => {
    expect(checkSequence(childNames(resources), ["bt:Images?", "bt:Urls?", "bt:ShortStrings?", "bt:LongStrings?"])).toBeUndefined();
    const ids = ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"].flatMap(resourceIds);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("resolves every resid to a resource of the right kind, and uses every resource", () => {
    // What kind of resource a resid points at depends on the element that carries it.
    const kindOf = (name: string, parent: XmlElement): string => {
      if (name === "bt:Image") return "bt:Images";
      if (["SourceLocation", "LearnMoreUrl", "FunctionFile"].includes(name)) return "bt:Urls";
      if (name === "Description") return "bt:LongStrings";
      if (name === "Label" || name === "Title") return "bt:ShortStrings";
      throw new Error(`unexpected resid on <${name}> in <${parent.name}>`);
    };
    const used = new Set<string>();
    const walk = (parent: XmlElement): void => {
      for (const element of parent.children) {
        const resid = element.attrs.resid;
        if (resid !== undefined) {
          expect(resid.length).toBeLessThanOrEqual(32);
          expect({ resid, found: resourceIds(kindOf(element.name, parent)).includes(resid) }).toEqual({ resid, found: true });
          used.add(resid);
        }
        walk(element);
      }
    };
    walk(child(overrides, "Hosts"));
    const all = ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"].flatMap(resourceIds);
    expect(all.filter((id) => !used.has(id))).toEqual([]);
  });

  it("uses https for every URL and the dev base URL for every URL that the build rewrites", () => {
    const urls = [
      ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((name) => child(root, name).attrs.DefaultValue ?? ""),
      at(root, "DefaultSettings", "SourceLocation").attrs.DefaultValue ?? "",
      ...["bt:Images", "bt:Urls"].flatMap((c) => child(resources, c).children.map((r) => r.attrs.DefaultValue ?? "")),
    ];
    for (const url of urls) expect(url.startsWith(DEV_BASE_URL)).toBe(true);
    const nonNamespaceValues = [root, ...descendants(root)].flatMap((element) => [
      element.text,
      ...Object.entries(element.attrs).filter(([name]) => !name.startsWith("xmlns")).map(([, value]) => value),
    ]);
    expect(nonNamespaceValues.filter((value) => /^\s*http:/i.test(value))).toEqual([]);
    expect(findAll(root, "AppDomain").map(({ element }) => element.text).filter((d) => !d.startsWith("https://"))).toEqual([]);
  });

  it("maps every icon URL to a PNG in assets/ of the declared size", () => {
    const declared: Array<[string, number]> = [
      [child(root, "IconUrl").attrs.DefaultValue ?? "", 32],
      [child(root, "HighResolutionIconUrl").attrs.DefaultValue ?? "", 64],
    ];
    const images = new Map(child(resources, "bt:Images").children.map((r) => [r.attrs.id ?? "", r.attrs.DefaultValue ?? ""]));
    for (const { element } of findAll(overrides, "bt:Image")) {
      if (element.attrs.resid !== undefined) declared.push([images.get(element.attrs.resid) ?? "", Number(element.attrs.size)]);
    }
    for (const [url, size] of declared) {
      const file = repoFileForUrl(url);
      expect(path.relative(REPO_ROOT, path.dirname(file))).toBe("assets");
      expect({ url, ...readPngSize(fs.readFileSync(file)) }).toEqual({ url, width: size, height: size });
    }
  });

  it("ships square icons in assets/ whose size matches their file name", () => {
    const icons = fs.readdirSync(path.join(REPO_ROOT, "assets")).filter((name) => name.endsWith(".png"));
    expect(icons.sort()).toEqual(["icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
    for (const name of icons) {
      const size = Number(/^icon-(\d+)\.png$/.exec(name)?.[1]);
      expect({ name, ...readPngSize(fs.readFileSync(path.join(REPO_ROOT, "assets", name))) }).toEqual({ name, width: size, height: size });
    }
  });

  it("points SourceLocation and every page URL at files the webpack build emits", () => {
    const sourceLocation = at(root, "DefaultSettings", "SourceLocation").attrs.DefaultValue;
    expect(sourceLocation).toBe(`${DEV_BASE_URL}taskpane.html`);
    const emitted = emittedPagesAndFiles(buildConfig("production"));
    const pageUrls = child(resources, "bt:Urls").children.map((r) => r.attrs.DefaultValue ?? "");
    pageUrls.push(sourceLocation ?? "", child(root, "SupportUrl").attrs.DefaultValue ?? "");
    for (const url of pageUrls) expect(emitted).toContain(url.slice(DEV_BASE_URL.length));
  });
});
