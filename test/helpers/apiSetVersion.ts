// Requirement-set versions ("1.10" is above "1.9"), for the fake Office and the requirement-set check alike.

/** "1.10" vs "1.9": compares dotted versions as numbers, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}
