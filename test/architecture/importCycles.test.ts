// No file of src/ reaches itself through its imports: each folder can be read from the files that
// import nothing back (the actions' contract, the shapes) up to the ones that use them.
import { importCycles, importGraph } from "./importGraph";

describe("the imports of src/", () => {
  const graph = importGraph();

  it("are read from every source file", () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get("cli/main.ts")).toEqual(expect.arrayContaining(["cli/output.ts"]));
  });

  it("form no circle", () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it("would show a circle of three files and one of a file importing itself", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts", "d.ts"]],
      ["d.ts", []],
      ["e.ts", ["e.ts"]],
    ]);
    expect(importCycles(graph)).toEqual([["a.ts", "b.ts", "c.ts"], ["e.ts"]]);
  });
});
