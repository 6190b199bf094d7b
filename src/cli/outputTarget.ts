// The --out and --force options every writing command shares, through the Node host's one output
// rule (prepareOutput): the kind of file by its extension, never an input, never an existing file
// without --force, written whole or not at all. A command that writes calls outputTarget before
// its work (a wrong --out fails before anything is read) and `output.write(...)` (or
// writeWorkbook) at the end. new, import, plan, document, assignments, merge and rank do; split
// prepares each of its files the same way (outputTargetsIn).
import { prepareOutput, type OutputKind, type PreparedOutput } from "../node/outputFile";
import { optionalString, requireString, type ParsedArgs } from "./args";

/** The options to add to a writing command's parseCommandArgs spec. */
export const OUTPUT_OPTIONS = { out: { type: "string" }, force: { type: "boolean" } } as const;

export function forceGiven(args: ParsedArgs): boolean {
  return args.values.force === true;
}

/** A kind, or the kinds a command chooses between by the name given (assignments: .xlsx or .docx). */
export type OutputKinds = OutputKind | readonly OutputKind[];

/**
 * The prepared --out file. With `existing: "inspect"` an existing file is not refused here: the
 * command looks at it (plan carries a plan's staff text over, rank a ranking's notes) and decides
 * when writing.
 */
export async function outputTarget(
  args: ParsedArgs,
  command: string,
  kind: OutputKinds,
  inputs: readonly string[],
  existing: "refuse" | "inspect" = "refuse",
): Promise<PreparedOutput> {
  return prepareOut(requireString(args, "out", command), args, kind, inputs, existing);
}

/** The same for a command whose --out may be left out (it then only prints): null without --out. */
export async function optionalOutputTarget(
  args: ParsedArgs,
  kind: OutputKinds,
  inputs: readonly string[],
  existing: "refuse" | "inspect" = "refuse",
): Promise<PreparedOutput | null> {
  const file = optionalString(args, "out");
  return file === undefined ? null : prepareOut(file, args, kind, inputs, existing);
}

function prepareOut(file: string, args: ParsedArgs, kind: OutputKinds, inputs: readonly string[], existing: "refuse" | "inspect"): Promise<PreparedOutput> {
  const policy = forceGiven(args) || existing === "inspect" ? "replace" : "refuse";
  return prepareOutput(file, { kind, inputs, existing: policy });
}
