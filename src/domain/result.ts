// One shape for every fallible parse in the core: a value (with its warnings) or the issues that stopped it.
import type { Issue } from "./issues";

export type Result<T> = { ok: true; value: T; issues: Issue[] } | { ok: false; issues: Issue[] };

export function succeed<T>(value: T, issues: Issue[] = []): Result<T> {
  return { ok: true, value, issues };
}

export function fail<T>(issues: Issue[]): Result<T> {
  return { ok: false, issues };
}
