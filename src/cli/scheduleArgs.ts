// The options that set each unit's deadline and time frame (assignments, split): one for every
// unit, and --unit-deadline "<đơn vị>=<dd/mm/yyyy>" as often as needed.
import { parseDeadline, type ScheduleOptions, type UnitSchedule } from "../domain";
import { optionalString, optionalStrings, type OptionSpec, type ParsedArgs } from "./args";
import { UsageError } from "./usageError";

export const SCHEDULE_OPTIONS: OptionSpec = {
  deadline: { type: "string" },
  "time-frame": { type: "string" },
  "unit-deadline": { type: "string", multiple: true },
};

export function scheduleOptions(args: ParsedArgs, command: string): ScheduleOptions {
  const deadlineText = optionalString(args, "deadline");
  const timeFrame = optionalString(args, "time-frame")?.trim();
  const defaults: UnitSchedule = {
    ...(deadlineText === undefined ? {} : { deadline: deadline(deadlineText, command) }),
    ...(timeFrame ? { timeFrame } : {}),
  };
  const units: Record<string, UnitSchedule> = {};
  for (const entry of optionalStrings(args, "unit-deadline")) {
    const at = entry.lastIndexOf("=");
    const unit = at > 0 ? entry.slice(0, at).trim() : "";
    if (!unit) throw new UsageError(`--unit-deadline cần dạng «<đơn vị>=<dd/mm/yyyy>» (nhận «${entry}»).`, command);
    units[unit] = { deadline: deadline(entry.slice(at + 1), command) };
  }
  return { defaults, units };
}

function deadline(text: string, command: string): string {
  const iso = parseDeadline(text);
  if (!iso) throw new UsageError(`Hạn «${text}» không phải ngày hợp lệ (dạng dd/mm/yyyy, ví dụ 25/01/2022).`, command);
  return iso;
}
