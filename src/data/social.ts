/**
 * What BaseLayout needs for sharing and discovery on article and topic pages — the social
 * image, `article:*` facts, the topic feed and JSON-LD — built from the corpus with absolute
 * URLs (SITE_URL + base), so pages only pass it through: `<BaseLayout {...articleSocial(a)}>`.
 *
 * SOCIAL_IMAGES=0 at build time skips rendering per-article and per-topic cards (about 18 ms
 * each; see README "Social images") and points every page at the default card instead, as
 * `astro dev` always does: cards are drawn only by a build (src/integrations/socialCards.ts).
 */
import { routes, withBase } from "#lib/paths.ts";
import { articleImage, defaultImage, socialImagesEnabled, topicImage, type PageImage } from "#lib/social/images.ts";
import type { FeedArticle } from "#lib/social/feed.ts";
import { newsArticle, webSite, type JsonLd } from "#lib/social/jsonLd.ts";
import type { Article, Topic } from "./corpus.ts";
import { href } from "./links.ts";
import { SITE_NAME, SITE_TAGLINE } from "./site.ts";

/** Whether this build renders a card per article and per topic. */
export const SOCIAL_IMAGES = !import.meta.env.DEV && socialImagesEnabled(process.env["SOCIAL_IMAGES"]);

const siteFacts = { name: SITE_NAME, tagline: SITE_TAGLINE, enabled: SOCIAL_IMAGES };

/** Sharing props BaseLayout accepts besides title and description. */
export interface SocialProps {
  /** The page's social card (path without the base); the default card when absent. */
  readonly image?: PageImage;
  /** Open Graph article facts, on article pages; each only when known. */
  readonly article?: {
    readonly publishedTime?: string | undefined;
    readonly section?: string | undefined;
    readonly tags?: readonly string[] | undefined;
  };
  /** A feed of this page's own articles, announced beside the site feed. */
  readonly feed?: { readonly title: string; readonly path: string };
  /** Structured data objects for `<script type="application/ld+json">`. */
  readonly jsonLd?: readonly JsonLd[];
}

/** An absolute URL for a root-relative path that already carries the base. */
export function absoluteUrl(pathWithBase: string): string {
  return new URL(pathWithBase, import.meta.env.SITE).href;
}

/** A route (without the base) as an absolute URL. */
export const absoluteRoute = (path: string): string => absoluteUrl(withBase(import.meta.env.BASE_URL, path));

export const siteDefaultImage = (): PageImage => defaultImage(SITE_NAME, SITE_TAGLINE);

/** Social props of an article page; `topicTitles` are the titles of the article's topics, in order. */
export function articleSocial(article: Article, topicTitles: readonly string[]): SocialProps {
  const { title, dek, published, byline, outlet, url, source, citedSources } = article.data;
  const image = articleImage({ slug: article.slug, title, published, outlet }, siteFacts);
  return {
    image,
    article: { publishedTime: published, section: topicTitles[0], tags: topicTitles },
    jsonLd: [
      newsArticle({
        url: absoluteRoute(routes.article(article.slug)),
        headline: title,
        description: dek,
        published,
        byline,
        outlet,
        citedSources,
        image: absoluteRoute(image.path),
        rawSourceUrl: source ? absoluteRoute(routes.rawSource(source)) : undefined,
        originalUrl: url,
        topics: topicTitles,
      }),
    ],
  };
}

/** Social props of a topic page: its card and its own feed. */
export function topicSocial(topic: Topic): SocialProps {
  return {
    image: topicImage({ id: topic.id, title: topic.data.title }, siteFacts),
    feed: { title: `${topic.data.title} · ${SITE_NAME}`, path: routes.topicFeed(topic.id) },
  };
}

/** The home page's `WebSite` with its search action. */
export function homeJsonLd(description: string): JsonLd {
  return webSite({
    name: SITE_NAME,
    url: absoluteUrl(href.home()),
    searchUrl: absoluteUrl(href.search()),
    description,
  });
}

/** Articles as feed entries, with their topics' titles. */
export function feedArticles(
  articles: readonly Article[],
  corpus: { topicById: ReadonlyMap<string, Topic> },
): FeedArticle[] {
  return articles.map((article) => ({
    slug: article.slug,
    title: article.data.title,
    dek: article.data.dek,
    published: article.data.published,
    topics: article.topicIds.flatMap((id) => corpus.topicById.get(id)?.data.title ?? []),
  }));
}

/** A built PNG as an endpoint response. */
export function pngResponse(bytes: Uint8Array): Response {
  return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "image/png" }), {
    headers: { "Content-Type": "image/png" },
  });
}
