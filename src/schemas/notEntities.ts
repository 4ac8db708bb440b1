/**
 * `content/not-entities.yaml`, editor-owned: strings the analysis finds in the text that are
 * not people, organisations or places ("Three Barriers Land Interception Strategy", a
 * programme; "Trinity Audio", a page widget). They are never shown as entities or proposed.
 */
import { z } from "astro/zod";

export const notEntitiesSchema = z.strictObject({
  /** The strings, as written in an article; case, accents and a possessive do not matter. */
  names: z.array(z.string().trim().min(1, "an empty name: remove the line")).default([]),
});
