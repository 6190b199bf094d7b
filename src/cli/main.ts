// The `par-index` command line: picks the command, runs it, and is the one place where host
// errors are caught and shown as a single line. Exit codes: 0 ok, 1 errors in the data, 2 the
// input cannot be read or the call is wrong.
import { runCheck } from "./commands/checkCommand";
import { runImport } from "./commands/importCommand";
import { runNew } from "./commands/newCommand";
import { runPlan } from "./commands/planCommand";
import { runTemplates } from "./commands/templatesCommand";
import { describeError } from "./describeError";
import { processOutput, type Output } from "./output";
import { COMMAND_USAGE, COMMANDS, GENERAL_USAGE, type CommandName } from "./usage";
import { UsageError } from "./usageError";

const RUNNERS: Readonly<Record<CommandName, (argv: readonly string[], out: Output) => number | Promise<number>>> = {
  templates: runTemplates,
  new: runNew,
  import: runImport,
  check: runCheck,
  plan: runPlan,
};

export async function run(argv: readonly string[], out: Output = processOutput()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    out.problem(GENERAL_USAGE);
    return 2;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = rest[0];
    out.line(isCommand(topic) ? COMMAND_USAGE[topic] : GENERAL_USAGE);
    return 0;
  }
  if (!isCommand(first)) {
    out.problem(`par-index: không có lệnh «${first}». Các lệnh: ${COMMANDS.join(", ")}. Xem: par-index --help`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    out.line(COMMAND_USAGE[first]);
    return 0;
  }
  try {
    return await RUNNERS[first](rest, out);
  } catch (error) {
    out.problem(`par-index ${first}: ${describeError(error)}`);
    if (process.env.PAR_INDEX_DEBUG && error instanceof Error && error.stack && !(error instanceof UsageError)) {
      out.problem(error.stack);
    }
    return 2;
  }
}

function isCommand(name: string | undefined): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name ?? "");
}
