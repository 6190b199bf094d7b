// The modules a browser chunk is made of, followed from its entry through relative imports, and
// what in them belongs to Node: imports of Node's built-in modules, and uses of globals only Node
// declares (Buffer, process, __dirname…), found by the TypeScript checker resolving each name to
// its declarations (all in @types/node). Packages are listed, not entered: the bundler picks their
// browser builds.
import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import ts from "typescript";

export interface ChunkModules {
  /** Our source files reached, repository-relative. */
  files: string[];
  /** Package imports reached ("exceljs", "zod", …), each once. */
  packages: string[];
  /** "file: specifier" for every import of a Node built-in. */
  nodeImports: string[];
  /** "file:line name" for every use of a global only Node has. */
  nodeGlobals: string[];
}

const ROOT = path.resolve(__dirname, "../..");

function resolveRelative(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (candidate.endsWith(".json") || /\.tsx?$/.test(candidate)) if (existsSync(candidate)) return candidate;
  }
  return null;
}

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith("node:") || builtinModules.includes(specifier.split("/")[0]!);
}

export function chunkModules(entry: string): ChunkModules {
  const files: string[] = [];
  const packages = new Set<string>();
  const nodeImports: string[] = [];
  const queue = [path.resolve(entry)];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    files.push(file);
    if (file.endsWith(".json")) continue;
    // Type-only imports are erased: they put nothing in the chunk.
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    const specifiers: string[] = [];
    const visit = (node: ts.Node) => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : node.isTypeOnly;
        if (!typeOnly) specifiers.push(node.moduleSpecifier.text);
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [argument] = node.arguments;
        if (argument && ts.isStringLiteral(argument)) specifiers.push(argument.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    for (const specifier of specifiers) {
      if (specifier.startsWith(".")) {
        const resolved = resolveRelative(file, specifier);
        if (!resolved) throw new Error(`${path.relative(ROOT, file)}: cannot resolve ${specifier}`);
        queue.push(resolved);
      } else if (isBuiltin(specifier)) {
        nodeImports.push(`${path.relative(ROOT, file)}: ${specifier}`);
      } else {
        packages.add(specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!);
      }
    }
  }
  return { files: files.map((file) => path.relative(ROOT, file)), packages: [...packages].sort(), nodeImports, nodeGlobals: nodeGlobalUses(files.filter((file) => /\.tsx?$/.test(file))) };
}

function nodeGlobalUses(files: readonly string[]): string[] {
  const program = ts.createProgram([...files], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    resolveJsonModule: true,
    esModuleInterop: true,
    skipLibCheck: true,
    types: ["node"],
    typeRoots: [path.join(ROOT, "node_modules/@types")],
  });
  const checker = program.getTypeChecker();
  const uses: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node) => {
      if (ts.isIdentifier(node) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) {
        const declarations = checker.getSymbolAtLocation(node)?.declarations ?? [];
        const inNodeOnly = declarations.length > 0 && declarations.every((d) => d.getSourceFile().fileName.includes("/@types/node/"));
        if (inNodeOnly) uses.push(`${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.text}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}
