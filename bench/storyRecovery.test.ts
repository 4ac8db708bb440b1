/**
 * The benchmark's corpus as a test of story grouping at archive scale: the generator knows which
 * articles cover the same story, so groupStories can be scored against that truth. It lives with
 * the benchmark so that app tests never import benchmark code.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_STORY_OPTIONS, groupStories, relatedArticles } from "#lib/analysis/stories.ts";
import { generateCorpus } from "./corpus.ts";
import { readVocabulary } from "./vocabulary.ts";

const ROOT = resolve(import.meta.dirname, "..");

describe("groupStories at archive scale", () => {
  // The benchmark's corpus knows which articles cover the same generated story: 1–4 articles each,
  // sharing their story's names, against a long tail of ordinary words and templates every story uses.
  const corpus = generateCorpus(3000, readVocabulary(ROOT), 7);
  const grouping = groupStories(corpus.map((article) => ({ slug: article.name, text: article.text })));
  const storyOf = new Map<string, number>();
  grouping.stories.forEach((story, index) => {
    for (const slug of story.slugs) storyOf.set(slug, index);
  });

  it("recovers the generated stories: 95% of the pairs it joins are right, and it joins 90% of the right ones", () => {
    const truthOf = new Map(corpus.map((article) => [article.name, article.story]));
    /** The share of pairs within the groups whose two members agree by `same`. */
    const pairsWithin = (groups: readonly (readonly string[])[], same: (a: string, b: string) => boolean) => {
      let [agree, all] = [0, 0];
      for (const members of groups) {
        for (let i = 0; i < members.length; i += 1) {
          for (let j = i + 1; j < members.length; j += 1) {
            all += 1;
            if (same(members[i] ?? "", members[j] ?? "")) agree += 1;
          }
        }
      }
      return agree / all;
    };
    const generated = new Map<number, string[]>();
    for (const article of corpus) generated.set(article.story, [...(generated.get(article.story) ?? []), article.name]);
    const precision = pairsWithin(
      grouping.stories.map((story) => story.slugs),
      (a, b) => truthOf.get(a) === truthOf.get(b),
    );
    const recall = pairsWithin([...generated.values()], (a, b) => storyOf.get(a) === storyOf.get(b));
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it("never grows a story far past the largest generated one (four articles)", () => {
    expect(Math.max(...grouping.stories.map((story) => story.slugs.length))).toBeLessThanOrEqual(8);
  });

  it("keeps the related pairs linear in the number of articles", () => {
    expect(grouping.pairs.length).toBeLessThanOrEqual(corpus.length * DEFAULT_STORY_OPTIONS.maxRelated);
    const first = corpus[0]?.name ?? "";
    const sameStory = corpus.filter((article) => article.story === corpus[0]?.story && article.name !== first);
    expect(
      relatedArticles(grouping, first)
        .filter((related) => related.sameStory)
        .map((related) => related.slug)
        .sort(),
    ).toEqual(sameStory.map((article) => article.name).sort());
  });
});
