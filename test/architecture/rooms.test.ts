// The rooms of src/ and what each may reach. src/xlsx is the .xlsx host (exceljs), used by the
// command line and by the pane in the browser; src/node holds what only Node can do (files,
// folders, outputs, randomUUID, zlib). Browser code — the pane, the Excel host, the .docx
// renderer, the download page, the core and the .xlsx host — never reaches a Node built-in or
// src/node, through any chain of imports; and src/node holds nothing the browser could use.
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import ts from "typescript";
import { importGraph, SRC } from "./importGraph";

const BROWSER_ROOMS = ["xlsx/", "excel/", "taskpane/", "docx/", "download/", "domain/"];
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** The Node built-ins a file imports by name. */
function builtinsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(SRC, file), "utf8"), true, true);
  return info.importedFiles.map((ref) => ref.fileName).filter((name) => NODE_BUILTINS.has(name));
}

/** Every file `file` reaches through its imports in `graph`, itself included. */
function reachIn(graph: ReadonlyMap<string, readonly string[]>, file: string): Set<string> {
  const seen = new Set<string>();
  const stack = [file];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(graph.get(next) ?? []));
  }
  return seen;
}

describe("the rooms of src/", () => {
  const graph = importGraph();
  const files = [...graph.keys()];
  const reach = (file: string) => reachIn(graph, file);

  it("keep browser code away from Node built-ins and src/node, however far the imports go", () => {
    const browser = files.filter((file) => BROWSER_ROOMS.some((room) => file.startsWith(room)));
    expect(browser.filter((f) => f.startsWith("xlsx/")).length).toBeGreaterThan(20);
    const offending = browser.flatMap((file) =>
      [...reach(file)].filter((f) => f.startsWith("node/") || builtinsOf(f).length > 0).map((f) => `${file} → ${f} ${builtinsOf(f).join(", ")}`.trim()),
    );
    expect(offending).toEqual([]);
  });

  it("put in src/node only what needs Node", () => {
    const nodeRoom = files.filter((file) => file.startsWith("node/") && file !== "node/index.ts");
    expect(nodeRoom.length).toBeGreaterThan(5);
    const movable = nodeRoom.filter((file) => ![...reach(file)].some((f) => builtinsOf(f).length > 0));
    expect(movable).toEqual([]);
  });

  it("would catch a pane file reaching the file system through the .xlsx host", () => {
    const made = new Map([
      ["taskpane/a.ts", ["xlsx/b.ts"]],
      ["xlsx/b.ts", ["node/c.ts"]],
      ["node/c.ts", []],
    ]);
    expect([...reachIn(made, "taskpane/a.ts")].sort()).toEqual(["node/c.ts", "taskpane/a.ts", "xlsx/b.ts"]);
    // And the real command line does reach the file system (the check is not blind).
    expect([...reach("cli/main.ts")].some((f) => builtinsOf(f).includes("node:fs") || builtinsOf(f).includes("node:path"))).toBe(true);
  });
});
