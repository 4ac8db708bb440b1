/**
 * Page fields on whole-page texts of shapes no tuned page had (issue 14, the stop-55, stop-56 and
 * stop-57 fresh rounds): small synthetic page extractions, each with the one trap it sets, run through
 * the whole normalizer, and the line readers the rules live in. Every invented name and outlet.
 */
import { describe, expect, it } from "vitest";
import { classifyUnits } from "./classify.ts";
import { parseDateLine } from "./dateLines.ts";
import { normalize } from "./index.ts";
import { isCutTeaser } from "./headline.ts";
import { toLines } from "./lines.ts";
import { markMediaTitles } from "./mediaTitles.ts";
import {
  copyrightHolderName,
  familySiteName,
  followLinksName,
  headerSiteName,
  legalFormless,
  printedSpelling,
  selfNamedPublication,
} from "./outlets.ts";
import { parseByline, parseCreditLine } from "./patterns.ts";
import { uiTextReason } from "./uiText.ts";
import { buildUnits } from "./units.ts";
import { creditStampDate } from "#lib/content/parseDate.ts";
import { isCaption } from "./chrome.ts";
import { PROSE_BODY, textPageFields } from "./testPage.ts";

const fieldsOf = (...lines: string[]) => textPageFields([...lines, ...PROSE_BODY]);

describe("a rail of teasers cut to fit above the article", () => {
  it("reads a headline cut with its ellipsis as a teaser, not as prose", () => {
    expect(isCutTeaser("Valley farmers ask the court to delay the new...")).toBe(true);
    expect(isCutTeaser("Harbour council weighs ferry fares amid…")).toBe(true);
  });

  it("leaves a sentence that ends on an ellipsis, and one that has a sentence before it", () => {
    expect(isCutTeaser("And then the water came ...")).toBe(false);
    expect(isCutTeaser("The vote failed. Then the council waited...")).toBe(false);
  });

  it("finds the headline and its credit under a trending rail of cut teasers", () => {
    const fm = fieldsOf(
      "Trending now",
      "Valley farmers ask the court to delay the new...",
      "Harbour council weighs ferry fares amid...",
      "Mayor Ines Varga says the budget will not...",
      "Water rules will cut valley deliveries by a third",
      "By Tomas Redfern",
      "March 4, 2025 | 7:08pm",
    );
    expect(fm.title).toBe("Water rules will cut valley deliveries by a third");
    expect(fm.byline).toBe("Tomas Redfern");
    expect(fm.published).toBe("2025-03-04");
  });
});

describe("a video player's playlist between the lede and the body", () => {
  const marked = (lines: string[]): (string | undefined)[] =>
    markMediaTitles(classifyUnits(buildUnits(toLines(lines.join("\n\n"))).units)).map((u) => u.furniture);

  it("marks the status label, the clip's title under it and the clip's stamp", () => {
    expect(
      marked(["Now playing", "Council votes on the water plan", "Yesterday 1:55PM", "The council voted."]),
    ).toEqual(["caption", "caption", "caption", undefined]);
  });

  it("leaves a sentence under the label: no clip's title", () => {
    expect(marked(["Now playing", "The council voted on Monday."])[1]).toBeUndefined();
  });

  it("keeps the headline over a lone 'By', the name and a month-first stamp", () => {
    const fm = fieldsOf(
      "Water rules will cut valley deliveries by a third",
      "By",
      "Marisol Ortega",
      "10/26/16 10:13AM",
      "Officials in the state capital said on Monday that the rules would take effect in the spring.",
      "Watch",
      "Now playing",
      "Harbour festival opens with a parade",
      "Yesterday 1:55PM",
      "Now playing",
      "Ferry fares rise for the summer | Harbour Talk",
      "Yesterday 1:14PM",
    );
    expect(fm.title).toBe("Water rules will cut valley deliveries by a third");
    expect(fm.byline).toBe("Marisol Ortega");
    expect(fm.published).toBe("2016-10-26");
  });
});

describe("credit lines", () => {
  it("reads 'By:' over two names and the wire they write for", () => {
    expect(parseCreditLine("By: Ana Ruiz, Tomas Redfern, The Associated Press")).toEqual({
      byline: "Ana Ruiz, Tomas Redfern",
      outlet: "The Associated Press",
    });
  });

  it("reads 'By' run into the name by the extraction", () => {
    expect(parseCreditLine("ByMarisol Ortega")).toEqual({ byline: "Marisol Ortega" });
  });

  it("leaves a word that only opens with 'By'", () => {
    expect(parseCreditLine("ByteDance Sues")).toBeUndefined();
    expect(parseCreditLine("Bygone Days")).toBeUndefined();
  });
});

describe("date lines", () => {
  it("reads the same day set twice on one line", () => {
    expect(parseDateLine("October 11, 2022 October 11, 2022")).toEqual({ kind: "published", iso: "2022-10-11" });
  });

  it("reads no date from two different days so set: which one is the publication is not said", () => {
    expect(parseDateLine("October 11, 2022 October 6, 2022")).toBeUndefined();
  });

  it("reads the date before a provider's credit", () => {
    expect(parseDateLine("Dec. 22, 2016, 3:36 PM UTC / Source: Harbour Homes")).toEqual({
      kind: "published",
      iso: "2016-12-22",
    });
  });

  it("takes the provider a date line credits as the outlet", () => {
    const fm = fieldsOf(
      "Water rules will cut valley deliveries by a third",
      "Dec. 22, 2016, 3:36 PM UTC / Source: Harbour Homes",
      "By Marisol Ortega",
    );
    expect(fm.outlet).toBe("Harbour Homes");
    expect(fm.published).toBe("2016-12-22");
  });
});

describe("interface text", () => {
  it.each(["Click to copy URL", "Order Reprint of this Story", "Order reprints"])("reads %j as navigation", (line) => {
    expect(uiTextReason(line)).toBe("navigation");
  });

  it("reads an unsupported-browser banner as a notice", () => {
    expect(uiTextReason("IE 11 is not supported. For an optimal experience visit our site on another browser.")).toBe(
      "notice",
    );
    expect(uiTextReason("Your browser is no longer supported")).toBe("notice");
  });

  it("leaves a sentence of a story about a browser", () => {
    expect(
      uiTextReason("Internet Explorer is not supported by the new tax portal, the ministry said."),
    ).toBeUndefined();
  });

  it("reads past the banner to the headline", () => {
    const fm = fieldsOf(
      "IE 11 is not supported. For an optimal experience visit our site on another browser.",
      "Water rules will cut valley deliveries by a third",
      "By Marisol Ortega",
    );
    expect(fm.title).toBe("Water rules will cut valley deliveries by a third");
  });
});

describe("the headline set over the menu and again under it", () => {
  it("reads the header from the lower copy: the standfirst, the credit and the doubled date under it", () => {
    const fm = fieldsOf(
      "Water rules will cut valley deliveries by a third",
      "Share",
      "Mail to a friend",
      "News",
      "Industry News",
      "From the Regulators",
      "Research and Markets",
      "Home News Research and Markets Water rules will cut valley deliveries by a third",
      "Water rules will cut valley deliveries by a third",
      "“A hard year,” the farmers say",
      "By: Ana Ruiz, Tomas Redfern, The Associated Press",
      "October 11, 2022 October 11, 2022",
      "Share",
      "iStockphoto",
      "Ana RuizTomas Redfern, The Associated Press",
    );
    expect(fm.title).toBe("Water rules will cut valley deliveries by a third");
    expect(fm.dek).toBe("“A hard year,” the farmers say");
    expect(fm.byline).toBe("Ana Ruiz, Tomas Redfern");
    expect(fm.published).toBe("2022-10-11");
    expect(fm.outlet).toBe("The Associated Press");
  });
});

describe("a photo between the headline and its standfirst", () => {
  it("takes the headline the page's teaser sets over the standfirst, not the standfirst over the credit", () => {
    const result = normalize(
      [
        "Growth",
        "Water rules will cut valley deliveries",
        "A rendering of the new canal. The agency plans to open it next year.",
        "(Harbour Water Agency)",
        "The agency is asking for bids from firms to run the canal and keep it open all year round",
        "By Marisol Ortega",
        "Aug. 27, 2019",
        ...PROSE_BODY,
        "Most read stories",
        "Water rules will cut valley deliveries",
        "The agency is asking for bids from firms to run the canal and keep it open all year round",
      ].join("\n"),
      { fileName: "page.txt" },
    );
    expect(result.ok && result.frontmatter.title).toBe("Water rules will cut valley deliveries");
    expect(result.ok && result.frontmatter.dek).toBe(
      "The agency is asking for bids from firms to run the canal and keep it open all year round",
    );
    expect(result.ok && result.frontmatter.byline).toBe("Marisol Ortega");
  });
});

describe("an author's box between the byline and the date", () => {
  it("passes the box's list of the author's stories to the headline and reads the date under it", () => {
    const fm = fieldsOf(
      "Business",
      "Water Rules Will Cut Valley Deliveries By A Third",
      "By Marisol Ortega",
      "Marisol Ortega",
      "Senior Editor",
      "More Stories By Marisol",
      "Harbour Council Weighs Ferry Fares For Summer",
      "Mayor Says The Budget Will Not Wait",
      "Valley Farmers Ask The Court For More Time",
      "View All",
      "April 15, 2019 6:18am",
    );
    expect(fm.title).toBe("Water Rules Will Cut Valley Deliveries By A Third");
    expect(fm.byline).toBe("Marisol Ortega");
    expect(fm.published).toBe("2019-04-15");
  });
});

describe("a date stamp over a headline that the site's menu stands over", () => {
  it("takes the line under the stamp, not the menu's last entry", () => {
    const fm = fieldsOf(
      "Jobs",
      "Real Estate",
      "Rentals",
      "Shopping el Harbour Herald",
      "Harbour.com",
      "Business Monday",
      "December 12, 2016 7:00 AM",
      "From ferries to bike paths, this is what farmers think of the water rules",
      "Print",
      "Order Reprint of this Story",
    );
    expect(fm.title).toBe("From ferries to bike paths, this is what farmers think of the water rules");
    expect(fm.published).toBe("2016-12-12");
  });
});

describe("the outlet a page names itself by", () => {
  it("reads the name the site's follow links share", () => {
    expect(followLinksName(["Harbour Geographic FacebookHarbour Geographic TwitterHarbour Geographic Instagram"])).toBe(
      "Harbour Geographic",
    );
    expect(followLinksName(["Harbour Post Facebook", "Harbour Post Twitter", "Harbour Post YouTube"])).toBe(
      "Harbour Post",
    );
  });

  it("reads no outlet from an author's two links, nor from a sentence naming networks", () => {
    expect(followLinksName(["Marisol Ortega Twitter", "Marisol Ortega Facebook"])).toBeUndefined();
    expect(followLinksName(["The mayor posted the video on Facebook"])).toBeUndefined();
  });

  it("reads no outlet from a preposition before the networks ('On Twitter', 'On Facebook')", () => {
    expect(followLinksName(["On Twitter", "On Facebook", "On YouTube", "On Instagram"])).toBeUndefined();
  });

  it("reads the header's name line that the page confirms in its own voice", () => {
    const header = ["Menu", "News", "Real Estate", "Harbour Post"];
    expect(headerSiteName(header, [...header, "Harbour Post has learned that the council will vote."])).toBe(
      "Harbour Post",
    );
    expect(headerSiteName(header, [...header, "Harbour Post Group", "Jobs"])).toBe("Harbour Post");
    expect(headerSiteName(header, [...header, "Trending on Harbour Post"])).toBe("Harbour Post");
  });

  it("reads no outlet from a header line the page never names itself by", () => {
    const header = ["Menu", "News", "Real Estate", "Harbour Post"];
    expect(headerSiteName(header, [...header, "The council met on Monday.", "Real Estate listings"])).toBeUndefined();
  });

  it("reads a copyright whose sign follows the year", () => {
    expect(copyrightHolderName("Copyright 2022 © The Harbour Post. All rights reserved.")).toBe("The Harbour Post");
  });

  it("reads the site an owner's note places in its company", () => {
    expect(familySiteName("Harbour Post is a part of Quayside Media Corporation. © 2022 Harbour Post, LLC.")).toBe(
      "Harbour Post",
    );
    expect(familySiteName("The mayor is a part of the problem, the council said.")).toBeUndefined();
  });
});

describe("credit lines of the stop-57 round", () => {
  it("leaves the separator before a stamp's label out of the name", () => {
    expect(parseByline("By Jane Roe / Published 4th March 2025")).toMatchObject({
      byline: "Jane Roe",
      published: "2025-03-04",
    });
    expect(parseByline("By Jane Roe - Published March 4, 2025")?.byline).toBe("Jane Roe");
  });

  it("reads a role in the plural as part of a group's credit, not as one person's role", () => {
    expect(parseByline("By Harbour's Opinion Writers")?.byline).toBe("Harbour's Opinion Writers");
    expect(parseByline("By Jane Roe, Senior Writer")?.byline).toBe("Jane Roe");
  });

  it("leaves a comment link run into the surname out of the name", () => {
    expect(parseByline("By Jane RoeLeave a comment")?.byline).toBe("Jane Roe");
    expect(parseByline("by Tomas Redfern Add a comment")?.byline).toBe("Tomas Redfern");
  });

  it("reads no name from a credit row whose date runs into its counters (year, comments, views glued)", () => {
    expect(parseByline("by Harbour Weekly March 3, 202404812")).toBeUndefined();
    expect(parseByline("By Jane Roe March 3, 2024 0 4812")?.byline).toBe("Jane Roe");
    expect(parseByline("By KARE 11 Staff")?.byline).toBe("KARE 11 Staff");
  });

  it("reads a credit row's two-digit-year stamp only when its order is certain", () => {
    expect(parseByline("By Jane Roe • 12.29.14")).toMatchObject({ byline: "Jane Roe", published: "2014-12-29" });
    expect(creditStampDate("12.29.14")).toBe("2014-12-29");
    expect(creditStampDate("29/12/14")).toBe("2014-12-29");
    // Both parts could be the month: a US page's 05.10.14 is May 10, a European one's 5 October.
    expect(creditStampDate("05.10.14")).toBeUndefined();
    expect(creditStampDate("12.29.2014")).toBeUndefined();
    expect(creditStampDate("3-1")).toBeUndefined();
  });

  it("reads several authors as one credit, however many words, but not a role or an outlet as one of them", () => {
    expect(parseByline("By Ana Roe, B.C. Dowd, Lena Park, and Tom Vale")?.byline).toBe(
      "Ana Roe, B.C. Dowd, Lena Park, and Tom Vale",
    );
    expect(parseByline("By Jane Doe, Staff Writer")?.byline).toBe("Jane Doe");
    expect(parseByline("By Jane Doe, John Roe, The Associated Press")).toMatchObject({
      byline: "Jane Doe, John Roe",
      outlet: "The Associated Press",
    });
  });

  it("states no byline for a site's house account of contributors", () => {
    const fm = fieldsOf("Valley water rules take effect in the spring", "by HP Contributor", "on 04 March 2025");
    expect(fm.byline).toBeUndefined();
    expect(fm.published).toBe("2025-03-04");
  });

  it("reads a curator's credit as the byline", () => {
    expect(parseByline("Curator: Jane Roe")?.byline).toBe("Jane Roe");
    expect(parseByline("Curated by Jane Roe")?.byline).toBe("Jane Roe");
  });
});

describe("the headline among the header's credits", () => {
  it("takes the headline over a standfirst and a bare name with its handle over the date", () => {
    const fm = fieldsOf(
      "Menu",
      "Harbour council weighs new water rules for the valley",
      "Farmers say the plan would cut their deliveries by a third.",
      "Marisol Ortega",
      "@mortega",
      "Mar 4, 2025",
      "Comments",
    );
    expect(fm).toMatchObject({
      title: "Harbour council weighs new water rules for the valley",
      dek: "Farmers say the plan would cut their deliveries by a third.",
      byline: "Marisol Ortega",
      published: "2025-03-04",
    });
  });

  it("takes the line between the date and the byline, not the blog's name over the date", () => {
    const fm = fieldsOf(
      "Topics",
      "Data",
      "Harbour Tank - Our Valley in Numbers",
      "March 4, 2025",
      "Do new water rules cut what farmers grow?",
      "By Tomas RedfernLeave a comment",
    );
    expect(fm).toMatchObject({
      title: "Do new water rules cut what farmers grow?",
      byline: "Tomas Redfern",
      published: "2025-03-04",
    });
  });

  it("takes a title-cased headline over its credit, not the line of another case above it", () => {
    const fm = fieldsOf(
      "Markets",
      "Dividends",
      "Free Daily Newsletter  subscribe Terms & Conditions",
      "",
      "The Valley Water Club Meets Monday",
      "",
      "By Tomas Redfern March 4, 2025 4:11 pm EST",
    );
    expect(fm).toMatchObject({ title: "The Valley Water Club Meets Monday", byline: "Tomas Redfern" });
    expect(fm.dek).toBeUndefined();
  });

  it("keeps a two-word label ending on 'of' apart from the headline under it", () => {
    const units = buildUnits(toLines(["Best of", "The best harbour walks of 2025"].join("\n"))).units;
    expect(units.map((u) => u.text)).toEqual(["Best of", "The best harbour walks of 2025"]);
    const joined = buildUnits(
      toLines(["The ferry board met to discuss the cost of", "repairs to the pier."].join("\n")),
    );
    expect(joined.units).toHaveLength(1);
  });
});

describe("the outlet a page's footer names", () => {
  it("reads a holder that opens with a digit and keeps an abbreviation's full stop", () => {
    expect(copyrightHolderName("©2015 24/7 Harbour St. | Powered by Quillpress VIP")).toBe("24/7 Harbour St.");
  });

  it("reads a domain holder before a dash and its reserved rights", () => {
    expect(copyrightHolderName("© 2015 Quillfeed.com — All rights reserved.")).toBe("Quillfeed.com");
  });

  it("keeps a company's legal form with its name, and names the site only where the page prints it", () => {
    expect(copyrightHolderName("© 2000 – 2015 Quillpoint Pty. Ltd.")).toBe("Quillpoint Pty. Ltd.");
    expect(legalFormless("Quillpoint Pty. Ltd.")).toBe("Quillpoint");
    expect(legalFormless("Harbour Media Group")).toBeUndefined();
    const named = fieldsOf(
      "Valley water rules take effect in the spring",
      "By Tomas Redfern",
      "March 4, 2025",
      ...PROSE_BODY,
      "Tomas has written 300 articles for Quillpoint.",
      "© 2000 – 2015 Quillpoint Pty. Ltd.",
    );
    expect(named.outlet).toBe("Quillpoint");
    const unnamed = fieldsOf(
      "Valley water rules take effect in the spring",
      "By Tomas Redfern",
      "March 4, 2025",
      ...PROSE_BODY,
      "© 2016 Quill Portal Inc.",
    );
    expect(unnamed.outlet).toBeUndefined();
  });

  it("reads the site's name from a trademark note and from a form's consent to its own policy", () => {
    expect(
      selfNamedPublication(
        'Copyright ©2015 Harbour Media Publications. "Harbour Star" is a registered trademark. All rights reserved.',
      ),
    ).toBe("Harbour Star");
    expect(selfNamedPublication("By submitting above you agree to the Quillworthy privacy policy.")).toBe(
      "Quillworthy",
    );
    expect(selfNamedPublication("By submitting above you agree to the Privacy Policy.")).toBeUndefined();
  });

  it("reads the site a footer row's first link names, not a media group's", () => {
    expect(selfNamedPublication("Jobs at Quillrox | Contact | Advertising | Terms of Use")).toBe("Quillrox");
    expect(selfNamedPublication("Careers at Condé Nast")).toBeUndefined();
    expect(selfNamedPublication("Contact | Jobs at Quillrox")).toBeUndefined();
  });

  it("keeps a domain's name whole when its bare name is an everyday word", () => {
    expect(printedSpelling("About.com", ["About Travel", "About Us", "Careers at About", "© 2015 About.com"])).toBe(
      "About.com",
    );
    expect(printedSpelling("Quillfeed.com", ["Advertise on Quillfeed", "Quillfeed readers", "Quillfeed.com"])).toBe(
      "Quillfeed",
    );
  });
});

describe("chrome of the fresh round's pages", () => {
  it("reads a tabloid's caption by its capital kicker and its agency's tag", () => {
    expect(isCaption(" HARBOUR DAY! Crowds line the pier for the parade [HW]".trim())).toBe(true);
    expect(isCaption("BEACH WALK: Jane snaps a selfie at the pier [HW]")).toBe(true);
    // A paragraph signed by its writer in brackets is the article's ("… as family. [Jane Roe]").
    expect(isCaption("The ferry scene is the film's best, and the last one. [Jane Roe]")).toBe(false);
    expect(isCaption("NOTE: the council meets on Monday.")).toBe(false);
  });

  it("cuts a comment thread whose comments open on their day and the commenter's handle", () => {
    const result = normalize(
      [
        "Valley water rules take effect in the spring",
        "By Tomas Redfern",
        "March 4, 2025",
        ...PROSE_BODY,
        "Comments",
        "Have Your Say",
        "March 4, 2025 harbour_fan:",
        "Seems obvious to me that the rules were coming.",
        "March 5, 2025 ana.r:",
        "I blame the drought more than the council.",
      ].join("\n"),
      { fileName: "page.txt" },
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.markdown).toContain("publish the final figures");
    expect(result.markdown).not.toContain("Seems obvious");
  });
});
