/**
 * Each plain-text pass on its own, on small inputs: lines → units, what a unit is, the
 * headline, the header fields and the body. The fixtures test the passes together.
 */
import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { readBody } from "./body.ts";
import { classifyLine, classifyUnit, classifyUnits, type Unit } from "./classify.ts";
import { labelledPublication, parseDateLine } from "./dateLines.ts";
import { normalize } from "./index.ts";
import { readHeader } from "./header.ts";
import { findHeadline } from "./headline.ts";
import { toLines } from "./lines.ts";
import { readMetadataLine } from "./metadata.ts";
import type { Report } from "./report.ts";
import { buildUnits, canContinue, isOpen, layoutOf, readsAsContinuation } from "./units.ts";

const units = (text: string): Unit[] => buildUnits(toLines(text)).units.map(classifyUnit);
const report = (): Report => ({ removed: [], warnings: [] });

describe("units", () => {
  it("joins a line that starts lower-case to an open paragraph", () => {
    expect(units("The army moved\nnorth on Monday.").map((u) => u.text)).toEqual(["The army moved north on Monday."]);
  });
  it("keeps a line after a finished sentence, a colon or a blank line apart", () => {
    expect(units("One.\nsecond").length).toBe(2);
    expect(units("Note:\nsecond").length).toBe(2);
    expect(units("One\n\nsecond").length).toBe(2);
  });
  it("never joins list items, furniture or lines of their own kind", () => {
    expect(units("- one\nand more").length).toBe(2);
    expect(units("The army moved\nAdvertisement").length).toBe(2);
    expect(units("Written by Ana Ruiz\nmore words here").length).toBe(2);
  });
  it("reports lines holding only spaces as blank", () => {
    expect(buildUnits(toLines("A\n \u00A0\nB")).removed).toEqual([{ line: 2, text: " \u00A0", reason: "blank" }]);
  });
  it("sees a hard-wrapped layout only when most lines fill one width", () => {
    const wrapped = Array.from({ length: 6 }, () => "x".repeat(70)).join("\n");
    expect(layoutOf(toLines(wrapped)).wrapped).toBe(true);
    expect(layoutOf(toLines("short\nlines\nonly\nhere")).wrapped).toBe(false);
  });
  it("answers each joining question by name", () => {
    const kind = classifyLine("continues here");
    expect(canContinue(kind)).toBe(true);
    expect(canContinue(classifyLine("- item"))).toBe(false);
    expect(readsAsContinuation("Capital", "x".repeat(70), { wrapped: true, maxLen: 80 })).toBe(true);
    expect(readsAsContinuation("Capital", "short", { wrapped: true, maxLen: 80 })).toBe(false);
    // A comma or semicolon goes on with the sentence above; a line never opens with one.
    expect(readsAsContinuation(", then the total is even", "short", { wrapped: false, maxLen: 40 })).toBe(true);
    expect(readsAsContinuation("; the rest stayed home", "short", { wrapped: false, maxLen: 40 })).toBe(true);
    expect(readsAsContinuation("...or, why bother", "short", { wrapped: false, maxLen: 40 })).toBe(false);
    // A line stopping on an article or a joining word was broken mid-sentence, whatever the layout.
    const unwrapped = { wrapped: false, maxLen: 200 };
    expect(readsAsContinuation("Ferry Board said the fares would rise.", "The vote was close. The", unwrapped)).toBe(
      true,
    );
    expect(readsAsContinuation("Harbour crews worked late.", "repairs to the pier and", unwrapped)).toBe(true);
    expect(readsAsContinuation("Harbour crews worked late.", "Fortified with Vitamin A", unwrapped)).toBe(false);
    expect(readsAsContinuation("Harbour crews worked late.", "What the ferry vote means", unwrapped)).toBe(false);
    const [unit] = buildUnits(toLines("Ends here.")).units;
    expect(unit !== undefined && isOpen(unit, classifyLine("Ends here."))).toBe(false);
  });
});

describe("classify", () => {
  it("says what a unit is", () => {
    const [date, byline, crumb, quote, related] = units(
      "Feb 19, 2025\n\nBy Ana Ruiz\n\nNews › World\n\n> A quote\n\nRead more:",
    );
    expect(date?.date).toEqual({ kind: "published", iso: "2025-02-19" });
    expect(byline?.byline?.byline).toBe("Ana Ruiz");
    expect(crumb?.crumb).toBe(true);
    expect(quote?.quote).toBe(true);
    expect(related?.related).toEqual({ inline: "" });
  });
  it("marks furniture with its reason", () => {
    expect(classifyLine("Advertisement").furniture).toBe("promo");
    expect(classifyLine("Photo: Ana Ruiz").furniture).toBe("caption");
    expect(classifyLine("Share this article").furniture).toBe("navigation");
  });
});

describe("dates under a label", () => {
  it("reads the date under an update label standing alone as an update date", () => {
    const [, date] = classifyUnits(buildUnits(toLines("Updated\nNov 13, 2019, 10:28am EST")).units);
    expect(date?.date).toEqual({ kind: "updated", iso: "2019-11-13" });
  });
  it("leaves a date under a publication label as the publication date", () => {
    const [, date] = classifyUnits(buildUnits(toLines("Published\nNov 13, 2019, 10:28am EST")).units);
    expect(date?.date).toEqual({ kind: "published", iso: "2019-11-13" });
  });
});

describe("a date line with its time of day", () => {
  it.each([
    ["November 20, 2019 / 1:07 AM", "2019-11-20"],
    ["Nov 18, 2019 @17:19 PM", "2019-11-18"],
    ["Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)", "2019-11-18"],
    ["| November 18, 2019 -- 19:14 GMT (19:14 GMT)", "2019-11-18"],
    ["On 11/13/19 at 4:00 PM EST", "2019-11-13"],
    ["On Nov 13, 2019", "2019-11-13"],
    // The time of day, then an update clause: both are stamp, the date before them is the article's.
    ["March 4, 2021 / 9:05 AM / Updated 3 hours ago", "2021-03-04"],
    // The time of day set after a space alone.
    ["11/28/2016 04:23 pm ET", "2016-11-28"],
    // Two stamps without labels, the first version's and the last's: the first is the publication.
    ["December 6, 2016 — 6:22 PM EST December 7, 2016 — 1:55 PM EST", "2016-12-06"],
  ])("reads %j as the publication date", (text, iso) => {
    expect(parseDateLine(text)).toEqual({ kind: "published", iso });
  });
  it.each([
    "November 20, 2019 / 1:07 AM update",
    "Nov 18, 2019 / 42 comments",
    "Score: 2019 / 1:07",
    "| Topic: Hardware",
    "on Nov 13, 2019 the vote",
    "Once Nov 13, 2019",
    "Nov 18, 2019 -- 42",
    "Nov 18, 2019 / 42 comments / Updated 3 hours ago",
    // Two stamps out of order are no first version and its update.
    "December 7, 2016 — 6:22 PM EST December 6, 2016 — 1:55 PM EST",
  ])("reads no date in %j", (text) => {
    expect(parseDateLine(text)).toBeUndefined();
  });
});

describe("a publication stamp under its own label", () => {
  it.each([
    ["First published on March 4, 2021 / 9:05 AM", "2021-03-04"],
    ["First Published: Thursday, March 4, 2021 09:05 AM", "2021-03-04"],
    ["Published: Mar 4, 2021", "2021-03-04"],
    // An archive's notice of when the story ran.
    ["This story is from October 9, 2019", "2019-10-09"],
    ["This article was first published on March 4, 2021", "2021-03-04"],
    ["This story is from our archive", undefined],
    // No publication label, an update, a relative age or a day without its year: no publication day.
    ["Date: Mar 4, 2021", undefined],
    ["March 4, 2021", undefined],
    ["Updated on: March 4, 2021 / 10:07 AM", undefined],
    ["Published 22 hours ago", undefined],
    ["Posted Mar 4, 6:51 AM", undefined],
  ])("reads %j as %s", (text, iso) => {
    expect(labelledPublication(text)).toBe(iso);
  });

  const page = (tail: string) =>
    [
      "Harbour ferry service resumes after storm repairs",
      "The city's harbour ferries returned to their full timetable on Thursday after three weeks of repairs to the main pier.",
      "Officials said the repairs cost less than expected and that the pier would be inspected again in the spring.",
      tail,
      "© 2021 Example Harbour News. All rights reserved.",
    ].join("\n\n");
  const published = (text: string) => {
    const result = normalize(text, { fileName: "ferry.txt" });
    return result.ok ? result.frontmatter.published : "refused";
  };
  it("takes the day a labelled stamp after the article states when the header has none", () => {
    expect(published(page("First published on March 4, 2021 / 9:05 AM"))).toBe("2021-03-04");
  });
  it("takes none when the page's labelled stamps disagree, or the stamp states no year", () => {
    expect(published(page("Published: March 4, 2021\n\nPublished: March 2, 2021"))).toBeUndefined();
    expect(published(page("First published on Mar 4, 9:05 AM"))).toBeUndefined();
  });
});

describe('a stamp row\'s "Original:" label', () => {
  it('reads the date under it, or after it, as the publication date, and the one under "Updated:" as an update', () => {
    const dates = classifyUnits(buildUnits(toLines("Updated:\nMar 6, 2018\nOriginal:\nDec 21, 2016")).units).map(
      (u) => u.date,
    );
    expect(dates).toEqual([
      { kind: "label" },
      { kind: "updated", iso: "2018-03-06" },
      { kind: "label" },
      { kind: "published", iso: "2016-12-21" },
    ]);
    expect(parseDateLine("Original: Dec 21, 2016")).toEqual({ kind: "published", iso: "2016-12-21" });
    expect(parseDateLine("Originally published on Dec 21, 2016")).toEqual({ kind: "published", iso: "2016-12-21" });
  });
  it("is no label without its colon, nor in a sentence", () => {
    expect(parseDateLine("Original")).toBeUndefined();
    expect(parseDateLine("Original recording Dec 21, 2016")).toBeUndefined();
    expect(parseDateLine("Original reporting by the desk")).toBeUndefined();
  });
});

describe("a stamp row of labels over their values under the headline", () => {
  const text = (rows: string) =>
    [
      "Harbour Board Names New Ferry Adviser",
      rows,
      "",
      "The harbour board said on Tuesday that a former ferry captain, Ilse Brandvold, will advise it on the new timetable.",
      "",
      "Brandvold spent twenty years on the island routes before she retired from the service last spring.",
    ].join("\n");
  const fields = (rows: string) => {
    const result = normalize(text(rows), { fileName: "ferry.txt" });
    return result.ok ? { byline: result.frontmatter.byline, published: result.frontmatter.published } : "refused";
  };
  it('reads the name under "Author:" as the byline and the date under "Original:" as the publication', () => {
    expect(fields("Author:\nMarta Quist\nUpdated:\nMar 6, 2018\nOriginal:\nDec 21, 2016")).toEqual({
      byline: "Marta Quist",
      published: "2016-12-21",
    });
  });
  it("takes no publication date from an update alone, and no byline from a label's non-name", () => {
    expect(fields("Author:\nStaff\nUpdated:\nMar 6, 2018")).toEqual({ byline: undefined, published: undefined });
  });
});

describe("a date line led by a row's separator", () => {
  it("reads an update as an update still", () => {
    expect(parseDateLine("| Updated Nov 13, 2019")).toEqual({ kind: "updated", iso: "2019-11-13" });
  });
});

describe("metadata lines", () => {
  it("keeps the first publication date and warns about a differing second", () => {
    const r = report();
    const [a, b] = units("Feb 19, 2025\n\nFeb 20, 2025");
    const meta = readMetadataLine(a as Unit, {}, r);
    expect(readMetadataLine(b as Unit, meta ?? {}, r)).toEqual({ published: "2025-02-19" });
    expect(r.warnings[0]).toContain("differs from 2025-02-19");
  });
  it("never takes an update date or a page clock as the publication date", () => {
    const r = report();
    const [updated, clock] = units("Updated: Feb 20, 2025\n\nToday: Feb 21, 2025");
    expect(readMetadataLine(updated as Unit, {}, r)).toEqual({});
    expect(readMetadataLine(clock as Unit, {}, r)).toEqual({});
    expect(r.removed.map((x) => x.reason)).toEqual(["metadata", "page-clock"]);
  });
});

describe("headline", () => {
  it("skips chrome, crumbs and dates above the headline", () => {
    const r = report();
    const found = findHeadline(
      units("Menu\n\nWorld\n\nFeb 19, 2025\n\nTroops Reach the Border Town\n\nThe army arrived."),
      r,
    );
    expect(found).toMatchObject({ title: "Troops Reach the Border Town", meta: { published: "2025-02-19" } });
    expect(r.removed.map((x) => x.reason)).toEqual(["navigation", "section-crumb", "metadata", "metadata"]);
  });
  it("refuses a text that opens with a paragraph", () => {
    expect(findHeadline(units("The army arrived on Monday, officials said."), report())).toMatchObject({
      code: "no-title",
    });
  });
  it("refuses a text of chrome only", () => {
    expect(findHeadline(units("Menu\n\nAdvertisement"), report())).toMatchObject({ code: "only-chrome" });
  });
  const body = "\n\nThe vote was close.\n\nThe cap applies to every farm with a well, and meters are due by December.";
  it("takes a long sentence over paragraphs as the headline, whatever its length", () => {
    const long =
      "Water board caps groundwater pumping for three years after wells in four farming towns ran dry during the long heat wave.";
    expect(findHeadline(units(long + body), report())).toMatchObject({ title: long });
    // Hard-wrapped onto two lines, it is the same headline.
    const wrapped = long.replace(" four farming", "\nfour farming");
    expect(findHeadline(units(wrapped + body), report())).toMatchObject({ title: long });
  });
  it("never takes a first line that reports as a lede does as the headline", () => {
    for (const lede of [
      "The water board capped groundwater pumping for three years on Thursday after wells in four towns ran dry.",
      "The water board capped groundwater pumping for three years after wells in four towns ran dry, its chair said.",
      "FRESNO, May 20 — The water board capped groundwater pumping for three years after wells in four towns ran dry.",
    ])
      expect(findHeadline(units(lede + body), report())).toMatchObject({ code: "no-title" });
  });
  it("never takes a long sentence as the headline without a body under it", () => {
    const long =
      "Water board caps groundwater pumping for three years after wells in four farming towns ran dry during the long heat wave.";
    expect(findHeadline(units(`${long}\n\nThe vote was close.`), report())).toMatchObject({ code: "no-title" });
  });
});

describe("headline: a label over the headline", () => {
  const body =
    "\n\nThe company named a new chief executive on Monday after a year of search.\n\nHe joined six years ago and ran its ticketing arm.";
  it("takes the line over the lede, not a menu's label, when no credit marks the headline", () => {
    const page = `Solutions\n\nAbout\n\nWho we are\n\nOur team\n\nBlog\n\nThe Platform\n\nSell more tickets with our platform, and decide with data.\n\nMobile Commerce\n\nIntroducing Jane Doe, New CEO at Experience\n\nBrowse All Posts${body}`;
    expect(findHeadline(units(page), report())).toMatchObject({ title: "Introducing Jane Doe, New CEO at Experience" });
  });
  it("keeps a first line that no menu surrounds, and never passes a sentence to a lower line", () => {
    expect(findHeadline(units(`Who we are${body}`), report())).toMatchObject({ title: "Who we are" });
    const page = `Solutions\n\nAbout\n\nWho we are\n\nIntroducing Jane Doe, New CEO at Experience\n\nThe chief executive took office this week and spoke to staff.${body}`;
    expect(findHeadline(units(page), report())).not.toMatchObject({ title: "Who we are" });
  });
  const post =
    "\n\nOctober 12, 2018/0 Comments/in Promotion /by admin\n\nVisitors who booked their tickets online came to the theater and left reviews of the show.\n\nWe have brought some of these reviews here.";
  it("takes the headline over its credit, not a shorter blog label stacked over it", () => {
    const page = `Blog - Latest News\n\nMore Reviews from Our Visitors of the Palace Show!${post}`;
    expect(findHeadline(units(page), report())).toMatchObject({
      title: "More Reviews from Our Visitors of the Palace Show!",
    });
  });
  it("keeps a headline over its longer standfirst and credit: a phrase, not a label of labels", () => {
    for (const [headline, standfirst] of [
      [
        "Water treaty talks stall over drought deliveries",
        "Negotiators left Monterrey without a schedule for the next round",
      ],
    ])
      expect(findHeadline(units(`${headline}\n\n${standfirst}${post}`), report())).toMatchObject({ title: headline });
  });
});

describe("header", () => {
  it("lifts byline, dek and key points and stops at the body", () => {
    const all = units(
      "Troops Reach the Border\n\nBy Ana Ruiz\n\n- First point\n- Second point\n\nThe army arrived on Monday after a long march, officials said.",
    );
    const header = readHeader(all, 0, "Troops Reach the Border", {}, report());
    expect(header).toMatchObject({ meta: { byline: "Ana Ruiz" }, keyPoints: ["First point", "Second point"], next: 4 });
  });
  it("takes a short summary as a dek, never a lede that reports", () => {
    const dek = units(
      "Title Here\n\nA short summary of the day.\n\nThe army arrived on Monday after a long march north.",
    );
    expect(readHeader(dek, 0, "Title Here", {}, report()).dek).toBe("A short summary of the day.");
    const lede = units(
      "Title Here\n\nThe army arrived, officials said.\n\nThe march north took three long days in the heat.",
    );
    expect(readHeader(lede, 0, "Title Here", {}, report()).dek).toBeUndefined();
  });
  const byline = "\n\nBy Ana Ruiz\n\nThe army arrived on Monday after a long march north, officials said.";
  it.each(["BLOG > Nutrition > Meal Plans", "Reuters, Washington,", "13/06/2014 Tony Carter All, Books, Kit Reviews"])(
    "never takes the header line %j as the standfirst, and reads on to the byline",
    (line) => {
      const header = readHeader(units(`Title Here\n\n${line}${byline}`), 0, "Title Here", {}, report());
      expect(header.dek).toBeUndefined();
      expect(header.meta.byline).toBe("Ana Ruiz");
    },
  );
  it("reads a post's facts led by its date as the publication date, when the header states none", () => {
    const line = "Monday November 18, 2019 7:45 am PST by Joe Rossignol";
    expect(readHeader(units(`Title Here\n\n${line}${byline}`), 0, "Title Here", {}, report()).meta).toMatchObject({
      published: "2019-11-18",
    });
    const dated = readHeader(units(`Title Here\n\nNov 17, 2019\n\n${line}${byline}`), 0, "Title Here", {}, report());
    expect(dated.meta.published).toBe("2019-11-17");
  });
  it("reads a blog's post line split like a crumb trail as its facts, led by the publication date", () => {
    const line = "October 12, 2018/0 Comments/in Promotion /by jdadmin";
    const header = readHeader(units(`Title Here\n\n${line}${byline}`), 0, "Title Here", {}, report());
    expect(header.meta).toMatchObject({ published: "2018-10-12", byline: "Ana Ruiz" });
    // A crumb trail not led by a date states none.
    const crumb = readHeader(units(`Title Here\n\nNews/Promotion/Reviews${byline}`), 0, "Title Here", {}, report());
    expect(crumb.meta.published).toBeUndefined();
  });
  it.each([
    ["Chris Davies - Nov 19, 2019, 10:31 pm CST", "Chris Davies", "2019-11-19"],
    ["Reuters November 18, 2019 11:03 PM", "Reuters", "2019-11-18"],
    ["By Tess Bonn - 11/19/19 06:56 AM EST", "Tess Bonn", "2019-11-19"],
    ["Posted on Maret 30, 2015 by Rudi Hartono", "Rudi Hartono", "2015-03-30"],
  ])("reads the credit %j under the headline as its byline and publication date", (line, name, iso) => {
    const header = readHeader(
      units(`Title Here\n\n${line}\n\nThe army arrived on Monday.`),
      0,
      "Title Here",
      {},
      report(),
    );
    expect(header.meta).toMatchObject({ byline: name, published: iso });
  });
  it.each([
    "Mexico City - Nov 19, 2019",
    "Nissan November 20, 2019 13:42",
    "Chris Davies - Updated Nov 19, 2019 10:31",
  ])("reads no publication date from %j, a place's or a brand's line or an update", (line) => {
    const header = readHeader(
      units(`Title Here\n\n${line}\n\nThe army arrived on Monday.`),
      0,
      "Title Here",
      {},
      report(),
    );
    expect(header.meta.byline).toBeUndefined();
    expect(header.meta.published).toBeUndefined();
  });
  it("still takes a standfirst over the byline, with a comma inside and a full stop at its end", () => {
    const dek = "Washington, the capital, braces for a long winter of talks.";
    expect(readHeader(units(`Title Here\n\n${dek}${byline}`), 0, "Title Here", {}, report()).dek).toBe(dek);
  });
});

describe("body", () => {
  it("takes out a control's label alone between paragraphs, and keeps the same word in a sentence", () => {
    const r = report();
    const body = readBody(
      units(
        "The port added scanners on Monday.\nShares\nOfficials said the checks take six hours.\nClose\nShares of the port operator closed lower, and the close was the week's worst.\nCaption\nThe navy said it would add inspectors.",
      ),
      0,
      "T",
      r,
    );
    expect(body.blocks.map((b) => toString(b))).toEqual([
      "The port added scanners on Monday.",
      "Officials said the checks take six hours.",
      "Shares of the port operator closed lower, and the close was the week's worst.",
      "The navy said it would add inspectors.",
    ]);
    expect(r.removed.map((x) => x.reason)).toEqual(["navigation", "navigation", "navigation"]);
  });
  it("takes out a picture's description over its credit, and keeps prose over one and a description with none", () => {
    const r = report();
    const body = readBody(
      units(
        [
          "The port added scanners on Monday.",
          "An artist's impression of the new customs terminal at the northern crossing.",
          "(Image: Harbour Wire)",
          "Officials said the checks take six hours.",
          "Maria Ortega, the port director who is leading the inspections",
          "Photo: Jane Roe",
          "Inspectors opened forty containers on the first day of the checks.",
          "Photo: Harbour Wire",
          "A quiet morning at the northern crossing near the old rail yard.",
          "The navy said it would add inspectors.",
        ].join("\n"),
      ),
      0,
      "T",
      r,
    );
    expect(body.blocks.map((b) => toString(b))).toEqual([
      "The port added scanners on Monday.",
      "Officials said the checks take six hours.",
      "Inspectors opened forty containers on the first day of the checks.",
      "A quiet morning at the northern crossing near the old rail yard.",
      "The navy said it would add inspectors.",
    ]);
    expect(r.removed.map((x) => [x.text, x.reason])).toEqual([
      ["An artist's impression of the new customs terminal at the northern crossing.", "caption"],
      ["(Image: Harbour Wire)", "caption"],
      ["Maria Ortega, the port director who is leading the inspections", "caption"],
      ["Photo: Jane Roe", "caption"],
      ["Photo: Harbour Wire", "caption"],
    ]);
  });
  it("takes out a label over a list of other stories' headlines, also after a blank line", () => {
    const r = report();
    const body = readBody(
      units(
        "The vote slipped to next week.\n\nAlso in the news:\n\n- Governor says state will sue over water rights\n- Judge blocks new rule on asylum hearings\n\nKey facts:\n\n- The bill costs $2 billion.\n- It funds 500 agents.",
      ),
      0,
      "T",
      r,
    );
    expect(body.blocks.map((b) => toString(b))).toEqual([
      "The vote slipped to next week.",
      "Key facts:",
      "The bill costs $2 billion.It funds 500 agents.",
    ]);
  });
  it("builds paragraphs, headings, lists and quotes", () => {
    const body = readBody(units("A paragraph.\n\nA Heading\n\nMore text.\n\n- a\n- b\n\n> quoted"), 0, "T", report());
    expect(body.blocks.map((b) => b.type)).toEqual(["paragraph", "heading", "paragraph", "list", "blockquote"]);
  });
  it("takes out related links, cited sources, repeats and promo sentences", () => {
    const r = report();
    const body = readBody(
      units(
        "This paragraph is kept once in the body.\n\nRelated stories:\nOther story\n\nSources: a.com, b.com\n\nThis paragraph is kept once in the body.\n\nMore text. Click here to subscribe.",
      ),
      0,
      "T",
      r,
    );
    expect(body.citedSources).toEqual(["a.com", "b.com"]);
    expect(body.blocks).toHaveLength(2);
    expect(r.removed.map((x) => x.reason)).toEqual([
      "related-links",
      "related-links",
      "metadata",
      "duplicate",
      "promo",
    ]);
  });
  it("takes out a rail of headlines under its label, and only the headlines set directly under it", () => {
    const r = report();
    const body = readBody(
      units(
        "The port added scanners.\n\nTrending\nStorm closes two highways\nBakery wins state award\n\nOfficials said the checks take six hours.\n\nMost read\nThe navy said it would add inspectors next month.",
      ),
      0,
      "T",
      r,
    );
    expect(body.blocks.map((b) => toString(b))).toEqual([
      "The port added scanners.",
      "Officials said the checks take six hours.",
      "The navy said it would add inspectors next month.",
    ]);
    expect(r.removed.map((x) => x.reason)).toEqual(["navigation", "related-links", "related-links", "navigation"]);
  });
  it("takes out a rail whose cards print headline and summary on one line, and keeps the paragraphs after it", () => {
    const rail = [
      "Most Read",
      "The ferry strike is over for now It could start again in the spring if talks fail.",
      "Why the harbour bridge costs twice what it did Nobody planned for the tides.",
      "Three towns share one fire truck The chief says it works better than it sounds.",
      "A bakery wins the state award for rye bread",
    ].join("\n");
    const r = report();
    const body = readBody(
      units(`The port added scanners.\n\n${rail}\n\nOfficials said the checks take six hours.`),
      0,
      "T",
      r,
    );
    expect(body.blocks.map((b) => toString(b))).toEqual([
      "The port added scanners.",
      "Officials said the checks take six hours.",
    ]);
    expect(r.removed).toHaveLength(5);
  });
  it("keeps lines set directly under a rail's label that no blank line closes, or that glue no summary", () => {
    const keep = (text: string): string[] => readBody(units(text), 0, "T", report()).blocks.map((b) => toString(b));
    // Run on into the article's long paragraph with no blank line: not closed, so not a rail of cards.
    const long =
      "Officials said the checks take six hours, and that the line of trucks reached the highway by noon on both days of the inspection, which is longer than any queue the port has seen since it opened its new gate on the north side of the harbour two winters ago.";
    const open = `The port added scanners.\nTrending\nThe ferry strike is over for now It could start again.\nWhy the bridge costs more Nobody planned for tides.\nThree towns share one truck The chief says it works.\n${long}`;
    expect(keep(open)).toContain(long);
    // Sentences under the label with no headline glued to them stay.
    const plain =
      "The port added scanners.\n\nMost read\nThe navy said it would add inspectors next month.\nOfficials said the checks take six hours.\nTruckers said the wait cost them a day.";
    expect(keep(plain)).toEqual([
      "The port added scanners.",
      "The navy said it would add inspectors next month.",
      "Officials said the checks take six hours.",
      "Truckers said the wait cost them a day.",
    ]);
  });
  it("takes out another story's card that prints its headline twice with its labels between", () => {
    const r = report();
    const body = readBody(
      units(
        [
          "The port added scanners.",
          "Why the harbour tides rose this spring",
          "Environment",
          "Coastal Watch",
          "Why the harbour tides rose this spring",
          "Officials said the checks take six hours.",
        ].join("\n"),
      ),
      0,
      "T",
      r,
    );
    expect(body.blocks.map((b) => toString(b))).toEqual([
      "The port added scanners.",
      "Officials said the checks take six hours.",
    ]);
    expect(r.removed.map((x) => x.reason)).toEqual([
      "related-links",
      "related-links",
      "related-links",
      "related-links",
    ]);
  });
  it("keeps a line set again with text between, or twice in a row", () => {
    const keep = (lines: string[]): string[] =>
      readBody(units(lines.join("\n\n")), 0, "T", report()).blocks.map((b) => toString(b));
    // A refrain with a sentence between is the article's text.
    expect(
      keep(["We will keep the ferry running", "The crowd sang it twice.", "We will keep the ferry running"]),
    ).toHaveLength(3);
    // A line printed twice in a row loses only its copy (the duplicate reader's), never both.
    const twice = "The port added two new scanners at the north gate on Monday.";
    expect(keep([twice, twice])).toEqual([twice]);
    // Lines parted by blank lines are the article's paragraphs, a short one between them.
    expect(
      keep([
        "The dock workers marched at noon, officials said.",
        "We will keep the ferry running",
        "Chorus",
        "We will keep the ferry running",
        "The crowd sang until dark, and the mayor joined in.",
      ]),
    ).toContain("We will keep the ferry running");
  });
  it("takes out a rail under a bare 'More:' label, and keeps the paragraph under it", () => {
    const r = report();
    const body = readBody(
      units(
        "The port added scanners.\nMore:\nStorm closes two highways\nBakery wins state award: town council\nOfficials said the checks take six hours.",
      ),
      0,
      "T",
      r,
    );
    expect(body.blocks.map((b) => toString(b))).toEqual([
      "The port added scanners.",
      "Officials said the checks take six hours.",
    ]);
    expect(r.removed.map((x) => x.reason)).toEqual(["navigation", "related-links", "related-links"]);
  });
  it("takes out a rail that sets a one-line summary under each headline, pair by pair", () => {
    const read = (rail: string, r = report()): string[] =>
      readBody(
        units(`The port added scanners.\n\nMost Read\n${rail}\n\nOfficials said the checks take six hours.`),
        0,
        "T",
        r,
      ).blocks.map((b) => toString(b));
    const r = report();
    expect(
      read(
        "Storm closes two highways\nDrivers were told to stay home.\nBakery wins state award\nIts bread sold out by noon.\nMayor opens new market",
        r,
      ),
    ).toEqual(["The port added scanners.", "Mayor opens new market", "Officials said the checks take six hours."]);
    expect(r.removed.map((x) => x.reason)).toEqual([
      "navigation",
      "related-links",
      "related-links",
      "related-links",
      "related-links",
    ]);
    // One pair is no rail; nor is a paragraph of the article's that runs on past a short summary.
    expect(read("Storm closes two highways\nDrivers were told to stay home.")).toHaveLength(4);
    expect(
      read(
        "Storm closes two highways\nDrivers were told to stay home.\nBakery wins state award\nThe bakery, which opened in 1952 on the corner of the old market square, has won the state's bread award for the third year in a row, its owners said on Monday.",
      ),
    ).toHaveLength(6);
  });

  it("takes one pair whose headline is written as sentences between proper pairs of a rail", () => {
    const read = (rail: string): string[] =>
      readBody(
        units(`The port added scanners.\n\nMost Read\n${rail}\n\nOfficials said the checks take six hours.`),
        0,
        "T",
        report(),
      ).blocks.map((b) => toString(b));
    const storm = "Storm closes two highways\nDrivers were told to stay home.";
    const loose = "The mayor keeps calling it a plan. It is not one.\nHe thinks it helps. It does not.";
    const bakery = "Bakery wins state award\nIts bread sold out by noon.";
    expect(read(`${storm}\n${loose}\n${bakery}`)).toEqual([
      "The port added scanners.",
      "Officials said the checks take six hours.",
    ]);
    // A rail's headline set again further down is the same link; the article's own repeated line is not.
    const long = "Bakery on Main Street wins the state bread award for a third year";
    const again = read(`${storm}\n${long}\nIts bread sold out by noon.\n\nThe port opened.\n\n${long}`);
    expect(again).not.toContain(long);
    expect(again).toContain("The port opened.");
    // Without a proper pair after it, as the rail's first pair, or beside another, it is the article's.
    for (const rail of [
      `${storm}\n${bakery}\n${loose}`,
      `${loose}\n${storm}\n${bakery}`,
      `${storm}\n${loose}\n${loose}\n${bakery}`,
    ])
      expect(read(rail)).toContain("He thinks it helps. It does not.");
  });
  it("takes out a numbered rail under its label, and leaves a list of the article's own sentences", () => {
    const read = (list: string): string[] =>
      readBody(
        units(`The port added scanners.\n\nMost Popular\n${list}\n\nOfficials said the checks take six hours.`),
        0,
        "T",
        report(),
      ).blocks.map((b) => toString(b));
    expect(
      read("1. A Storm Is Coming. Here's What to Know.\n2. The Best Budget Laptops of the Year\n3. Five Easy Dinners"),
    ).toEqual(["The port added scanners.", "Officials said the checks take six hours."]);
    expect(
      read(
        "1. The navy said it would add inspectors next month, officials said on Monday.\n2. Customs agents will open one container in four.",
      ),
    ).toHaveLength(3);
  });
  it("takes out the byline's own bio after the article, and no one else's", () => {
    const text = (end: string): string =>
      `The families held a vigil.\n\nAna Solís is a former judge and a columnist.\n\n${end}\n\nMore from the Post`;
    const read = (end: string, r = report()): string[] =>
      readBody(units(text(end)), 0, "T", r, "Renata Olmos").blocks.map((b) => toString(b));
    const r = report();
    expect(read("Renata Olmos is a correspondent covering northern Mexico.", r)).toEqual([
      "The families held a vigil.",
      "Ana Solís is a former judge and a columnist.",
      "More from the Post",
    ]);
    expect(r.removed.map((x) => x.reason)).toEqual(["author-bio"]);
    expect(
      read("Renata Olmos is a correspondent. She was detained at the border on Monday, her editor said."),
    ).toHaveLength(3);
    expect(read("Luis Paz is a correspondent covering northern Mexico.")).toHaveLength(4);
  });
  it("takes out the byline's bio over a rail of other stories' headlines, not over the article's prose", () => {
    const read = (after: string): string[] =>
      readBody(
        units(
          `The families held a vigil.\n\nRenata Olmos covers northern Mexico for the Post.\n\nLatest news\n\n${after}`,
        ),
        0,
        "T",
        report(),
        "Renata Olmos",
      ).blocks.map((b) => toString(b));
    expect(read("Why did the ferry stop running at midnight?\n\nThe port's new cranes arrive in spring")).not.toContain(
      "Renata Olmos covers northern Mexico for the Post.",
    );
    expect(
      read("The vigil ended at dawn. Relatives said they would return on Sunday to light candles again."),
    ).toContain("Renata Olmos covers northern Mexico for the Post.");
    expect(
      read(
        "Relatives of the missing fishermen said on Monday that they would keep returning to the harbour wall every week until the search resumed.",
      ),
    ).toContain("Renata Olmos covers northern Mexico for the Post.");
  });
});

describe("the byline's author box: the full name over a bio by the first name", () => {
  const read = (byline: string | undefined): string[] =>
    readBody(
      units(
        "The families held a vigil.\n\nRenata Olmos\n\nRenata is a freelance port engineer who has written for trade magazines since 2009.\n\nYou might also like:\n\nTen ways to save on ferry fares",
      ),
      0,
      "T",
      report(),
      byline,
    ).blocks.map((b) => toString(b));
  it("takes out the box of the byline's author", () => {
    expect(read("Renata Olmos").join("\n")).not.toContain("freelance port engineer");
  });
  it("keeps a profile of someone the byline does not name", () => {
    expect(read("Luis Paz").join("\n")).toContain("freelance port engineer");
  });
});

describe("an author box: the name over the bio and the link to the profile", () => {
  const bio = "Renata Olmos came to the Post from a border paper. She covers northern Mexico.";
  const read = (end: string): string[] =>
    readBody(
      units(
        `The families held a vigil.\n\nRenata Olmos\n\n${bio}\n\n${end}\n\nThe port reopened on Monday, officials said.`,
      ),
      0,
      "T",
      report(),
    ).blocks.map((b) => toString(b));
  it("takes out the box with its profile link, whatever follows it", () => {
    expect(read("View Profile")).toEqual([
      "The families held a vigil.",
      "The port reopened on Monday, officials said.",
    ]);
  });
  it("leaves the name and the bio when no profile link closes them and the article goes on", () => {
    expect(read("Officials agreed.")).toHaveLength(5);
  });
});

describe("a teaser card of another story in the body", () => {
  const lines = (excerptCard: string[]) =>
    [
      "Harbour ferries return to full timetable",
      "",
      "The city's harbour ferries returned to their full timetable on Thursday after three weeks of repairs.",
      ...excerptCard,
      "Officials said the repairs cost less than expected and that the pier would be inspected in spring.",
    ].join("\n");
  const bodyOf = (text: string) => {
    const result = normalize(text, { fileName: "ferry.txt" });
    return result.ok ? result.markdown : "refused";
  };
  it("drops the excerpt cut short over its doubled 'Read more' link", () => {
    const out = bodyOf(
      lines([
        "Why the Night Buses Stopped Running",
        "Riders on the late routes were told last week. The service would end in May, and…",
        "Read more Read more",
      ]),
    );
    expect(out).not.toContain("Riders on the late routes");
    expect(out).not.toContain("Read more");
    expect(out).toContain("inspected in spring.");
  });
  it("keeps the article's own paragraph cut short under its headline", () => {
    const text = [
      "Harbour ferries return to full timetable",
      "",
      "The city's harbour ferries returned to their full timetable on Thursday after three weeks of…",
      "Read more",
    ].join("\n");
    expect(bodyOf(text)).toContain("harbour ferries returned to their full timetable");
  });
});

describe("a credit line under the headline that the byline reader does not take", () => {
  const body = [
    "Heavy snow closed the mountain pass on Tuesday, and the state said it would stay shut until the ploughs could clear both lanes.",
    "Truck drivers waited in the valley towns overnight, and several motels said they had no rooms left by the early evening.",
    "Forecasters expect the storm to move east on Wednesday, with another front behind it at the weekend.",
  ];
  const read = (credit: string) =>
    normalize(["Snow closes the mountain pass", "", credit, "", ...body.flatMap((p) => [p, ""])].join("\n"), {
      fileName: "page.txt",
    });
  it.each([
    "By Ana Ruiz , Tom Becker, Eva Lund, and Jo Park, Valley News",
    "Mara Quist | mquist@valley.example.com By Mara Quist | mquist@valley.example.com on December 3",
  ])("is no standfirst: %j", (credit) => {
    const result = read(credit);
    expect(result.ok && result.frontmatter.dek).toBeUndefined();
    expect(result.ok && result.markdown).toContain(body[0]);
    expect(result.ok && result.markdown).not.toContain(credit);
  });
});
