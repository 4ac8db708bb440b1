import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { analyseCorpus, type ArticleMemo } from "#lib/analysis/index.ts";
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

/** The corpus analysed through a cache in `dir`; how many articles were computed and reused. */
async function analyse(change: Partial<AnalysisContext> = {}) {
  const cache = analysisCache(dir, context(change));
  let computed = 0;
  const memo: ArticleMemo = (article, compute) =>
    cache.memo(article, () => {
      computed += 1;
      return compute();
    });
  const analysis = analyseCorpus(corpus, register, new Map(), {}, new Map(), memo);
  const saved = await cache.save();
  expect(saved.computed).toBe(computed);
  return { analysis, computed, saved };
}

describe("the analysis cache", () => {
  it("computes each article once, then reads it back to the same analysis", async () => {
    dir = mkdtempSync(join(tmpdir(), "analysis-cache-"));
    const cold = await analyse();
    expect(cold.computed).toBe(corpus.length);
    const warm = await analyse();
    expect(warm.computed).toBe(0);
    expect(warm.saved.reused).toBe(corpus.length);
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
});
