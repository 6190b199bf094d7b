// Standard competition ranking ("1224"): equal values share a rank and the next rank skips
// (1, 2, 2, 4). Values are integer hundredths, so "equal to the hundredth" is plain equality.
import type { Hundredths } from "../points";

/** Rank of each value, highest first; null values get no rank and do not count. */
export function competitionRanks(values: readonly (Hundredths | null)[]): (number | null)[] {
  const present = values.filter((v): v is Hundredths => v !== null).sort((a, b) => b - a);
  const firstPosition = new Map<Hundredths, number>();
  present.forEach((value, i) => {
    if (!firstPosition.has(value)) firstPosition.set(value, i + 1);
  });
  return values.map((value) => (value === null ? null : firstPosition.get(value)!));
}
