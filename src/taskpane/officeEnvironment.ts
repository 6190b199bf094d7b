// The only Office globals the pane reads besides Office.onReady: display language and theme colours.
import type { Language } from "./i18n/messages";

export type Appearance = "light" | "dark";

export interface OfficeEnvironment {
  language: Language;
  appearance: Appearance;
}

/** Reads Office's display language and theme; safe when Office.js did not load or the host lacks a theme. */
export function readOfficeEnvironment(): OfficeEnvironment {
  const context = typeof Office === "undefined" ? undefined : Office.context;
  return {
    language: languageOf(context?.displayLanguage),
    appearance: appearanceOf(context?.officeTheme?.bodyBackgroundColor),
  };
}

/** "vi-VN" and "vi" are Vietnamese; every other language gets the English catalogue. */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().split(/[-_]/)[0] === "vi" ? "vi" : "en";
}

/** Dark when light text reads better on Office's body background than dark text does; light when unknown. */
export function appearanceOf(backgroundColor: string | undefined): Appearance {
  const luminance = relativeLuminance(backgroundColor);
  // WCAG contrast with white equals contrast with black at luminance √(1.05 × 0.05) − 0.05 ≈ 0.179.
  return luminance !== null && luminance < EQUAL_CONTRAST_LUMINANCE ? "dark" : "light";
}

const EQUAL_CONTRAST_LUMINANCE = Math.sqrt(1.05 * 0.05) - 0.05;

export function relativeLuminance(color: string | undefined): number | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? "");
  if (!match) return null;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join("") : match[1]!;
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}
