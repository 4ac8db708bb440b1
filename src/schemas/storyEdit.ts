/**
 * An editor's decision about one story: `content/stories/<id>.yaml`. The file name is the
 * story's id and so its URL (`/stories/<id>/`); a machine-made story's id is its earliest
 * article's slug, shown in the story's URL. The machine groups articles by what they share and
 * can be wrong; this file names a story, pins articles to it and splits articles off it.
 */
import { z } from "astro/zod";
import { SLUG_PATTERN } from "./article.ts";

const slug = z.string().regex(SLUG_PATTERN, 'expected an article slug such as "mexico-sends-26-cartel-members"');

export const storyEditSchema = z.strictObject({
  /** The story's name, shown instead of its earliest article's headline. */
  title: z.string().trim().min(1).optional(),
  /**
   * Articles (slugs) pinned to this story: always in it, whatever the scores say, and taken
   * out of any story the machine put them in.
   */
  articles: z.array(slug).optional(),
  /** Articles (slugs) split off this story: each then stands as a story of its own. */
  notArticles: z.array(slug).optional(),
  /** Why the editor decided so; for the next editor, not shown to readers. */
  note: z.string().trim().min(1).optional(),
});

export type StoryEdit = z.infer<typeof storyEditSchema>;
