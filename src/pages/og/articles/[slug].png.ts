/** Each article's social card, `/og/articles/<slug>.png`; none when SOCIAL_IMAGES=0 (pages use the default card). */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus } from "../../../data/corpus.ts";
import { SITE_NAME } from "../../../data/site.ts";
import { pngResponse, SOCIAL_IMAGES } from "../../../data/social.ts";
import { articleCard, renderCard } from "../../../lib/social/card.ts";
import { loadCardFonts } from "../../../lib/social/fonts.ts";

export const getStaticPaths = (async () => {
  if (!SOCIAL_IMAGES) return [];
  const { articles } = await getCorpus();
  return articles.map((article) => ({ params: { slug: article.slug }, props: { data: article.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { data } = props as { data: { title: string; published?: string; outlet?: string } };
  return pngResponse(await renderCard(articleCard(data, SITE_NAME), loadCardFonts()));
};
