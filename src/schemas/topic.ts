/** Frontmatter of a topic file, `content/topics/<id>.md`; the file name is the topic's id. */
import { z } from "astro/zod";
import { text } from "./text.ts";

export const topicSchema = z.strictObject({
  /** Display name, the topic page's `h1` (for example "Drone surveillance"). */
  title: text("a topic needs a title"),
  /** One or two sentences shown on the home page and under the topic title. */
  summary: text("a topic needs a summary"),
  /** Position in navigation and on the home page, smallest first. */
  order: z.number().int().nonnegative(),
  /**
   * Lower-case words or phrases whose presence assigns an article to this topic (matched on
   * word boundaries, case-insensitively). An article's own `topics` field overrides them.
   */
  terms: z.array(text()).min(1, "list at least one term"),
});

export type TopicData = z.infer<typeof topicSchema>;
