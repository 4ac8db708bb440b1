import { describe, expect, it } from "vitest";
import { comparableStories, shortTitle, storyColumns, storyTitle } from "./stories.ts";
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

describe("shortTitle", () => {
  it("keeps short titles and cuts long ones at a word", () => {
    expect(shortTitle("Short", 10)).toBe("Short");
    expect(shortTitle("CIA deploys drones over Mexico to spy on drug cartels", 34)).toBe(
      "CIA deploys drones over Mexico…",
    );
    expect(shortTitle("CIA deploys drones over Mexico to spy", 34).length).toBeLessThanOrEqual(34);
  });
});
