/**
 * The site's content collections. Schemas live in `src/schemas/` so the ingest and check
 * scripts validate with exactly the same rules the build does.
 */
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { articleSchema } from "./schemas/article.ts";
import { correctionsSchema } from "./schemas/corrections.ts";
import { entitySchema } from "./schemas/entity.ts";
import { ingestReportSchema } from "./schemas/ingestReport.ts";
import { storyEditSchema } from "./schemas/storyEdit.ts";
import { topicSchema } from "./schemas/topic.ts";
import { CONTENT_DIR } from "./data/contentDir.ts";

/** Topic ids are the file names in content/topics; articles may only name these. */
const topicIds = readdirSync(resolve(CONTENT_DIR, "topics"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => name.slice(0, -".md".length))
  .sort();

/** The file name (without `.md`) is the slug; a `slug` field is not accepted, so one file = one URL. */
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.md$/, "");

export const collections = {
  /** Normalized and hand-written articles: `content/articles/<slug>.md`. */
  articles: defineCollection({
    loader: glob({ pattern: "*.md", base: "./content/articles", generateId: idFromFileName }),
    schema: articleSchema(topicIds),
  }),
  /** Topics: `content/topics/<id>.md`, body is a longer introduction. */
  topics: defineCollection({
    loader: glob({ pattern: "*.md", base: "./content/topics", generateId: idFromFileName }),
    schema: topicSchema,
  }),
  /** The entity register: people, organisations and places, `content/entities/<id>.yaml`. */
  entities: defineCollection({
    loader: glob({
      pattern: "*.yaml",
      base: "./content/entities",
      generateId: ({ entry }: { entry: string }) => entry.replace(/\.yaml$/, ""),
    }),
    schema: entitySchema,
  }),
  /** Editors' corrections to the analysis: `content/corrections/<article-slug>.yaml`. */
  corrections: defineCollection({
    loader: glob({
      pattern: "*.yaml",
      base: "./content/corrections",
      generateId: ({ entry }: { entry: string }) => entry.replace(/\.yaml$/, ""),
    }),
    schema: correctionsSchema,
  }),
  /** Editors' story files: `content/stories/<story-id>.yaml` names, pins and splits a story. */
  stories: defineCollection({
    loader: glob({
      pattern: "*.yaml",
      base: "./content/stories",
      generateId: ({ entry }: { entry: string }) => entry.replace(/\.yaml$/, ""),
    }),
    schema: storyEditSchema,
  }),
  /** Ingest reports: `content/reports/<slug>.json`, one per generated article. */
  reports: defineCollection({
    loader: glob({ pattern: "*.json", base: "./content/reports" }),
    schema: ingestReportSchema,
  }),
};
