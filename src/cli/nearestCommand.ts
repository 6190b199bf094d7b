// `par-index chek`: the command staff most likely meant, by edit distance (a swapped pair of
// letters counts as one edit, as a typing slip is). Nothing is suggested for a word too far from
// every command, so a wrong guess is never offered as if it were right.

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest command within two edits (one for words of up to four letters), or null. */
export function nearestCommand(word: string, commands: readonly string[]): string | null {
  const typed = word.toLowerCase();
  const limit = typed.length <= 4 ? 1 : 2;
  let best: { command: string; distance: number } | null = null;
  for (const command of commands) {
    const distance = command.startsWith(typed) && typed.length >= 3 ? 0.5 : editDistance(typed, command);
    if (distance <= limit && (best === null || distance < best.distance)) best = { command, distance };
  }
  return best?.command ?? null;
}
