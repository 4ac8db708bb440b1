/**
 * schema.org microdata on the smallest pages that carry it: the article's fields as the page
 * marks them, and the marked article body as the only place the extractor looks.
 */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { keepMarkedArticleBody, microdataArticle } from "./microdata.ts";
import { normalizeHtml } from "./normalizeHtml.ts";
import { PARAGRAPHS } from "./testProse.ts";

const ARTICLE = `<div itemscope itemtype="https://schema.org/NewsArticle">
<span itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Sierra Herald"></span>
<h1 itemprop="headline">Patrols to continue</h1>
<p>By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/staff/ana" itemprop="url"><span itemprop="name">Ana Ruiz</span></a></span>
<time itemprop="datePublished" datetime="2025-09-02T19:30:00-07:00">Sept. 2, 2025</time></p>
<div itemprop="articleBody">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</div></div>`;

/** A reader's comment: long, with commas, the kind of block an extractor scores high. */
const COMMENT = `<p>I have lived in this town for thirty years, and I can tell you that the patrols come and go, the promises come and go, and every year the same families are left to wait for help that does not arrive, whatever the officials say on television.</p>`;

const page = (body: string) =>
  `<html><head><title>Sierra Herald — Patrols to continue</title></head><body>${body}</body></html>`;

describe("microdataArticle", () => {
  it("reads headline, author name, datePublished and publisher name as the page marks them", () => {
    expect(microdataArticle(parseHTML(page(ARTICLE)).document)).toEqual({
      headline: "Patrols to continue",
      author: "Ana Ruiz",
      datePublished: "2025-09-02T19:30:00-07:00",
      publisher: "Sierra Herald",
    });
  });

  it("reads the article item's own properties, not a nested or neighbouring item's", () => {
    const related = `<aside itemscope itemtype="https://schema.org/ItemList"><span itemprop="headline">Most read</span></aside>`;
    const comment = `<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="author">A reader</span></div>`;
    const article = ARTICLE.replace('<h1 itemprop="headline">', `${comment}<h1 itemprop="headline">`);
    expect(microdataArticle(parseHTML(page(related + article)).document)).toMatchObject({
      headline: "Patrols to continue",
      author: "Ana Ruiz",
    });
  });

  it("reads properties set outside any item, beside the article item", () => {
    const beside = `<h1 itemprop="headline">Patrols to continue</h1><div itemscope itemtype="https://schema.org/NewsArticle"><p>Text.</p></div>`;
    expect(microdataArticle(parseHTML(page(beside)).document)).toEqual({ headline: "Patrols to continue" });
  });

  it("takes no author the page marks as an organisation: that is the publisher", () => {
    const desk = ARTICLE.replace(
      'itemtype="https://schema.org/Person"',
      'itemtype="https://schema.org/NewsMediaOrganization"',
    );
    expect(microdataArticle(parseHTML(page(desk)).document).author).toBeUndefined();
  });

  it("declares nothing on a page whose items are no article", () => {
    const listing = `<div itemscope itemtype="https://schema.org/ItemList"><span itemprop="headline">Most read</span></div>`;
    expect(microdataArticle(parseHTML(page(listing)).document)).toEqual({});
  });

  it("declares nothing on a page without microdata", () => {
    expect(microdataArticle(parseHTML(page("<h1>Patrols</h1><p>Text.</p>")).document)).toEqual({});
  });
});

describe("keepMarkedArticleBody", () => {
  it("leaves only the marked article body, so a longer comment thread beside it goes", () => {
    const { document } = parseHTML(page(`${ARTICLE}<div class="thread">${COMMENT.repeat(4)}</div>`));
    expect(keepMarkedArticleBody(document)).toBe(true);
    const text = document.body.textContent;
    for (const p of PARAGRAPHS) expect(text).toContain(p);
    expect(text).not.toContain("thirty years");
  });

  it("does nothing when the marked body is too short to be the article", () => {
    const { document } = parseHTML(page(`<div itemprop="articleBody"><p>Short teaser.</p></div>${COMMENT}`));
    expect(keepMarkedArticleBody(document)).toBe(false);
    expect(document.body.textContent).toContain("thirty years");
  });
});

describe("a page declared only in microdata", () => {
  const result = normalizeHtml(page(`${ARTICLE}<div class="thread">${COMMENT.repeat(4)}</div>`), {
    fileName: "microdata.html",
  });

  it("takes headline, byline, date and outlet from the microdata, and the body from articleBody", () => {
    if (!result.ok) throw new Error(result.error.message);
    expect(result.frontmatter).toMatchObject({
      title: "Patrols to continue",
      byline: "Ana Ruiz",
      published: "2025-09-02",
      outlet: "Sierra Herald",
    });
    expect(result.markdown).toContain(PARAGRAPHS[0]);
    expect(result.markdown).not.toContain("thirty years");
  });
});
