/** What a page marks as no article text: here, a link's tooltip repeated inside the link for screen readers. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { isMarkedCaption, removeRepeatedLinkTitles } from "./markedNonBody.ts";

const textOf = (html: string): string => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  removeRepeatedLinkTitles(document);
  return document.body.textContent;
};

describe("removeRepeatedLinkTitles", () => {
  it("removes the link's title repeated in an element inside it, keeping the link's words", () => {
    expect(
      textOf(
        '<p>The council <a href="/x" title="Opens in a new tab">said<span class="icon">Opens in a new tab</span></a> it would vote.</p>',
      ),
    ).toBe("The council said it would vote.");
  });

  it("keeps a link whose whole text is its title, and an element that differs from it", () => {
    expect(textOf('<p>Read <a href="/x" title="the report"><span>the report</span></a> here.</p>')).toBe(
      "Read the report here.",
    );
    expect(textOf('<p><a href="/x" title="Opens in a new tab">the <b>mayor</b></a> spoke.</p>')).toBe(
      "the mayor spoke.",
    );
    expect(textOf('<p>See <a href="/r.pdf" title="the report"><b>the report</b> (PDF)</a>.</p>')).toBe(
      "See the report (PDF).",
    );
  });
});

describe("isMarkedCaption: a <cite> in a figure", () => {
  const cite = (figure: string): boolean => {
    const { document } = parseHTML(`<html><body>${figure}</body></html>`);
    const el = document.querySelector("cite");
    return el !== null && isMarkedCaption(el);
  };
  it("takes a <cite> under a picture as its source's credit", () => {
    expect(
      cite(`<figure><img src="shot.png" alt=""><span class="meta"><cite>Harbor.example</cite></span></figure>`),
    ).toBe(true);
  });
  it("leaves a <cite> that names a quotation's speaker, or one outside a figure", () => {
    expect(cite(`<figure><blockquote>We will rebuild the pier.</blockquote><cite>Ana Ruiz</cite></figure>`)).toBe(
      false,
    );
    expect(cite(`<p>As <cite>The Harbor Post</cite> reported on Monday, the pier closed.</p>`)).toBe(false);
  });
});
