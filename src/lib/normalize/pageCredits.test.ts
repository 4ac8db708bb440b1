/**
 * The author and the publication of a whole page's text when the page credits them only in its
 * chrome: a name link and a staff bio, a label over the name, a footer's links, a copyright
 * signed by the site's domain. Small synthetic pages; the whole normalizer runs.
 */
import { describe, expect, it } from "vitest";
import { classifyUnits } from "./classify.ts";
import { normalize } from "./index.ts";
import { toLines } from "./lines.ts";
import { parseCreditLine } from "./patterns.ts";
import { logoOverHeadline } from "./plaintext.ts";
import { buildUnits } from "./units.ts";
import { PROSE_BODY, textPageFields } from "./testPage.ts";

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
      ...PROSE_BODY,
      "Ana Ruiz is a staff writer at Harbour Wire, covering water and farming.",
      "More from Harbour Wire",
    ];
    expect(textPageFields(page).byline).toBe("Ana Ruiz");
  });

  it("names no author from a bio whose name the page never sets alone", () => {
    const page = [
      "News",
      "Sep 30, 2016 7:00 AM",
      HEADLINE,
      ...PROSE_BODY,
      "Ana Ruiz is a staff writer at Harbour Wire, covering water.",
    ];
    expect(textPageFields(page).byline).toBeUndefined();
  });

  it("reads a label on a line of its own over the name", () => {
    const page = ["News", HEADLINE, "Author:", "Ana Ruiz", "Original:", "Dec 21, 2016", ...PROSE_BODY];
    expect(textPageFields(page)).toMatchObject({ byline: "Ana Ruiz" });
  });
});

describe("the publication a page's chrome names", () => {
  it("takes the site a footer's links name", () => {
    const page = [
      "News",
      HEADLINE,
      "By Ana Ruiz",
      ...PROSE_BODY,
      "About Quillfeed",
      "Advertise on Quillfeed",
      "Privacy Policy",
    ];
    expect(textPageFields(page).outlet).toBe("Quillfeed");
  });

  it("spells a copyright's domain as the page prints the name most", () => {
    const page = [
      "News",
      HEADLINE,
      "By Ana Ruiz",
      ...PROSE_BODY,
      "Quillfeed attracts readers who follow water policy.",
      "Advertise on Quillfeed",
      "Copyright © 2000-2022 Quillfeed.com, LLC.",
    ];
    expect(textPageFields(page).outlet).toBe("Quillfeed");
  });
});

describe("the publication against the credits beside the byline (O2)", () => {
  it("takes the publication an author's card names after the role, over a wire photo credit under it", () => {
    const page = [
      "POLITICS",
      HEADLINE,
      "Ana Ruiz Senior Politics Editor, The Harbour Post",
      "ASSOCIATED PRESS",
      "Farmers gather outside the agency's office in the valley.",
      ...PROSE_BODY,
    ];
    expect(textPageFields(page)).toMatchObject({ byline: "Ana Ruiz", outlet: "The Harbour Post" });
  });

  it("reads no outlet from a place after the role", () => {
    const page = ["News", HEADLINE, "Ana Ruiz Senior Correspondent, Mexico City", ...PROSE_BODY];
    expect(textPageFields(page).outlet).toBeUndefined();
  });

  it("takes the known outlet a syndicated column credits over the host the copyright signs", () => {
    const page = [
      "Nation & World",
      HEADLINE,
      "By Ana Ruiz",
      "Washington Post",
      "Dec 13, 2016 at 3:45 pm",
      ...PROSE_BODY,
      "Copyright © 2022, Harbour Tribune",
    ];
    expect(textPageFields(page)).toMatchObject({ byline: "Ana Ruiz", outlet: "The Washington Post" });
  });

  it("keeps the credited outlet when the copyright is its own company's or a group's", () => {
    const own = [
      "News",
      HEADLINE,
      "By Ana Ruiz, ABC News",
      ...PROSE_BODY,
      "Copyright © 2022 ABC News Internet Ventures.",
    ];
    expect(textPageFields(own).outlet).toBe("ABC News");
    const group = ["News", HEADLINE, "By Ana Ruiz, Reuters", ...PROSE_BODY, "© 2022 Condé Nast. All rights reserved."];
    expect(textPageFields(group).outlet).toBe("Reuters");
  });

  it("takes the whole name an author's note prints over a footer's short form of it", () => {
    const page = [
      "News",
      HEADLINE,
      "By Ana Ruiz",
      ...PROSE_BODY,
      "Ana Ruiz reviews water gadgets for Quill Technica, testing them at home.",
      "About Quill",
      "Advertise with Quill",
    ];
    expect(textPageFields(page).outlet).toBe("Quill Technica");
  });

  it("keeps the footer's name when the page prints no longer one that begins with it", () => {
    const page = [
      "News",
      HEADLINE,
      "By Ana Ruiz",
      ...PROSE_BODY,
      "Ana Ruiz reviews water gadgets for The Harbour Post, testing them at home.",
      "About Quill",
      "Advertise with Quill",
    ];
    expect(textPageFields(page).outlet).toBe("Quill");
  });

  it("reads the site in a title bar without a player's status run into it", () => {
    const page = [
      "Menu",
      `${HEADLINE} | Harbour News Loaded`,
      "Business",
      HEADLINE,
      "Ana Ruiz · Posted: Oct 14, 2022 9:27 AM ET",
      ...PROSE_BODY,
    ];
    expect(textPageFields(page).outlet).toBe("Harbour News");
  });
});

describe("the publication a footer's owner note or a script-dated copyright names (O2)", () => {
  it("takes the site an owner's note after the article names, and drops the note", () => {
    const note = "QUILL is part of the Harbour Media publishing family. We've updated our Privacy Policy.";
    const result = normalize(["News", HEADLINE, "By Ana Ruiz", ...PROSE_BODY, note].join("\n"), {
      fileName: "page.txt",
    });
    if (!result.ok) throw new Error("refused");
    expect(result.frontmatter.outlet).toBe("QUILL");
    expect(result.markdown).not.toContain("publishing family");
  });

  it("reads the holder of a copyright whose last year a script printed as a clock", () => {
    const page = ["News", HEADLINE, ...PROSE_BODY, "© 1996-Thu Dec 15 06:14:35 EST 2016 Harbour Geographic Society."];
    expect(textPageFields(page).outlet).toBe("Harbour Geographic Society");
  });

  it("takes no station a dateline credits on a page another holder's copyright signs", () => {
    const lede = `HARBOUR CITY (KHBR) – ${PROSE_BODY[0] ?? ""}`;
    const page = ["News", HEADLINE, lede, ...PROSE_BODY.slice(1), "© 2016 Quill Portal Inc."];
    expect(textPageFields(page).outlet).toBeUndefined();
    const own = ["News", HEADLINE, lede, ...PROSE_BODY.slice(1)];
    expect(textPageFields(own).outlet).toBe("KHBR");
  });
});

describe("the site's logo over its headline (O2)", () => {
  const unitsOf = (lines: readonly string[]) => classifyUnits(buildUnits(toLines(lines.join("\n"))).units);

  it("reads a known outlet's name on the line right above the headline", () => {
    const units = unitsOf(["Linkedin", "MSNBC", HEADLINE, "By Ana Ruiz"]);
    expect(logoOverHeadline(units, 2)).toBe("MSNBC");
  });

  it("reads no menu entry that holds the name, no section's name, no name further up", () => {
    expect(logoOverHeadline(unitsOf(["Menu", "MSNBC Newsletters", HEADLINE]), 2)).toBeUndefined();
    expect(logoOverHeadline(unitsOf(["Menu", "Harbour Politics", HEADLINE]), 2)).toBeUndefined();
    expect(logoOverHeadline(unitsOf(["MSNBC", "Politics", HEADLINE]), 2)).toBeUndefined();
  });

  it("keeps the whole page's other readings when the logo line is read in the header", () => {
    const page = ["Share this", "Facebook", "Twitter", "MSNBC", HEADLINE, "By Ana Ruiz", ...PROSE_BODY];
    expect(textPageFields(page).outlet).toBe("MSNBC");
  });
});

describe("a headline opening on 'Von' (from) before a colon", () => {
  it("is the headline over the standfirst and the credit, not a byline", () => {
    const page = [
      "Startseite",
      "Themen",
      "Über uns",
      "Hintergrund",
      "Von Hafenstadt bis Talheim: Die Spur der falschen Gutachter",
      "Ein Netz von Gutachtern hat über Jahre Berichte gefälscht. Jetzt ermittelt die Staatsanwaltschaft gegen drei Männer.",
      "von Ana Ruiz , Tom Vale",
      "21. Mai 2026",
      ...PROSE_BODY,
    ];
    const fields = textPageFields(page);
    expect(fields.title).toBe("Von Hafenstadt bis Talheim: Die Spur der falschen Gutachter");
    expect(parseCreditLine("Von Hafenstadt bis Talheim: Die Spur der falschen Gutachter")).toBeUndefined();
    expect(parseCreditLine("Von Ana Ruiz")).toEqual({ byline: "Ana Ruiz" });
  });
});
