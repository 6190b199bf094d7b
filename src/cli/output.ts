// Where the command line's text goes: results on stdout, problems on stderr. Commands write
// through this, never to the console, so tests and JSON output stay clean.

export interface Output {
  /** A line of results (stdout). */
  line(text?: string): void;
  /** A line about a problem (stderr). */
  problem(text: string): void;
  /** One JSON document on stdout. */
  json(value: unknown): void;
}

export function processOutput(stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr): Output {
  return {
    line: (text = "") => void stdout.write(`${text}\n`),
    problem: (text) => void stderr.write(`${text}\n`),
    json: (value) => void stdout.write(`${JSON.stringify(value, null, 2)}\n`),
  };
}

/** Output collected in memory, for running commands in-process (the benchmark, tests). */
export function memoryOutput(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    line: (text = "") => void stdout.push(text),
    problem: (text) => void stderr.push(text),
    json: (value) => void stdout.push(JSON.stringify(value, null, 2)),
  };
}
