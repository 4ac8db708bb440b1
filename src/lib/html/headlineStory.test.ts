/** The story a page's headline opens, against whole other stories the page appends after it. */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { addedOtherStories, lostHeadlineStory, removeOtherStories } from "./headlineStory.ts";

const page = (body: string) => parseHTML(`<html><head></head><body>${body}</body></html>`).document;
const HEADLINE = "Ferry service to the islands resumes after the storm";
const own = [
  "The ferry to the outer islands sailed again on Thursday morning, four days after the storm closed the harbor to every boat.",
  "Crews spent the weekend clearing fallen trees from the landing and checking the ramps that carry cars onto the deck.",
  "Islanders who had waited on the mainland since Sunday filled the first crossing, and the operator added an evening sailing.",
  "The operator said the timetable would return to normal next week once a second vessel comes back from repairs.",
];
const other = (n: number) =>
  Array.from(
    { length: 8 },
    (_, i) =>
      `<p>In the appended story number ${n} the town library opened a new reading room, paragraph ${i} of a long feature about shelves, lamps and the volunteers who built them over the winter.</p>`,
  ).join("");
const appended = `<div class="more"><h4>You may like</h4>${[1, 2]
  .map(
    (n) =>
      `<div class="story"><h1>Library opens reading room number ${n}</h1><div class="text">${other(n)}</div></div>`,
  )
  .join("")}</div>`;
const article = `<div class="post"><header><h1>${HEADLINE}</h1></header><div class="wrap"><div class="a"><div class="b"><div class="c"><div class="d"><div class="body">${own.map((p) => `<p>${p}</p>`).join("")}</div></div></div></div></div></div>${appended}</div>`;

describe("the story the headline opens", () => {
  it("tells when an extraction lost the headline's story, and removes the stories appended after it", () => {
    const doc = page(article);
    expect(lostHeadlineStory(doc, HEADLINE, other(1))).toBe(true);
    expect(lostHeadlineStory(doc, HEADLINE, own.join(" "))).toBe(false);
    const again = page(article);
    // One block holds both appended stories and their rail's label.
    expect(removeOtherStories(again, HEADLINE)).toBe(1);
    const text = new Readability(again).parse()?.textContent ?? "";
    expect(lostHeadlineStory(doc, HEADLINE, text)).toBe(false);
    expect(text).not.toContain("reading room");
  });
  it("removes no more than the block another headline heads, never one that holds the story", () => {
    const sections = page(
      `<article><h1>${HEADLINE}</h1>${own.map((p) => `<p>${p}</p>`).join("")}<section><h1>What comes next</h1><p>${own[0]}</p></section></article>`,
    );
    expect(lostHeadlineStory(sections, HEADLINE, own.join(" "))).toBe(false);
    expect(removeOtherStories(sections, HEADLINE)).toBe(1);
    expect(sections.querySelectorAll("article > p")).toHaveLength(own.length);
    expect(sections.querySelector("section")).toBeNull();
  });
  it("tells when an extraction took the stories appended after the headline's block along with it", () => {
    const ownBlock = `<article class="story"><h1>${HEADLINE}</h1>${own.map((p) => `<p>${p}</p>`).join("")}</article>`;
    const doc = page(`<main>${ownBlock}<div class="next">${appended}</div></main>`);
    expect(addedOtherStories(doc, HEADLINE, [...own, other(1)].join(" "))).toBe(true);
    expect(addedOtherStories(doc, HEADLINE, own.join(" "))).toBe(false);
    // Only the other stories: the headline's story was lost, which lostHeadlineStory tells.
    expect(addedOtherStories(doc, HEADLINE, other(1))).toBe(false);
    const again = page(`<main>${ownBlock}<div class="next">${appended}</div></main>`);
    expect(removeOtherStories(again, HEADLINE)).toBe(1);
    expect(again.body.textContent).not.toContain("reading room");
    expect(again.querySelectorAll("article p")).toHaveLength(own.length);
  });
  it("takes sections under their own headings inside the headline's block as the story's", () => {
    const sections = [1, 2].map((n) => `<section><h1>Part ${n} of the crossing</h1>${other(n)}</section>`).join("");
    const doc = page(`<article><h1>${HEADLINE}</h1>${own.map((p) => `<p>${p}</p>`).join("")}${sections}</article>`);
    expect(addedOtherStories(doc, HEADLINE, [...own, other(1), other(2)].join(" "))).toBe(false);
  });
  it("asks nothing of a page with one headline, or a headline over too little prose", () => {
    expect(lostHeadlineStory(page(`<h1>${HEADLINE}</h1>${own.map((p) => `<p>${p}</p>`).join("")}`), HEADLINE, "")).toBe(
      false,
    );
    expect(lostHeadlineStory(page(`<h1>${HEADLINE}</h1><p>${own[0]}</p>${appended}`), HEADLINE, "")).toBe(false);
  });
});
