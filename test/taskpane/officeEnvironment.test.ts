// Office's display language and theme colour turned into the pane's language and light or dark theme.
import { appearanceOf, languageOf, readOfficeEnvironment, relativeLuminance } from "../../src/taskpane/officeEnvironment";

describe("languageOf", () => {
  it.each([
    ["vi-VN", "vi"],
    ["vi", "vi"],
    ["VI_vn", "vi"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["", "en"],
    [undefined, "en"],
  ] as const)("reads %p as %p", (displayLanguage, language) => {
    expect(languageOf(displayLanguage)).toBe(language);
  });
});

describe("appearanceOf", () => {
  it.each([
    ["#FFFFFF", "light"],
    ["#f3f3f3", "light"],
    ["#808080", "light"],
    ["#666666", "dark"],
    ["#262626", "dark"],
    ["#000", "dark"],
    ["not a colour", "light"],
    [undefined, "light"],
  ] as const)("treats background %p as %p", (background, appearance) => {
    expect(appearanceOf(background)).toBe(appearance);
  });

  it("computes WCAG relative luminance", () => {
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1);
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#808080")).toBeCloseTo(0.2159, 3);
  });
});

describe("readOfficeEnvironment", () => {
  const global = globalThis as { Office?: unknown };
  afterEach(() => delete global.Office);

  it("falls back to English and light when Office.js did not load", () => {
    expect(readOfficeEnvironment()).toEqual({ language: "en", appearance: "light" });
  });

  it("reads the display language and the theme's body background", () => {
    global.Office = { context: { displayLanguage: "vi-VN", officeTheme: { bodyBackgroundColor: "#262626" } } };
    expect(readOfficeEnvironment()).toEqual({ language: "vi", appearance: "dark" });
  });

  it("copes with a host that has no theme", () => {
    global.Office = { context: { displayLanguage: "vi-VN" } };
    expect(readOfficeEnvironment()).toEqual({ language: "vi", appearance: "light" });
  });
});
