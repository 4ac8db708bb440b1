import { describe, expect, it } from "vitest";
import { sentenceIndex } from "./sentences.ts";
import { analysis, articleOf } from "./testCorpus.ts";

describe("sentenceIndex", () => {
  it("finds a sentence's text by slug and anchor", () => {
    const index = sentenceIndex(analysis.articles);
    const quote = articleOf("002").quotes[0];
    expect(quote && index.text(quote.articleSlug, quote.anchor)).toContain(quote?.text.slice(0, 20));
    expect(index.text("nope", "s-00000000")).toBeUndefined();
  });
});
