/**
 * Public URLs of the site's pages. Every internal link goes through here, so the paths are
 * defined once and a deployment under a subpath (BASE_PATH) only changes `base`.
 */

import { isHtmlFile } from "./sources/fileName.ts";

/** Joins a base such as "/" or "/mexico-security/" with a root-relative path such as "/topics/x/". */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith("/") ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith("/") ? path : `/${path}`}`;
}

/** One step of a breadcrumb trail: a page's label, and its link unless it is the current page. */
export interface Crumb {
  readonly label: string;
  readonly href?: string;
}

/**
 * File name a raw source is published under. A saved HTML page is third-party markup with
 * scripts in it: served as `x.html` it would run on the site's origin, so it becomes `x.html.txt`,
 * which every static host serves as text/plain.
 */
export function publishedSourceName(fileName: string): string {
  return isHtmlFile(fileName) ? `${fileName}.txt` : fileName;
}

export const routes = {
  home: () => "/",
  topic: (id: string) => `/topics/${id}/`,
  /** Every article, newest first (paginated): not under /articles/, where a page number could be a slug. */
  archive: () => "/archive/",
  article: (slug: string) => `/articles/${slug}/`,
  articleSource: (slug: string) => `/articles/${slug}/source/`,
  /** A raw source as published: saved HTML gets a `.txt` suffix, so it is only ever served as text. */
  rawSource: (fileName: string) => `/sources/${publishedSourceName(fileName)}`,
  search: () => "/search/",
  entities: () => "/entities/",
  entity: (id: string) => `/entities/${id}/`,
  quotes: () => "/quotes/",
  quotesByPerson: (id: string) => `/quotes/people/${id}/`,
  quotesByTopic: (id: string) => `/quotes/topics/${id}/`,
  timeline: () => "/timeline/",
  topicTimeline: (id: string) => `/topics/${id}/timeline/`,
  stories: () => "/stories/",
  story: (id: string) => `/stories/${id}/`,
  storyCoverage: (id: string) => `/stories/${id}/coverage/`,
  methodology: () => "/methodology/",
  about: () => "/about/",
  /** RSS feed of every article, newest first. */
  feed: () => "/rss.xml",
  /** RSS feed of one topic's articles. */
  topicFeed: (id: string) => `/topics/${id}/rss.xml`,
  /** The sitemap index @astrojs/sitemap writes (it names the sitemap files). */
  sitemap: () => "/sitemap-index.xml",
  favicon: () => "/favicon.svg",
  appleTouchIcon: () => "/apple-touch-icon.png",
  /** Social cards (Open Graph / Twitter images), 1200×630 PNG. */
  socialDefault: () => "/og/default.png",
  socialArticle: (slug: string) => `/og/articles/${slug}.png`,
  socialTopic: (id: string) => `/og/topics/${id}.png`,
  /** The corpus analysis as open data, its JSON Schema, and one article's slice of it. */
  openData: () => "/data/analysis.json",
  openDataSchema: () => "/data/analysis.schema.json",
  articleOpenData: (slug: string) => `/articles/${slug}/analysis.json`,
  /** A sentence on an article page: the anchor rehypeSentenceAnchors gives it. */
  sentence: (slug: string, anchor: string) => `/articles/${slug}/#${anchor}`,
} as const;
