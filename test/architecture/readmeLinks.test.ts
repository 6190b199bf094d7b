// The two maps of the house: README.md for the people who use par-index, src/README.md for the people
// who change it. A link between them must land on a heading that exists, and a file the internals name
// must still be there, and a function or field they name must still be in the code, so the maps do not
// drift from the code they describe.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../helpers/runCli";

const MAPS = ["README.md", "src/README.md"];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function read(file: string): string {
  return readFileSync(path.join(REPO_ROOT, file), "utf8");
}

/** Markdown outside fenced code blocks, where links and paths are prose. */
function prose(markdown: string): string {
  return markdown.replace(/```[\s\S]*?```/g, "");
}

function anchors(file: string): Set<string> {
  return new Set([...prose(read(file)).matchAll(/^#+ (.+)$/gm)].map((m) => anchorOf(m[1]!)));
}

/** Relative links of a map: [text](target#anchor), web addresses left out. */
function links(file: string): { target: string; anchor: string | undefined }[] {
  return [...prose(read(file)).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((href) => !/^[a-z]+:/i.test(href))
    .map((href) => {
      const [target = "", anchor] = href.split("#");
      return { target: target === "" ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), target)), anchor };
    });
}

/** Repository paths a map names in backticks (`src/excel/ranking/buildRanking.ts`, `test/tools/faults/`). */
function namedPaths(file: string): string[] {
  return [...prose(read(file)).matchAll(/`((?:src|test)\/[\w./-]+)`/g)].map((m) => m[1]!);
}

/** camelCase names a map gives in backticks (`readUnitWorkbook`, `allowScripts`): functions, fields, office-js members. */
function namedIdentifiers(file: string): string[] {
  return [...new Set([...prose(read(file)).matchAll(/`([a-z][a-z0-9]*[A-Z][A-Za-z0-9]*)`/g)].map((m) => m[1]!))];
}

let words: Set<string> | undefined;

/** Every word of the code a map may name: src, package.json, and the office-js declarations (read once for both maps). */
function codeWords(): Set<string> {
  if (words) return words;
  const texts = [read("package.json"), read("node_modules/@types/office-js/index.d.ts")];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(path.join(REPO_ROOT, folder), { withFileTypes: true })) {
      const relative = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (/\.(ts|tsx|cjs)$/.test(entry.name)) texts.push(read(relative));
    }
  };
  walk("src");
  words = new Set(texts.flatMap((text) => text.match(/[A-Za-z_$][\w$]*/g) ?? []));
  return words;
}

describe("the README maps", () => {
  it("are two: the users' at the top, the developers' in src", () => {
    expect(read("README.md")).toContain("](src/README.md");
    expect(read("src/README.md")).toContain("](../README.md");
  });

  it.each(MAPS)("%s links only to files and headings that exist", (file) => {
    const broken = links(file).filter(({ target, anchor }) => {
      if (!existsSync(path.join(REPO_ROOT, target))) return true;
      return anchor !== undefined && target.endsWith(".md") && !anchors(target).has(anchor);
    });
    expect(broken).toEqual([]);
  });

  it.each(MAPS)("%s names only source and test files that exist", (file) => {
    const named = namedPaths(file);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((p) => !existsSync(path.join(REPO_ROOT, p)))).toEqual([]);
  });

  it.each(MAPS)("%s names only functions and fields the code has", (file) => {
    const code = codeWords();
    const named = namedIdentifiers(file);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !code.has(name))).toEqual([]);
  });

  it("finds a heading's anchor as GitHub writes it", () => {
    expect(anchorOf("Handing the document over, per platform")).toBe("handing-the-document-over-per-platform");
    expect(anchorOf("Step 6: ranking many units")).toBe("step-6-ranking-many-units");
    expect(anchorOf("«Phân công» (step 7, for Sở Nội vụ)")).toBe("phân-công-step-7-for-sở-nội-vụ");
  });
});
