/** Test support: the real corpus analysed once, shared by the view modules' tests. */
import { analyseCorpus } from "../analysis/index.ts";
import { articleFor, loadCorpus, loadRegister } from "../analysis/test-support/corpus.ts";

export const corpus = loadCorpus();
export const register = loadRegister();
export const analysis = analyseCorpus(corpus, register);
export const byId = new Map(register.map((entity) => [entity.id, entity]));
export const slugOf = (prefix: string) => articleFor(corpus, prefix).slug;
export const articleOf = (prefix: string) => {
  const found = analysis.articles.find((a) => a.slug === slugOf(prefix));
  if (!found) throw new Error(`no analysed article ${prefix}`);
  return found;
};
