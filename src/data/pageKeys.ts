/**
 * The `cacheKey` of every page rendered through `getStaticPaths()`, for Astro's incremental
 * build (src/lib/publish/cacheKeys.ts says how a key is made and why). This module lists, per
 * page, the data its template and components show; pages only call it. When a template starts
 * showing something new, add it to its `shown` here — or its pages go stale.
 */
import { getCollection } from "astro:content";
import type { Page } from "astro";
import type { EditedStory, Quote } from "#lib/analysis/index.ts";
import { articleOpenData } from "#lib/analysis/openData.ts";
import { processCodeVersion } from "#lib/publish/codeVersion.ts";
import { pageKeys, stableDigest, stringsIn, type PageKeys } from "#lib/publish/cacheKeys.ts";
import { sha256Hex } from "#lib/normalize/digest.ts";
import type { EntityProfile } from "#lib/views/entities.ts";
import type { PeriodPage } from "#lib/views/periodPages.ts";
import { singleArticles, STORIES_LISTED } from "#lib/views/stories.ts";
import { getAnalysis } from "./analysis.ts";
import { getCorpus, type Article, type Topic } from "./corpus.ts";
import { getOpenData } from "./openData.ts";
import { SOCIAL_IMAGES } from "./social.ts";

/** A page of a list paged by count as plain data; `item` turns an entry into what identifies it. */
function pageShown<T>(page: Page<T>, item: (entry: T) => unknown = (entry) => entry): unknown {
  const { data, start, end, size, total, currentPage, lastPage, url } = page;
  return { data: data.map(item), start, end, size, total, currentPage, lastPage, url };
}

/** A page of a list paged by period as plain data: every field the page and its pager show. */
function periodShown<T>(page: PeriodPage<T>, item: (entry: T) => unknown = (entry) => entry): unknown {
  return { ...page, data: page.data.map(item) };
}

const topicShown = (topic: Topic) => ({ id: topic.id, data: topic.data, digest: topic.entry.digest });

async function load() {
  const corpus = await getCorpus();
  const { byArticle, articleKeys, register, profiles, storyPages, quoteFilters, analysis, eventsByTopic } =
    await getAnalysis();
  const reports = new Map((await getCollection("reports")).map((entry) => [entry.id, entry.digest]));
  const keys: PageKeys = pageKeys({
    // The code, and the one setting pages read at run time rather than from the config.
    version: stableDigest({ code: processCodeVersion(process.cwd()), socialImages: SOCIAL_IMAGES }),
    // BaseLayout's navigation.
    frame: corpus.topics.map((topic) => ({ id: topic.id, title: topic.data.title })),
    entity(id) {
      const entity = register.get(id);
      return entity && { entity, hasPage: profiles.has(id) };
    },
    article(slug) {
      const article = corpus.articleBySlug.get(slug);
      if (!article) return undefined;
      const slice = byArticle.get(slug);
      // What a page that names the article can show of it. Its own analysis (sentences, mentions,
      // quotes, dates, sourcing) follows from its analysis cache key, which is far cheaper to
      // carry than a digest of all of it. Its story and related articles are left out: the rest
      // of the corpus decides them (an edit elsewhere moves them) and only its own page shows
      // them, whose key carries them (`links` below).
      const own = slice && (articleKeys.get(slug) ?? { ...slice, storyId: null, related: null });
      return {
        data: article.data,
        digest: article.entry.digest,
        topicIds: article.topicIds,
        topicReasons: article.topicReasons,
        analysis: own,
        entities: [...stringsIn(slice)].sort().flatMap((id) => keys.entity(id) ?? []),
      };
    },
  });
  // An entity's profile is long for a much-named one: its first page's key carries its digest.
  const profilePart = (profile: EntityProfile) => keys.part(profile, stableDigest(profile));
  // What every quotes page and every stories page shows alike is digested once, not per page.
  const quoteFilterCounts = keys.part({
    speakers: quoteFilters.speakers,
    topics: quoteFilters.topics.map((topic) => ({ id: topic.id, title: topic.title, count: topic.quotes.length })),
  });
  const singles = singleArticles(analysis.stories, corpus.articles);
  /**
   * The article page's story link and related list (titles shown, relatedness scores not),
   * digested so that the slugs in them are links, not names whose facts the key pulls in: the
   * page shows the related articles' titles, which are in the digest, and nothing else of them.
   */
  const links = (slug: string) => {
    const slice = byArticle.get(slug);
    return stableDigest({
      storyId: slice?.storyId ?? null,
      storyPage: storyPages.has(slice?.storyId ?? ""),
      related: (slice?.related ?? []).map(({ slug: other, sameStory }) => ({
        slug: other,
        sameStory,
        title: corpus.articleBySlug.get(other)?.data.title,
      })),
    });
  };
  const openData = await getOpenData();
  return {
    article: (article: Article) => keys.page("article", { slug: article.slug, links: links(article.slug) }),
    // ArticleCard shows an article's frontmatter: the key follows each listed article's data.
    // Pages are months, so an added article changes its month's pages and the first page.
    archive: (page: PeriodPage<Article>) =>
      keys.page("archive", { page: periodShown(page, (article) => ({ slug: article.slug, data: article.data })) }),
    articleSource: (article: Article) =>
      keys.page("article-source", { slug: article.slug, report: reports.get(article.slug) ?? null }),
    // The page is this slice's text and nothing else: its key is made of the digest of the slice's
    // compact JSON, rather than of the slice through the canonical serialisation. The published
    // text is the same value indented, which follows from the compact text alone, so equal keys
    // mean equal files; writing it without the indent costs half as much (5,000 slices a build).
    articleData: (slug: string) =>
      keys.data("article-data", sha256Hex(JSON.stringify(articleOpenData(openData, slug)))),
    // The first page shows the profile; the others the entity's name and facts (its id pulls
    // them in) and their own month's mentions, so an added article changes the first page and
    // its month's.
    entity: (profile: EntityProfile, page: PeriodPage<EntityProfile["articles"][number]>) =>
      keys.page("entity", {
        profile: page.head ? profilePart(profile) : profile.id,
        page: periodShown(page),
      }),
    quotes: (page: PeriodPage<Quote>, active: string) =>
      // QuotesView: the whole filter bar is on the first page of all quotes only, and pages are
      // months, so an added quotation changes the first page and its month's pages.
      keys.page("quotes", {
        active,
        page: periodShown(page),
        filters: page.head && active === "all" ? quoteFilterCounts : null,
      }),
    // Each story on the page shows its own fields and members; the first page also lists the
    // latest single articles and how many there are.
    stories: (page: Page<EditedStory>) =>
      keys.page("stories", {
        page: pageShown(page),
        singles:
          page.currentPage === 1
            ? { count: singles.length, latest: singles.slice(0, STORIES_LISTED).map((article) => article.slug) }
            : null,
      }),
    story: (story: EditedStory) =>
      keys.page("story", {
        story,
        coverage: analysis.coverage[story.id],
        common: analysis.storyCommon[story.id],
        claims: analysis.claims[story.id],
      }),
    // The matrix names entities (their kinds label rows) and the members (titles, dates, events).
    storyCoverage: (story: EditedStory) =>
      keys.page("story-coverage", { story, coverage: analysis.coverage[story.id] }),
    // Pages are years: an added article changes the pages of its events' years and the first.
    timeline: (page: PeriodPage<unknown>) => keys.page("timeline", { page: periodShown(page) }),
    topic: (topic: Topic, page: PeriodPage<Article>) =>
      // Later pages show the topic and their own month's articles only.
      !page.head
        ? keys.page("topic", { topic: topicShown(topic), page: periodShown(page, (article) => article.slug) })
        : keys.page("topic", {
            topic: topicShown(topic),
            articles: topic.articles.map((article) => article.slug),
            page: periodShown(page, (article) => article.slug),
            quotes: quoteFilters.topics.find((entry) => entry.id === topic.id)?.quotes ?? [],
            events: eventsByTopic.get(topic.id)?.length ?? 0,
          }),
    topicFeed: (topic: Topic) =>
      keys.page("topic-feed", { topic: topicShown(topic), articles: topic.articles.map((article) => article.slug) }),
    // The first page names how many articles the topic has.
    topicTimeline: (topic: Topic, page: PeriodPage<unknown>) =>
      keys.page("topic-timeline", {
        topic: topicShown(topic),
        articles: page.head ? topic.articles.length : null,
        page: periodShown(page),
      }),
  };
}

let cached: ReturnType<typeof load> | undefined;

/** The page keys of this build, made on first use and shared by every page's getStaticPaths. */
export function getPageKeys(): ReturnType<typeof load> {
  cached ??= load();
  return cached;
}
