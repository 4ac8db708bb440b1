/**
 * Line-level furniture recognizers on small inputs: each kind of page chrome is recognized by
 * what it is, and the body sentences that share its words are not.
 */
import { describe, expect, it } from "vitest";
import {
  chromeReason,
  gluedChromeSpans,
  isCaption,
  isDoubledHeadline,
  isPictureDescription,
  pointsAtPicture,
} from "./chrome.ts";
import { normalize } from "./index.ts";

describe("chromeReason", () => {
  it.each([
    ["Download the Valley Courier app for breaking news alerts", "promo"],
    ["Get the app", "promo"],
    ["Already a subscriber? Log in", "promo"],
    ["You have reached your limit of free articles this month.", "promo"],
    ["You've read all your free stories", "promo"],
    ["Our Standards: The Thomson Reuters Trust Principles.", "notice"],
    ["Photo 1 of 6", "navigation"],
    ["Also on example.com Port strike spreads to two more cities as talks stall", "navigation"],
    ["Advert", "promo"],
    ["Updated at 1:23 p.m.", "page-clock"],
    ["3 of 12", "navigation"],
    ["Image 2 of / 14", "navigation"],
    ["Click to enlarge", "navigation"],
    ["Watch: Foreign ministers read the joint statement", "embed"],
    ["Listen · 31:05 · Episode 12: Harvest under the heat dome · Sep 2, 2025", "embed"],
    ["Field Notes: Essays from the trawler fleet, one every week. Read them here.", "promo"],
    ["Read more Read more", "navigation"],
    ["Second Acts: Our series on careers begun after sixty. Here.", "promo"],
    ["Video 1:58 · Firefighters cut a line above the village, 4 August 2025", "embed"],
    ["Join the conversation", "navigation"],
    ["Listen to this article · 4 min", "notice"],
    ["4:12 p.m. ET", "page-clock"],
    ["11:30 a.m.", "page-clock"],
    ["Updated 10:42 a.m. ET", "page-clock"],
    ["Posted 2 hours ago", "page-clock"],
    ["32M ago", "page-clock"],
    ["updated 15M ago", "page-clock"],
    ["Skip to contentSkip to site index", "navigation"],
    ["Pular para o conteúdo", "navigation"],
    ["Click to share on Reddit (Opens in new window)", "navigation"],
    ["Submit to Stumbleupon (Opens in new window)", "navigation"],
    ["Find us on Facebook", "navigation"],
    ["Got a tip for us? Let us know", "promo"],
    ["I Accept", "notice"],
    ["The Verge homepage", "navigation"],
    ["The Guardian - Back to home", "navigation"],
    [
      "Space is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission. Learn more",
      "notice",
    ],
    ["Skip to site index", "navigation"],
    ["Gift this article", "navigation"],
    ["Save", "navigation"],
    ["Report a typo", "navigation"],
    ["Watch Live", "navigation"],
    ["Closings & Delays", "navigation"],
    ["Image", "notice"],
    ["LIVE UPDATES", "navigation"],
    ["This article is for subscribers only. Already have an account? Sign in", "promo"],
    ["See more on: Mexico, Fentanyl, Customs", "tags"],
    ["Order Reprints | Today’s Paper | Subscribe", "navigation"],
    ["Live updates", "navigation"],
    ["Live blog", "navigation"],
    ["SKIP ADVERTISEMENT", "promo"],
    ["Supported by", "promo"],
    ["Story continues below advertisement", "promo"],
    ["Story continues below gallery", "navigation"],
    ["Comments (12 posted)", "navigation"],
    ["Posted: / Updated:", "notice"],
    ["Please follow and like us:", "navigation"],
    ["Read or Share this story: https://www.example.com/story/news/2025/03/04/ferry-stops/123/", "navigation"],
    ["PARTNER CONTENT", "promo"],
    ["Loading Photo Gallery", "notice"],
    ["View/Post Comments", "navigation"],
    ["[+] Enlarge", "navigation"],
    ["Spread the news:", "navigation"],
    ["Social Share", "navigation"],
    ["Keep Reading", "navigation"],
    ["Show all 24", "navigation"],
    ["Promoted By Linkwell", "promo"],
    ["Sponsored by Harbor Bank", "promo"],
    ["Article continues after the video", "navigation"],
    ["Text size", "navigation"],
    ["Increase font size", "navigation"],
    ["El Paso 94°", "notice"],
    ["Sunny · H 97° L 71°", "notice"],
    ["USD/MXN 17.02 ▼ 0.3% | Mexico City 24°C Partly cloudy", "ticker"],
    ['&lt;script type="text/javascript" src="https://example.com/player.js"&gt;&lt;/script&gt;', "embed"],
    ['[button link="https://example.com/submit/" type="big"] Send us YOUR kit review[/button]', "embed"],
    ["-->", "embed"],
    ["for-phone-onlyfor-tablet-portrait-upfor-tablet-landscape-upfor-desktop-up", "embed"],
    ["Reviewed by Jane Roe, MD", "credit"],
    ["Medically reviewed by Jane Roe, RN", "credit"],
    ["Fact-checked by John Doe", "credit"],
    ["<!--", "embed"],
    ["//]]>", "embed"],
    ["ADVERTISEMENT – Ponderosa Homes", "promo"],
    ["Got a confidential news tip? We want to hear from you.", "promo"],
    ["This slideshow requires JavaScript.", "notice"],
    ["Tags Kristi Noem South Dakota", "tags"],
    ["TAGS Kristi Noem South Dakota", "tags"],
    ["Don't miss a brief.", "promo"],
    ["You may also like...", "navigation"],
    ["191119052250266", "notice"],
    ["SAVE $30.00", "promo"],
    ["Save up to £40", "promo"],
    ["Save 25%", "promo"],
    ["SEE MORE: Hong Kong protests: 800 students under siege in university", "navigation"],
    ["Learn More: Five Ways to Store Rainwater for a Dry Summer", "navigation"],
    ["» Coluna de Adauto Silva", "navigation"],
    ["› Markets", "navigation"],
    // A wire's credits, however many names they run to.
    [
      "(Reporting by Ana Ruiz, Luis Paz, Tom Field and Sara Lind, with additional reporting by Jo Marsh and Ian Cole, editing by Kay Dunn.)",
      "credit",
    ],
    ["jane.roe@example.com", "navigation"],
    ["Email: jane.roe@example.com", "navigation"],
    ["Twitter: @janeroe", "navigation"],
    ["See photos from this story:", "navigation"],
    ["View all photos", "navigation"],
    ["4 PHOTOS", "navigation"],
    ["SHOW CAPTION +", "navigation"],
    ["Sources: Harbor Post, River Daily / Photo credit: Jane Roe/Facebook", "credit"],
    ["Source: Harbor Post | Image: River Daily", "credit"],
    ["Hide caption –", "navigation"],
  ])("takes %j as %s", (text, reason) => {
    expect(chromeReason(text)).toBe(reason);
  });

  it.each([
    "Officials said the app had been downloaded two million times.",
    "Learn more about the plan at the town hall on Tuesday, officials said.",
    "Get the facts before the vote, the mayor told residents.",
    "You have reached the border, the sign says.",
    "Watch: officials said the video showed the convoy.",
    "Our standards were not met, the inspector said.",
    "The meeting started at 4:12 p.m. and ended an hour later.",
    "One of the 12 suspects was released.",
    "Image 2 of the survey shows 14 nests.",
    "Save the date, port officials told importers: the registry opens on May 1.",
    "The plan was supported by both parties.",
    "The story continues below the surface, where divers found the wreck.",
    "Text size matters less than contrast, the designers said.",
    "Sponsored by the city, the fair drew thousands.",
    "Posted on the door, the notice was updated on Friday.",
    "Readers were asked to share this story with friends, the editor said.",
    "Our partner content team grew, the report said.",
    "Loading video equipment took the crew all night.",
    "Keep reading the fine print, the lawyer told the court.",
    "Spread the news to every ward, the mayor ordered.",
    "Report a typo in the filing, the judge told the clerk.",
    "Temperatures reached 45°C in Hermosillo.",
    "Mexico | Talks stall. | Officials said so",
    "More on: that question, the minister said. Nothing.",
    "This article is for subscribers only, the publisher said. Sign in",
    "Live updates were posted every hour, the ministry said.",
    "Sonora heat wave: 47°C and no power · Residents wait",
    "The script tag <script> loads the player, the developers said.",
    "Advertisement spending rose 4% last year, the agency said.",
    "Got a tip? Officials said the hotline took 300 calls in a week.",
    "Tags were found on 40 of the birds, researchers said.",
    "Don't miss a beat, the coach told his players before the final.",
    "The plant made 191119052 parts last year.",
    "Save $31 if you get a turquoise Switch Lite with your choice of Pokemon Sword or Shield.",
    "Save $5/Month",
    "Shoppers can save $100 on the retail systems.",
    "See more clearly, the optometrist told patients.",
    "»Wir schaffen das«, sagte die Kanzlerin.",
    "» Nous ne céderons pas «, a déclaré le ministre.",
    "» The plan failed. We tried again.",
    "» Fans who waited for six hours in the rain outside the stadium finally got in",
    "See more on: that question, the minister said. Nothing.",
    "Video 2:41 showed the convoy crossing the bridge, the prosecutor said.",
    "Asked where the money went, he said: right here.",
    "Again and again.",
    "Chief Ortiz: The flood reached the school. We are still here.",
    "Write to jane.roe@example.com with tips about the port.",
    "Twitter: the company said it would appeal.",
    "See photos from this story: the pier in 1950 and today.",
    "4 photos were taken before the pier closed.",
    "Show captions on every video, the council told the station.",
    "Sources: two officials said the plan / was dropped on Friday.",
    "Photo credit: the council said it would pay for the repairs.",
  ])("leaves the body sentence %j", (text) => {
    expect(chromeReason(text)).toBeUndefined();
  });
});

describe("chromeReason: a wiki's skip links", () => {
  it.each(["Jump to: navigation, search", "Jump to navigation Jump to search", "Skip to main content"])(
    "reads %j as navigation",
    (text) => {
      expect(chromeReason(text)).toBe("navigation");
    },
  );
  it("leaves the body sentence about a jump", () => {
    expect(chromeReason("Jump to the end of the queue, the clerk said.")).toBeUndefined();
  });
});

describe("chromeReason: a wiki's hatnotes and permanent link", () => {
  it.each([
    "Main article: Harbour dredging (engineering)",
    "Main articles: Tide gauge and Sea level",
    "Further information: Tidal range",
    "For other uses, see Harbour (disambiguation).",
    "For the river in the north, see Lowmoor River.",
  ])("reads %j as navigation", (text) => {
    expect(chromeReason(text)).toBe("navigation");
  });
  it("reads the page's permanent link as the page's notice", () => {
    expect(chromeReason('Retrieved from "https://wiki.example.org/w/index.php?title=Lowmoor&oldid=12345"')).toBe(
      "notice",
    );
  });
  it.each([
    "The main article of the new law covers dredging: the council must fund it.",
    "For years, see the old harbour master said, the tide came higher.",
    "Retrieved from the river, the boat was towed to the yard.",
  ])("leaves the body sentence %j", (text) => {
    expect(chromeReason(text)).toBeUndefined();
  });
});

describe("isCaption", () => {
  it.each([
    "A customs inspector at the port of Manzanillo in March.Credit...Luis Ortega for The Daily Record",
    "Containers stacked at the port.Credit…Alfredo Estrella/Agence France-Presse — Getty Images",
    "Tariffs on steel could double by next spring.CreditCreditMina Park/EPA, via Shutterstock",
  ])("takes the caption glued to its credit %j", (text) => {
    expect(isCaption(text)).toBe(true);
  });
  it.each([
    "Cover image: an artist's impression of the new ferry terminal at night",
    "Figure 3: the harbour's tide gauge readings for March",
    "Fig. 2. Plan of the pier",
    "图注：旧码头在黄昏时分",
    "图为旧码头在黄昏时分的景象。",
    "[사진=항구 통신]",
  ])("takes a caption or credit by its label %j", (text) => {
    expect(isCaption(text)).toBe(true);
  });
  it.each([
    "Figures released on Monday show the harbour busier than ever.",
    "The cover image of the report shows the pier at dusk, officials said.",
    "图书馆周一重新开放。",
  ])("leaves prose that opens on such a word %j", (text) => {
    expect(isCaption(text)).toBe(false);
  });
  it("takes a caption glued to its photographer's agency credit", () => {
    expect(isCaption("The house where the mayor was born, in the old town.Leonhard Weber / Reuters file")).toBe(true);
  });
  it("takes a caption without a full stop closed by its photographer's agency credit", () => {
    expect(isCaption("The old cotton mill in Leeds Ana Castillo/Reuters")).toBe(true);
  });
  it.each([
    "Relatives waited outside the morgue on Sunday. Lucía Ortega / The Valley Ledger",
    "Relatives waited outside the morgue on Sunday. Lucía Ortega for The Valley Ledger",
  ])("takes a caption closed by its photographer's credit %j", (text) => {
    expect(isCaption(text)).toBe(true);
  });
  it.each(["Lucía Ortega for The Valley Ledger", "Ruth Fremson/The Valley Ledger", "Ana T. Ruiz / The Valley Ledger"])(
    "takes the photographer's credit alone on its line %j",
    (text) => {
      expect(isCaption(text)).toBe(true);
    },
  );
  it("takes a verbless description of a picture closed by its agency's credit", () => {
    expect(isCaption("File photo of the harbor master of Leeds at the quay. (Reuters)")).toBe(true);
    expect(isCaption("The harbor master resigned on Monday after the inquiry. (Reuters)")).toBe(false);
  });
  it.each([
    "Jane Roe for Mayor",
    "Jane Roe for The people of Leeds",
    "Support Jane Roe for the Valley Ledger award.",
    "Ana Ruiz/New Delhi",
  ])("leaves the line %j, no outlet's credit", (text) => {
    expect(isCaption(text)).toBe(false);
  });
  it.each([
    "Credit card companies said fraud rose in March.",
    "The bank cut credit... and then rates, analysts said.",
    "Relatives waited outside the morgue on Sunday. Lucía Ortega said the family would sue.",
    "Relatives waited outside the morgue on Sunday, said Lucía Ortega of The Valley Ledger.",
    "The Credit Union Credit Committee met in March.",
    "Banks Tighten Lending as Credit Credit Ratings Fall",
  ])("leaves the body sentence %j", (text) => {
    expect(isCaption(text)).toBe(false);
  });
});

describe("isCaption: a caption known by its credit", () => {
  it.each([
    [
      "Surveillance video released by the police shows a truck backing into a pharmacy on Jan. 9. (Tucson Police Department)",
      true,
    ],
    ["Senator Ana Cortez speaks to reporters at the Capitol on Monday. (Photo by Sam Reed)", true],
    ["A drone seized by border agents is displayed in Tucson, Arizona, May 5, 2025. REUTERS/Ana Castillo", true],
    // Reporting that names a body in parentheses, or a picture without a credit: body.
    ["The truck was found in a lot near the highway, police said. (Tucson Police Department)", false],
    ["The video shows a truck backing into a pharmacy, and the police say the driver fled.", false],
    ["Senator Ana Cortez spoke to reporters at the Capitol on Monday (D-Ariz.).", false],
  ])("%j is a caption: %s", (text, caption) => {
    expect(isCaption(text)).toBe(caption);
  });
});

describe("isCaption: a credit by its label, in parentheses, or after the copyright sign", () => {
  it.each([
    ["Protesters do not want the city to lose its autonomy (Image: GETTY )", true],
    ["(Image: © Harbour Collaboration)", true],
    ["(Reed Saxon / Associated Press)", true],
    ["(Reed Saxon/rsaxon@example.com)", true],
    ["harbour cranes at dusk.jpg", true],
    ["The plan is at harbour.example.com/plan.png", false],
    ["A cyclist rides past the plant outside the city, November 19, 2019. © Reuters / Ana Castillo", true],
    ["Image Copyright @HarbourRecords", true],
    ["Above: A coworking space in San Francisco.", true],
    ["Main image credit: Harbour Pictures", true],
    ["Dock workers load the last ship before the strike [File: Harbour Wire]", true],
    ["An artist's view of the new terminal at night [Harbour Labs via Port Authority]", true],
    ["The council's report on the port [Harbour Wire]", false],
    ["(Harbour Film Co.)", true],
    ["The main image source: a drone over the port.", false],
    ["(The council declined to comment.)", false],
    // A parenthesis of reporting, a slash in prose, the sign in a sentence: body.
    ["The mayor spoke on Monday (image: the city's own word for the plan).", false],
    ["(The council / the mayor's office declined to comment on the plan, officials said.)", false],
    ["The company said the © symbol on its products was registered in 2019.", false],
    ["Above all, the council wants the plan finished by spring.", false],
    // A picture's credit by its label, alone in parentheses between paragraphs.
    ["(Artist: Harbour-Painter77)", true],
    ["(Source: Quayside Gallery)", true],
    ["(All photos: Harbour Wire staff)", true],
    ["(Illustration: Jane Roe for Harbour Wire)", true],
    ["(Source: the council's own survey of dock workers, published in March.)", false],
    ["(Artist: who painted it is still unknown!)", false],
    ["(Graphic: Harbour traffic in 2024 - here)", false],
    ["Source: Quayside Gallery and the port's archive of old prints, which the council opened.", false],
  ])("%j is a caption: %s", (text, caption) => {
    expect(isCaption(text)).toBe(caption);
  });
  it("reads a gallery's enlarge control as navigation", () => {
    expect(chromeReason("Enlarge Image")).toBe("navigation");
  });
});

describe("chromeReason: menu labels glued together", () => {
  it.each([
    ["FinancialGovernment SolutionsLegalNews AgencyRisk Management", "navigation"],
    ["AbarthAlfa RomeoAston MartinAudiBentley", "navigation"],
    // A brand's one join, a code name, or a sentence: not a menu.
    ["MacBook sales rose", undefined],
    ["getElementById", undefined],
  ])("%j: %s", (text, reason) => {
    expect(chromeReason(text)).toBe(reason);
  });
});

describe("chromeReason: a pager's row ending on its arrowed link", () => {
  it.each(["Part 2 of the Harbour Tales series Next Work →", "Chapter 3 of 9 Next Chapter »", "Older posts ›"])(
    "%j",
    (text) => {
      expect(chromeReason(text)).toBe("navigation");
    },
  );
  it("keeps a headline that ends in words", () => {
    expect(chromeReason("What comes next for the harbour")).toBeUndefined();
  });
});

describe("chromeReason: a share bar's row of buttons", () => {
  it.each(["tweet share Reddit Pocket Flipboard Email", "Share Tweet Pin it", "Facebook | Pocket | SMS"])(
    "%j",
    (text) => {
      expect(chromeReason(text)).toBe("navigation");
    },
  );
  it.each(["Pocket", "Pocket money rose", "Tweet storms and pocket money"])("keeps %j", (text) => {
    expect(chromeReason(text)).toBeUndefined();
  });
});

describe("chromeReason: a roll of user names", () => {
  const handles = (n: number) =>
    Array.from({ length: n }, (_, i) => ["reader_" + String(i), "QuietFox" + String(i), "marble"][i % 3]).join(", ");
  it("takes a line of twenty handles and more, with its closing count, for a comment widget's", () => {
    expect(chromeReason(`${handles(30)} and tidepool as well as 212 guests liked this post!`)).toBe("comments");
  });
  it.each([
    // A list in prose names few things, in words, not handles.
    "The fund bought apples, pears, plums, figs, dates, grapes, lemons, limes, melons, kiwis, cherries, mangoes, papayas, guavas, quinces, peaches, apricots, nectarines, oranges and olives.",
    "Delegates came from France, Spain, Italy, Greece, Malta, Cyprus, Portugal, Ireland, Austria, Belgium, Denmark, Finland, Sweden, Estonia, Latvia, Lithuania, Poland, Czechia, Slovakia and Hungary.",
    handles(12),
  ])("%j: not a roll", (text) => {
    expect(chromeReason(text)).toBeUndefined();
  });
});

describe("chromeReason: a post's tail", () => {
  it.each([
    ["Thanks for reading Border Notes! Subscribe for free to receive new posts and support my work.", "promo"],
    ["42 Likes∙7 Restacks", "notice"],
    ["1.2K views · 38 comments", "notice"],
    // Reporting about subscriptions and counts is body.
    ["Thanks for reading the report, the minister told the committee before it voted.", undefined],
    ["Subscriptions rose 12 percent last year, the company said. Subscribe rates fell.", undefined],
    ["42 people died and 7 were hurt.", undefined],
    ["Also on Tuesday, officials in Veracruz closed the port.", undefined],
    ["Also at stake.com Gaming Ltd is a licence worth $2 million, the regulator said.", undefined],
  ])("%j: %s", (text, reason) => {
    expect(chromeReason(text)).toBe(reason);
  });
});

describe("chromeReason: a credit to the wires or a reporter's contribution", () => {
  it.each([
    "With Post wires",
    "— With wire services",
    "With agencies.",
    "SOURCE: News agencies",
    "Keith Bradsher contributed reporting from Hong Kong.",
    "Jane Roe and John Doe contributed reporting.",
    "Ana Li, Bo Chen and Cy Dee contributed reporting from Beijing, Shanghai and Taipei.",
    "Kitty Bennett contributed research.",
    "[责任编辑：liwen]",
    "【编辑：王明】",
    "[Editor: Jane Roe]",
    // Who reported from where, under the story.
    "Jane Roe reported from Lisbon, and John Doe from Porto.",
    "Jane Roe and Ana María Li reported from Hong Kong.",
    "Jane Roe reported from Lisbon. John Doe reported from Porto.",
  ])("%j is a credit", (text) => {
    expect(chromeReason(text)).toBe("credit");
  });

  it.each([
    "[Editor's note: This story was updated to correct the date of the vote.]",
    "[Editor: the council voted on Monday, not Tuesday, as first reported]",
    "With wires cut, the town went dark.",
    "The wires carried the story within minutes.",
    "With agencies stretched thin, the state asked for help.",
    "The paper said Smith contributed reporting from Kabul.",
    "Smith contributed reporting from Kabul for years before he died.",
    "Smith contributed reporting from the front lines.",
    "Jane Roe reported from Lisbon for a decade before the paper closed.",
    "The Harbour Wire reported from Lisbon.",
    "Jane Roe reported from the front lines.",
    "She reported from Lisbon, and John Doe from Porto.",
  ])("%j stays", (text) => {
    expect(chromeReason(text)).toBeUndefined();
  });
});

describe("another story's headline in capitals inside the article", () => {
  const article = (...middle: string[]): string =>
    [
      "Home Depot sales miss, shares plunge",
      "Home Depot cut its sales forecast for the year on Tuesday, and its shares fell 5% before the opening bell.",
      "Analysts had expected the retailer to keep its forecast after a strong summer of home improvement sales.",
      ...middle,
      "The retailer said sales at stores open at least a year rose 3.6%, short of what analysts expected.",
    ].join("\n");
  const body = (text: string): string => {
    const result = normalize(text, { fileName: "page.txt" });
    return result.ok ? result.markdown : "";
  };

  it("drops the teaser set in capitals between the paragraphs", () => {
    expect(body(article("CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM"))).not.toContain(
      "CO-FOUNDER",
    );
  });

  it("keeps a short subheading and a sentence in capitals", () => {
    const kept = body(
      article("HOW TO USE A WATER BATH CANNER", "THE COMPANY SAID IT WOULD HIRE 80,000 WORKERS FOR THE SPRING."),
    );
    expect(kept).toContain("HOW TO USE A WATER BATH CANNER");
    expect(kept).toContain("HIRE 80,000 WORKERS");
  });

  it("keeps a headline set in capitals above the article", () => {
    const result = normalize(
      [
        "HOME DEPOT SALES MISS AND SHARES PLUNGE BEFORE THE BELL",
        "Home Depot cut its sales forecast for the year on Tuesday, and its shares fell 5% before the opening bell.",
        "The retailer said sales at stores open at least a year rose 3.6%, short of what analysts expected.",
      ].join("\n"),
      { fileName: "page.txt" },
    );
    expect(result.ok && result.frontmatter.title).toBe("HOME DEPOT SALES MISS AND SHARES PLUNGE BEFORE THE BELL");
  });
});

describe("isCaption: who stands where in the picture", () => {
  it.each([
    [
      "Karma Automotive Andreas Thurner, Vice President for Global Design, left, and Todd George, VP of Platform Engineering, unveil the concept vehicle in Los Angeles.",
      true,
    ],
    ["Mayor Ana Ruiz, right, greets workers at the port of Manzanillo on Monday.", true],
    ["Ana Ruiz, second from left, and Luis Paz walk to the customs office.", true],
    // Prose that says "left" as a verb or a direction, not a place in a frame: body.
    ["The mayor left, and the council voted on the budget without her.", false],
    ["Officials said the trucks turned left, toward the old bridge, and waited there.", false],
    ["Ana Ruiz, who left the port in March, said the queues had grown.", false],
  ])("%j → %s", (text, expected) => {
    expect(isCaption(text)).toBe(expected);
  });
});

describe("isPictureDescription: a phrase naming what a picture shows, with no verb of its own", () => {
  it.each([
    ["An artist's impression of the new customs terminal at the northern crossing.", true],
    ["Sacks of coffee beans on a drying floor after being sorted, in order to be shipped north.", true],
    ["Maria Ortega, the port director who is leading the inspections", true],
    ["A file photo of the northern crossing. Traffic there has doubled since the spring.", true],
    // Prose tells with a verb, also when a relative clause holds one.
    ["Inspectors opened forty containers on the first day of the checks.", false],
    ["The driver who fled the checkpoint on Monday was arrested by police.", false],
    ["The agency, which runs the port, closed the gates on Friday afternoon.", false],
    // A subheading is shorter.
    ["The new checkpoint", false],
  ])("%j → %s", (text, expected) => {
    expect(isPictureDescription(text)).toBe(expected);
  });
});

describe("a stamp's or credit's last piece on a line of its own", () => {
  it.each(["/ Harbour Wire", "| Valley Ledger", "/ AP"])("takes %j as a credit", (text) => {
    expect(chromeReason(text)).toBe("credit");
  });
  it.each(["/ and then the river rose.", "Harbour Wire / Valley Ledger and more", "/ the council"])(
    "leaves %j",
    (text) => {
      expect(chromeReason(text)).not.toBe("credit");
    },
  );
});

describe("chromeReason: counters, author links and credit rolls", () => {
  it.each([
    ["New, 203 comments", "navigation"],
    ["203 comments / new", "navigation"],
    ["More stories by Jeremy Herron", "navigation"],
    ["All posts by Jane Doe »", "navigation"],
    ["Produced by Ann Lee and Bo Park, Photographs by Cy Moss, Written by Di Shaw, Video by Jo M. Kale", "credit"],
  ])("%j is chrome (%s)", (text, reason) => {
    expect(chromeReason(text)).toBe(reason);
  });

  it.each([
    "More stories by the river were told that night.",
    "Loved by Fans, Hated by Critics",
    "The 203 comments were sent to the council.",
  ])("%j is not", (text) => {
    expect(chromeReason(text)).toBeUndefined();
  });
});

describe("chromeReason: a gallery's count and a tag box's label", () => {
  it.each([
    ["Slideshow ( 3 images )", "navigation"],
    ["Slideshow (12 images)", "navigation"],
    ["Related Topics", "tags"],
    ["Related Topics: Housing, Schools", "tags"],
  ])("reads %j as %s", (line, reason) => {
    expect(chromeReason(line)).toBe(reason);
  });

  it.each(["Related topics include housing and schools.", "The slideshow (three images) drew a crowd."])(
    "leaves the sentence %j",
    (line) => {
      expect(chromeReason(line)).toBeUndefined();
    },
  );
});

describe("chromeReason: a footer's link labels glued by bare bars", () => {
  it.each([
    "Corrections and clarifications|Submit a news tip|Report error",
    "Harbour Wire's Journalistic Standards|About Harbour Wire|Contact Us",
  ])("reads %j as navigation", (line) => {
    expect(chromeReason(line)).toBe("navigation");
  });

  it.each([
    "The A|B test showed a lift in sales.",
    "October 14, 2009|Jane Roe|Harbour Wire",
    "Markets|Peso Steadies as Talks Resume",
  ])("leaves %j", (line) => {
    expect(chromeReason(line)).toBeUndefined();
  });
});

describe("chromeReason: a menu's or footer's labels joined by spaces into one long line", () => {
  it.each([
    "Subscribe to Harbour Wire PRO Licensing & Reprints Harbour Councils Supply Chain Desk Join the Reader Panel Digital Products News Releases Closed Captioning Corrections About Us Site Map Podcasts Careers Help Contact",
    "Home News World Politics Business Markets Tech Science Health Sport Football Cricket Tennis Culture Books Music Film Travel Food Opinion Letters Obituaries Weather Puzzles",
  ])("reads %j as navigation", (line) => {
    expect(chromeReason(line)).toBe("navigation");
  });

  it.each([
    // A sentence, however long and however many names it holds, sets its verbs in small letters.
    "Members of the Harbour Valley Business Council and the Riverside Port Authority met with Mayor Dana Whitcombe on Tuesday to discuss the new Eastern Terminal plan",
    // A list of names in prose has its commas.
    "Attending were Dana Whitcombe, Omar Fenwick, Lucia Brandt, Pieter Vos, Anika Rao, Tomas Ferreira, Ines Kovac, Rafael Ortiz, Mei Lin Zhou and Karl Ostrander",
    // A headline in title case is shorter.
    "Port Authority Approves New Eastern Terminal After Two Years of Talks With Unions",
    // One word set over and over names no sections (a broken headline, not a menu).
    Array.from({ length: 40 }, () => "Border").join(" "),
    // German prose capitalises its nouns but not its verbs, articles and small words.
    "Die Hafenbehörde hat am Dienstag den neuen Plan für das Osttor vorgestellt und die Gewerkschaften zu weiteren Gesprächen über die Löhne der Arbeiter im Hafen eingeladen",
    // A script without spaces or capitals, with a Latin name and figures in it.
    // A block of several lines: a numbered list of products, capitalised as names are.
    "1) Harbour Crane Model 4000 Deluxe Edition\n2) Port Ellery Tugboat Kit With Lights\n3) Container Ship Puzzle 1000 Pieces\n4) Dock Worker Figures Set Of Twelve\n5) Lighthouse Lamp Replica",
    "港務局は3月9日、新しい東ターミナル計画「Harbour East 2030」（Phase 1/Phase 2）を発表し、2028年の開業を目指すと明らかにした。",
  ])("leaves %j", (line) => {
    expect(chromeReason(line)).toBeUndefined();
  });
});

describe("gluedChromeSpans: share bars and advertisement markers glued onto a paragraph's sentences", () => {
  const cut = (text: string) => gluedChromeSpans(text).map((s) => text.slice(s.start, s.end));

  it.each([
    [
      "The port will reopen on Monday, the ministry said. Advertisement Scroll to continue",
      ["Advertisement Scroll to continue"],
    ],
    [
      "Share this article Facebook Twitter Email Copy link The port will reopen on Monday.",
      ["Share this article Facebook Twitter Email Copy link"],
    ],
    ["The port will reopen, the ministry said. Advertisement Officials expect delays all week.", ["Advertisement"]],
    ["Dockers voted to end the strike. Facebook Twitter Email", ["Facebook Twitter Email"]],
    [
      "Dockers voted to end the strike. Story continues below advertisement The vote was closer than the union expected.",
      ["Story continues below advertisement"],
    ],
    ["Tweet Share The vote was close, the union's secretary Lena Marsh said.", ["Tweet Share"]],
  ])("%j: cuts %j", (text, pieces) => {
    expect(cut(text)).toEqual(pieces);
  });

  it.each([
    // The same words inside a sentence, or opening one, are prose.
    "Marsh shared the article on Facebook and Twitter before the vote.",
    "Share prices fell sharply after the vote. Twitter users reacted within minutes.",
    "The union said so in an email. Print Media Council members were not consulted.",
    "Advertising Standards Authority officials said the poster broke no rule.",
    "The company posted the statement on X. Facebook did not reply to a request for comment.",
    "She said the message read: Share this article with your friends.",
    // A teaser's headline in title case ending on its exclamation: the card is left whole.
    "Mayor Slams Harbour Board Over ‘Secret Deal!’ Tweet",
    // Labels opening a row of other labels or a teaser's headline: the line is read whole.
    "Facebook Twitter Instagram Pinterest YouTube LinkedIn Copyright © 2026 Harbour Wire",
    "Share All sharing options for: Harbour strike ends after a close vote",
  ])("leaves %j", (text) => {
    expect(cut(text)).toEqual([]);
  });

  it("cuts the labels out of the paragraph's body and keeps its sentences", () => {
    const text = [
      "Harbour Strike Ends After Vote",
      "",
      "Share this article Facebook Twitter Email Copy link Dockers in Port Ellery voted on Tuesday to end a strike that had halted cargo for nine days.",
      "",
      "The union's secretary, Lena Marsh, said the vote was close. Advertisement Scroll to continue",
      "",
      "Ships queued outside the harbour are expected to berth by Friday, the port authority said.",
    ].join("\n");
    const result = normalize(text, { fileName: "strike.txt" });
    const body = result.ok ? result.markdown : "";
    expect(body).toContain("Dockers in Port Ellery voted on Tuesday");
    expect(body).toContain("said the vote was close.");
    expect(body).not.toMatch(/Copy link|Advertisement|Scroll to continue/u);
  });
});

describe("pointsAtPicture", () => {
  it("reads a line that points at the picture beside it", () => {
    expect(
      pointsAtPicture("Men like it cooler and, as this photo of a 1930s clerk shows, will sweat if it's hot."),
    ).toBe(true);
  });

  it("leaves prose about a photo that reports who said so, and prose that points at none", () => {
    expect(pointsAtPicture("This photo shows the pier in 1950, the museum said.")).toBe(false);
    expect(pointsAtPicture("The survey shows that men like it cooler.")).toBe(false);
  });
});

describe("isDoubledHeadline: a teaser's headline printed twice on one line", () => {
  it.each([
    "Ten ways to save on ferry fares this summer Ten ways to save on ferry fares this summer",
    "No plans for the long weekend? Book a harbour cruise No plans for the long weekend? Book a harbour cruise",
    "Mara Lindqvist mourns her co-star: ‘You were the best’ Mara Lindqvist mourns her co-star: ‘You were the best’",
  ])("reads %j as a teaser", (line) => {
    expect(isDoubledHeadline(line)).toBe(true);
    expect(chromeReason(line)).toBe("related-links");
  });

  it.each([
    "I will not give up the fight. I will not give up the fight.",
    "Read more Read more",
    "Ten ways to save on ferry fares this summer, and ten ways to save on ferry fares this winter",
    "The council voted no, and the mayor voted no.",
  ])("leaves %j", (line) => {
    expect(isDoubledHeadline(line)).toBe(false);
  });
});

describe("isCaption: a wire photo's caption closed by its day and place, no credit", () => {
  it.each([
    "Mayor Ana Ruiz speaks during a ceremony to open the new ferry pier, March 4, 2021, in Port Alden.",
    "Harbour workers stand guard at the gate of the container terminal in Port Alden, Tuesday, June 8, 2021.",
    "Gov. Lena Park talks to reporters about the flood barrier at the state capitol in Salem, Ore., Friday, Nov. 5, 2021.",
  ])("reads %j as a caption", (line) => {
    expect(isCaption(line)).toBe(true);
  });

  it.each([
    "Mayor Ana Ruiz spoke during a ceremony on March 4, 2021, in Port Alden.",
    "Ruiz speaks at the ceremony each year, the council said, March 4, 2021, in Port Alden.",
    "The ferry pier opened, March 4, 2021, in Port Alden. Ruiz speaks at the ceremony every year, March 5, 2022, in Port Alden.",
    "The port's cranes were idle for a week in Port Alden, Tuesday, June 8, 2021.",
  ])("keeps %j", (line) => {
    expect(isCaption(line)).toBe(false);
  });
});

describe("chromeReason: a contributors' credit in other newsrooms' shapes", () => {
  it.each([
    "Contributing: Jane Roe",
    "-- Compiled by Jane Roe",
    "— With assistance by Ana Ruiz, Li Wu and Tom Becker",
    "Additional editing and production by Ana Ruiz and Tom Becker.",
    "Harbour Wire writers Ana Ruiz in Mobile, Ala., and Li Wu in Macon, Ga., contributed to this report.",
  ])("reads %j as a credit", (line) => {
    expect(chromeReason(line)).toBe("credit");
  });

  it.each([
    "Contributing: The city paid for the repairs with a state grant.",
    "Compiled by the county clerk's office, the list names every donor.",
    "The mayor said Dr. Ana Ruiz contributed to this report.",
    "With assistance by Ana Ruiz, the crew freed the whale before dawn.",
  ])("keeps %j", (line) => {
    expect(chromeReason(line)).toBeUndefined();
  });
});

describe("chromeReason: one credit field alone on its line", () => {
  it.each([
    "Source: Harbour Gazette",
    "Via: Harbour Wire",
    "Sources: Ruiz Becker Architects/ Wu Studio.",
    "Source: KPAL 7",
    "Via Instagram",
  ])("reads %j as a credit", (line) => {
    expect(chromeReason(line)).toBe("credit");
  });

  it.each([
    "Source: the port authority's annual report",
    "Source: Jane Roe said the deal was done.",
    "Via Rail cancelled the morning train.",
    "Via Rail",
  ])("keeps %j", (line) => {
    expect(chromeReason(line)).toBeUndefined();
  });
});
