/**
 * The site's content collections. Every one (articles, topics, the entity register,
 * corrections, story files, ingest reports) comes from the content model (src/lib/content/desk.ts) through its loader, which has already
 * validated them; schemas live in `src/schemas/` so ingest and scripts use the same rules.
 */
import { defineCollection } from "astro:content";
import { deskLoader } from "./lib/content/deskLoader.ts";
import { articleSchema } from "./schemas/article.ts";
import { correctionsSchema } from "./schemas/corrections.ts";
import { entitySchema } from "./schemas/entity.ts";
import { ingestReportSchema } from "./schemas/ingestReport.ts";
import { storyEditSchema } from "./schemas/storyEdit.ts";
import { topicSchema } from "./schemas/topic.ts";
import { siteDesk } from "./data/contentDir.ts";
import { fileId } from "./lib/content/validate.ts";

/** Topic ids are the file names in content/topics; articles may only name these. */
const topicIds = siteDesk()
  .files.topics.map((file) => fileId(file.path))
  .sort();

export const collections = {
  /** Normalized and hand-written articles: `content/articles/<slug>.md`. */
  articles: defineCollection({
    loader: deskLoader("articles"),
    schema: articleSchema(topicIds),
  }),
  /** Topics: `content/topics/<id>.md`, body is a longer introduction. */
  topics: defineCollection({
    loader: deskLoader("topics"),
    schema: topicSchema,
  }),
  /** The entity register: people, organisations and places, `content/entities/<id>.yaml`. */
  entities: defineCollection({
    loader: deskLoader("entities"),
    schema: entitySchema,
  }),
  /** Editors' corrections to the analysis: `content/corrections/<article-slug>.yaml`. */
  corrections: defineCollection({
    loader: deskLoader("corrections"),
    schema: correctionsSchema,
  }),
  /** Editors' story files: `content/stories/<story-id>.yaml` names, pins and splits a story. */
  stories: defineCollection({
    loader: deskLoader("stories"),
    schema: storyEditSchema,
  }),
  /** Ingest reports: `content/reports/<slug>.json`, one per generated article. */
  reports: defineCollection({
    loader: deskLoader("reports"),
    schema: ingestReportSchema,
  }),
};
