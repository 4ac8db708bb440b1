/** `/articles/<slug>/analysis.json`: one article's slice of the open data (src/lib/analysis/openData.ts). */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus } from "#data/corpus.ts";
import { getOpenData } from "#data/openData.ts";
import { getPageKeys } from "#data/pageKeys.ts";
import { articleOpenData } from "#lib/analysis/openData.ts";
import { jsonResponse } from "#lib/publish/json.ts";

export const getStaticPaths = (async () => {
  const { articles } = await getCorpus();
  const keys = await getPageKeys();
  return articles.map((article) => ({ params: { slug: article.slug }, cacheKey: keys.articleData(article.slug) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  if (params.slug === undefined) throw new Error("analysis.json needs an article slug");
  return jsonResponse(articleOpenData(await getOpenData(), params.slug));
};
