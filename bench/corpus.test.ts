import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus, prng } from "./corpus.ts";
import { readVocabulary } from "./vocabulary.ts";

const vocabulary = readVocabulary(resolve(import.meta.dirname, ".."));

describe("readVocabulary", () => {
  it("reads names and topic terms from the site's own content", () => {
    expect(vocabulary.people.length).toBeGreaterThan(0);
    expect(vocabulary.places.length).toBeGreaterThan(0);
    expect(vocabulary.topicTerms.length).toBeGreaterThan(0);
  });
});

describe("generateCorpus", () => {
  const corpus = generateCorpus(200, vocabulary, 3);

  it("makes the number of articles asked for, each under its own file name", () => {
    expect(corpus).toHaveLength(200);
    expect(new Set(corpus.map((article) => article.name)).size).toBe(200);
  });

  it("is deterministic: the same seed gives the same corpus, another seed another", () => {
    expect(generateCorpus(200, vocabulary, 3)).toEqual(corpus);
    expect(generateCorpus(200, vocabulary, 4).map((article) => article.text)).not.toEqual(
      corpus.map((article) => article.text),
    );
  });

  it("covers each generated story with one to four articles", () => {
    const sizes = new Map<number, number>();
    for (const article of corpus) sizes.set(article.story, (sizes.get(article.story) ?? 0) + 1);
    expect(Math.min(...sizes.values())).toBeGreaterThanOrEqual(1);
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(4);
  });

  it("names people from the entity register", () => {
    const named = corpus.filter((article) => vocabulary.people.some((person) => article.text.includes(person)));
    expect(named.length).toBeGreaterThan(corpus.length / 2);
  });
});

describe("prng", () => {
  it("repeats for a seed and stays in [0, 1)", () => {
    const [a, b] = [prng(9), prng(9)];
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
