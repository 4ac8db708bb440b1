/**
 * The one place pages get content from. It loads the collections (filled by the content
 * model's loader, which has already validated everything and assigned topics) once per build,
 * drops drafts outside `astro dev`, and hands pages plain, sorted data so `.astro` files only
 * render. Topics come from the model as assigned there, never computed again here.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { compareNewestFirst } from "#lib/content/dates.ts";
import type { TopicMatch } from "#lib/topics.ts";
import { siteDesk } from "./contentDir.ts";

export type ArticleEntry = CollectionEntry<"articles">;
export type TopicEntry = CollectionEntry<"topics">;

export interface Article {
  readonly slug: string;
  readonly entry: ArticleEntry;
  readonly data: ArticleEntry["data"];
  /** The Markdown body, from the content model: Astro's store keeps only its rendering. */
  readonly body: string;
  /** Topic ids, in topic order. */
  readonly topicIds: readonly string[];
  /** Why the article is in each topic: the terms that matched, or `editor` when set in frontmatter. */
  readonly topicReasons: ReadonlyMap<string, TopicMatch | "editor">;
}

export interface Topic {
  readonly id: string;
  readonly entry: TopicEntry;
  readonly data: TopicEntry["data"];
  /** Articles in the topic, newest first. */
  readonly articles: readonly Article[];
}

export interface Corpus {
  readonly articles: readonly Article[];
  readonly topics: readonly Topic[];
  readonly articleBySlug: ReadonlyMap<string, Article>;
  readonly topicById: ReadonlyMap<string, Topic>;
}

async function load(): Promise<Corpus> {
  const entries = (await getCollection("articles")).filter((entry) => import.meta.env.DEV || entry.data.draft !== true);
  const topicEntries = (await getCollection("topics")).sort((a, b) => a.data.order - b.data.order);
  const assigned = new Map(siteDesk().articles.map((article) => [article.slug, article]));

  const articles: Article[] = entries
    .map((entry) => {
      const model = assigned.get(entry.id);
      // The loader filled the collection from this model, so every entry is in it.
      if (!model) throw new Error(`content/articles/${entry.id}.md: not in the content model; build again`);
      return {
        slug: entry.id,
        entry,
        data: entry.data,
        body: model.body,
        topicIds: model.topicIds,
        topicReasons: model.topicReasons,
      };
    })
    .sort((a, b) => compareNewestFirst(a.data, b.data));

  const topics: Topic[] = topicEntries.map((entry) => ({
    id: entry.id,
    entry,
    data: entry.data,
    articles: articles.filter((article) => article.topicIds.includes(entry.id)),
  }));

  return {
    articles,
    topics,
    articleBySlug: new Map(articles.map((article) => [article.slug, article])),
    topicById: new Map(topics.map((topic) => [topic.id, topic])),
  };
}

let corpus: Promise<Corpus> | undefined;

/** The corpus, loaded on first use and shared by every page of the build. */
export function getCorpus(): Promise<Corpus> {
  corpus ??= load();
  return corpus;
}
