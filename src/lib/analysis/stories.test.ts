import { describe, expect, it } from "vitest";
import { groupStories, relatedArticles, storyTerms } from "./stories.ts";
import { articleFor, loadCorpus } from "./test-support/corpus.ts";

const corpus = loadCorpus();
const grouping = groupStories(corpus.map((a) => ({ slug: a.slug, text: `${a.title}\n${a.body}` })));
const slug = (prefix: string) => articleFor(corpus, prefix).slug;

describe("groupStories on the real five", () => {
  it("puts the three CIA-drone articles (001, 003, 004) in one story", () => {
    const drones = grouping.stories.find((s) => s.slugs.includes(slug("001")));
    expect(drones?.slugs).toEqual([slug("001"), slug("003"), slug("004")].sort());
    expect(drones?.sharedTerms.length).toBeGreaterThan(0);
  });

  it("keeps 000 (Russian espionage) and 002 (September 2025) out of it, each alone", () => {
    for (const prefix of ["000", "002"]) {
      expect(grouping.stories.find((s) => s.slugs.includes(slug(prefix)))?.slugs).toEqual([slug(prefix)]);
    }
    expect(grouping.stories).toHaveLength(3);
  });

  it("lists related articles, same story first", () => {
    const related = relatedArticles(grouping, slug("003"));
    expect(
      related
        .slice(0, 2)
        .map((r) => r.slug)
        .sort(),
    ).toEqual([slug("001"), slug("004")].sort());
    expect(related.slice(0, 2).every((r) => r.sameStory)).toBe(true);
    expect(related.slice(2).every((r) => !r.sameStory)).toBe(true);
  });
});

describe("groupStories on synthetic input", () => {
  it("joins near-duplicates transitively and never pairs articles without shared terms", () => {
    const g = groupStories(
      [
        { slug: "a", text: "zebra giraffe okapi pangolin aardvark" },
        { slug: "b", text: "zebra giraffe okapi pangolin narwhal" },
        { slug: "c", text: "pangolin narwhal walrus seahorse quokka" },
        { slug: "d", text: "volcano glacier canyon delta estuary" },
      ],
      { threshold: 0.3, maxShare: 0.8, maxPostings: 50, relatedFloor: 0 },
    );
    expect(g.stories.map((s) => s.slugs)).toContainEqual(["d"]);
    expect(g.pairs.some((p) => p.a === "d" || p.b === "d")).toBe(false);
    expect(g.stories.find((s) => s.slugs.includes("a"))?.slugs).toContain("b");
  });

  it("handles many articles quickly (inverted index, no all-pairs text comparison)", () => {
    const inputs = Array.from({ length: 2000 }, (_, i) => ({
      slug: `s${i}`,
      text: `topic${Math.floor(i / 2)} alpha${i} story${Math.floor(i / 2)} words${Math.floor(i / 2)}`,
    }));
    const started = performance.now();
    const g = groupStories(inputs);
    expect(g.stories).toHaveLength(1000);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("folds case, accents and possessives", () => {
    expect([...storyTerms("Sheinbaum’s MÉXICO plan the and")]).toEqual([
      ["sheinbaum", 1],
      ["mexico", 1],
      ["plan", 1],
    ]);
  });
});

describe("groupStories at archive scale", () => {
  it("handles 20,000 articles through the inverted index, with bounded pairs", () => {
    // Synthetic articles in stories of three: shared rare terms within a story, common terms across.
    const inputs = Array.from({ length: 20_000 }, (_, i) => {
      const story = Math.floor(i / 3);
      return { slug: `a${i}`, text: `cartel border troops mexico story${story}alpha story${story}beta unique${i}word` };
    });
    const grouping = groupStories(inputs);
    expect(grouping.stories.filter((story) => story.slugs.length === 3).length).toBeGreaterThan(6000);
    expect(grouping.pairs.length).toBeLessThan(inputs.length * 2);
    expect(
      relatedArticles(grouping, "a3")
        .map((related) => related.slug)
        .sort(),
    ).toEqual(["a4", "a5"]);
  });
});
