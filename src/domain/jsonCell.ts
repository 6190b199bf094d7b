// A record kept as JSON text in one cell of the very hidden metadata sheet (a split's record, an
// appraisal stage): read back through its zod schema, or null when the cell is blank, not JSON or
// not that record — a cell staff or another tool changed reads as no record, never as a throw.
import type { z } from "zod/mini";

export function parseJsonCell<T>(text: unknown, schema: z.ZodMiniType<T>): T | null {
  if (typeof text !== "string" || text.trim() === "") return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
