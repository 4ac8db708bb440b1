/**
 * RSS items for the site feed (`/rss.xml`) and each topic's feed (`/topics/<id>/rss.xml`):
 * newest first, undated articles last; the headline and link always, `pubDate` only when the
 * source states a date (a feed reader would otherwise show the build time as if it were the
 * publication date), the dek as description when there is one, topics as categories.
 * @astrojs/rss renders them; the endpoints only pass the site's articles through here.
 */
import type { RSSFeedItem } from "@astrojs/rss";
import { compareNewestFirst } from "#lib/content/dates.ts";

export interface FeedArticle {
  readonly slug: string;
  readonly title: string;
  readonly dek?: string | undefined;
  /** `YYYY-MM-DD` as the source states it. */
  readonly published?: string | undefined;
  /** Names of the article's topics. */
  readonly topics?: readonly string[] | undefined;
}

/** A `YYYY-MM-DD` date as the Date at 00:00 UTC of that day, so every feed shows the same day. */
export function feedDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The feed items for `articles`; `link` gives an article's URL (with the base path). */
export function feedItems(articles: readonly FeedArticle[], link: (slug: string) => string): RSSFeedItem[] {
  return [...articles].sort(compareNewestFirst).map((article) => ({
    title: article.title,
    link: link(article.slug),
    ...(article.published ? { pubDate: feedDate(article.published) } : {}),
    ...(article.dek ? { description: article.dek } : {}),
    ...(article.topics && article.topics.length > 0 ? { categories: [...article.topics] } : {}),
  }));
}
