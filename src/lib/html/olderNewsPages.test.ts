/**
 * Page fields as older news templates (2010–2014) print them: a byline line with its role, a
 * weekday or a numeric stamp, a meta line that runs into its tags, a headline in a minor heading,
 * a date declared in ISO's basic form. Made-up pages and lines, one rule each.
 */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { parseByline } from "#lib/normalize/patterns.ts";
import { withoutTrailingTagRow } from "#lib/normalize/chrome.ts";
import { urlDate } from "#lib/normalize/frontmatterInput.ts";
import { parseDate } from "#lib/content/parseDate.ts";
import { classedPublishedDay, pageMeta } from "./pageMeta.ts";
import { minorHeadline } from "./pageShown.ts";
import { normalizeHtml } from "./normalizeHtml.ts";

describe("a byline line's name, role and stamp", () => {
  it.each([
    // A role after the name, then the date after a bar.
    ["By JANE ROE, Executive Editor | Friday June 7, 2013 @ 6:43pm EDT", "JANE ROE", "2013-06-07"],
    // A weekday opens the date, not closes the name.
    ["By Jane Roe Tuesday, Aug. 17, 2010", "Jane Roe", "2010-08-17"],
    // A clock clipped to "a" and the author's handle after it.
    ["By Mary Ann Doe on Jul 04, 2014 at 11:30a @maryanndoe", "Mary Ann Doe", "2014-07-04"],
    // "posted" before the date is the stamp's word.
    ["By Tom Lane posted Aug 18th 2010 7:30PM", "Tom Lane", "2010-08-18"],
    ["By Tom Lane posted on March 4, 2025", "Tom Lane", "2025-03-04"],
    ["By Tom Lane, published March 4, 2025", "Tom Lane", "2025-03-04"],
    // A numeric stamp whose order a part above 12 fixes.
    ["By Jane Roe 12/29/14 09:19 PM ET", "Jane Roe", "2014-12-29"],
  ])("%j → %j on %j", (line, byline, published) => {
    expect(parseByline(line)).toMatchObject({ byline, published });
  });

  it("ends the name at a numeric stamp whose order is unknown, reading no date from it", () => {
    const read = parseByline("By JOHN DOE 10/ 5/11 09:19 PM ET");
    expect(read?.byline).toBe("JOHN DOE");
    expect(read?.published).toBeUndefined();
  });

  it("reads several people, their one role and its desk, without a stamp counted back from now", () => {
    expect(parseByline("By JANE ROE and TOM LANE - AP Science Writers | AP – 2 hrs 12 mins ago")?.byline).toBe(
      "JANE ROE and TOM LANE",
    );
    expect(parseByline("By Jane Roe and Tom Lane | Staff Writers")?.byline).toBe("Jane Roe and Tom Lane");
  });

  it("keeps a name and its outlet apart as before", () => {
    expect(parseByline("By Jane Roe, Reuters | June 7, 2013")).toMatchObject({ byline: "Jane Roe", outlet: "Reuters" });
  });
});

describe("dates as older pages write them", () => {
  it("reads a clock after an @ beside the date", () => {
    expect(parseDate("Friday June 7, 2013 @ 6:43pm EDT")).toBe("2013-06-07");
  });

  it("reads a declaration in ISO 8601's basic form, and no eight digits that are no day", () => {
    const meta = (content: string) =>
      pageMeta(parseHTML(`<html><head><meta name="pub_date" content="${content}"></head><body></body></html>`).document)
        .published;
    expect(meta("20110920")).toBe("2011-09-20");
    expect(meta("20111320")).toBeUndefined();
  });

  it("reads a class that names the publication date with an underscore", () => {
    const doc = parseHTML(
      `<html><body><span class="published_date">September 20, 2011, 6:37 PM EDT</span></body></html>`,
    ).document;
    expect(classedPublishedDay(doc)).toBe("2011-09-20");
  });

  it("reads an address's day with one-digit month and day", () => {
    expect(urlDate("https://example.com/2014/7/4/5870663/a-story")).toBe("2014-07-04");
    expect(urlDate("https://example.com/2014/07/04/a-story")).toBe("2014-07-04");
    expect(urlDate("https://example.com/2014/7/a-story")).toBeUndefined();
  });
});

describe("a meta line that runs into its tags", () => {
  it("is read without them, glued or spaced", () => {
    expect(withoutTrailingTagRow("By Jane Roe | June 7, 2013 @ 6:43pm EDTTags: Media, Television")).toBe(
      "By Jane Roe | June 7, 2013 @ 6:43pm EDT",
    );
    expect(withoutTrailingTagRow("By Jane Roe Filed under: Media")).toBe("By Jane Roe");
    expect(withoutTrailingTagRow("Hashtags: none here")).toBe("Hashtags: none here");
  });
});

describe("a headline set in a minor heading", () => {
  it("is the h4 a declared title names exactly, the first declared title first", () => {
    const doc = parseHTML(
      `<html><body><h4><a href="/x">Other story</a></h4><h4 class="post_title">Ferry fares to rise in spring</h4></body></html>`,
    ).document;
    expect(minorHeadline(doc, ["Ferry fares to rise in spring", "Other story"])).toBe("Ferry fares to rise in spring");
    expect(minorHeadline(doc, ["Something else"])).toBeUndefined();
  });
});

describe("the byline of a page that declares its wire as the author", () => {
  const paragraph = (n: number) =>
    `<p>Harbour officials said on Tuesday that the ferry timetable, revised for the ${n}th time this year, would keep its winter crossings until the end of March.</p>`;
  const page = `<html><head><title>Ferry timetable kept</title><meta name="author" content="AP"></head><body><h1>Ferry timetable kept</h1><p>By JANE ROE</p>${[1, 2, 3, 4, 5].map(paragraph).join("")}</body></html>`;

  it("is the writer the page prints, not the wire", () => {
    const result = normalizeHtml(page, { fileName: "ferry.html" });
    expect(result.ok && result.frontmatter.byline).toBe("JANE ROE");
  });

  it("is the wire where the page prints the wire as its credit, a related story's writer further down", () => {
    const credited = `<html><head><title>Ferry timetable kept</title><meta name="author" content="AFP"></head><body><h1>Ferry timetable kept</h1><div>AFP 30 April 2015 at 07:19</div><aside><h2>Harbour crossings cut</h2><span>By Jane Roe</span></aside>${[1, 2, 3, 4, 5].map(paragraph).join("")}</body></html>`;
    const result = normalizeHtml(credited, { fileName: "ferry.html" });
    expect(result.ok && result.frontmatter.byline).toBe("AFP");
  });
});

describe("a standfirst set as a lesser heading under the headline", () => {
  const paragraph = (n: number) =>
    `<p>Harbour officials said on Tuesday that the ferry timetable, revised for the ${n}th time this year, would keep its winter crossings until the end of March.</p>`;
  const page = (standfirst: string) =>
    `<html><head><title>Ferry timetable kept</title></head><body><div class="headline"><h1>Ferry timetable kept</h1>${standfirst}</div><ul><li><a href="/e">Email</a></li><li><a href="/p">Print</a></li></ul><p>By Jane Roe</p>${[1, 2, 3, 4, 5].map(paragraph).join("")}</body></html>`;

  it("is the sentence in an h3 over the byline, past the share buttons", () => {
    const result = normalizeHtml(page("<h3>Will the winter crossings really survive the cuts?</h3>"), {
      fileName: "ferry.html",
    });
    expect(result.ok && result.frontmatter.dek).toBe("Will the winter crossings really survive the cuts?");
  });

  it("is no section label", () => {
    const result = normalizeHtml(page("<h3>Winter crossings</h3>"), { fileName: "ferry.html" });
    expect(result.ok && result.frontmatter.dek).toBeUndefined();
  });
});
