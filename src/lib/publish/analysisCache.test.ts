import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { analyseCorpus, type ArticleMemo, type StoryMemo, type StoryTermsMemo } from "#lib/analysis/index.ts";
import { loadCorpus, loadRegister } from "#lib/analysis/test-support/corpus.ts";
import { analysisCache, type AnalysisContext } from "./analysisCache.ts";

const corpus = loadCorpus();
const register = loadRegister();
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const context = (change: Partial<AnalysisContext> = {}): AnalysisContext => ({
  version: "code-1",
  register,
  notEntities: [],
  corrections: new Map(),
  ...change,
});

/** The corpus analysed through a cache in `dir`; how many articles, stories and articles' story terms were computed. */
async function analyse(change: Partial<AnalysisContext> = {}, articles = corpus) {
  const cache = analysisCache(dir, context(change));
  let computed = 0;
  let stories = 0;
  let terms = 0;
  const memo: ArticleMemo = (article, compute) =>
    cache.memo(article, () => {
      computed += 1;
      return compute();
    });
  const story: StoryMemo = (slugs, compare) =>
    cache.story(slugs, () => {
      stories += 1;
      return compare();
    });
  const storyTerms: StoryTermsMemo = (input, compute) =>
    cache.terms(input, () => {
      terms += 1;
      return compute();
    });
  const analysis = analyseCorpus(articles, register, new Map(), {}, new Map(), memo, story, storyTerms);
  const saved = await cache.save();
  expect(saved.computed).toBe(computed + stories + terms);
  return { analysis, computed, stories, terms, saved, keys: new Map(cache.articleKeys) };
}

/** How many stories of an analysis have two or more articles (those get compared). */
const compared = (analysis: ReturnType<typeof analyseCorpus>) =>
  analysis.stories.filter((story) => story.slugs.length >= 2).length;

describe("the analysis cache", () => {
  it("computes each article once, then reads it back to the same analysis", async () => {
    dir = mkdtempSync(join(tmpdir(), "analysis-cache-"));
    const cold = await analyse();
    expect(cold.computed).toBe(corpus.length);
    expect(cold.stories).toBe(compared(cold.analysis));
    expect(cold.stories).toBeGreaterThan(0);
    const warm = await analyse();
    expect(warm.computed).toBe(0);
    expect(warm.stories).toBe(0);
    expect(cold.terms).toBe(corpus.length);
    expect(warm.terms).toBe(0);
    expect(warm.saved.reused).toBe(2 * corpus.length + cold.stories);
    expect(warm.analysis).toStrictEqual(JSON.parse(JSON.stringify(cold.analysis)));
    expect(warm.analysis).toEqual(analyseCorpus(corpus, register));
  });

  it("computes everything again after a code or register change", async () => {
    dir = mkdtempSync(join(tmpdir(), "analysis-cache-"));
    await analyse();
    expect((await analyse({ version: "code-2" })).computed).toBe(corpus.length);
    expect((await analyse({ register: register.slice(1), version: "code-2" })).computed).toBe(corpus.length);
    expect((await analyse({ notEntities: ["CIA"], version: "code-2" })).computed).toBe(corpus.length);
  });

  it("computes again only the article whose text or corrections changed", async () => {
    dir = mkdtempSync(join(tmpdir(), "analysis-cache-"));
    await analyse();
    const slug = corpus[0]?.slug ?? "";
    const corrections = new Map([[slug, { quotes: [], mentions: [], events: [] }]]);
    expect((await analyse({ corrections })).computed).toBe(1);
  });

  it("gives each article the key that vouches for its parts, which changes with them only", async () => {
    dir = mkdtempSync(join(tmpdir(), "analysis-cache-"));
    const cold = await analyse();
    expect([...cold.keys.keys()]).toEqual(corpus.map((article) => article.slug));
    expect((await analyse()).keys).toEqual(cold.keys);
    const slug = corpus[0]?.slug ?? "";
    const corrections = new Map([[slug, { quotes: [], mentions: [], events: [] }]]);
    const corrected = await analyse({ corrections });
    const changed = [...corrected.keys].filter(([name, key]) => cold.keys.get(name) !== key).map(([name]) => name);
    expect(changed).toEqual([slug]);
  });

  it("compares again only the story one of whose articles changed", async () => {
    dir = mkdtempSync(join(tmpdir(), "analysis-cache-"));
    const cold = await analyse();
    const story = cold.analysis.stories.find((found) => found.slugs.length >= 2);
    const member = corpus.find((article) => article.slug === story?.slugs[0]);
    if (!story || !member) throw new Error("the corpus has no story of two or more articles");
    const edited = corpus.map((article) =>
      article === member ? { ...article, body: `${article.body}\n\nAn editor added this sentence.` } : article,
    );
    const warm = await analyse({}, edited);
    expect(warm.computed).toBe(1);
    expect(warm.terms).toBe(1);
    // Compared again: the stories the edited article is in, and any whose membership changed.
    const before = new Set(cold.analysis.stories.map((found) => found.slugs.join(" ")));
    const changed = warm.analysis.stories.filter(
      (found) => found.slugs.length >= 2 && (found.slugs.includes(member.slug) || !before.has(found.slugs.join(" "))),
    );
    expect(changed.length).toBeGreaterThan(0);
    expect(warm.stories).toBe(changed.length);
    expect(warm.analysis).toEqual(analyseCorpus(edited, register));
  });

  it("ignores a broken or mismatched file and writes it again; prunes files it did not use", async () => {
    dir = mkdtempSync(join(tmpdir(), "analysis-cache-"));
    await analyse();
    const names = readdirSync(dir).sort();
    const [broken = "", swapped = ""] = names;
    writeFileSync(join(dir, broken), '{"key": "trunc');
    writeFileSync(join(dir, swapped), JSON.stringify({ key: "another", parts: {} }));
    writeFileSync(join(dir, "left-over.json"), "{}");
    const again = await analyse();
    expect(again.computed).toBe(2);
    expect(again.saved.pruned).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(names);
    expect((await analyse()).computed).toBe(0);
  });

  it("keeps an article's story terms in their order, and uses them only for the entities they were made from", async () => {
    dir = mkdtempSync(join(tmpdir(), "analysis-cache-"));
    await analyse();
    const cache = analysisCache(dir, context());
    const article = corpus[0];
    if (!article) throw new Error("the corpus is empty");
    cache.memo(article, () => {
      throw new Error("the article's parts were kept");
    });
    const input = {
      slug: article.slug,
      text: "Cartel leaders met in Sinaloa on 12 August; 26 were held.",
      entities: ["a", "b"],
    };
    const made = new Map([
      ["zeta", 2],
      ["alpha", 1],
      ["name:a", 1],
    ]);
    expect([...cache.terms(input, () => made)]).toEqual([...made]);
    await cache.save();
    const again = analysisCache(dir, context());
    again.memo(article, () => {
      throw new Error("the article's parts were kept");
    });
    const kept = again.terms(input, () => {
      throw new Error("the terms were kept");
    });
    expect([...kept]).toEqual([...made]);
    // One entity now a place (another article gave a found name that kind): made again.
    let remade = 0;
    again.terms({ ...input, entities: ["a"] }, () => {
      remade += 1;
      return new Map();
    });
    expect(remade).toBe(1);
  });
});
