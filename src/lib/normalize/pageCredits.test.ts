/**
 * The author and the publication of a whole page's text when the page credits them only in its
 * chrome: a name link and a staff bio, a label over the name, a footer's links, a copyright
 * signed by the site's domain. Small synthetic pages; the whole normalizer runs.
 */
import { describe, expect, it } from "vitest";
import { normalize } from "./index.ts";

const BODY = [
  "Officials in the state capital said on Monday that the new water rules would take effect in the spring, after a year of talks.",
  "Farmers in the valley said the rules would cut their deliveries by a third and asked the court to delay them.",
  "The agency said it would publish the final figures for each district before the end of the month.",
];

function fieldsOf(lines: readonly string[]) {
  const result = normalize(lines.join("\n"), { fileName: "page.txt" });
  if (!result.ok) throw new Error("refused");
  return result.frontmatter;
}

const HEADLINE = "Water rules will cut valley deliveries by a third";

describe("the author a page credits by its name link and its bio", () => {
  it("takes the one person whose name stands alone and whose staff bio follows the article", () => {
    const page = [
      "News",
      "Sports",
      "Ana Ruiz",
      "Science",
      "Sep 30, 2016 7:00 AM",
      HEADLINE,
      ...BODY,
      "Ana Ruiz is a staff writer at Harbour Wire, covering water and farming.",
      "More from Harbour Wire",
    ];
    expect(fieldsOf(page).byline).toBe("Ana Ruiz");
  });

  it("names no author from a bio whose name the page never sets alone", () => {
    const page = [
      "News",
      "Sep 30, 2016 7:00 AM",
      HEADLINE,
      ...BODY,
      "Ana Ruiz is a staff writer at Harbour Wire, covering water.",
    ];
    expect(fieldsOf(page).byline).toBeUndefined();
  });

  it("reads a label on a line of its own over the name", () => {
    const page = ["News", HEADLINE, "Author:", "Ana Ruiz", "Original:", "Dec 21, 2016", ...BODY];
    expect(fieldsOf(page)).toMatchObject({ byline: "Ana Ruiz" });
  });
});

describe("the publication a page's chrome names", () => {
  it("takes the site a footer's links name", () => {
    const page = [
      "News",
      HEADLINE,
      "By Ana Ruiz",
      ...BODY,
      "About Quillfeed",
      "Advertise on Quillfeed",
      "Privacy Policy",
    ];
    expect(fieldsOf(page).outlet).toBe("Quillfeed");
  });

  it("spells a copyright's domain as the page prints the name most", () => {
    const page = [
      "News",
      HEADLINE,
      "By Ana Ruiz",
      ...BODY,
      "Quillfeed attracts readers who follow water policy.",
      "Advertise on Quillfeed",
      "Copyright © 2000-2022 Quillfeed.com, LLC.",
    ];
    expect(fieldsOf(page).outlet).toBe("Quillfeed");
  });
});
