// The one thing taken from @microsoft/office-js-helpers (archived since 2018): which platform
// Office runs on, so the message about a request that is too large names Excel on the web's
// 5 MB limit only where that limit applies. Loaded on demand, only when an error needs it.

export type OfficePlatform = "PC" | "MAC" | "IOS" | "OFFICE_ONLINE";

const PLATFORMS: readonly OfficePlatform[] = ["PC", "MAC", "IOS", "OFFICE_ONLINE"];

/** The platform Office reports, or null outside Office (tests, a plain browser tab). */
export async function detectPlatform(): Promise<OfficePlatform | null> {
  // The helper reads window.Office; without a window (Node, jest) there is no Office to ask.
  if (typeof window === "undefined") return null;
  let platform: unknown;
  try {
    const { Utilities } = await import(/* webpackChunkName: "office-js-helpers" */ "@microsoft/office-js-helpers");
    platform = Utilities.platform;
  } catch (error) {
    // The chunk did not load (offline) or the archived helper met an Office it does not know:
    // the platform only refines a message, so the message goes out without it.
    if (error instanceof Error) return null;
    throw error;
  }
  return PLATFORMS.find((known) => known === platform) ?? null;
}
