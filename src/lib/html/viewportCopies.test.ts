/** Which blocks are a layout's second copy for another screen width, on invented pages. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { viewportCopies } from "./viewportCopies.ts";

const QUOTE =
  "“My grandmother kept the lantern on the kitchen shelf for forty years and never once let us light it,” said Odile Marchetti.";
const CREDIT = "Photo by Rui Tanaka for The Daily Ledger";

const copiesIn = (body: string): string[] =>
  viewportCopies(parseHTML(`<html><body>${body}</body></html>`).document).map((el) => el.getAttribute("class") ?? "");

describe("viewportCopies", () => {
  it("takes the mobile copy of a portrait set once per width, its credit moved above its heading", () => {
    const page = `<div class="portrait-wrap">
      <div class="portrait g-desktop-only"><h4>The Lantern</h4><p>${QUOTE}</p><p class="credit">${CREDIT}</p></div>
      <div class="portrait g-mobile-only"><p class="credit">${CREDIT}</p><h4>The Lantern</h4><p>${QUOTE}</p></div>
    </div>`;
    expect(copiesIn(page)).toEqual(["portrait g-mobile-only"]);
  });

  it.each([
    ["hidden-xs / visible-xs", "card hidden-xs", "card visible-xs"],
    ["hide-on-mobile / show-on-mobile", "box hide-on-mobile", "box show-on-mobile"],
    ["d-none d-md-block / d-md-none", "d-none d-md-block", "d-md-none"],
    ["only-desktop / only-mobile", "only-desktop", "only-mobile"],
  ])("reads the marks %s", (_name, first, second) => {
    expect(copiesIn(`<div class="${first}"><p>${QUOTE}</p></div><div class="${second}"><p>${QUOTE}</p></div>`)).toEqual(
      [second],
    );
  });

  it("keeps a paragraph an article repeats with no layout mark on either copy", () => {
    expect(copiesIn(`<p>${QUOTE}</p><p>${QUOTE}</p>`)).toEqual([]);
  });

  it("keeps two blocks under the same mark (a list of cards shown on one width)", () => {
    expect(
      copiesIn(`<div class="mobile-only"><p>${QUOTE}</p></div><div class="mobile-only"><p>${QUOTE}</p></div>`),
    ).toEqual([]);
  });

  it("keeps blocks for different widths whose words differ (a short and a long version)", () => {
    const short = "Odile Marchetti kept her grandmother’s lantern and gave it to the museum this spring.";
    expect(
      copiesIn(`<div class="desktop-only"><p>${QUOTE}</p></div><div class="mobile-only"><p>${short}</p></div>`),
    ).toEqual([]);
  });

  it("keeps a short label set twice (a button for each width)", () => {
    expect(
      copiesIn(`<a class="desktop-only">Read the full story</a><a class="mobile-only">Read the full story</a>`),
    ).toEqual([]);
  });

  it("keeps copies that are not siblings, and a size word with no show or hide word", () => {
    expect(
      copiesIn(
        `<div><div class="desktop-only"><p>${QUOTE}</p></div></div><div><div class="mobile-only"><p>${QUOTE}</p></div></div>`,
      ),
    ).toEqual([]);
    expect(copiesIn(`<div class="large"><p>${QUOTE}</p></div><div class="mobile-menu"><p>${QUOTE}</p></div>`)).toEqual(
      [],
    );
  });
});
