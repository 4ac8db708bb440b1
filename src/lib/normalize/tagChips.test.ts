/** Tag chips under a bare tags label go with it; the same words as a subheading over prose, or in a sentence, stay. */
import { describe, expect, it } from "vitest";
import { bodyText } from "#lib/eval/bodyText.ts";
import { classifyUnits } from "./classify.ts";
import { normalize } from "./index.ts";
import { toLines } from "./lines.ts";
import { tagChipsLength } from "./tagChips.ts";
import { buildUnits } from "./units.ts";

const unitsOf = (lines: readonly string[]) => classifyUnits(buildUnits(toLines(lines.join("\n"))).units);

/** The body normalize keeps of a plain-text page (a refusal fails the test). */
const body = (lines: readonly string[]): string => {
  const result = normalize(lines.join("\n"), { fileName: "library.txt" });
  expect(result.ok).toBe(true);
  return result.ok ? bodyText(result.body) : "";
};

const HEAD = ["City library reopens after two-year renovation", "By Marta Lenz"];
const ARTICLE = [
  "The central library reopened its doors on Saturday after a renovation that took two years, the city said.",
  "Visitors queued along the river path before the opening, and the first hour drew about 900 people.",
  "The new reading hall seats 300 and stays open until ten at night on weekdays, according to the library board.",
];
const LATER = [
  "The renovation cost 41 million euros, a fifth more than planned, the city's audit office said.",
  "The board said it would add a children's wing next spring if the council approves the budget.",
];

describe("tagChipsLength", () => {
  it("takes the short bare lines under a bare tags label when chrome follows them", () => {
    const units = unitsOf(["Tags:", "Border Trade", "Latest News", "Facebook"]);
    expect(tagChipsLength(units, 1)).toBe(2);
  });

  it("takes nothing under a label that is not a tags label, or one with its tags after the colon", () => {
    expect(tagChipsLength(unitsOf(["The stops were:", "Border Trade", "Latest News", "Facebook"]), 1)).toBe(0);
    expect(tagChipsLength(unitsOf(["Tags: Customs", "Border Trade", "Latest News", "Facebook"]), 1)).toBe(0);
  });

  it("takes nothing when the short lines are followed by prose (a subheading over the article's text)", () => {
    const units = unitsOf(["Tags:", "Border Trade", ...LATER]);
    expect(tagChipsLength(units, 1)).toBe(0);
  });

  it("stops at a line that is a sentence or runs longer than a chip", () => {
    const units = unitsOf(["Topics:", "Border Trade", "The bridge reopened on Friday.", "Facebook"]);
    expect(tagChipsLength(units, 1)).toBe(0);
  });
});

describe("tag chips in a page's text", () => {
  it("drops the chips under the label between the article and more of the page", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      "Related Topics:",
      "Border Trade",
      "Cloud Software",
      "Back to Top",
      ...LATER,
    ]);
    expect(text).not.toContain("Border Trade");
    expect(text).toContain("The new reading hall seats 300");
    expect(text).toContain("The renovation cost 41 million euros");
  });

  it("keeps a subheading set under a stray label over the article's paragraphs", () => {
    const text = body([...HEAD, ...ARTICLE, "Tags:", "Border Trade", ...LATER]);
    expect(text).toContain("Border Trade");
    expect(text).toContain("The renovation cost 41 million euros");
  });

  it("keeps the same words in a sentence of the article", () => {
    const sentence = "Border Trade and Latest News were the site's most read sections last year, its editors said.";
    const text = body([...HEAD, ...ARTICLE, "Tags:", sentence, "Facebook", ...LATER]);
    expect(text).toContain(sentence);
  });
});
