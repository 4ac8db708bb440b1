/** `/topics/<id>/rss.xml`: one topic's articles, newest first. */
import rss from "@astrojs/rss";
import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus } from "#data/corpus.ts";
import { href } from "#data/links.ts";
import { getPageKeys } from "#data/pageKeys.ts";
import { SITE_NAME } from "#data/site.ts";
import { absoluteUrl, feedArticles } from "#data/social.ts";
import { feedItems } from "#lib/social/feed.ts";

export const getStaticPaths = (async () => {
  const { topics } = await getCorpus();
  const keys = await getPageKeys();
  return topics.map((topic) => ({ params: { id: topic.id }, cacheKey: keys.topicFeed(topic) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const corpus = await getCorpus();
  const topic = corpus.topicById.get(String(params["id"]));
  if (!topic) throw new Error(`no topic ${String(params["id"])}`);
  return rss({
    title: `${topic.data.title} · ${SITE_NAME}`,
    description: topic.data.summary,
    // The channel links to the home page (SITE_URL + base); items are resolved against it.
    site: absoluteUrl(href.home()),
    items: feedItems(feedArticles(topic.articles, corpus), href.article),
    customData: "<language>en-us</language>",
  });
};
