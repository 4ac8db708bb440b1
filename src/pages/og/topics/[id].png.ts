/** Each topic's social card, `/og/topics/<id>.png`; none when SOCIAL_IMAGES=0 (pages use the default card). */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus } from "../../../data/corpus.ts";
import { SITE_NAME } from "../../../data/site.ts";
import { pngResponse, SOCIAL_IMAGES } from "../../../data/social.ts";
import { renderCard, topicCard } from "../../../lib/social/card.ts";
import { loadCardFonts } from "../../../lib/social/fonts.ts";

export const getStaticPaths = (async () => {
  if (!SOCIAL_IMAGES) return [];
  const { topics } = await getCorpus();
  return topics.map((topic) => ({
    params: { id: topic.id },
    props: { title: topic.data.title, articleCount: topic.articles.length },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  pngResponse(
    await renderCard(topicCard(props as { title: string; articleCount: number }, SITE_NAME), loadCardFonts()),
  );
