// The shape every label catalogue has: the Vietnamese one's, so a key missing in English fails typecheck.
import type { vi } from "./vi";

export type Messages = typeof vi;
export type Language = "vi" | "en";
