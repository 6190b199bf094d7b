// The --out and --force options every writing command shares, through the Node host's one output
// rule (prepareOutput): the kind of file by its extension, never an input, never an existing file
// without --force, written whole or not at all. A new command that writes calls outputTarget
// before its work and `output.write(...)` (or writeWorkbook) at the end.
import { prepareOutput, type OutputKind, type PreparedOutput } from "../node/outputFile";
import { requireString, type ParsedArgs } from "./args";

/** The options to add to a writing command's parseCommandArgs spec. */
export const OUTPUT_OPTIONS = { out: { type: "string" }, force: { type: "boolean" } } as const;

export function forceGiven(args: ParsedArgs): boolean {
  return args.values.force === true;
}

/**
 * The prepared --out file. With `existing: "inspect"` an existing file is not refused here: the
 * command looks at it (plan carries a plan's staff text over) and decides when writing.
 */
export async function outputTarget(
  args: ParsedArgs,
  command: string,
  kind: OutputKind,
  inputs: readonly string[],
  existing: "refuse" | "inspect" = "refuse",
): Promise<PreparedOutput> {
  const file = requireString(args, "out", command);
  const policy = forceGiven(args) || existing === "inspect" ? "replace" : "refuse";
  return prepareOutput(file, { kind, inputs, existing: policy });
}
