import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const IMPORT_DIR = join(__dirname, "../../../src/domain/import");
const files = readdirSync(IMPORT_DIR).filter((file) => file.endsWith(".ts"));

describe("src/domain/import", () => {
  it.each(files)("%s imports only the domain core", (file) => {
    const source = readFileSync(join(IMPORT_DIR, file), "utf8");
    const specifiers = [...source.matchAll(/from\s+"([^"]+)"/g)].map((match) => match[1]);
    for (const specifier of specifiers) expect(specifier).toMatch(/^\.\.?\//);
    expect(source).not.toMatch(/\b(Excel|Office)\.|console\.log|require\(/);
  });

  it.each(files)("%s says what it owns in its first line", (file) => {
    expect(readFileSync(join(IMPORT_DIR, file), "utf8")).toMatch(/^\/\/ \S/);
  });
});
