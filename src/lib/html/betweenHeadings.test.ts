/** Subheadings dropped from between two kept paragraphs, put back; other headings left out. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { headingPlaces, placesOnBoth, restoreHeadings } from "./betweenHeadings.ts";

const one = "The ferry board voted on Monday to keep the night crossing running through the winter months.";
const two = "Its chair said the vote was close and that the fares would be reviewed again in the spring.";
const three = "Riders who spoke at the meeting asked the board to publish the figures behind the decision.";
const box = (inner: string) =>
  `<section class="part"><div class="sr-only">Story text</div><div>${inner}</div></section>`;
const places = (body: string) => headingPlaces(parseHTML(`<html><body>${body}</body></html>`).document);
// What an extractor keeps of such a page: the paragraph boxes, not the heading's.
const extracted = `<div><p>${one}</p></div><div><p>${two}</p></div><div><p>${three}</p></div>`;

describe("restoreHeadings", () => {
  it("puts a heading back between the two kept paragraphs it stood between, past text no reader sees", () => {
    const page = [one, "<h3>Fares under review</h3>", two, three].map((x) =>
      box(x.startsWith("<") ? x : `<p>${x}</p>`),
    );
    const { html, restored } = restoreHeadings(extracted, places(`<h1>Ferry stays</h1>${page.join("")}`));
    expect(restored).toEqual(["Fares under review"]);
    const blocks = [...parseHTML(`<html><body>${html}</body></html>`).document.querySelectorAll("p, h3")];
    expect(blocks.map((b) => b.textContent)).toEqual([one, "Fares under review", two, three]);
    expect(html).toContain("<h3>Fares under review</h3>");
  });

  it("reads past a figure: a picture and its caption stand beside the text, not between its blocks", () => {
    const page = `<p>${one}</p><figure><img src="f.jpg"><figcaption>The night ferry at the pier</figcaption></figure><h3>Fares under review</h3><p>${two}</p>`;
    expect(restoreHeadings(extracted, places(page)).restored).toEqual(["Fares under review"]);
    // A gallery's title heads the pictures after it; a player's "More videos" shares the player's box.
    const fig = `<figure><img src="g.jpg"><figcaption>Boats in the harbour</figcaption></figure>`;
    const gallery = `<p>${one}</p><h3>The fleet in pictures</h3>${fig}<p>${two}</p>`;
    const player = `<p>${one}</p><div class="player">${fig}<h3>More videos</h3></div><p>${two}</p>`;
    for (const other of [gallery, player]) expect(restoreHeadings(extracted, places(other)).restored).toEqual([]);
  });

  it("leaves a heading with a block the extraction lacks beside it, a box label, and one already held", () => {
    const cases = [
      // A list of links after the heading: the heading labels it.
      `<p>${one}</p><h3>Lanes that closed</h3><ul><li><a href="/a">Bridge shuts</a></li></ul><p>${two}</p>`,
      // The page's headline repeated before the lede: nothing kept stands before it.
      `<h2>Ferry stays</h2><p>${one}</p><p>${two}</p>`,
      // A box's label, even between kept paragraphs.
      `<p>${one}</p><h3>Related</h3><p>${two}</p>`,
      // Shown text between the paragraph and the heading.
      `<p>${one}</p><div>Listen to this story</div><h3>Fares under review</h3><p>${two}</p>`,
      // A line that is no paragraph before it (a player's title), though the extraction holds it.
      `<p>${one}</p><span>${two}</span><h3>Fares under review</h3><p>${three}</p>`,
    ];
    for (const page of cases) expect(restoreHeadings(extracted, places(page)).restored).toEqual([]);
    // A box's label whose links the chrome passes took: between two paragraphs only after they went.
    const served = places(
      `<p>${one}</p><h3>More videos</h3><ul><li><a href="/v">Harbour at night</a></li></ul><p>${two}</p>`,
    );
    const cleaned = places(`<p>${one}</p><h3>More videos</h3><p>${two}</p>`);
    expect(restoreHeadings(extracted, cleaned).restored).toEqual(["More videos"]);
    expect(restoreHeadings(extracted, placesOnBoth(served, cleaned)).restored).toEqual([]);
    const held = `<p>${one}</p><h4>Fares under review</h4><p>${two}</p>`;
    expect(restoreHeadings(held, places(`<p>${one}</p><h3>Fares under review</h3><p>${two}</p>`)).restored).toEqual([]);
  });
});
