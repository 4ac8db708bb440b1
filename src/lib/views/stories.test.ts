import { describe, expect, it } from "vitest";
import { comparableStories, storyColumns, storyTitle } from "./stories.ts";
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
