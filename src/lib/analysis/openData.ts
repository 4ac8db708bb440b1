/**
 * The analysis as open data (src/schemas/openData.ts): the corpus analysis mapped to stable,
 * documented field names, and the slice of it that concerns one article.
 *
 * Each kind of item has one small mapping function, so when the analysis gains a field
 * (machine-found entities, a speaker's kind from the text, claims) only that function changes.
 * What the analysis does not know stays honest: an unknown date or outlet is `null`, a quote
 * without a stated speaker is `unattributed`, never a guess.
 */
import type { Entity } from "#schemas/entity.ts";
import type {
  OpenArticle,
  OpenClaim,
  OpenData,
  OpenEntity,
  OpenEvent,
  OpenQuote,
  OpenStory,
} from "#schemas/openData.ts";
import { storyTitle } from "#lib/views/stories.ts";
import { isReviewed } from "#lib/views/entities.ts";
import type { CorpusAnalysis, Mention, Quote, Story, TimelineEvent } from "./index.ts";
import type { FoundEntity } from "./entities.ts";
import type { ClaimRecord } from "./claimsData.ts";

/** What the open data states about an article, from its frontmatter and topic assignment. */
export interface ArticleMeta {
  readonly slug: string;
  readonly title: string;
  readonly published?: string | undefined;
  readonly outlet?: string | undefined;
  readonly byline?: string | undefined;
  readonly url?: string | undefined;
  readonly topicIds: readonly string[];
}

export interface OpenDataInput {
  /** The corpus's articles, in the order the site lists them (newest first). */
  readonly articles: readonly ArticleMeta[];
  readonly analysis: CorpusAnalysis;
  /** The register and the names the analysis found, by id. */
  readonly register: ReadonlyMap<string, Entity | FoundEntity>;
  /** Claims compared within each story (issue 16); left out by callers that publish a subset. */
  readonly claims?: readonly OpenClaim[];
}

export function openArticle(meta: ArticleMeta): OpenArticle {
  return {
    slug: meta.slug,
    title: meta.title,
    published: meta.published ?? null,
    outlet: meta.outlet ?? null,
    byline: meta.byline ?? null,
    url: meta.url ?? null,
    topics: [...meta.topicIds],
  };
}

export function openEntity(
  entity: Entity | FoundEntity,
  mentions: readonly { readonly slug: string; readonly mention: Mention }[],
): OpenEntity {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.kind,
    reviewed: isReviewed(entity),
    articles: [...new Set(mentions.map(({ slug }) => slug))],
    mentions: mentions.map(({ slug, mention }) => ({ article: slug, sentence: mention.anchor, text: mention.text })),
  };
}

/** The analysis states the speaker's kind; a named speaker links to its entity when it has one. */
export function openQuote(quote: Quote): OpenQuote {
  const { speaker } = quote;
  return {
    text: quote.text,
    speaker: {
      name: speaker.name,
      kind: speaker.kind,
      ...(speaker.entity !== undefined ? { entity: speaker.entity } : {}),
    },
    article: quote.articleSlug,
    sentence: quote.anchor,
  };
}

/** Precision comes from how the date was written; `derived` only when the analysis says so. */
export function openEvent(event: TimelineEvent): OpenEvent {
  return {
    date: event.date.iso,
    precision: event.date.precision,
    ...(event.date.end !== undefined ? { end: event.date.end } : {}),
    derived: event.derived === true,
    ...(event.derivedFrom !== undefined ? { derivedFrom: event.derivedFrom } : {}),
    text: event.sentence,
    article: event.articleSlug,
    sentence: event.anchor,
  };
}

/** A claim with its articles' sentences; a difference is said in words, each side as its article states it. */
export function openClaim(record: ClaimRecord): OpenClaim {
  const difference = record.difference
    ?.map((d) => `${d.kind}: ${d.a.slug} states "${d.a.states}", ${d.b.slug} states "${d.b.states}"`)
    .join("; ");
  return {
    id: record.id,
    story: record.story,
    articles: record.articles.map(({ slug, sentence }) => ({ article: slug, sentence })),
    kind: record.kind,
    ...(difference !== undefined ? { difference } : {}),
  };
}

/** A story is titled as its page titles it (src/lib/views/stories.ts). */
export function openStory(story: Story, metaOf: (slug: string) => ArticleMeta | undefined): OpenStory {
  return { id: story.id, title: storyTitle(story.slugs, metaOf), articles: [...story.slugs] };
}

/** The whole corpus's analysis as open data. Throws when a mention names an entity neither registered nor found. */
export function openData({ articles, analysis, register, claims }: OpenDataInput): OpenData {
  const metaBySlug = new Map(articles.map((meta) => [meta.slug, meta]));
  const bySlug = new Map(analysis.articles.map((article) => [article.slug, article]));
  const analysed = articles.flatMap((meta) => bySlug.get(meta.slug) ?? []);

  const mentionsOf = new Map<string, { slug: string; mention: Mention }[]>();
  for (const article of analysed) {
    for (const mention of article.mentions) {
      const list = mentionsOf.get(mention.entityId) ?? [];
      list.push({ slug: article.slug, mention });
      mentionsOf.set(mention.entityId, list);
    }
  }
  const entities = [...mentionsOf.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "en"))
    .map(([id, mentions]) => {
      const entity = register.get(id);
      if (!entity) throw new Error(`open data: entity "${id}" is mentioned but neither registered nor found`);
      return openEntity(entity, mentions);
    });

  return {
    version: 2,
    articles: articles.map(openArticle),
    entities,
    quotes: analysed.flatMap((article) => article.quotes.map(openQuote)),
    events: analysis.timeline.filter((event) => metaBySlug.has(event.articleSlug)).map(openEvent),
    stories: analysis.stories.map((story) => openStory(story, (slug) => metaBySlug.get(slug))),
    ...(claims !== undefined ? { claims: [...claims] } : {}),
  };
}

/**
 * The part of the corpus data that concerns one article: its metadata, the entities it
 * mentions (with only its own mentions, and without the corpus-wide `articles` list: since
 * format version 2 an article's file is bounded by the article and its story, not the corpus),
 * its quotes and events, its story, and the claims it takes part in. Every item keeps its order
 * in `data`.
 * The first call for a `data` indexes it by article in one pass (kept while `data` lives): a
 * build slices every article, and filtering the whole corpus per article grew with its square.
 */
export function articleOpenData(data: OpenData, slug: string): OpenData {
  let slices = articleSlices.get(data);
  if (!slices) articleSlices.set(data, (slices = sliceByArticle(data)));
  return slices(slug);
}

const articleSlices = new WeakMap<OpenData, (slug: string) => OpenData>();

/** `push(key, item)` appends to the list of `key`; `get(key)` is that list (empty if none). */
function groups<T>() {
  const lists = new Map<string, T[]>();
  return {
    push(key: string, item: T) {
      const list = lists.get(key);
      if (list) list.push(item);
      else lists.set(key, [item]);
    },
    // A copy: slices are handed to callers, who must not change one another's.
    get: (key: string): T[] => [...(lists.get(key) ?? [])],
  };
}

/** An entity as an article's file shows it: its own mentions, no corpus-wide article list. */
function entityInArticle(entity: OpenEntity, mentions: OpenEntity["mentions"]): OpenEntity {
  return { id: entity.id, name: entity.name, type: entity.type, reviewed: entity.reviewed, mentions };
}

function sliceByArticle(data: OpenData): (slug: string) => OpenData {
  const articles = groups<OpenData["articles"][number]>();
  for (const article of data.articles) articles.push(article.slug, article);
  const entities = groups<OpenEntity>();
  for (const entity of data.entities) {
    const mentions = groups<OpenEntity["mentions"][number]>();
    for (const mention of entity.mentions) mentions.push(mention.article, mention);
    for (const article of new Set(entity.mentions.map((mention) => mention.article))) {
      entities.push(article, entityInArticle(entity, mentions.get(article)));
    }
  }
  const quotes = groups<OpenQuote>();
  for (const quote of data.quotes) quotes.push(quote.article, quote);
  const events = groups<OpenEvent>();
  for (const event of data.events) events.push(event.article, event);
  const stories = groups<OpenStory>();
  for (const story of data.stories) for (const article of new Set(story.articles)) stories.push(article, story);
  const claims = groups<OpenClaim>();
  for (const claim of data.claims ?? []) {
    for (const article of new Set(claim.articles.map((ref) => ref.article))) claims.push(article, claim);
  }
  return (slug) => ({
    version: data.version,
    articles: articles.get(slug),
    entities: entities.get(slug),
    quotes: quotes.get(slug),
    events: events.get(slug),
    stories: stories.get(slug),
    ...(data.claims !== undefined ? { claims: claims.get(slug) } : {}),
  });
}
