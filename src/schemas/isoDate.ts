/**
 * A calendar date written `YYYY-MM-DD`, validated as a real day (no 2025-02-30).
 *
 * YAML 1.1 parsers (Astro's among them) turn an unquoted `2025-02-21` into a Date and
 * silently roll impossible dates over, so a Date is accepted only when it is exactly
 * midnight UTC and is converted back to its `YYYY-MM-DD` form; strings are checked
 * digit by digit. Everything downstream sees one shape: a `YYYY-MM-DD` string.
 */
import { z } from "astro/zod";
import { isRealIsoDate } from "#lib/content/dates.ts";

export const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
  if (!isRealIsoDate(text)) {
    ctx.addIssue({
      code: "custom",
      message: `expected a real calendar date written YYYY-MM-DD (for example "2025-02-21"), got "${value instanceof Date ? text : value}"`,
    });
    return z.NEVER;
  }
  return text;
});
