/**
 * Search records for `astro dev`, where no built HTML exists for Pagefind to index. Each
 * article of the content model becomes a Pagefind custom record carrying what the built page
 * carries: its text (headline, dek, key points, body), title and date metadata, and topic,
 * outlet, year and person filters.
 */
import { articleText } from "#lib/content/articleText.ts";
import type { DeskArticle, DeskTopic } from "#lib/content/desk.ts";

export interface SearchRecord {
  readonly url: string;
  readonly content: string;
  readonly language: string;
  readonly meta: Record<string, string>;
  readonly filters: Record<string, string[]>;
  readonly sort: Record<string, string>;
}

/** `people` are the names of the people the analysis finds in the article, as the page lists them. */
export function devSearchRecord(
  article: DeskArticle,
  topics: readonly DeskTopic[],
  articleUrl: string,
  people: readonly string[],
): SearchRecord {
  const { title, outlet, published } = article.data;
  const text = articleText(article.data, article.body);
  return {
    url: articleUrl,
    content: text,
    language: "en",
    meta: { title, ...(published ? { date: published } : {}) },
    filters: {
      topic: topics.filter((topic) => article.topicIds.includes(topic.id)).map((topic) => topic.title),
      outlet: [outlet ?? "Unknown"],
      ...(published ? { year: [published.slice(0, 4)] } : {}),
      ...(people.length > 0 ? { person: [...people] } : {}),
    },
    sort: published ? { date: published } : {},
  };
}
