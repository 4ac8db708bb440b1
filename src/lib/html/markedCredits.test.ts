/** Credits a page marks outside its header lines: its one author link, its labelled facts. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { labelledFacts, shownCardCreator, soleAuthorLink, soleMarkedByline } from "./markedCredits.ts";

const H = "Tide tables go digital";
const page = (body: string) => parseHTML(`<html><head></head><body>${body}</body></html>`).document;

describe("soleAuthorLink", () => {
  it("reads the one author an archive link or a rel=author link names over the headline", () => {
    const doc = page(
      `<div class="top"><span class="writer"><a href="https://example.org/author/mara_quill_2">Mara Quill</a></span> / 9:15 am Tue</div><h1>Tide tables go digital</h1><p>Text.</p>`,
    );
    expect(soleAuthorLink(doc, H)).toBe("Mara Quill");
    const handle = page(
      `<span class="vcard"><a href="https://example.org/profile/77" rel="author">Seagull</a></span><h1>${H}</h1>`,
    );
    expect(soleAuthorLink(handle, H)).toBe("Seagull");
  });
  it("reads none where the links name several authors, a role, a commenter or no name, or only follow the headline", () => {
    const rail = page(
      `<a href="/author/mara-quill">Mara Quill</a><h1>${H}</h1><ul><li><a href="/author/ben-oduya">Ben Oduya</a></li></ul>`,
    );
    expect(soleAuthorLink(rail, H)).toBeUndefined();
    expect(
      soleAuthorLink(
        page(`<a rel="author" href="/u/1">admin</a><a rel="author" href="/u/2">Admin</a><h1>${H}</h1>`),
        H,
      ),
    ).toBe(undefined);
    const comment = page(`<div class="comment-body"><a rel="author" href="/u/3">Pat Nolan</a></div><h1>${H}</h1>`);
    expect(soleAuthorLink(comment, H)).toBeUndefined();
    const guide = page(`<a href="/authors/submission_guidelines/">Submission guidelines</a><h1>${H}</h1>`);
    expect(soleAuthorLink(guide, H)).toBeUndefined();
    // Only after the article's prose: perhaps another story's author.
    const late = page(`<h1>${H}</h1><p>Text.</p><a href="/author/mara-quill">Mara Quill</a>`);
    expect(soleAuthorLink(late, H)).toBeUndefined();
    // The same link over the headline names the author.
    expect(soleAuthorLink(page(`<a href="/author/mara-quill">Mara Quill</a><h1>${H}</h1>`), H)).toBe("Mara Quill");
  });
  it("reads the author link under the headline inside the header element that holds it", () => {
    const header = page(
      `<header class="post"><h1>${H}</h1><h2>A dek.</h2><ul><li><a class="author" href="/author/mara/">Mara Quill</a></li></ul></header><p>Text.</p><p>Team: <a href="/author/mara/">Mara Quill</a></p>`,
    );
    expect(soleAuthorLink(header, H)).toBe("Mara Quill");
    // A header of the page's own (its logo and menu) holds no headline: a link after the prose stays unread.
    const site = page(
      `<header><a href="/">Logo</a></header><h1>${H}</h1><p>Text.</p><a href="/author/mara/">Mara Quill</a>`,
    );
    expect(soleAuthorLink(site, H)).toBeUndefined();
  });
});

describe("labelledFacts", () => {
  it("reads the author and the day a box lists under labels, printed twice alike", () => {
    const box = `<ul class="facts"><li><strong>Date</strong> 04.03.2014</li><li><strong>Author</strong> Ines Vollmer</li><li><strong>Keywords</strong> <a href="/t/wine">wine</a></li></ul>`;
    expect(labelledFacts(page(`<p>Text.</p>${box}<div>${box}</div>`))).toEqual({
      author: "Ines Vollmer",
      published: "2014-03-04",
    });
    const dl = page(`<dl><dt>Author</dt><dd>Ines Vollmer</dd><dt>Published</dt><dd>March 4, 2014</dd></dl>`);
    expect(labelledFacts(dl)).toEqual({ author: "Ines Vollmer", published: "2014-03-04" });
  });
  it("reads nothing that is no name or no day, nor facts that disagree, nor a label inside a sentence", () => {
    expect(labelledFacts(page(`<li><strong>Author</strong> the wine desk of our city</li>`))).toEqual({});
    const two = page(`<li><b>Date</b> 04.03.2014</li><li><b>Date</b> 05.03.2014</li>`);
    expect(labelledFacts(two)).toEqual({});
    expect(labelledFacts(page(`<p>Ask the <b>author</b> Ines Vollmer.</p>`))).toEqual({});
  });
});

describe("soleMarkedByline", () => {
  it("reads the credit the markup marks as the byline or the microdata author, 'By' aside", () => {
    expect(soleMarkedByline(page(`<h1>${H}</h1><p>Text.</p><div class="byline"> Mara Quill</div>`))).toBe("Mara Quill");
    const two = page(`<h1>${H}</h1><span class="who" itemprop="author">By Mara Quill and Ben Oduya</span><p>Text.</p>`);
    expect(soleMarkedByline(two)).toBe("Mara Quill and Ben Oduya");
    // The same credit marked twice (a box and the name inside it) is one credit.
    const nested = page(`<p class="story-byline">By <span class="author" itemprop="author">Mara Quill</span></p>`);
    expect(soleMarkedByline(nested)).toBe("Mara Quill");
  });
  it("reads the formatted name of the author's hCard, a hidden one too", () => {
    const hidden = page(
      `<h1>${H}</h1><span style="display: none;" class="vcard author"><span class="fn">Mara Quill</span></span><p>Text.</p>`,
    );
    expect(soleMarkedByline(hidden)).toBe("Mara Quill");
    const mf2 = page(`<a class="p-author h-card" href="/about"><img alt=""><span class="p-name">Ben Oduya</span></a>`);
    expect(soleMarkedByline(mf2)).toBe("Ben Oduya");
    // A commenter's card ("comment-author vcard") is a reader's, and a card that is no author's says nothing.
    expect(soleMarkedByline(page(`<div class="comment-author vcard"><cite class="fn">Pat Nolan</cite></div>`))).toBe(
      undefined,
    );
    expect(soleMarkedByline(page(`<div class="vcard"><span class="fn">Pat Nolan</span></div>`))).toBeUndefined();
  });
  it("reads none where the marks name several credits, no person, or a picture's or a comment's", () => {
    const rail = page(`<div class="byline">By Mara Quill</div><ul><li class="byline">By Ben Oduya</li></ul>`);
    expect(soleMarkedByline(rail)).toBeUndefined();
    expect(soleMarkedByline(page(`<div class="byline">Staff</div>`))).toBeUndefined();
    expect(soleMarkedByline(page(`<div class="byline">Mara Quill | March 3, 2015</div>`))).toBeUndefined();
    const pictured = page(`<figure><img src="a.jpg"><figcaption class="byline">Mara Quill</figcaption></figure>`);
    expect(soleMarkedByline(pictured)).toBeUndefined();
    expect(soleMarkedByline(page(`<div class="comment"><span class="byline">Pat Nolan</span></div>`))).toBeUndefined();
  });
});

describe("shownCardCreator", () => {
  const card = (creator: string, body: string) =>
    parseHTML(`<html><head><meta name="twitter:creator" content="${creator}"></head><body>${body}</body></html>`)
      .document;
  it("reads the Twitter card's creator written as a person's name that the page prints", () => {
    expect(shownCardCreator(card("Mara Quill", "<a>Mara Quill</a><p>Text.</p>"), "Mara Quill Text.")).toBe(
      "Mara Quill",
    );
  });
  it("reads none for a handle, or a name the page never prints", () => {
    expect(shownCardCreator(card("@maraquill", "<p>Text.</p>"), "@maraquill Text.")).toBeUndefined();
    expect(shownCardCreator(card("Mara Quill", "<p>Text.</p>"), "Text.")).toBeUndefined();
  });
});
