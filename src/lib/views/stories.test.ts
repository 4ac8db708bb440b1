import { describe, expect, it } from "vitest";
import type { Claim } from "#lib/analysis/index.ts";
import { claimSections, comparableStories, singleArticles, storyColumns, storyTitle } from "./stories.ts";
import { analysis, corpus, slugOf } from "./testCorpus.ts";

describe("stories", () => {
  const meta = (slug: string) => {
    const article = corpus.find((a) => a.slug === slug);
    return article ? { slug, title: article.title, published: article.published } : undefined;
  };
  it("pages only stories of two or more articles, oldest first with undated last", () => {
    const stories = comparableStories(analysis.stories);
    expect(stories).toHaveLength(1);
    const columns = storyColumns(stories[0]?.slugs ?? [], meta);
    expect(columns[0]).toBe(slugOf("004"));
    expect(storyTitle(stories[0]?.slugs ?? [], meta)).toBe(meta(slugOf("004"))?.title);
  });
});

describe("claimSections", () => {
  const claim = (kind: Claim["kind"], slugs: string[]): Claim => ({
    id: `${slugs[0] ?? ""}#s-1`,
    sentences: slugs.map((slug) => ({ slug, anchor: "s-1", text: "A sentence." })),
    score: 1,
    shared: [],
    kind,
    differences: [],
  });

  it("splits claims into differences, agreed by all, by some, and only in each article", () => {
    const sections = claimSections(
      [
        claim("differ", ["a", "b"]),
        claim("agree", ["a", "b", "c"]),
        claim("agree", ["a", "c"]),
        claim("single", ["c"]),
      ],
      ["a", "b", "c"],
    );
    expect(sections.differ).toHaveLength(1);
    expect(sections.all.map((c) => c.sentences.length)).toEqual([3]);
    expect(sections.some.map((c) => c.sentences.length)).toEqual([2]);
    expect(sections.onlyIn.map((o) => [o.slug, o.claims.length])).toEqual([
      ["a", 0],
      ["b", 0],
      ["c", 1],
    ]);
  });
});

describe("singleArticles", () => {
  it("lists the articles of one-article stories, in the order the articles were given", () => {
    const stories = [
      { id: "b", slugs: ["b", "d"], sharedTerms: [] },
      { id: "c", slugs: ["c"], sharedTerms: [] },
      { id: "a", slugs: ["a"], sharedTerms: [] },
    ];
    const articles = ["d", "c", "b", "a"].map((slug) => ({ slug }));
    expect(singleArticles(stories, articles).map((article) => article.slug)).toEqual(["c", "a"]);
  });
});
