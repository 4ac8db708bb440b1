/**
 * The site's content collections. Articles, topics, the entity register and corrections come
 * from the content model (src/lib/content/desk.ts) through its loader, which has already
 * validated them; schemas live in `src/schemas/` so ingest and scripts use the same rules.
 */
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { deskLoader } from "./lib/content/deskLoader.ts";
import { articleSchema } from "./schemas/article.ts";
import { correctionsSchema } from "./schemas/corrections.ts";
import { entitySchema } from "./schemas/entity.ts";
import { ingestReportSchema } from "./schemas/ingestReport.ts";
import { topicSchema } from "./schemas/topic.ts";
import { CONTENT_DIR } from "./data/contentDir.ts";

/** Topic ids are the file names in content/topics; articles may only name these. */
const topicIds = readdirSync(resolve(CONTENT_DIR, "topics"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => name.slice(0, -".md".length))
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
  /** Ingest reports: `content/reports/<slug>.json`, one per generated article. */
  reports: defineCollection({
    loader: glob({ pattern: "*.json", base: "./content/reports" }),
    schema: ingestReportSchema,
  }),
};
