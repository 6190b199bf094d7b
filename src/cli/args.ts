// Command-line arguments through node's util.parseArgs, with its errors turned into Vietnamese
// usage errors and the few value checks every command shares (a year, a required option).
import { parseArgs } from "node:util";
import { nearestCommand } from "./nearestCommand";
import { UsageError } from "./usageError";

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function parseCommandArgs(command: string, argv: readonly string[], options: OptionSpec): ParsedArgs {
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values as ParsedArgs["values"], positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(describeParseError(error, Object.keys(options)), command);
  }
}

function describeParseError(error: unknown, known: readonly string[]): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
    {
      const meant = option.startsWith("--") ? nearestCommand(option.slice(2), known) : null;
      return `Không có tùy chọn ${option}.${meant ? ` Có phải ý bạn là --${meant}?` : ""}`;
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `Tùy chọn ${option} cần một giá trị.`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return "Thừa tham số.";
    default:
      return `Tham số không hợp lệ: ${message}`;
  }
}

export function requireString(args: ParsedArgs, name: string, command: string): string {
  const value = optionalString(args, name);
  if (value === undefined) throw new UsageError(`Thiếu tùy chọn --${name}.`, command);
  return value;
}

export function optionalString(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  if (typeof value !== "string") return undefined;
  return value;
}

/** Exactly `count` positional arguments, named for the message. */
export function positionals(args: ParsedArgs, names: readonly string[], command: string): string[] {
  if (args.positionals.length < names.length) {
    throw new UsageError(`Thiếu ${names[args.positionals.length]}.`, command);
  }
  if (args.positionals.length > names.length) {
    throw new UsageError(`Thừa tham số «${args.positionals[names.length]}».`, command);
  }
  return args.positionals;
}

export function optionalYear(args: ParsedArgs, command: string): number | undefined {
  const text = optionalString(args, "year");
  if (text === undefined) return undefined;
  const year = Number(text.trim());
  if (!/^\d{4}$/.test(text.trim()) || year < 1990 || year > 2100) {
    throw new UsageError(`Năm «${text}» không hợp lệ (cần 4 chữ số, từ 1990 đến 2100).`, command);
  }
  return year;
}

/** Every value of a repeatable option (declared with `multiple: true`), in order. */
export function optionalStrings(args: ParsedArgs, name: string): string[] {
  const value = args.values[name];
  if (Array.isArray(value)) return value;
  return typeof value === "string" ? [value] : [];
}
