/**
 * Page shapes read by structure, on whole small inputs: the header between the headline and the
 * first paragraph of prose, the tail after the last one, link density in markdown, a line that
 * quotes the headline, and a headline set directly over a hard-wrapped body.
 */
import { describe, expect, it } from "vitest";
import { bodyText } from "#lib/eval/bodyText.ts";
import { normalize } from "./index.ts";

function read(raw: string, fileName = "page.txt") {
  const result = normalize(raw, { fileName });
  if (!result.ok) throw new Error(result.error.message);
  return { fm: result.frontmatter, body: bodyText(result.body) };
}

const BODY =
  "The port reopened to trucks on Friday after a two-day inspection, customs officials said.\n\nWait times were expected to return to normal by Sunday, they said.\n";

describe("the page header, by position against the prose", () => {
  it("reads a bare name over the date as the byline and drops the labels and counts around it", () => {
    const { fm, body } = read(
      `Crossing reopens to trucks after inspection\nThe Border Courier\nMarisol Ortega\nTue, March 4, 2025 at 9:12 AM UTC\n12\n\n${BODY}`,
    );
    expect(fm.byline).toBe("Marisol Ortega");
    expect(fm.published).toBe("2025-03-04");
    expect(body).not.toContain("The Border Courier");
    expect(body.split("\n")[0]).toMatch(/^The port reopened/);
  });
  it("reads a desk's credit over the date as stated, and a bare newsroom word as none", () => {
    const credit = (line: string) =>
      read(`Crossing reopens to trucks after inspection\n${line}\nMay 6, 2025 10:15 AM\n\n${BODY}`).fm.byline;
    expect(credit("Border Courier wire services")).toBe("Border Courier wire services");
    expect(credit("Reuters Staff")).toBe("Reuters Staff");
    expect(credit("Our Foreign Staff")).toBe("Our Foreign Staff");
    expect(credit("Wire services")).toBeUndefined();
    expect(credit("Staff wire services")).toBeUndefined();
    expect(credit("Staff")).toBeUndefined();
  });
  it("reads the credit after a date stamp, and no bare newsroom word there", () => {
    const stamped = (line: string) => read(`Crossing reopens to trucks after inspection\n${line}\n\n${BODY}`).fm;
    expect(stamped("3/14/2025 7:11 AM PST BY BORDER COURIER STAFF").byline).toBe("BORDER COURIER STAFF");
    expect(stamped("March 14, 2025 by Marisol Ortega")).toMatchObject({
      byline: "Marisol Ortega",
      published: "2025-03-14",
    });
    // A numeric day whose day and month could be either is no date read here.
    expect(stamped("03/04/2025 7:11 AM BY BORDER COURIER STAFF").published).toBeUndefined();
    expect(stamped("3/14/2025 7:11 AM PST BY STAFF").byline).toBeUndefined();
    expect(stamped("March 14, 2025 by the port authority").byline).toBeUndefined();
  });
  it("does not read a wire-services credit without the date under it, nor a sentence about wire services", () => {
    const { fm, body } = read(
      `Crossing reopens to trucks after inspection\n\nBorder Courier wire services\n\nThe port reopened to trucks on Friday, the Border Courier wire services said.\n\n${BODY}`,
    );
    expect(fm.byline).toBeUndefined();
    expect(body).toContain("the Border Courier wire services said");
  });
  it("reads a date line that carries its section", () => {
    expect(read(`Crossing reopens to trucks after inspection\n\nMar 18, 2025 - Economy\n\n${BODY}`).fm.published).toBe(
      "2025-03-18",
    );
  });
  it("does not take a tagline over the site's menu for the headline", () => {
    const { fm } = read(
      `Exclusive news, data and analytics for market professionals\nWorld\nAmericas\nBusiness\n\nCrossing reopens to trucks after inspection\n\nBy Ana Ruiz\n\n${BODY}`,
    );
    expect(fm.title).toBe("Crossing reopens to trucks after inspection");
  });
});

describe("the page tail and repeated headline", () => {
  it("drops a run of labels after the last paragraph, but not a last line cut off mid-sentence", () => {
    expect(read(`Crossing reopens after inspection\n\n${BODY}\nSuggested Topics:\nAmericas\nCrime\n`).body).not.toMatch(
      /Americas|Crime|Suggested/,
    );
    expect(read(`Crossing reopens after inspection\n\n${BODY}\nDuring the closure the\n`).body).toContain(
      "During the closure the",
    );
  });
  it("drops a credit line that ends with the headline", () => {
    const { body } = read(
      `Crossing reopens after inspection\n\n${BODY}\nThis article originally appeared on The Border Courier: Crossing reopens after inspection\n`,
    );
    expect(body).not.toContain("originally appeared");
  });
});

describe("markdown by link density", () => {
  it("finds '# Headline' under a menu of links and drops link rows and a captioned picture", () => {
    const { fm, body } = read(
      `[Skip to content](#main)\n\n- [News](https://e.org/n)\n- [Climate](https://e.org/c)\n\n[Climate](https://e.org/c) / [Water](https://e.org/w)\n\n# Crossing reopens after inspection\n\n![Trucks](https://e.org/t.jpg)\nTrucks wait at the crossing. Photo: Ana Ruiz\n\n${BODY}`,
      "page.md",
    );
    expect(fm.title).toBe("Crossing reopens after inspection");
    expect(body).not.toMatch(/Climate|Trucks wait/);
    expect(body).toContain("The port reopened to trucks on Friday");
  });
  it("reads a subtitle heading over the author line as the standfirst, and drops bare counts", () => {
    const { fm, body } = read(
      `# The price of a border crossing\n\n### What three years of bridge tolls tell us about trade\n\n[Daniel Reyes](https://e.com/@d)\n\nMar 11, 2025\n\n42\n\n${BODY}`,
      "page.md",
    );
    expect(fm.dek).toBe("What three years of bridge tolls tell us about trade");
    expect(body).not.toMatch(/^42$/mu);
  });
});

describe("a headline over a hard-wrapped body", () => {
  it("keeps the headline apart from the first wrapped line", () => {
    const wrapped = [
      "Mexico and the United States agree to expand joint patrols",
      "Mexico and the United States agreed on Monday to expand joint patrols along",
      "their shared border, officials from both countries said, in a move aimed at",
      "curbing the flow of fentanyl and firearms between them, the officials added.",
      "",
      "The agreement follows weeks of talks between security officials in both",
      "capitals and comes as Washington presses Mexico to do more against drug gangs.",
    ].join("\n");
    expect(read(wrapped).fm.title).toBe("Mexico and the United States agree to expand joint patrols");
  });
});
