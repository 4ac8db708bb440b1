/**
 * The page after the article, read by density (./articleSpan.ts) on whole small page-text
 * extractions: one line per block, no blank lines, as a scraper gives a page's visible text.
 */
import { describe, expect, it } from "vitest";
import { bodyText } from "#lib/eval/bodyText.ts";
import { normalize } from "./index.ts";
import { isCopyrightNotice } from "./uiText.ts";
import { pageTail } from "./articleSpan.ts";
import { classifyUnit } from "./classify.ts";
import { toLines } from "./lines.ts";
import { buildUnits } from "./units.ts";

function body(lines: readonly string[]): string {
  const result = normalize(lines.join("\n"), { fileName: "page.txt" });
  if (!result.ok) throw new Error(result.error.message);
  return bodyText(result.body);
}

const HEAD = ["Crossing reopens to trucks after inspection", "By Ana Ruiz"];
const ARTICLE = [
  "The port reopened to trucks on Friday after a two-day inspection, customs officials said.",
  "Wait times were expected to return to normal by Sunday, the officials said on Thursday.",
  "Truckers had waited up to nine hours on the bridge, according to the state's trade office.",
];

describe("the page after the article's run of prose", () => {
  it("drops everything after the page's copyright notice", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      "© 2019 The Border Courier. All rights reserved.",
      "E-mail:",
      "Password:",
      "I agree to the processing of my personal data for the purpose of creating an account.",
    ]);
    expect(text).toContain("Truckers had waited");
    expect(text).not.toMatch(/personal data|E-mail/u);
  });
  it("never takes a list of other stories, longer than the article, for the article", () => {
    const entry = (n: number) => [
      `Valley story number ${n} makes the news again`,
      `OTHER TOWN: Officials said on Wednesday that story number ${n} would be followed by more news from the valley and the towns around it, with figures due next month.`,
    ];
    const text = body([...HEAD, ...ARTICLE, "Latest News", ...[1, 2, 3, 4, 5, 6].flatMap(entry)]);
    expect(text).toContain("Truckers had waited");
    expect(text).not.toContain("story number");
  });
  it("drops other stories' teasers: a headline, one sentence and a time stamp", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      "Storm closes highway between two cities",
      "Drivers were told to stay home as snow fell across the region overnight.",
      "2H ago",
      "Mayor opens new market in the old town",
      "The market will host sixty stalls selling food and crafts from the valley.",
      "5H ago",
    ]);
    expect(text).toContain("Truckers had waited");
    expect(text).not.toMatch(/Drivers were told|sixty stalls|Storm closes/u);
  });
  it("keeps a live blog's entries, several sentences under each stamp", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      "4:14 p.m.",
      "A second crossing reopened in the afternoon, the customs agency said in a statement.",
      "Officials did not immediately provide any other details.",
    ]);
    expect(text).toContain("A second crossing reopened");
    expect(text).toContain("Officials did not immediately");
  });
  it("keeps short lines set directly under the last paragraph, and drops those past the page's furniture", () => {
    const lines = [...HEAD, ...ARTICLE, "Tickets", "VIP: 60,000 won", "Share this entry", "Weather", "Obituaries"];
    const units = buildUnits(toLines(lines.join("\n"))).units.map(classifyUnit);
    const tail = [...pageTail(units, 2)].map((i) => units[i]?.text);
    expect(tail).toEqual(["Weather", "Obituaries"]);
  });
  it("keeps a recipe's measured ingredients, far from any sentence past the page's furniture", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      "Border Bean Stew",
      "Print",
      "Ingredients",
      "2 cups dried pinto beans",
      "1 tsp ground cumin",
      "1/2 tsp chili flakes",
      "3 tbsp olive oil",
      "1 onion, diced",
      "1 1/2 cups stock",
      "Instructions",
      "Soak the beans overnight, then drain them well.",
      "Simmer everything for two hours, stirring now and then.",
    ]);
    expect(text).toMatch(
      /2 cups dried pinto beans[^]*1 tsp ground cumin[^]*1\/2 tsp chili flakes[^]*3 tbsp olive oil/u,
    );
  });
  it("keeps a meal plan's measured meal each day it is set", () => {
    const meal = "For lunch, a bowl of 1 cup pinto beans and 2 tbsp salsa with a squeeze of lime.";
    const [first = "", ...rest] = ARTICLE;
    const text = body([...HEAD, first, meal, "The plan then repeats.", meal, ...rest]);
    expect(text.split(meal).length - 1).toBe(2);
  });
  it("drops a list of other stories, each a kicker and a headline over one short summary, with no time stamp", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      "The bridge carries a third of the trucks that cross the border in the state each year, the office said.",
      "Its last long closure, in 2019, lasted a week and cost exporters millions of dollars in spoiled goods.",
      "More from the Courier",
      "Border",
      "Storm closes highway between two cities",
      "Drivers were told to stay home as snow fell across the region overnight.",
      "Markets",
      "Mayor opens new market in the old town",
      "The market will host sixty stalls selling food and crafts from the valley.",
      "Transport",
      "Rail line to reopen after two years of works. What will it change?",
      "Trains will run every hour between the two cities, the operator said.",
    ]);
    expect(text).toContain("Truckers had waited");
    expect(text).not.toMatch(/Drivers were told|sixty stalls|every hour|Storm closes/u);
  });
  it("keeps an interview's questions and short answers at the article's end", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      "Q: Where did you grow up?",
      "A: On the coast, in a town of fishermen and their boats.",
      "Q: Favorite books?",
      "A: Anything about the sea and the people who work on it.",
      "Q: Favorite places you have visited?",
      "A: The old port of Veracruz, where my father worked.",
    ]);
    expect(text).toContain("A: Anything about the sea");
    expect(text).toContain("A: The old port of Veracruz");
  });
  it("keeps a how-to's numbered steps, each a short heading over one short instruction", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      "Step 1",
      "Sand the shelf's edges until they feel smooth to the touch.",
      "Step 2",
      "Wipe the dust away with a damp cloth.",
      "Step 3",
      "Brush on a thin coat of oil and let it dry overnight.",
      "Step 4",
      "Screw the brackets to the wall and set the shelf on them.",
    ]);
    expect(text).toContain("Sand the shelf's edges");
    expect(text).toContain("set the shelf on them");
  });
  it("keeps an article's last sections, each a subheading over paragraphs that run on", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      "What comes next",
      "Inspectors will return in March to check the bridge's joints again.",
      "The state said it would pay for the work from its road budget.",
      "Who pays",
      "The federal share of the cost was not settled, the officials said.",
      "Talks are set for the spring, according to the state's trade office.",
      "A warning",
      "Truckers said the next closure should be announced a week ahead.",
      "The customs agency said it would try to do so next time.",
    ]);
    expect(text).toContain("Talks are set for the spring");
    expect(text).toContain("The customs agency said it would try");
  });
  it("drops a comment thread under a bracketed count, each comment dated 'days ago at' a time", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      "[ 12 comments ]",
      "Reader1",
      "2 days ago at 07:52 am",
      "Good to see the bridge open again.",
    ]);
    expect(text).not.toContain("Good to see");
  });
});

describe("the publisher a copyright notice names", () => {
  const outletOf = (notice: string): string | undefined => {
    const result = normalize([...HEAD, ...ARTICLE, notice].join("\n"), { fileName: "page.txt" });
    if (!result.ok) throw new Error(result.error.message);
    return result.frontmatter.outlet;
  };
  it.each([
    ["© 2019 The Border Courier. All rights reserved.", "The Border Courier"],
    // A company owns publications and is none; its name counts only as a known outlet's.
    ["© 2019 The New York Times Company", "The New York Times"],
    ["© 2019 CNBC LLC. All Rights Reserved.", "CNBC"],
    ["© 2019 Border Interactive Inc. All rights reserved.", undefined],
    ["Copyright 2019 Courier Media Network", undefined],
  ])("%s → %s", (notice, outlet) => {
    expect(outletOf(notice)).toBe(outlet);
  });
});

describe("a copyright notice", () => {
  it.each([
    ["© 2019 The Border Courier. All rights reserved.", true],
    ["Copyright 2025 Example Media", true],
    ["Todos los derechos reservados", true],
    ["© AFP", false],
    ["Photo: © Jane Roe", false],
  ])("%s → %s", (text, expected) => {
    expect(isCopyrightNotice(text)).toBe(expected);
  });
});

describe("a lone question or exclamation after the article", () => {
  it("drops other stories' headlines asked as questions past the page's furniture", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      "Share this story",
      "Features",
      "Meet the women on a mission to clear landmines",
      "Three tips to win an election debate",
      "Why do billions of people still not have glasses?",
      "Share this entry",
      "Have you been getting these songs wrong?",
      "Feeling hot",
    ]);
    expect(text).toContain("Truckers had waited");
    expect(text).not.toMatch(/landmines|election debate|glasses|songs wrong|Feeling hot/u);
  });
  it("keeps a question the article asks as a subheading over the paragraph that answers it", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      "Share this story",
      "What happens next?",
      "Inspectors will return in March to check the bridge's joints again, the state said in a statement.",
    ]);
    expect(text).toContain("What happens next?");
    expect(text).toContain("Inspectors will return in March");
  });
  it("keeps a quoted question set alone after the article's furniture", () => {
    const text = body([...HEAD, ...ARTICLE, "Share this story", "“Who pays for the next closure?”"]);
    expect(text).toContain("Who pays for the next closure?");
  });
});

describe("the author's bio over the page's list of other stories", () => {
  const stories = [
    "More from the Courier",
    "Border",
    "Storm closes highway between two cities",
    "Drivers were told to stay home as snow fell across the region overnight.",
    "Markets",
    "Mayor opens new market in the old town",
    "The market will host sixty stalls selling food and crafts from the valley.",
    "Transport",
    "Rail line to reopen after two years of works",
    "Trains will run every hour between the two cities, the operator said.",
  ];
  it("drops the byline's bio when only the page's teasers follow it", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      "Ana Ruiz is a reporter covering trade on the border for the Courier.",
      ...stories,
    ]);
    expect(text).toContain("Truckers had waited");
    expect(text).not.toContain("Ana Ruiz is a reporter");
  });
  it("keeps the same sentence about someone the byline does not name", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      "Luz Paz is a reporter covering trade on the border for the Courier.",
      ...stories,
    ]);
    expect(text).toContain("Luz Paz is a reporter");
  });
});

describe("the site's own sentence in the page's footer", () => {
  const MENU = [
    "Politics",
    "Business",
    "Sports",
    "Opinion",
    "Weather",
    "Newsletters",
    "Site map",
    "Careers",
    "Advertise",
  ];

  it("drops a lone sentence about the site after a long menu, with only short lines after it", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      ...MENU,
      "The Border Courier is part of Valley Media Inc, an international media group and leading digital publisher.",
      "Terms and conditions",
      "Privacy policy",
    ]);
    expect(text).toContain("Truckers had waited");
    expect(text).not.toContain("Valley Media");
  });

  it("drops the footer's two or three sentences set close together after a long menu", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      ...MENU,
      "Can't find the paper at your store? Ask for it by name.",
      "Find a store",
      "Our apps",
      "Take the Courier with you wherever you go.",
      "Advertise",
      "Contact",
    ]);
    expect(text).toContain("Truckers had waited");
    expect(text).not.toContain("Ask for it by name");
    expect(text).not.toContain("wherever you go");
  });

  it("keeps the article's last paragraphs after a long list, when more than three stand together", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      ...MENU.map((item) => `- ${item}`),
      "The bridge will close again in May for repairs, officials said.",
      "Trucks will be sent to the Ysleta crossing while it is shut.",
      "The state expects the work to take three weeks.",
      "Traders said they would plan their shipments around it.",
    ]);
    expect(text).toContain("The bridge will close again in May");
    expect(text).toContain("plan their shipments");
  });

  it("keeps a note set after a short share bar under the article", () => {
    const text = body([
      ...HEAD,
      ...ARTICLE,
      "Share",
      "Facebook",
      "Twitter",
      "Correction: An earlier version of this story gave the wrong day for the reopening.",
    ]);
    expect(text).toContain("An earlier version of this story");
  });

  it("keeps the article's closing sentence when a list of short items stands between", () => {
    const items = [
      "Bridge of the Americas",
      "Ysleta",
      "Zaragoza",
      "Tornillo",
      "Santa Teresa",
      "Columbus",
      "Presidio",
      "Fabens",
    ];
    const text = body([
      ...HEAD,
      ...ARTICLE,
      ...items.map((item) => `- ${item}`),
      "All eight crossings were open by Saturday, officials said.",
    ]);
    expect(text).toContain("All eight crossings were open");
  });
});
