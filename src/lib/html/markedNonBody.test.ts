/** What a page marks as no article text: here, a link's tooltip repeated inside the link for screen readers. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { removeRepeatedLinkTitles } from "./markedNonBody.ts";

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
