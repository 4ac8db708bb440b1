/**
 * Content files parsed and validated with the site's own schemas, for the steps that read
 * content/ from disk instead of through Astro's collections: the social cards, which start
 * before Astro has loaded anything, the search index of `astro dev`, the register proposals of
 * `npm run check`, and the benchmark's vocabulary. They then see exactly what pages see
 * (trimmed strings, checked dates). A file that fails its schema is left out; the build's
 * content check and `npm run check` are what report it.
 */
import { parse as parseYaml } from "yaml";
import { articleSchema, type ArticleData } from "../../schemas/article.ts";
import { entitySchema, type Entity } from "../../schemas/entity.ts";
import { topicSchema } from "../../schemas/topic.ts";
import type { TopicTerms } from "../topics.ts";
import type { ContentInput } from "./checkContent.ts";
import { parseFrontmatter } from "./frontmatter.ts";

/** `content/articles/<slug>.md` → `<slug>`: the id Astro's glob loader gives an entry. */
export const fileId = (path: string): string => (path.split("/").pop() ?? path).replace(/\.(md|yaml)$/, "");

export interface ParsedTopic extends TopicTerms {
  readonly title: string;
}

export interface ParsedArticle {
  readonly slug: string;
  readonly data: ArticleData;
  readonly body: string;
}

export function parsedTopics(content: Pick<ContentInput, "topics">): ParsedTopic[] {
  return content.topics.flatMap((file) => {
    const parsed = topicSchema.safeParse(parseFrontmatter(file.text)?.data);
    return parsed.success ? [{ id: fileId(file.path), title: parsed.data.title, terms: parsed.data.terms }] : [];
  });
}

export function parsedArticles(
  content: Pick<ContentInput, "articles">,
  topics: readonly ParsedTopic[],
): ParsedArticle[] {
  const schema = articleSchema(topics.map((topic) => topic.id));
  return content.articles.flatMap((file) => {
    const parsed = parseFrontmatter(file.text);
    const data = schema.safeParse(parsed?.data);
    return parsed && data.success ? [{ slug: fileId(file.path), data: data.data, body: parsed.body }] : [];
  });
}

export function parsedEntities(content: Pick<ContentInput, "entities">): Entity[] {
  return content.entities.flatMap((file) => {
    let yaml: unknown;
    try {
      yaml = parseYaml(file.text);
    } catch {
      return [];
    }
    const parsed = entitySchema.safeParse(yaml);
    return parsed.success ? [{ ...parsed.data, id: fileId(file.path) }] : [];
  });
}
