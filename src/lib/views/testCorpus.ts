/** Test support: the real corpus analysed once, shared by the view modules' tests. */
import type { Entity } from "#schemas/entity.ts";
import { analyseCorpus, type FoundEntity } from "#lib/analysis/index.ts";
import { articleFor, loadCorpus, loadRegister } from "#lib/analysis/test-support/corpus.ts";

export const corpus = loadCorpus();
export const register = loadRegister();
export const analysis = analyseCorpus(corpus, register);
/** Every entity by id, the register's and those the analysis found, as `getAnalysis` hands pages. */
export const byId = new Map<string, Entity | FoundEntity>([
  ...register.map((entity) => [entity.id, entity] as const),
  ...analysis.found.map((entity) => [entity.id, entity] as const),
]);
export const slugOf = (prefix: string) => articleFor(corpus, prefix).slug;
export const articleOf = (prefix: string) => {
  const found = analysis.articles.find((a) => a.slug === slugOf(prefix));
  if (!found) throw new Error(`no analysed article ${prefix}`);
  return found;
};
