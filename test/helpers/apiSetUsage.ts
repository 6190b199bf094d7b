// Which office-js members a set of source files reaches, resolved by the TypeScript checker to their
// declarations in @types/office-js, with the requirement set each declaration's comment names
// ("[Api set: ExcelApi 1.8]"), and whether each use above the manifest's floor is reached only
// behind a feature check: inside `if (features.x)` (x's set at least the member's), or in a
// function every call of which is.
import path from "node:path";
import ts from "typescript";
import { compareVersions } from "./apiSetVersion";

export interface MemberUse {
  file: string;
  line: number;
  /** Fully qualified, e.g. "Excel.Range.dataValidation". */
  member: string;
  /** "ExcelApi 1.8", or null when the declaration names no set. */
  apiSet: string | null;
  /** For a member above the floor: whether a feature check guards it. */
  guarded: boolean;
}

const TYPES = path.resolve(__dirname, "../../node_modules/@types");

export function programOf(files: readonly string[]): ts.Program {
  return ts.createProgram([...files], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    resolveJsonModule: true,
    skipLibCheck: true,
    types: ["office-js"],
    typeRoots: [TYPES],
  });
}

/** The "[Api set: …]" of a declaration in @types/office-js, or null. */
function apiSetOf(declaration: ts.Declaration): string | null {
  const text = declaration.getSourceFile().getFullText().slice(declaration.getFullStart(), declaration.getStart());
  const match = /\[Api set: ([A-Za-z]+) ([\d.]+)/.exec(text);
  return match ? `${match[1]} ${match[2]}` : null;
}

function isOfficeDeclaration(declaration: ts.Declaration): boolean {
  return declaration.getSourceFile().fileName.includes("@types/office-js");
}

export function findOfficeMemberUses(
  program: ts.Program,
  files: readonly string[],
  options: { floor: string; featureSets: Readonly<Record<string, string>> },
): MemberUse[] {
  const checker = program.getTypeChecker();
  const sources = files.map((file) => program.getSourceFile(file)).filter((source): source is ts.SourceFile => source !== undefined);
  const uses: MemberUse[] = [];

  const record = (node: ts.Node, symbol: ts.Symbol | undefined) => {
    const declaration = symbol?.declarations?.[0];
    if (!symbol || !declaration || !isOfficeDeclaration(declaration)) return;
    const apiSet = apiSetOf(declaration);
    const version = apiSet?.startsWith("ExcelApi ") ? apiSet.slice("ExcelApi ".length) : null;
    // Any other set (ExcelApiOnline 1.1) is above the manifest's floor, which names ExcelApi only.
    const above = (version !== null && compareVersions(version, options.floor) > 0) || (apiSet !== null && version === null);
    const source = node.getSourceFile();
    uses.push({
      file: path.relative(process.cwd(), source.fileName),
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      member: checker.getFullyQualifiedName(symbol),
      apiSet,
      guarded: !above || isGuarded(node, apiSet, new Set()),
    });
  };

  /** The feature a condition checks (`features.dataValidation`, `scope.features.pageLayout`), if any. */
  const featuresIn = (condition: ts.Expression): string[] => {
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node) && node.name.text in options.featureSets) {
        const type = checker.getTypeAtLocation(node.expression);
        if (type.aliasSymbol?.name === "HostFeatures" || checker.typeToString(type) === "HostFeatures") found.push(node.name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(condition);
    return found;
  };

  const callSitesOf = (symbol: ts.Symbol): ts.CallExpression[] => {
    const calls: ts.CallExpression[] = [];
    for (const source of sources) {
      const visit = (node: ts.Node) => {
        if (ts.isCallExpression(node)) {
          const callee = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression);
          const target = callee && callee.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(callee) : callee;
          if (target === symbol) calls.push(node);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    return calls;
  };

  /** A feature's set ("1.9" for ExcelApi 1.9, or "ExcelApiOnline 1.1") covers the member's set. */
  const setCovers = (featureSet: string, memberSet: string): boolean => {
    const [name, version] = featureSet.includes(" ") ? (featureSet.split(" ") as [string, string]) : ["ExcelApi", featureSet];
    const [memberName, memberVersion] = memberSet.split(" ") as [string, string];
    return name === memberName && compareVersions(version, memberVersion) >= 0;
  };
  const isGuarded = (node: ts.Node, apiSet: string | null, seen: Set<ts.Node>): boolean => {
    const covers = (feature: string) => apiSet === null || setCovers(options.featureSets[feature] ?? "0", apiSet);
    let child: ts.Node = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent) && parent.thenStatement === child && featuresIn(parent.expression).some(covers)) return true;
      if (ts.isConditionalExpression(parent) && parent.whenTrue === child && featuresIn(parent.condition).some(covers)) return true;
      if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && parent.right === child && featuresIn(parent.left).some(covers)) return true;
      if (ts.isFunctionDeclaration(parent) && parent.name) {
        if (seen.has(parent)) return false;
        seen.add(parent);
        const symbol = checker.getSymbolAtLocation(parent.name);
        const calls = symbol ? callSitesOf(symbol) : [];
        return calls.length > 0 && calls.every((call) => isGuarded(call, apiSet, seen));
      }
    }
    return false;
  };

  for (const source of sources) {
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        record(node.name, checker.getSymbolAtLocation(node.name));
      } else if (ts.isElementAccessExpression(node)) {
        // range[property] with property "formulas" | "values" | …: each member the union names.
        const keyType = checker.getTypeAtLocation(node.argumentExpression);
        const objectType = checker.getTypeAtLocation(node.expression);
        for (const part of keyType.isUnion() ? keyType.types : [keyType]) {
          if (part.isStringLiteral()) record(node, checker.getPropertyOfType(objectType, part.value));
        }
      } else if (ts.isObjectLiteralExpression(node)) {
        // Options objects given to office-js: { decimal: { formula1, … } }, zoom options, …
        const contextual = checker.getContextualType(node);
        if (contextual) {
          for (const property of node.properties) {
            if (!property.name || !ts.isIdentifier(property.name)) continue;
            const parts = contextual.isUnion() ? contextual.types : [contextual];
            const member = parts.map((part) => checker.getPropertyOfType(part, (property.name as ts.Identifier).text)).find(Boolean);
            record(property.name, member);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** The "[Api set: …]" @types/office-js gives `Excel.<Class>.<member>`. */
export function declaredApiSet(program: ts.Program, qualified: string): string | null {
  const [className, memberName] = qualified.split(".");
  for (const source of program.getSourceFiles()) {
    if (!source.fileName.includes("@types/office-js")) continue;
    let found: string | null = null;
    const visit = (node: ts.Node) => {
      if (found !== null) return;
      if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name?.text === className && isInExcel(node)) {
        for (const member of node.members) {
          if (member.name && ts.isIdentifier(member.name) && member.name.text === memberName) found = apiSetOf(member) ?? "none";
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    if (found !== null) return found;
  }
  return null;
}

function isInExcel(node: ts.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isModuleDeclaration(parent) && parent.name.text === "Excel") return true;
  }
  return false;
}
