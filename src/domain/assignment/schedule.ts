// Deadline (hạn gửi) and time frame (thời gian thực hiện) of each unit's part: one pair for every
// unit, as the plan's options give defaults, with overrides per unit (matched like unit names).
import { unitKey } from "../unitNames";

export interface UnitSchedule {
  /** "Tháng 12/2024 - Tháng 01/2025", as seed 004 writes it. */
  timeFrame?: string;
  /** Hạn gửi kết quả, an ISO date (yyyy-mm-dd). */
  deadline?: string;
}

export interface ScheduleOptions {
  defaults?: UnitSchedule;
  /** By unit name. */
  units?: Readonly<Record<string, UnitSchedule>>;
}

export function scheduleFor(options: ScheduleOptions, unit: string): UnitSchedule {
  const key = unitKey(unit);
  const own = Object.entries(options.units ?? {}).find(([name]) => unitKey(name) === key)?.[1];
  const timeFrame = own?.timeFrame ?? options.defaults?.timeFrame;
  const deadline = own?.deadline ?? options.defaults?.deadline;
  return { ...(timeFrame ? { timeFrame } : {}), ...(deadline ? { deadline } : {}) };
}

/** "25/01/2022", "25-1-2022" or "2022-01-25" → "2022-01-25"; null when it is not a real date. */
export function parseDeadline(text: string): string | null {
  const trimmed = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const [year, month, day] = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : [];
  if (!year || !month || !day) return null;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** "2022-01-25" → "25/01/2022". */
export function formatDeadline(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}

/** The Thời gian thực hiện cell: the time frame, the deadline, or both. */
export function scheduleText(schedule: UnitSchedule): string {
  const deadline = schedule.deadline ? formatDeadline(schedule.deadline) : null;
  if (schedule.timeFrame && deadline) return `${schedule.timeFrame} (hạn gửi kết quả: ${deadline})`;
  if (deadline) return `Hoàn thành trước ngày ${deadline}`;
  return schedule.timeFrame ?? "";
}

/**
 * Whole days from `today` to the deadline (negative once it has passed), both as ISO dates, so
 * the answer does not depend on the machine's time zone.
 */
export function daysUntil(deadline: string, today: string): number {
  const at = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((at(deadline) - at(today)) / 86_400_000);
}
