import { describe, expect, it } from "vitest";
import { densestWindow, excerptAfterHeadline, type ExcerptSource } from "./excerpt.ts";

// A synthetic page: a five-word headline, then a body whose words are numbered so a window is easy to read.
const HEADLINE = "Harbour pilots strike over pay";
const BODY = Array.from({ length: 40 }, (_, i) => `w${i + 5}`);
const CONTENT = [...HEADLINE.split(" ").slice(0, -1), "pay.", ...BODY].join(" ");

const at = (...locations: number[]) => locations.map((location) => ({ location, balanced_score: 1 }));
const marked = (words: readonly string[], hits: readonly number[], start: number) =>
  words.map((word, i) => (hits.includes(start + i) ? `<mark>${word}</mark>` : word)).join(" ");
const all = CONTENT.split(" ");

function source(locations: number[], excerptStart: number): ExcerptSource {
  return {
    raw_content: CONTENT,
    weighted_locations: at(...locations),
    excerpt: marked(all.slice(excerptStart, excerptStart + 10), locations, excerptStart),
  };
}

describe("densestWindow", () => {
  it("starts at the first match of the best-scoring window after `from`", () => {
    expect(densestWindow(at(1, 12, 14, 30), 5, 10)).toBe(12);
  });
  it("is `from` when nothing after it matched", () => {
    expect(densestWindow(at(1, 2), 5, 10)).toBe(5);
  });
  it("adds up scores at the same position", () => {
    const matches = [...at(8, 30), { location: 30, balanced_score: 3 }];
    expect(densestWindow(matches, 5, 3)).toBe(30);
  });
});

describe("excerptAfterHeadline", () => {
  it("cuts the excerpt after the headline when Pagefind's opens inside it, keeping the marks", () => {
    // "strike" (2) in the headline, and twice in the body (20, 22).
    const excerpt = excerptAfterHeadline(source([2, 20, 22], 0), HEADLINE, 10);
    expect(excerpt).toBe(marked(all.slice(20, 30), [20, 22], 20));
  });

  it("shows the body's opening when the word is only in the headline", () => {
    expect(excerptAfterHeadline(source([1], 0), HEADLINE, 10)).toBe(all.slice(5, 15).join(" "));
  });

  it("keeps a full window at the end of the page", () => {
    expect(excerptAfterHeadline(source([0, 43], 0), HEADLINE, 10)).toBe(marked(all.slice(35, 45), [43], 35));
  });

  it("leaves an excerpt that does not overlap the headline as Pagefind cut it", () => {
    const page = source([2, 20], 16);
    expect(excerptAfterHeadline(page, HEADLINE, 10)).toBe(page.excerpt);
  });

  it("leaves the excerpt of a page that does not open with the headline", () => {
    const page = { ...source([0], 0), raw_content: ["Other", ...all.slice(1)].join(" ") };
    expect(excerptAfterHeadline(page, HEADLINE, 10)).toBe(page.excerpt);
  });

  it("compares the headline as Pagefind escapes the page's text", () => {
    const headline = "Pay <b>talks</b> fail";
    const content = ["Pay", "&lt;b&gt;talks&lt;/b&gt;", "fail.", ...BODY].join(" ");
    const page = {
      raw_content: content,
      weighted_locations: at(2),
      excerpt: "Pay &lt;b&gt;talks&lt;/b&gt; <mark>fail.</mark> w5",
    };
    expect(excerptAfterHeadline(page, headline, 4)).toBe("w5 w6 w7 w8");
  });
});
