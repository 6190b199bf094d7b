// How a command that reads many files says it refuses: one problem is one line (as every other
// refusal), several are a heading line and one indented line per file, so each file is named.
export function refusalLines(command: string, problems: readonly string[], heading: string, consequence: string): string[] {
  if (problems.length === 1) return [`par-index ${command}: ${problems[0]!} ${consequence}`];
  return [`par-index ${command}: ${heading}`, ...problems.map((problem) => `  ${problem}`)];
}
