/**
 * The headline of a whole page's text, found from the article's credit up: small synthetic
 * page extractions (menus, prompts, captions and other stories above the article), each with
 * the one trap it sets. The whole normalizer runs, so the title is what ingest writes.
 */
import { describe, expect, it } from "vitest";
import { classifyUnits } from "./classify.ts";
import { anchoredHeadline, isCreditUnit, isPhotoCredit } from "./headlineAnchor.ts";
import { normalize } from "./index.ts";
import { toLines } from "./lines.ts";
import { buildUnits } from "./units.ts";

const BODY = [
  "Officials in the state capital said on Monday that the new water rules would take effect in the spring, after a year of talks.",
  "Farmers in the valley said the rules would cut their deliveries by a third and asked the court to delay them.",
  "The agency said it would publish the final figures for each district before the end of the month.",
].join("\n");

const page = (...lines: string[]): string => [...lines, BODY].join("\n");

function titleOf(text: string): string | undefined {
  const result = normalize(text, { fileName: "page.txt" });
  return result.ok ? result.frontmatter.title : undefined;
}

function resultOf(text: string) {
  return normalize(text, { fileName: "page.txt" });
}

describe("the headline over the article's credit", () => {
  it("skips a menu, a sign-in prompt and share links above the headline", () => {
    const text = page(
      "Skip to content",
      "Sign InSearch",
      "News",
      "Sports",
      "Business",
      "Water rules will cut valley deliveries by a third",
      "Click to share on Facebook (Opens in new window)",
      "Click to share on Twitter (Opens in new window)",
      "Click to share on Reddit (Opens in new window)",
      "By Ana Ruiz | Special to the Ledger",
      "Published: November 19, 2019 at 8:59 pm",
    );
    expect(titleOf(text)).toBe("Water rules will cut valley deliveries by a third");
  });

  it("takes the headline over its standfirst and the author's name", () => {
    const text = page(
      "I Accept",
      "Our Best Stories",
      "Climate",
      "Water rules will cut valley deliveries by a third",
      "The state says the cuts are needed after three dry years.",
      "By",
      "Ana Ruiz",
      "Nov 13, 2019",
    );
    expect(titleOf(text)).toBe("Water rules will cut valley deliveries by a third");
  });

  it("passes over the authors and the outlet set under the headline", () => {
    const text = page(
      "Welcome to our European Union experience",
      "Learn More",
      "Water rules will cut valley deliveries, state says",
      "Ana Ruiz and Luis Paredes",
      "Valley Daily Courier",
      "Published 10:02 AM EST Nov 19, 2019",
    );
    expect(titleOf(text)).toBe("Water rules will cut valley deliveries, state says");
  });

  it("takes a headline written with its full stop when the credit stands right under it", () => {
    const text = page(
      "Sign InSearch",
      "Entertainment",
      "The state says ‘Water. We’re on it.’ Farmers are not so sure.",
      "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM",
      "By",
      "Ana Ruiz",
    );
    expect(titleOf(text)).toBe("The state says ‘Water. We’re on it.’ Farmers are not so sure.");
  });

  it("does not take a list of other stories, each over its date, for the header", () => {
    const units = classifyUnits(
      buildUnits(
        toLines(
          page(
            "Water rules will cut valley deliveries by a third",
            "By Ana Ruiz",
            "Nov 13, 2019",
            "MORE STORIES LIKE THIS ONE",
            "Dry year empties the northern reservoirs",
            "Nov 1, 2019",
            "Court hears the farmers' case on water rights",
            "Oct 20, 2019",
            "Valley towns ration water for the summer",
            "Oct 2, 2019",
          ),
        ),
      ).units,
    );
    expect(anchoredHeadline(units, units.length - 3)).toBe(0);
  });

  it("keeps the first headline when the page sets it again under its standfirst", () => {
    const text = page(
      "Water rules will cut valley deliveries by a third",
      "The state says the cuts are needed after three dry years.",
      "Water rules will cut valley deliveries by a third",
      "By Ana Ruiz",
      "Published July 21, 2025",
    );
    const result = resultOf(text);
    expect(result.ok && [result.frontmatter.title, result.frontmatter.dek]).toEqual([
      "Water rules will cut valley deliveries by a third",
      "The state says the cuts are needed after three dry years.",
    ]);
  });

  it("drops a date read above the navigation when the headline stands lower", () => {
    const text = page(
      "Wed, Nov 20, 2019",
      "Home",
      "World",
      "Dry year empties the northern reservoirs for the first time since 1977",
      "Court hears the farmers' case on water rights",
      "Water rules will cut valley deliveries by a third",
      "By Ana Ruiz",
    );
    const result = resultOf(text);
    expect(result.ok && [result.frontmatter.title, result.frontmatter.published]).toEqual([
      "Water rules will cut valley deliveries by a third",
      undefined,
    ]);
  });

  it("passes over a sign-up box (title, pitch, button) between the headline and its credit", () => {
    const text = page(
      "Water rules will cut valley deliveries by a third",
      "The state says the cuts are needed after three dry years.",
      "Breaking News Emails",
      "Get breaking news alerts and special reports. The stories that matter, delivered weekday mornings.",
      "SUBSCRIBE",
      "Nov. 20, 2019, 9:28 AM UTC",
      "By Ana Ruiz",
    );
    expect(titleOf(text)).toBe("Water rules will cut valley deliveries by a third");
    // The header reads on past the box: standfirst, date and byline, and the box is not body.
    const result = resultOf(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.frontmatter).toMatchObject({
      dek: "The state says the cuts are needed after three dry years.",
      byline: "Ana Ruiz",
      published: "2019-11-20",
    });
    expect(result.markdown).not.toMatch(/Breaking News Emails|SUBSCRIBE/u);
  });

  it("takes the headline the page's title names over its standfirst set without a full stop", () => {
    const lines = [
      "Water Rules Will Cut Valley Deliveries by a Third - Valley Daily",
      "Home",
      "WATCH LIVE",
      "Valley Today at 6am",
      "The latest local news, weather and investigative stories from the valley.",
      "Water Rules Will Cut Valley Deliveries by a Third",
      "The state says the cuts are needed after three dry years in the valley",
      "By",
      "Ana Ruiz",
      "Published Nov 18, 2019 at 4:07 PM",
    ];
    // Two section headings in the body: the long standfirst is not read as one fused with a heading.
    const body = ["Deliveries", BODY, "What comes next", BODY].join("\n");
    const result = resultOf([...lines, body].join("\n"));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.frontmatter).toMatchObject({
      title: "Water Rules Will Cut Valley Deliveries by a Third",
      dek: "The state says the cuts are needed after three dry years in the valley",
      byline: "Ana Ruiz",
      published: "2019-11-18",
    });
    // Without the page's title, the headline's title case over a standfirst in sentence case tells the two apart.
    expect(titleOf([...lines.slice(1), body].join("\n"))).toBe("Water Rules Will Cut Valley Deliveries by a Third");
    // Both in sentence case: a page sets its headline over its standfirst, and an upper line of
    // seven words or more is no label or kicker, so it heads the article (stop 74: the fdp batch's
    // headlines over longer standfirsts).
    const plain = lines
      .slice(1)
      .map((line) => line.replace("Water Rules Will Cut Valley Deliveries", "Water rules will cut valley deliveries"));
    expect(titleOf([...plain, body].join("\n"))).toBe("Water rules will cut valley deliveries by a Third");
    // A short upper line (a kicker, a section's label) over the longer one stays no headline.
    const kicked = plain.map((line) => line.replace("Water rules will cut valley deliveries by a Third", "Water cuts"));
    expect(titleOf([...kicked, body].join("\n"))).toBe(
      "The state says the cuts are needed after three dry years in the valley",
    );
  });

  it("takes the headline under a tagline when a standfirst stands between it and the credit", () => {
    const text = page(
      "Home",
      "News, Analysis and Perspective for Valley Farmers and Growers",
      "Water rules will cut valley deliveries by a third",
      "The state says the cuts are needed after three dry years.",
      "By",
      "Ana Ruiz November 19, 2019, 07:47 PM EST",
    );
    expect(titleOf(text)).toBe("Water rules will cut valley deliveries by a third");
  });

  it("takes the headline over the author's name and the post's age, not a promotion at the top", () => {
    const text = page(
      "Meet the New Reader Pages",
      "Follow the writers you like with a page of their own.",
      "Games",
      "Movies",
      "Television",
      "Sign In",
      "Water rules will cut valley deliveries by a third",
      "Ana Ruiz",
      "•",
      "8h",
      "Share",
      "Tweet",
    );
    expect(titleOf(text)).toBe("Water rules will cut valley deliveries by a third");
  });

  it("takes the headline that names the body's subject over a teaser link set above the byline", () => {
    const text = page(
      "Home",
      "News",
      "Water rules will cut valley deliveries by a third this spring",
      "More from our network",
      "Read on",
      "Harbor cranes get a fresh coat of paint",
      "Read on",
      "Ten bakeries worth the drive this weekend",
      "Ana Ruiz",
      "Nov 13, 2019",
    );
    expect(titleOf(text)).toBe("Water rules will cut valley deliveries by a third this spring");
  });

  it("keeps a headline sharing no word with the body when it is no entry of a list of links", () => {
    const text = page(
      "Home",
      "Water rules will cut valley deliveries by a third this spring",
      "Related",
      "A dry season ahead for the orchards",
      "Ana Ruiz",
      "Nov 13, 2019",
    );
    expect(titleOf(text)).toBe("A dry season ahead for the orchards");
  });

  it("keeps the headline over the byline when it shares a word with the body", () => {
    const text = page(
      "Home",
      "Water rules will cut valley deliveries by a third this spring",
      "Read on",
      "Farmers sue over the delivery cuts",
      "Ana Ruiz",
      "Nov 13, 2019",
    );
    expect(titleOf(text)).toBe("Farmers sue over the delivery cuts");
  });

  it("takes a title-cased headline over its credit, not the link that completes a phrase above it", () => {
    const tags = ["Tag Cloud", "budget", "canals", "council", "courts", "drought", "farming", "fields", "orchards"];
    const text = [
      "Home",
      "Archive",
      tags.join("\n"),
      "Powered by",
      "A Small Site Generator I Forked Long Ago",
      "Notes On The Water Vote",
      "Tuesday 15 October 2019 by Ana Ruiz",
      BODY.split("\n").join("\n\n"),
    ].join("\n\n");
    expect(titleOf(text)).toBe("Notes On The Water Vote");
  });

  it("finds nothing to anchor on when no credit stands over the body", () => {
    const units = classifyUnits(buildUnits(toLines(page("Home", "Water rules will cut valley deliveries"))).units);
    expect(anchoredHeadline(units, 2)).toBeUndefined();
  });
});

describe("credit lines", () => {
  const unit = (text: string) => classifyUnits(buildUnits(toLines(text)).units)[0];
  it.each([
    "By",
    "Author:",
    "By Bill Hoppe | Special to the Pioneer Press",
    "Tom Krisher, AP Auto Writer",
    "Updated Nov 19, 9:41 AM",
    "8h",
    "12 min",
  ])("reads %j as a credit", (text) => {
    const u = unit(text);
    expect(u !== undefined && isCreditUnit(u)).toBe(true);
  });
  it.each(["Water rules will cut valley deliveries by a third", "Bylines and bias: a study", "8", "42 km"])(
    "does not read %j as one",
    (text) => {
      const u = unit(text);
      expect(u !== undefined && isCreditUnit(u)).toBe(false);
    },
  );
});

describe("the headline where no credit anchors it", () => {
  it("keeps a reference entry's one-word title that its lede opens by defining, over its infobox", () => {
    const text = [
      "Lanternfish",
      "Scientific classification",
      "Order",
      "Myctophiformes",
      "Lanternfish are small deep-sea fishes named for the light organs along their sides.[1] They live in every ocean.",
      "Lanternfish rise toward the surface each night to feed and sink back to the depths by day.",
      "Their light helps them find one another and hide their outline from hunters below.",
    ].join("\n");
    expect(titleOf(text)).toBe("Lanternfish");
  });

  it("passes over a menu's labels, prompts among them included", () => {
    const text = page(
      "Skip to main content",
      "Contribute",
      "Search jobs",
      "Sign in",
      "My account",
      "News",
      "Opinion",
      "Water",
      "The valley view on water: a season on the brink",
      "Editorial",
    );
    expect(titleOf(text)).toBe("The valley view on water: a season on the brink");
  });

  it("passes over a four-word label inside the menu, labels on both sides of it", () => {
    const menu = ["Skip to content", "News", "Reviews", "Adventure bikes", "Commuter bikes"];
    const rest = ["Electric bikes", "Off-road bikes", "Bike and style book with soundtrack review", "Tony Carter"];
    expect(titleOf(page(...menu, "Custom & Cruiser bikes", ...rest))).toBe(
      "Bike and style book with soundtrack review",
    );
    // The same line last in the menu, a longer line under it: a headline over its standfirst may stand so.
    expect(titleOf(page(...menu, "Custom & Cruiser bikes", ...rest.slice(2)))).toBe("Custom & Cruiser bikes");
  });

  it("passes over a time stamp and the name under a lone “Von” above the headline", () => {
    expect(titleOf(page("November 19, 2019 / 12:21 AM / Updated 14 hours ago", "Water rules cut deliveries"))).toBe(
      "Water rules cut deliveries",
    );
    expect(titleOf(page("Von", "Ana Ruiz", "Die Wasserregeln kürzen die Lieferungen im Tal"))).toBe(
      "Die Wasserregeln kürzen die Lieferungen im Tal",
    );
  });

  it("keeps a short headline over its credit and a share bar", () => {
    expect(titleOf(page("Menu", "Water rules cut deliveries", "Share", "Tweet", "By Ana Ruiz"))).toBe(
      "Water rules cut deliveries",
    );
  });
});

describe("the headline by where the body follows it", () => {
  it("takes the headline set under its date stamp, with the author's name under it", () => {
    const text = page(
      "Markets",
      "Power Your Trade",
      "Investment Watch",
      "Last Updated : Nov 20, 2019 01:41 PM IST | Source: Ledger.com",
      "Water rules will cut valley deliveries by a third",
      "The state says the cuts are needed after three dry years.",
      "Ana Ruiz @anaruiz",
    );
    expect(titleOf(text)).toBe("Water rules will cut valley deliveries by a third");
  });

  it("keeps the headline over its date stamp when the line under the stamp has no author under it", () => {
    const text = page(
      "News",
      "Water rules will cut valley deliveries by a third",
      "Wednesday 20 November 2019 9:22 am",
      "Farmers gather outside the courthouse in the valley",
    );
    expect(titleOf(text)).toBe("Water rules will cut valley deliveries by a third");
  });

  it("takes the headline over its byline and a standfirst set without a full stop", () => {
    const text = page(
      "Auto News",
      "Water rules will cut valley deliveries by a third",
      "Ana RuizView More Articles",
      "State says the cuts follow three dry years",
      "Ledger November 20, 2019 13:42",
    );
    expect(titleOf(text)).toBe("Water rules will cut valley deliveries by a third");
  });

  it("keeps the lower line when the upper one is a shorter menu label or holds it as a title bar", () => {
    expect(
      titleOf(
        page(
          "Sections",
          "Star Wars Jedi: Fallen Order",
          "Water rules will cut valley deliveries by a third",
          "By Ana Ruiz",
          "Posted: 18 Nov 2019 8:11 pm",
        ),
      ),
    ).toBe("Water rules will cut valley deliveries by a third");
    // The anchored line: the title bar over it holds it, so it is not the standfirst of that bar.
    const units = classifyUnits(
      buildUnits(
        toLines(
          page(
            "Business|Water rules will cut valley deliveries",
            "Subscribe",
            "Water rules will cut valley deliveries",
            "By Ana Ruiz",
            "Posted: 18 Nov 2019 8:11 pm",
          ),
        ),
      ).units,
    );
    expect(units[anchoredHeadline(units, 5) ?? -1]?.text).toBe("Water rules will cut valley deliveries");
  });

  it("takes a two-word headline that the title bar names, over its date, not a menu label above", () => {
    const text = page(
      "Season Standings | Trackside | Rally | Karting | Endurance",
      "Home",
      "Driver of the Week",
      "Technical Notes",
      "Forum",
      "Season Standings",
      "Friday, 22 October 2010 at 20:13",
    );
    const result = resultOf(text);
    expect(result.ok && result.frontmatter.title).toBe("Season Standings");
    expect(result.ok && result.frontmatter.byline).toBeUndefined();
    // Two words the title bar does not name stay a label.
    expect(
      titleOf(page("Home", "Driver of the Week", "Forum", "Season Standings", "Friday, 22 October 2010 at 20:13")),
    ).not.toBe("Season Standings");
  });

  it("keeps a headline with a standfirst of its own under a longer tagline", () => {
    const text = page(
      "Sections",
      "News, Analysis and Perspective for Solution Providers and Integrators",
      "Water rules will cut valley deliveries",
      "The state says the cuts are needed after three dry years.",
      "By",
      "Ana Ruiz November 19, 2019, 07:47 PM EST",
    );
    expect(titleOf(text)).toBe("Water rules will cut valley deliveries");
  });

  it("finds the body under the credit when its first paragraphs stand between table rows", () => {
    const text = [
      "Ledger homepage",
      "Ledger",
      "a valley farming community",
      "Fanposts",
      "Sections",
      "Filed under:",
      "Analyzing Water Rules",
      "Water rules will cut valley deliveries by a third",
      "The state is dealing with three dry years in a row.",
      "By",
      "Ana Ruiz@Ledger",
      "Nov 18, 2019, 11:47am EST",
      "Below, we list the deliveries each district will lose under the new water rules this spring.",
      "District",
      "Cut",
      "North",
      "30%",
      "The agency said it would publish the final figures for each district before the end of the month.",
    ].join("\n");
    expect(titleOf(text)).toBe("Water rules will cut valley deliveries by a third");
  });
});

describe("a headline written as a sentence under the site's menu", () => {
  it("takes the stopped headline over the body, not the menu's label above it", () => {
    expect(titleOf(page("News", "Sports", "Water rules will cut valley deliveries by a third."))).toBe(
      "Water rules will cut valley deliveries by a third.",
    );
  });

  it("takes a stopped headline over a stamp's label alone", () => {
    const head = ["News", "Sports", "Water rules will cut valley deliveries by a third.", "Posted:"];
    expect(titleOf([...head, ...BODY.split("\n")].join("\n\n"))).toBe(
      "Water rules will cut valley deliveries by a third.",
    );
  });

  it.each([
    // No headline on the page: which menu label stands as the title matters less than the body.
    [["News", "Sports"], undefined],
    [["News", "Sports", "Water rules will cut valley deliveries"], "Water rules will cut valley deliveries"],
  ])("keeps a sentence between two stamp labels in the body, over %j", (head, title) => {
    const sentence = "The mayor said the vote was the closest in a decade.";
    // Paragraphs set apart by blank lines, as a page's extraction sets them.
    const result = resultOf([...head, "Published:", sentence, "Posted:", ...BODY.split("\n")].join("\n\n"));
    if (title !== undefined) expect(result.ok && result.frontmatter.title).toBe(title);
    expect(result.ok && result.frontmatter.dek).toBeUndefined();
    const body = result.ok ? result.markdown.split("\n---\n")[1] : undefined;
    expect(body).toContain(sentence);
    expect(body).toContain(BODY.split("\n")[0]);
  });

  it("keeps a short headline standing alone over a one-sentence standfirst", () => {
    expect(titleOf(page("Valley water cut", "The state will cut deliveries by a third from the spring."))).toBe(
      "Valley water cut",
    );
  });
});

describe("a credit line by its shape", () => {
  const unit = (text: string) => classifyUnits(buildUnits(toLines(text)).units)[0];
  it.each([
    ["Marcus De GuzmanView More Articles", true],
    ["Ana Ruiz See all posts", true],
    ["View More Articles", false],
    ["October 12, 2018/0 Comments/in Promotion /by admin", true],
    ["12 October 2018 | News", true],
    ["October 12, 2018 was a Friday, the court records show.", false],
    ["Readers can view more articles on the site", false],
  ])("%s → %s", (text, credit) => {
    const u = unit(text);
    expect(u !== undefined && isCreditUnit(u)).toBe(credit);
  });
});

describe("the headline with its date set above it", () => {
  const HEAD = "Water rules will cut valley deliveries by a third";
  const DEK = "The state says farmers will get less water next year.";

  it("passes over the section label and menu over the date that stands over the headline", () => {
    const menu = ["Human Rights", "Sport", "Science & Technology", "Weather", "Live", "News", "/"];
    expect(titleOf(page(...menu, "Afghanistan", "20 Nov 2019 08:00 GMT", HEAD, DEK))).toBe(HEAD);
  });

  it("keeps a headline of four words or more over its date and a heading-shaped standfirst", () => {
    expect(titleOf(page("Valley farmers lose water", "November 18, 2019", "A third of the deliveries cut", DEK))).toBe(
      "Valley farmers lose water",
    );
  });

  it("keeps a short headline when nothing headline-shaped stands under its date", () => {
    expect(titleOf(page("Water rules", "November 18, 2019"))).toBe("Water rules");
    expect(titleOf(page("Afghanistan", "20 Nov 2019 08:00 GMT", DEK))).toBe("Afghanistan");
  });
});

describe('a photo\'s caption with a "Name, Agency" credit under the headline', () => {
  it("passes over the caption and its credit to the headline over the article's byline", () => {
    const text = page(
      "Water rules will cut valley deliveries",
      "Farmers at the valley canal",
      "Sam Reed, Associated Press",
      "The state says the cuts are needed. See what else the rules change for the valley.",
      "By Ana Ruiz",
      "November 18, 2019",
    );
    const result = resultOf(text);
    expect(result.ok && result.frontmatter.title).toBe("Water rules will cut valley deliveries");
    // The photographer is not the author, nor the caption the standfirst.
    expect(result.ok && result.frontmatter.byline).toBe("Ana Ruiz");
    expect(result.ok && result.frontmatter.dek).not.toBe("Farmers at the valley canal");
  });

  it('reads "Name, Agency" as the article\'s byline when no other byline stands under it', () => {
    const units = classifyUnits(
      buildUnits(
        toLines(
          ["Water rules will cut valley deliveries", "Sam Reed, Associated Press", "November 18, 2019", BODY].join(
            "\n",
          ),
        ),
      ).units,
    );
    expect(units[1]?.byline).toBeDefined();
    expect(isPhotoCredit(units, 1)).toBe(false);
    expect(
      titleOf(page("Water rules will cut valley deliveries", "Sam Reed, Associated Press", "November 18, 2019")),
    ).toBe("Water rules will cut valley deliveries");
  });
});

describe('a photo\'s caption with a "Name, Agency" credit under the date line', () => {
  const HEAD = "Water rules will cut valley deliveries";
  const LEDE = "Valley farmers will get a third less water next year under rules the state adopted on Monday.";
  const DESK = "Valley Courier wire services";
  const HEADER = [
    HEAD,
    DESK,
    "Published 11:11 PM EST Nov 18, 2019",
    "Valley farmer Tomas Reyes",
    "Sam Reed, Associated Press",
  ];

  it("reads the caption and its credit as the picture's, neither the standfirst nor the byline", () => {
    const result = resultOf(page(...HEADER));
    expect(result.ok && result.frontmatter.title).toBe(HEAD);
    // The desk's own credit over the date is the unsigned piece's byline, as stated; the
    // caption's "Name, Agency" under the date line never is.
    expect(result.ok && result.frontmatter.byline).toBe(DESK);
    expect(result.ok && result.frontmatter.dek).toBeUndefined();
    expect(result.ok && result.markdown).toContain("Officials in the state capital said on Monday");
  });

  it('keeps "Name, Agency" directly under the date as the byline', () => {
    const result = resultOf(page(HEAD, "Published 11:11 PM EST Nov 18, 2019", "Sam Reed, Associated Press"));
    expect(result.ok && result.frontmatter.byline).toBe("Sam Reed");
  });

  it("keeps a short first paragraph under the date line in the body, as the lede", () => {
    const result = resultOf(page(...HEADER, LEDE));
    expect(result.ok && result.frontmatter.dek).toBeUndefined();
    expect(result.ok && result.markdown).toContain(LEDE);
  });

  it("reads the summary under the headline set again under the date as the standfirst", () => {
    const result = resultOf(page(HEAD, "Ideas", "11.14.2019 09:00 AM", HEAD, LEDE));
    expect(result.ok && result.frontmatter.dek).toBe(LEDE);
  });

  it("still reads a summary over the date line as the standfirst", () => {
    const result = resultOf(page(HEAD, LEDE, "Published 11:11 PM EST Nov 18, 2019"));
    expect(result.ok && result.frontmatter.dek).toBe(LEDE);
  });
});

describe("a menu row set with separators over the headline", () => {
  it("never takes the row for the headline over a standfirst", () => {
    const text = page(
      "Tips",
      "Reviews",
      "Riverside Walks and Kayaks along the Delta",
      "This post may contain affiliate links. Please see my disclosure page.",
      "WalkingDeltaFamily & LifeTips",
      "Boats | F1 | Indy | Sail | Rowing | Kayak",
      "Paddling the Delta Backwaters",
      "by Marta September 15, 2014",
      "written by Marta",
      "Sharing is caring!",
    );
    expect(titleOf(text)).toBe("Paddling the Delta Backwaters");
    // A headline with one separator states a phrase: it stays.
    expect(titleOf(page("Valley water | What the new rules mean for farmers"))).toBe(
      "Valley water | What the new rules mean for farmers",
    );
  });
});

describe("the byline read with the headline", () => {
  const bylineOf = (text: string): string | undefined => {
    const result = resultOf(text);
    return result.ok ? result.frontmatter.byline : undefined;
  };

  it("reads the name under a lone By with the author's handle run into it", () => {
    const text = page(
      "Water rules will cut valley deliveries by a third",
      "By",
      "Ana Ruiz@anaruiz",
      "Nov 19, 2019, 7:53pm EST",
    );
    expect(bylineOf(text)).toBe("Ana Ruiz");
  });

  it("never reads a label between the menu's labels as a credit without By", () => {
    const menu = ["Tickets", "Discount", "Booking Method/Rule", "Stories", "Reviews", "Contact"];
    const text = page(...menu, "Water rules will cut valley deliveries by a third");
    expect(bylineOf(text)).toBeUndefined();
    // The same shape under the headline is the author's, filing from a place.
    expect(bylineOf(page("Water rules will cut valley deliveries by a third", "Ana Ruiz/New Delhi"))).toBe("Ana Ruiz");
  });
});

describe("the headline over an author's box, a repeated title line and a clip", () => {
  it("walks past the author's name and role under the byline to the headline over it", () => {
    const text = page(
      "Opinions",
      "Enough talk about the water rules: name the districts",
      "By Jane Roe",
      "Jane Roe",
      "Opinion writer reporting from the state capital",
      "Email Bio Follow",
      "October 29, 2018",
    );
    expect(titleOf(text)).toBe("Enough talk about the water rules: name the districts");
  });

  it("takes the title line set again between the credit and the body over the author's name", () => {
    const result = resultOf(
      page(
        "Skip to main content",
        "Water Rules Will Cut Valley Deliveries by a Third",
        "News",
        "Science",
        "Politics",
        "Jane Roe",
        "Science",
        "Sep 30, 2016 7:00 AM",
        "Water Rules Will Cut Valley Deliveries by a Third",
        "Time to count the dry years.",
      ),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.frontmatter).toMatchObject({
      title: "Water Rules Will Cut Valley Deliveries by a Third",
      published: "2016-09-30",
    });
  });

  it("reads a headline ending on 'by' over the author's name as headline and byline", () => {
    const result = resultOf(
      page("Sign In", "Valley Deliveries Cut by a Third as Rules Take Hold by", "Jane Roe", "December 6, 2016"),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.frontmatter).toMatchObject({
      title: "Valley Deliveries Cut by a Third as Rules Take Hold",
      byline: "Jane Roe",
    });
  });

  it("passes over a clip's title and running time between the standfirst and the credit", () => {
    const result = resultOf(
      page(
        "Share",
        "Valley deliveries will be cut by a third",
        "If farmers hoped for relief, the new rules give them little of it this year.",
        "Council votes on the water plan",
        "01:46",
        "Dec. 20, 2016, 12:44 PM UTC",
        "By Jane Roe",
      ),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.frontmatter).toMatchObject({
      title: "Valley deliveries will be cut by a third",
      dek: "If farmers hoped for relief, the new rules give them little of it this year.",
      byline: "Jane Roe",
      published: "2016-12-20",
    });
    expect(result.markdown).not.toContain("Council votes on the water plan");
  });
});

describe("the headline over its standfirst: title case, a kicker, a repeated line", () => {
  it("keeps a sentence-case headline under a short kicker in title case", () => {
    const text = page(
      "Water Wars",
      "Published 22 hours ago",
      "Valley farmers lose a third of their water as the state's new rules take effect",
      "By",
      "Jane Roe | Valley Daily",
    );
    expect(titleOf(text)).toBe("Valley farmers lose a third of their water as the state's new rules take effect");
  });

  it("takes the line the page sets twice over a longer standfirst", () => {
    const text = page(
      "Up next:",
      "Valley farmers lose water: rules cut deliveries",
      "Valley farmers lose water: rules cut deliveries",
      "One grower in the valley did not hold back on Monday when asked about the state's new rules for the farms by",
      "Jane Roe",
      "Nov 18, 2019",
    );
    expect(titleOf(text)).toBe("Valley farmers lose water: rules cut deliveries");
  });
});

describe("the headline the page's title bar names", () => {
  it("keeps the line the title bar names, not a shorter line over the credit", () => {
    const text = [
      "Business",
      "Water rules will cut valley deliveries by a third | Harbour News",
      "Business",
      "Water rules will cut valley deliveries by a third",
      "The new rules confirm what farmers across the valley have feared for months: less water, later.",
      "Social Sharing",
      "Deliveries fall 30% in the north",
      "Ana Ruiz · Harbour News · Posted: Oct 14, 2022 9:27 AM ET",
      ...BODY.split("\n"),
    ].join("\n");
    expect(titleOf(text)).toBe("Water rules will cut valley deliveries by a third");
  });
});
