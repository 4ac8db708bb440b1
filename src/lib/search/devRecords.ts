/**
 * Search records for `astro dev`, where no built HTML exists for Pagefind to index. Each
 * article becomes a Pagefind custom record carrying what the built page carries: its text
 * (headline, dek, key points, body), title and date metadata, topic, outlet and year filters.
 */
import { articleText } from "../content/articleText.ts";
import type { ParsedArticle, ParsedTopic } from "../content/parsedContent.ts";
import { articleTopics } from "../topics.ts";

export interface SearchRecord {
  readonly url: string;
  readonly content: string;
  readonly language: string;
  readonly meta: Record<string, string>;
  readonly filters: Record<string, string[]>;
  readonly sort: Record<string, string>;
}

export function devSearchRecord(
  article: ParsedArticle,
  topics: readonly ParsedTopic[],
  articleUrl: string,
): SearchRecord {
  const { title, outlet, published, topics: chosen } = article.data;
  const text = articleText(article.data, article.body);
  const topicIds = [...articleTopics(chosen, text, topics).keys()];
  return {
    url: articleUrl,
    content: text,
    language: "en",
    meta: { title, ...(published ? { date: published } : {}) },
    filters: {
      topic: topics.filter((topic) => topicIds.includes(topic.id)).map((topic) => topic.title),
      outlet: [outlet ?? "Unknown"],
      ...(published ? { year: [published.slice(0, 4)] } : {}),
    },
    sort: published ? { date: published } : {},
  };
}
