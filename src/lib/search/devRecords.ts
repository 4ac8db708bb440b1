/**
 * Search records for `astro dev`, where no built HTML exists for Pagefind to index. Each
 * article becomes a Pagefind custom record carrying what the built page carries: its text
 * (headline, dek, key points, body), title and date metadata, topic and outlet filters.
 */
import type { ArticleData } from "../../schemas/article.ts";
import { articleText } from "../content/articleText.ts";
import { articleTopics, type TopicTerms } from "../topics.ts";

export interface DevArticle {
  readonly slug: string;
  readonly data: ArticleData;
  readonly body: string;
}

export interface DevTopic extends TopicTerms {
  readonly title: string;
}

export interface SearchRecord {
  readonly url: string;
  readonly content: string;
  readonly language: string;
  readonly meta: Record<string, string>;
  readonly filters: Record<string, string[]>;
  readonly sort: Record<string, string>;
}

export function devSearchRecord(article: DevArticle, topics: readonly DevTopic[], articleUrl: string): SearchRecord {
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
    },
    sort: published ? { date: published } : {},
  };
}
