// The core stays pure: nothing under src/domain may import Excel, Office, React, Node or a host library.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";

const DOMAIN = join(__dirname, "../../src/domain");
const HOST_MODULES = /^(react|react-dom|@fluentui\/|@microsoft\/|office-|exceljs|hyperformula|docx|node:)/;
const NODE_BUILTINS = new Set(builtinModules);
const OFFICE_GLOBALS = /\b(Excel|Office|OfficeExtension)\.[A-Za-z]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)["']([^"']+)["']/g)) {
    found.push(match[1]!);
  }
  return found;
}

describe("src/domain", () => {
  const files = sourceFiles(DOMAIN);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(DOMAIN, f), f]))("%s imports no host library or Node built-in", (_name, file) => {
    const source = readFileSync(file, "utf8");
    const bad = importsOf(source).filter((spec) => HOST_MODULES.test(spec) || NODE_BUILTINS.has(spec.split("/")[0]!));
    expect(bad).toEqual([]);
    expect(source).not.toMatch(OFFICE_GLOBALS);
  });

  it("would notice a forbidden import", () => {
    expect(importsOf('import { readFileSync } from "fs";\nimport x from "react";').filter((s) => HOST_MODULES.test(s) || NODE_BUILTINS.has(s))).toEqual([
      "fs",
      "react",
    ]);
  });
});
