/**
 * The corpus analysis for pages: runs `analyseCorpus` once per build over the corpus articles
 * and the entity register (content/entities/), memoized like `getCorpus`, and hands pages
 * ready-shaped data (entity profiles, quotes, sentence texts) so `.astro` files only render.
 * Editors correct what pages show by editing the register and content/corrections/, never
 * code; a correction that no longer matches its sentence fails the build.
 */
import { resolve } from "node:path";
import { getCollection, type CollectionEntry } from "astro:content";
import {
  finishCorpus,
  prepareCorpus,
  type ArticleAnalysis,
  type CorpusAnalysis,
  type CorpusArticleInput,
  type StoryComparison,
  type FoundEntity,
  type Quote,
} from "#lib/analysis/index.ts";
import { analysisCache } from "#lib/publish/analysisCache.ts";
import { analysisWorkers, articlePartsOffThread, storyPartsOffThread } from "#lib/publish/analysisPool.ts";
import { processCodeVersion } from "#lib/publish/codeVersion.ts";
import { ContentError, unappliedCorrection } from "#lib/content/problems.ts";
import { entityProfiles, type EntityProfile } from "#lib/views/entities.ts";
import { allQuotes, quoteSpeakers, quotesBySpeakerKey, quotesInTopic, type QuoteSpeaker } from "#lib/views/quotes.ts";
import { sentenceIndex, type SentenceIndex } from "#lib/views/sentences.ts";
import { comparableStories } from "#lib/views/stories.ts";
import type { Entity } from "#schemas/entity.ts";
import { siteDesk } from "./contentDir.ts";
import { getCorpus } from "./corpus.ts";

/**
 * The per-article analysis kept between builds (src/lib/publish/analysisCache.ts), inside
 * Astro's cache folder: whatever clears or restores that (a cold benchmark run, a CI cache)
 * does the same to it.
 */
const ANALYSIS_CACHE = resolve(process.cwd(), "node_modules/.astro/analysis");

/**
 * An editors' collection that is empty until an editor writes a file: no correction made, no
 * story pinned is the normal case. Astro's `getCollection` warns that such a collection "does not
 * exist or is empty", which an editor reads as an error; the desk already knows the files.
 */
async function editorFiles<C extends "corrections" | "stories">(collection: C): Promise<CollectionEntry<C>[]> {
  return siteDesk().files[collection].length > 0 ? getCollection(collection) : [];
}

/** The editors' list of strings that are not entities (the content model refuses a bad file). */
const notEntities = (): ReadonlySet<string> => siteDesk().notEntities;

export interface SiteAnalysis {
  readonly analysis: CorpusAnalysis;
  /**
   * Every entity a page can name, by id: the register's, and those the analysis found that the
   * register lacks (`reviewed: false`; pages say so).
   */
  readonly register: ReadonlyMap<string, Entity | FoundEntity>;
  readonly byArticle: ReadonlyMap<string, ArticleAnalysis>;
  /** Each article's analysis cache key (analysisCache.ts): what its own analysis follows from. */
  readonly articleKeys: ReadonlyMap<string, string>;
  /** Entities with at least one mention: exactly those that get a page. */
  readonly profiles: ReadonlyMap<string, EntityProfile>;
  /** Every quote, newest article first, document order within an article. */
  readonly quotes: readonly Quote[];
  readonly sentences: SentenceIndex;
  /** Ids of stories with a page (two or more articles). */
  readonly storyPages: ReadonlySet<string>;
  /** Each topic's dated events, in timeline order, for its page and its timeline. */
  readonly eventsByTopic: ReadonlyMap<string, readonly CorpusAnalysis["timeline"][number][]>;
  /** The quote filters and their counts, computed once rather than on every quotes page. */
  readonly quoteFilters: {
    readonly speakers: readonly QuoteSpeaker[];
    /** Each speaker's quotes, by `speakers[].key`. */
    readonly bySpeaker: ReadonlyMap<string, readonly Quote[]>;
    readonly topics: readonly { id: string; title: string; quotes: readonly Quote[] }[];
  };
}

async function load(): Promise<SiteAnalysis> {
  const corpus = await getCorpus();
  const register: Entity[] = (await getCollection("entities")).map((entry) => ({ ...entry.data, id: entry.id }));
  const corrections = new Map((await editorFiles("corrections")).map((entry) => [entry.id, entry.data]));
  const storyEdits = new Map((await editorFiles("stories")).map((entry) => [entry.id, entry.data]));
  const cache = analysisCache(ANALYSIS_CACHE, {
    version: processCodeVersion(process.cwd()),
    register,
    notEntities: [...notEntities()],
    corrections,
  });
  const articles: CorpusArticleInput[] = corpus.articles.map((article) => ({
    slug: article.slug,
    title: article.data.title,
    ...(article.data.published ? { published: article.data.published } : {}),
    ...(article.data.outlet ? { outlet: article.data.outlet } : {}),
    ...(article.data.byline ? { byline: article.data.byline } : {}),
    body: article.body,
    ...(article.data.dek ? { dek: article.data.dek } : {}),
    ...(article.data.keyPoints ? { keyPoints: article.data.keyPoints } : {}),
    ...(article.data.citedSources ? { citedSources: article.data.citedSources } : {}),
  }));
  const options = { notEntities: notEntities() };
  // What the cache lacks is computed ahead on every core; the analysis then takes it in order.
  // One set of worker threads serves the articles and then the stories, so each starts once.
  const setup = { register, corrections, options };
  const workers = analysisWorkers();
  let analysis: CorpusAnalysis;
  try {
    const computed = await articlePartsOffThread(
      articles.filter((article) => !cache.has(article)),
      setup,
      { workers },
    );
    const prepared = prepareCorpus(
      articles,
      register,
      corrections,
      options,
      storyEdits,
      (article, analyse) => cache.memo(article, () => computed.get(article) ?? analyse()),
      cache.terms,
    );
    // A story by its members' slugs in story order, as `finishCorpus` names it to the cache.
    const membersKey = (slugs: readonly string[]) => slugs.join("\n");
    const slugsOf = (story: StoryComparison) => story.members.map((member) => member.slug);
    const toCompare = prepared.comparisons.filter((story) => !cache.hasStory(slugsOf(story)));
    const comparedStories = await storyPartsOffThread(toCompare, setup, { workers });
    const compared = new Map(toCompare.map((story) => [membersKey(slugsOf(story)), comparedStories.get(story)]));
    analysis = finishCorpus(prepared, (slugs, compare) =>
      cache.story(slugs, () => compared.get(membersKey(slugs)) ?? compare()),
    );
  } finally {
    await workers.close();
  }
  await cache.save();
  if (analysis.storyEditProblems.length > 0) {
    throw new ContentError(
      analysis.storyEditProblems.map((problem) => ({
        file: `content/stories/${problem.id}.yaml`,
        field: problem.field,
        message: problem.message,
      })),
    );
  }
  // The content model refuses these before the build starts; this guards the pages anyway.
  if (analysis.correctionProblems.length > 0) {
    throw new ContentError(analysis.correctionProblems.map((problem) => unappliedCorrection(problem)));
  }
  const quotes = allQuotes(analysis.articles);
  const topicsOf = (slug: string) => corpus.articleBySlug.get(slug)?.topicIds ?? [];
  return {
    analysis,
    register: new Map<string, Entity | FoundEntity>([
      ...register.map((entity) => [entity.id, entity] as const),
      ...analysis.found.map((entity) => [entity.id, entity] as const),
    ]),
    byArticle: new Map(analysis.articles.map((article) => [article.slug, article])),
    articleKeys: cache.articleKeys,
    profiles: entityProfiles(analysis.articles),
    quotes,
    sentences: sentenceIndex(analysis.articles),
    storyPages: new Set(comparableStories(analysis.stories).map((story) => story.id)),
    eventsByTopic: new Map(
      corpus.topics.map((topic) => [
        topic.id,
        analysis.timeline.filter((event) => topicsOf(event.articleSlug).includes(topic.id)),
      ]),
    ),
    quoteFilters: {
      speakers: quoteSpeakers(quotes),
      bySpeaker: quotesBySpeakerKey(quotes),
      topics: corpus.topics
        .map((topic) => ({ id: topic.id, title: topic.data.title, quotes: quotesInTopic(quotes, topicsOf, topic.id) }))
        .filter((topic) => topic.quotes.length > 0),
    },
  };
}

let cached: Promise<SiteAnalysis> | undefined;

/** The analysis, computed on first use and shared by every page of the build. */
export function getAnalysis(): Promise<SiteAnalysis> {
  cached ??= load();
  return cached;
}
