// The `par-index` command line: picks the command, runs it, and is the one place where host
// errors are caught and shown as a single line. Exit codes: 0 ok, 1 errors in the data, 2 the
// input cannot be read or the call is wrong.
import { CellTextTooLongError } from "../domain/layout/excelLimits";
import { describeError } from "./describeError";
import { nearestCommand } from "./nearestCommand";
import { processOutput, type Output } from "./output";
import { COMMAND_USAGE, COMMANDS, GENERAL_USAGE, type CommandName } from "./usage";
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

export async function run(argv: readonly string[], out: Output = processOutput()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    out.problem(GENERAL_USAGE);
    return 2;
  }
  if (first === "--version" || first === "-v") {
    out.line(`par-index ${packageVersion()}`);
    return 0;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = rest[0];
    out.line(isCommand(topic) ? COMMAND_USAGE[topic] : GENERAL_USAGE);
    return 0;
  }
  if (!isCommand(first)) {
    const meant = nearestCommand(first, COMMANDS);
    const guess = meant ? ` Có phải ý bạn là «par-index ${meant}»?` : "";
    out.problem(`par-index: không có lệnh «${first}».${guess} Các lệnh: ${COMMANDS.join(", ")}. Xem: par-index --help`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    out.line(COMMAND_USAGE[first]);
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
