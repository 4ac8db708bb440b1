/**
 * Editor-owned sidecar for a raw source: `content/sources/<name>.meta.yaml` beside
 * `<name>.txt`. It holds facts an editor knows but the scraped text lacks; the ingest script
 * merges them over what it found in the text and never writes to this file.
 */
import { z } from "astro/zod";
import { httpUrl, text, safeString } from "./text.ts";
import { isoDate } from "./isoDate.ts";

export const sourceMetaSchema = z.strictObject({
  /** Headline, for a source whose text has none (or to override the one found). */
  title: z.string().trim().min(1).optional(),
  /** Publishing outlet, for example "Reuters". */
  outlet: text().optional(),
  /** Original URL of the article. */
  url: httpUrl().optional(),
  /** Publication date, `YYYY-MM-DD`; overrides a date found in the text. */
  published: isoDate.optional(),
  /** Byline, overriding one found in the text. */
  byline: text().optional(),
  /** Slug to publish under instead of the one derived from the title. */
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected lower-case words joined by hyphens")
    .optional(),
  /** Topic ids to set on the article instead of automatic assignment. */
  topics: z.array(safeString()).optional(),
});

export type SourceMeta = z.infer<typeof sourceMetaSchema>;
