/** `/rss.xml`: every article, newest first (see src/lib/social/feed.ts for what an item holds). */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getCorpus } from "#data/corpus.ts";
import { absoluteUrl, feedArticles } from "#data/social.ts";
import { SITE_NAME, SITE_TAGLINE } from "#data/site.ts";
import { href } from "#data/links.ts";
import { feedItems } from "#lib/social/feed.ts";

export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  return rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    // The channel links to the home page (SITE_URL + base); items are resolved against it.
    site: absoluteUrl(href.home()),
    items: feedItems(feedArticles(corpus.articles, corpus), href.article),
    customData: "<language>en-us</language>",
  });
};
