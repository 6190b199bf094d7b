// Ranks and their change as Sở Nội vụ writes them: "06/20", "tăng 04 bậc", "giảm 02 bậc",
// "giữ nguyên", "mới" (absent last year). Seed 001 pads to two digits ("xếp thứ 06/20 …
// (tăng 04 bậc …)"); `pad: 1` writes "giảm 2 bậc".

export type RankMove =
  | { kind: "up"; steps: number }
  | { kind: "down"; steps: number }
  | { kind: "same" }
  /** The unit is not in last year's ranking. */
  | { kind: "new" };

export interface RankFormat {
  /** Minimum digits of ranks, counts and steps; 2 as the seed writes. */
  pad?: number;
}

const digits = (n: number, pad: number) => String(n).padStart(pad, "0");

/** The change from last year's rank (undefined: not ranked then). */
export function rankChangeOf(rank: number, previousRank: number | undefined): RankMove {
  if (previousRank === undefined) return { kind: "new" };
  if (previousRank > rank) return { kind: "up", steps: previousRank - rank };
  if (previousRank < rank) return { kind: "down", steps: rank - previousRank };
  return { kind: "same" };
}

/** +4 for "tăng 04 bậc", −2 for "giảm 02 bậc", 0 unchanged, null for a unit new to the ranking. */
export function signedRankChange(change: RankMove): number | null {
  switch (change.kind) {
    case "up":
      return change.steps;
    case "down":
      return -change.steps;
    case "same":
      return 0;
    default:
      return null;
  }
}

/** 6 of 20 → "06/20". */
export function formatRank(rank: number, of: number, format: RankFormat = {}): string {
  const pad = format.pad ?? 2;
  return `${digits(rank, pad)}/${digits(of, pad)}`;
}

/** "tăng 04 bậc", "giảm 02 bậc", "giữ nguyên", "mới". */
export function formatRankChange(change: RankMove, format: RankFormat = {}): string {
  const pad = format.pad ?? 2;
  switch (change.kind) {
    case "up":
      return `tăng ${digits(change.steps, pad)} bậc`;
    case "down":
      return `giảm ${digits(change.steps, pad)} bậc`;
    case "same":
      return "giữ nguyên";
    default:
      return "mới";
  }
}
