/**
 * The whole analysis of the corpus in one call, computed once at build time.
 *
 * `analyseCorpus` segments every article, then runs entities, quotes, timeline, sourcing,
 * story grouping and per-story coverage over the shared sentences and anchors. The result is
 * plain, JSON-serializable data: pages read from it and never recompute. The matcher is built
 * once for the register; everything else is linear in the corpus (story grouping goes through
 * an inverted index).
 */
import type { Corrections } from "#schemas/corrections.ts";
import type { Entity } from "#schemas/entity.ts";
import type { StoryEdit } from "#schemas/storyEdit.ts";
import {
  correctEvents,
  correctMentions,
  correctQuotes,
  type Corrected,
  type CorrectionProblem,
} from "./corrections.ts";
import { articleText, frontBlocks, type Block } from "#lib/text/sentences.ts";
import { storyClaims, type Claim } from "./claims.ts";
import { coverageMatrix, type CoverageMatrix } from "./coverage.ts";
import {
  buildEntityMatcher,
  findEntities,
  findMentions,
  mentionCounts,
  type EntityOptions,
  type FoundEntity,
  type Mention,
} from "./entities.ts";
import { isOutletEntity } from "./outlets.ts";
import { findQuotes, type Quote } from "./quotes.ts";
import { describedSpeakerQuotes } from "./describedSpeaker.ts";
import { soleVoiceQuotes } from "./soleVoice.ts";
import { germanNouns, germanSpeaker } from "./germanNames.ts";
import { writtenInGerman, writtenInSpanish } from "#lib/text/language.ts";
import { spanishSpeaker } from "./spanishNames.ts";
import type { EntityMatcher } from "./entities.ts";
import { foldedWords } from "#lib/text/fold.ts";
import { sourcingProfile, type SourcingProfile } from "./sourcing.ts";
import { storyCommon, type StoryCommon } from "./storyCommon.ts";
import { applyStoryEdits, type EditedStory, type StoryEditProblem } from "./storyEdits.ts";
import { earliestSlug, groupStories, relatedArticles, type StoryGrouping, type StoryTermsMemo } from "./stories.ts";
import { findArticleEvents, sortEvents, type TimelineEvent } from "./timeline.ts";

export interface CorpusArticleInput {
  readonly slug: string;
  readonly title: string;
  readonly published?: string;
  readonly outlet?: string;
  /** The byline as stated; the timeline reads no event from the author's bio. */
  readonly byline?: string;
  /** The Markdown body (frontmatter removed). */
  readonly body: string;
  /** The standfirst and key points: the article's own words, read for quotations and stories too. */
  readonly dek?: string;
  readonly keyPoints?: readonly string[];
  readonly citedSources?: readonly string[];
}

export interface ArticleAnalysis {
  readonly slug: string;
  readonly title: string;
  readonly published?: string;
  readonly outlet?: string;
  readonly blocks: readonly Block[];
  readonly mentions: readonly Mention[];
  /** Mention counts per entity, most mentioned first. */
  readonly entities: readonly { entityId: string; count: number; anchors: string[] }[];
  readonly quotes: readonly (Quote & Corrected)[];
  readonly events: readonly (TimelineEvent & Corrected)[];
  readonly sourcing: SourcingProfile;
  /** Slug of the story this article belongs to (`stories[].id`). */
  readonly storyId: string;
  readonly related: readonly { slug: string; score: number; sameStory: boolean }[];
}

export interface CorpusAnalysis {
  readonly articles: readonly ArticleAnalysis[];
  /** All events of all articles, chronological. */
  readonly timeline: readonly (TimelineEvent & Corrected)[];
  /** Stories, editors' story files applied. */
  readonly stories: readonly EditedStory[];
  /** What each story of two or more articles shares (people, places, days), by story id. */
  readonly storyCommon: Readonly<Record<string, StoryCommon>>;
  /** Editors' story files that name unknown articles or match no story. */
  readonly storyEditProblems: readonly StoryEditProblem[];
  /** Coverage matrices of stories with two or more articles, by story id. */
  readonly coverage: Readonly<Record<string, CoverageMatrix>>;
  /** Claims of stories with two or more articles, by story id: conflicts first, then agreements, then singles. */
  readonly claims: Readonly<Record<string, readonly Claim[]>>;
  /** For each entity mentioned anywhere: which articles mention it and how often. */
  readonly entityIndex: Readonly<
    Record<string, readonly { slug: string; count: number; anchors: readonly string[] }[]>
  >;
  /**
   * Entities the register lacks, found in the articles' text (`findNames`): not yet reviewed,
   * each with the id its mentions carry. Sorted by id.
   */
  readonly found: readonly FoundEntity[];
  /** Editors' corrections that matched nothing (the sentence changed, a typo in an anchor). */
  readonly correctionProblems: readonly { slug: string; where: string; message: string }[];
}

/**
 * An article's quotations: those of the standfirst and key points that the body does not
 * already hold (a summary often repeats the body's quotation, which is listed once, at its
 * place in the body), then the body's. Before editors' corrections.
 */
export function articleQuotes(
  article: Pick<CorpusArticleInput, "slug" | "dek" | "keyPoints">,
  blocks: readonly Block[],
  mentions: readonly Mention[],
  matcher: EntityMatcher,
): Quote[] {
  // Speakers the finder leaves unattributed where the text still fixes one person: "the actress said"
  // right after naming her (describedSpeaker.ts), and untagged first-person quotations of an article's
  // one voice or of the speaker just quoted (soleVoice.ts).
  const quotes = [
    ...frontQuotes(article, blocks, matcher),
    ...soleVoiceQuotes(describedSpeakerQuotes(findQuotes(article.slug, blocks, mentions, matcher), blocks), blocks),
  ];
  // German capitalises its nouns: a named speaker there is read again as a name (`germanSpeaker`).
  const sentences = blocks.flatMap((b) => b.sentences.map((s) => s.text));
  const text = sentences.join("\n");
  // Spanish sentence adverbs and prepositions are no speaker's name: "Además", "Desde la Plataforma".
  if (writtenInSpanish(text))
    return quotes.map((quote) => {
      const speaker = spanishSpeaker(quote.speaker);
      return speaker === quote.speaker ? quote : { ...quote, speaker };
    });
  if (!writtenInGerman(text)) return quotes;
  const nouns = germanNouns(sentences);
  return quotes.map((quote) => {
    const speaker = germanSpeaker(quote.speaker, nouns);
    return speaker === quote.speaker ? quote : { ...quote, speaker };
  });
}

function frontQuotes(
  article: Pick<CorpusArticleInput, "slug" | "dek" | "keyPoints">,
  body: readonly Block[],
  matcher: EntityMatcher,
): Quote[] {
  const front = frontBlocks(article.dek, article.keyPoints);
  if (front.length === 0) return [];
  const bodyText = ` ${foldedWords(body.map((b) => b.text).join(" ")).join(" ")} `;
  const articleText = body.map((b) => b.text);
  return findQuotes(article.slug, front, findMentions(front, matcher), matcher, { articleText }).filter(
    (quote) => !bodyText.includes(` ${foldedWords(quote.text).join(" ")} `),
  );
}

/**
 * What `analyseCorpus` derives from one article alone (with the register, the options and
 * that article's corrections): plain data, so a build can keep it between runs.
 */
export interface ArticleParts {
  readonly blocks: readonly Block[];
  readonly found: readonly FoundEntity[];
  readonly mentions: readonly Mention[];
  readonly quotes: readonly (Quote & Corrected)[];
  readonly events: readonly (TimelineEvent & Corrected)[];
  readonly sourcing: SourcingProfile;
  readonly problems: readonly CorrectionProblem[];
}

/** Gets an article's parts: `analyse()` computes them; a cache may return what it kept instead. */
export type ArticleMemo = (article: CorpusArticleInput, analyse: () => ArticleParts) => ArticleParts;

/**
 * What `analyseCorpus` derives from one story's members (two or more): computed from those
 * members' parts and the register only, never from the rest of the corpus, so a build can
 * keep it while its members are unchanged. Anything added here must keep to that.
 */
export interface StoryParts {
  readonly common: StoryCommon;
  readonly coverage: CoverageMatrix;
  readonly claims: Claim[];
}

/** Gets a story's parts from its member slugs (story order): `compare()` computes them; a cache may return what it kept. */
export type StoryMemo = (slugs: readonly string[], compare: () => StoryParts) => StoryParts;

/** What one article's parts are computed with besides the article: the same for every article of a build. */
export interface ArticleContext {
  readonly matcher: EntityMatcher;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly corrections: ReadonlyMap<string, Corrections>;
  readonly options: EntityOptions;
}

/** The register's matcher and entities by id, for `articleParts`. */
export function articleContext(
  register: readonly Entity[],
  corrections: ReadonlyMap<string, Corrections> = new Map(),
  options: EntityOptions = {},
): ArticleContext {
  return {
    matcher: buildEntityMatcher(register),
    entities: new Map(register.map((entity) => [entity.id, entity])),
    corrections,
    options,
  };
}

/**
 * One article's parts (sentences, mentions, quotes, events, sourcing, its editor's corrections
 * applied): they follow from the article and `context` alone, so any thread may compute them
 * (src/lib/publish/analysisPool.ts) and `analyseCorpus` takes them through `perArticle`.
 */
export function articleParts(article: CorpusArticleInput, context: ArticleContext): ArticleParts {
  const { matcher, entities, corrections, options } = context;
  const { blocks, rows } = articleText(article.body);
  const fixes = corrections.get(article.slug);
  const detected = findEntities(blocks, matcher, options);
  const fixed = correctMentions(detected.mentions, fixes?.mentions);
  const mentions = fixed.mentions;
  const quoted = correctQuotes(articleQuotes(article, blocks, mentions, matcher), fixes?.quotes, entities);
  const quotes = quoted.quotes;
  const front = frontBlocks(article.dek, article.keyPoints);
  const events = findArticleEvents(article.slug, front, blocks, {
    published: article.published,
    byline: article.byline,
    tableRows: rows,
  });
  const dated = correctEvents(events, fixes?.events);
  return {
    blocks,
    found: detected.found,
    mentions,
    quotes,
    events: dated.events,
    sourcing: sourcingProfile(
      article.slug,
      blocks,
      mentions,
      quotes,
      matcher,
      article.citedSources ?? [],
      detected.found,
    ),
    problems: [...fixed.problems, ...quoted.problems, ...dated.problems],
  };
}

/** An article's parts as the rest of the analysis reads them. */
interface PreparedArticle {
  readonly article: CorpusArticleInput;
  readonly blocks: readonly Block[];
  readonly mentions: readonly Mention[];
  readonly quotes: readonly (Quote & Corrected)[];
  readonly events: readonly (TimelineEvent & Corrected)[];
  readonly sourcing: SourcingProfile;
}

/** A story of two or more articles to compare, with its members' parts (plain data, in story order). */
export interface StoryComparison {
  readonly id: string;
  readonly members: readonly {
    readonly slug: string;
    readonly blocks: readonly Block[];
    readonly mentions: readonly Mention[];
    readonly quotes: readonly (Quote & Corrected)[];
    readonly events: readonly (TimelineEvent & Corrected)[];
  }[];
}

/** The corpus analysed up to the story comparisons (`prepareCorpus`); `finishCorpus` completes it. */
export interface PreparedCorpus {
  readonly partial: readonly PreparedArticle[];
  readonly grouping: StoryGrouping & { readonly stories: readonly EditedStory[] };
  readonly storyOf: ReadonlyMap<string, string>;
  readonly storyEditProblems: readonly StoryEditProblem[];
  readonly found: ReadonlyMap<string, FoundEntity>;
  readonly correctionProblems: CorpusAnalysis["correctionProblems"];
  readonly matcher: EntityMatcher;
  /** The stories to compare, in story order. */
  readonly comparisons: readonly StoryComparison[];
}

/**
 * The whole analysis: `prepareCorpus`, then every story's comparison through `perStory`
 * (`finishCorpus`), which lets the build reuse the comparison of a story whose members are
 * unchanged. The other arguments are `prepareCorpus`'s.
 */
export function analyseCorpus(
  articles: readonly CorpusArticleInput[],
  register: readonly Entity[],
  corrections: ReadonlyMap<string, Corrections> = new Map(),
  options: EntityOptions = {},
  storyEdits: ReadonlyMap<string, StoryEdit> = new Map(),
  perArticle?: ArticleMemo,
  perStory?: StoryMemo,
  storyTerms?: StoryTermsMemo,
): CorpusAnalysis {
  return finishCorpus(
    prepareCorpus(articles, register, corrections, options, storyEdits, perArticle, storyTerms),
    perStory,
  );
}

/**
 * The analysis up to the story comparisons: every article's parts, the stories, and what each
 * story of two or more articles has to compare. `corrections` maps an article slug to its
 * editor's corrections; they are applied to that article's mentions, quotes and events before
 * anything is derived from them, and corrections that match nothing come back in
 * `correctionProblems`. `storyEdits` maps a story id to the editor's story file
 * (content/stories/<id>.yaml). `perArticle` lets the build reuse the per-article work of an
 * unchanged article (or hand in what it computed on other threads), and `storyTerms` an
 * unchanged article's story terms (src/lib/publish/analysisCache.ts).
 */
export function prepareCorpus(
  articles: readonly CorpusArticleInput[],
  register: readonly Entity[],
  corrections: ReadonlyMap<string, Corrections> = new Map(),
  options: EntityOptions = {},
  storyEdits: ReadonlyMap<string, StoryEdit> = new Map(),
  perArticle: ArticleMemo = (_article, analyse) => analyse(),
  storyTerms: StoryTermsMemo = (_input, compute) => compute(),
): PreparedCorpus {
  const context = articleContext(register, corrections, options);
  const { matcher } = context;
  const correctionProblems: CorpusAnalysis["correctionProblems"][number][] = [];
  const found = new Map<string, FoundEntity>();
  const partial = articles.map((article) => {
    const own = perArticle(article, () => articleParts(article, context));
    for (const entity of own.found) found.set(entity.id, mergeFound(found.get(entity.id), entity));
    for (const problem of own.problems) correctionProblems.push({ slug: article.slug, ...problem });
    const { blocks, mentions, quotes, events, sourcing } = own;
    return { article, blocks, mentions, quotes, events, sourcing };
  });

  const kindOf = (id: string) => matcher.entities.get(id)?.kind ?? found.get(id)?.kind;
  const machine = groupStories(
    partial.map(({ article, blocks, events, mentions, sourcing }) => ({
      slug: article.slug,
      text: [article.title, article.dek ?? "", ...(article.keyPoints ?? []), ...blocks.map((b) => b.text)].join("\n"),
      days: events.filter((event) => event.date.precision === "day").map((event) => event.date.iso),
      // People and bodies name an event's actors; places (a country, a capital) are its setting.
      entities: mentions.map((m) => m.entityId).filter((id) => kindOf(id) !== "place"),
      // An outlet the article cites or is ("told Reuters") is how it learnt of the event, no actor.
      outlets: [
        ...new Set(
          mentions
            .map((m) => m.entityId)
            .filter((id) => isOutletEntity(id, matcher.entities.get(id) ?? found.get(id), sourcing)),
        ),
      ],
      lead: [
        article.title,
        article.dek ?? "",
        ...blocks.flatMap((b) => b.sentences.map((x) => x.text)).slice(0, 2),
      ].join("\n"),
      published: article.published,
    })),
    undefined,
    storyTerms,
  );
  const publishedOf = new Map(articles.map((article) => [article.slug, article.published]));
  const edited = applyStoryEdits(machine.stories, storyEdits, (slugs) =>
    earliestSlug(slugs.map((slug) => ({ slug, published: publishedOf.get(slug) }))),
  );
  const grouping = { ...machine, stories: edited.stories };
  const storyOf = new Map<string, string>();
  for (const story of grouping.stories) for (const slug of story.slugs) storyOf.set(slug, story.id);

  // By slug, so gathering a story's members is linear, not a scan of the corpus per story.
  const partialBySlug = new Map(partial.map((p) => [p.article.slug, p]));
  const comparisons = grouping.stories
    .filter((story) => story.slugs.length >= 2)
    .map((story) => ({
      id: story.id,
      members: story.slugs.flatMap((slug) => {
        const p = partialBySlug.get(slug);
        return p ? [{ slug, blocks: p.blocks, mentions: p.mentions, quotes: p.quotes, events: p.events }] : [];
      }),
    }));
  return {
    partial,
    grouping,
    storyOf,
    storyEditProblems: edited.problems,
    found,
    correctionProblems,
    matcher,
    comparisons,
  };
}

/** One story's comparison (shared people, places and days; coverage; claims) from its members' parts. */
export function storyParts(members: StoryComparison["members"], matcher: EntityMatcher): StoryParts {
  return {
    common: storyCommon(members, (id) => matcher.entities.get(id)?.kind),
    coverage: coverageMatrix(members, matcher),
    claims: storyClaims(members.map((m) => ({ slug: m.slug, blocks: m.blocks, quotes: m.quotes }))),
  };
}

/**
 * The analysis from a prepared corpus, each story's comparison taken through `perStory` in
 * story order (a build may hand in what it computed ahead, on other threads).
 */
export function finishCorpus(
  prepared: PreparedCorpus,
  perStory: StoryMemo = (_slugs, compare) => compare(),
): CorpusAnalysis {
  const { partial, grouping, storyOf, found, correctionProblems, matcher } = prepared;
  const coverage: Record<string, CoverageMatrix> = {};
  const claims: Record<string, Claim[]> = {};
  const common: Record<string, StoryCommon> = {};
  for (const story of prepared.comparisons) {
    const parts = perStory(
      story.members.map((m) => m.slug),
      () => storyParts(story.members, matcher),
    );
    common[story.id] = parts.common;
    coverage[story.id] = parts.coverage;
    claims[story.id] = parts.claims;
  }

  const results: ArticleAnalysis[] = partial.map((p) => ({
    slug: p.article.slug,
    title: p.article.title,
    ...(p.article.published !== undefined ? { published: p.article.published } : {}),
    ...(p.article.outlet !== undefined ? { outlet: p.article.outlet } : {}),
    blocks: p.blocks,
    mentions: p.mentions,
    entities: mentionCounts(p.mentions),
    quotes: p.quotes,
    events: p.events,
    sourcing: p.sourcing,
    storyId: storyOf.get(p.article.slug) ?? p.article.slug,
    related: relatedArticles(grouping, p.article.slug),
  }));

  const entityIndex: Record<string, { slug: string; count: number; anchors: string[] }[]> = {};
  for (const result of results) {
    for (const { entityId, count, anchors } of result.entities) {
      (entityIndex[entityId] ??= []).push({ slug: result.slug, count, anchors });
    }
  }
  return {
    articles: results,
    timeline: sortEvents(results.flatMap((r) => r.events)),
    stories: grouping.stories,
    storyCommon: common,
    storyEditProblems: prepared.storyEditProblems,
    coverage,
    claims,
    entityIndex,
    found: [...found.values()].filter((e) => entityIndex[e.id] !== undefined).sort((a, b) => a.id.localeCompare(b.id)),
    correctionProblems,
  };
}

/** One found entity across articles: the first article's spelling, every other one as an alias. */
function mergeFound(before: FoundEntity | undefined, next: FoundEntity): FoundEntity {
  if (!before) return next;
  const aliases = new Set([...before.aliases, next.name, ...next.aliases]);
  aliases.delete(before.name);
  return { ...before, aliases: [...aliases] };
}

export type { Block } from "#lib/text/sentences.ts";
export type { FoundEntity, Mention } from "./entities.ts";
export type { Quote, Speaker } from "./quotes.ts";
export type { TimelineEvent, EventDate } from "./timeline.ts";
export type { SourcingProfile, Attribution } from "./sourcing.ts";
export type { Story, StoryInput, StoryTermsMemo } from "./stories.ts";
export type { EditedStory, StoryEditProblem } from "./storyEdits.ts";
export type { StoryCommon } from "./storyCommon.ts";
export type { CoverageMatrix } from "./coverage.ts";
export type { Claim } from "./claims.ts";
