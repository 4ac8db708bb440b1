/**
 * The open data of the build (src/lib/analysis/openData.ts over the site's corpus and
 * analysis), computed once and checked against its schema: a file that would not match
 * what the methodology page promises fails the build instead of being published.
 */
import { claimRecords } from "#lib/analysis/claimsData.ts";
import { openClaim, openData } from "#lib/analysis/openData.ts";
import { openDataSchema, type OpenData } from "#schemas/openData.ts";
import { getAnalysis } from "./analysis.ts";
import { getCorpus } from "./corpus.ts";

async function load(): Promise<OpenData> {
  const corpus = await getCorpus();
  const { analysis, register } = await getAnalysis();
  const data = openData({
    articles: corpus.articles.map((article) => ({
      slug: article.slug,
      title: article.data.title,
      published: article.data.published,
      outlet: article.data.outlet,
      byline: article.data.byline,
      url: article.data.url,
      topicIds: article.topicIds,
    })),
    analysis,
    register,
    claims: claimRecords(analysis.claims).map(openClaim),
  });
  const checked = openDataSchema.safeParse(data);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`the open data does not match src/schemas/openData.ts:\n${problems.join("\n")}`);
  }
  return checked.data;
}

let cached: Promise<OpenData> | undefined;

/** The corpus's open data, computed on first use and shared by every endpoint of the build. */
export function getOpenData(): Promise<OpenData> {
  cached ??= load();
  return cached;
}
