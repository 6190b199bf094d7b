// The `par-index` command line: picks the command, runs it, and is the one place where host
// errors are caught and shown as a single line. Exit codes: 0 ok, 1 errors in the data, 2 the
// input cannot be read or the call is wrong.
import { CellTextTooLongError } from "../domain/layout/excelLimits";
import { describeError } from "./describeError";
import { nearestCommand } from "./nearestCommand";
import { processOutput, type Output } from "./output";
import { COMMAND_USAGE, COMMANDS, GENERAL_USAGE, type CommandName } from "./usage";
import { COMMAND_USAGE_EN, GENERAL_USAGE_EN } from "./usageEn";
import { UsageError } from "./usageError";

type Runner = (argv: readonly string[], out: Output) => number | Promise<number>;

// Loaded on use, so help and wrong calls answer without loading exceljs and zod (half a second).
// The CLI runs as CommonJS (tsx's require hook, or jest), where require is synchronous and cheap;
// tsx's require hook does not cover import().
const RUNNERS: Readonly<Record<CommandName, () => Runner>> = {
  templates: () => (require("./commands/templatesCommand") as typeof import("./commands/templatesCommand")).runTemplates,
  new: () => (require("./commands/newCommand") as typeof import("./commands/newCommand")).runNew,
  sample: () => (require("./commands/sampleCommand") as typeof import("./commands/sampleCommand")).runSample,
  import: () => (require("./commands/importCommand") as typeof import("./commands/importCommand")).runImport,
  check: () => (require("./commands/checkCommand") as typeof import("./commands/checkCommand")).runCheck,
  plan: () => (require("./commands/planCommand") as typeof import("./commands/planCommand")).runPlan,
  document: () => (require("./commands/documentCommand") as typeof import("./commands/documentCommand")).runDocument,
  assignments: () => (require("./commands/assignmentsCommand") as typeof import("./commands/assignmentsCommand")).runAssignments,
  split: () => (require("./commands/splitCommand") as typeof import("./commands/splitCommand")).runSplit,
  merge: () => (require("./commands/mergeCommand") as typeof import("./commands/mergeCommand")).runMerge,
  rank: () => (require("./commands/rankCommand") as typeof import("./commands/rankCommand")).runRank,
  stage: () => (require("./commands/stageCommand") as typeof import("./commands/stageCommand")).runStage,
  status: () => (require("./commands/stageCommand") as typeof import("./commands/stageCommand")).runStatus,
};

/**
 * The help's language: --lang en (or --lang=en, anywhere in the call) or PAR_INDEX_LANG=en, as
 * the pane speaks English beside Vietnamese. The option is taken out before the command reads
 * its own; what the commands print stays Vietnamese.
 */
export function helpLanguage(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): { lang: "vi" | "en"; argv: string[] } {
  let lang: "vi" | "en" = /^en/i.test(env.PAR_INDEX_LANG ?? "") ? "en" : "vi";
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const inline = /^--lang=(.*)$/.exec(arg);
    if (arg === "--lang" || inline) {
      const value = inline ? inline[1]! : (argv[(i += 1)] ?? "");
      if (!/^(en|vi)$/i.test(value)) throw new UsageError(`--lang nhận «vi» hoặc «en», không nhận «${value}».`);
      lang = value.toLowerCase() as "vi" | "en";
      continue;
    }
    rest.push(arg);
  }
  return { lang, argv: rest };
}

export async function run(argvIn: readonly string[], out: Output = processOutput()): Promise<number> {
  let chosen: { lang: "vi" | "en"; argv: string[] };
  try {
    chosen = helpLanguage(argvIn);
  } catch (error) {
    out.problem(`par-index: ${describeError(error)}`);
    return 2;
  }
  const argv = chosen.argv;
  const general = chosen.lang === "en" ? GENERAL_USAGE_EN : GENERAL_USAGE;
  const usageOf = (command: CommandName) => (chosen.lang === "en" ? COMMAND_USAGE_EN : COMMAND_USAGE)[command];
  const [first, ...rest] = argv;
  if (first === undefined) {
    out.problem(general);
    return 2;
  }
  if (first === "--version" || first === "-v") {
    out.line(`par-index ${packageVersion()}`);
    return 0;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = rest[0];
    out.line(isCommand(topic) ? usageOf(topic) : general);
    return 0;
  }
  if (!isCommand(first)) {
    const meant = nearestCommand(first, COMMANDS);
    const guess = meant ? ` Có phải ý bạn là «par-index ${meant}»?` : "";
    out.problem(`par-index: không có lệnh «${first}».${guess} Các lệnh: ${COMMANDS.join(", ")}. Xem: par-index --help`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    out.line(usageOf(first));
    return 0;
  }
  try {
    const runner = RUNNERS[first]();
    return await runner(rest, out);
  } catch (error) {
    out.problem(`par-index ${first}: ${describeError(error)}`);
    if (process.env.PAR_INDEX_DEBUG && error instanceof Error && error.stack && !(error instanceof UsageError)) {
      out.problem(error.stack);
    }
    // Text too long for an Excel cell is a problem in the data (exit 1), reported with its cells.
    return error instanceof CellTextTooLongError ? 1 : 2;
  }
}

/** The version in package.json (the CLI runs from its sources, beside it). */
function packageVersion(): string {
  return (require("../../package.json") as { version: string }).version;
}

function isCommand(name: string | undefined): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name ?? "");
}
