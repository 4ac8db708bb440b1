/**
 * Property tests over the real sources and hostile inputs: body text survives word for word,
 * once and in order; everything removed is in the report; output is deterministic; no input
 * throws; and the committed articles are what the normalizer produces today.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { cleanText } from "./lines.ts";
import { splitSentences } from "#lib/text/segment.ts";
import { normalize, slugify, verifyDigest, type Removal } from "./index.ts";
import { parseDate } from "#lib/content/parseDate.ts";
import {
  datelineDay,
  isNameOverRole,
  parseByline,
  parseCreditLine,
  splitSources,
  withoutFollowButton,
} from "./patterns.ts";
import { splitFusedDekHeading } from "./headings.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const SOURCES = join(ROOT, "content", "sources");
const ARTICLES = join(ROOT, "content", "articles");
const sources = readdirSync(SOURCES)
  .filter((f) => f.endsWith(".txt"))
  .sort();

/** The body's text as a reader sees it: the markdown parsed back, blocks joined by newlines. */
function bodyText(markdown: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, "");
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body);
  return tree.children.map((node) => toString(node)).join("\n");
}

function ok(raw: string, fileName = "test.txt") {
  const result = normalize(raw, { fileName });
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result;
}

describe.each(sources)("real source %s", (file) => {
  const raw = readFileSync(join(SOURCES, file), "utf8");
  const result = ok(raw, file);
  const lines = raw.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);

  it("keeps every body sentence once and in order, and reports everything else", () => {
    const text = bodyText(result.markdown);
    let cursor = 0;
    lines.forEach((line, i) => {
      let rest = cleanText(line);
      for (const r of result.report.removed.filter((x: Removal) => x.line === i + 1)) {
        // A removal names text that stood on that line.
        expect(line.includes(r.text) || cleanText(line).includes(cleanText(r.text))).toBe(true);
        rest = rest.replace(cleanText(r.text), " ");
      }
      rest = cleanText(rest.replace(/^(?:[-*•]|\d+\.)\s+/, ""));
      for (const span of splitSentences(rest)) {
        const sentence = rest.slice(span.start, span.end).trim();
        if (sentence === "") continue;
        const at = text.indexOf(sentence, cursor);
        expect(at, `line ${i + 1}: "${sentence}" missing or out of order`).toBeGreaterThanOrEqual(0);
        if (sentence.length >= 30) expect(text.indexOf(sentence, at + 1), `"${sentence}" appears twice`).toBe(-1);
        cursor = at + sentence.length;
      }
    });
  });

  it("is deterministic", () => {
    expect(ok(raw, file).markdown).toBe(result.markdown);
  });

  it("stamps a digest that verifies", () => {
    expect(verifyDigest(result.markdown)).toBe("verified");
    expect(verifyDigest(result.markdown.replace("Mexico", "Mexíco"))).toBe("modified");
  });

  it("matches the committed article, unless an editor changed it", (ctx) => {
    const path = join(ARTICLES, `${result.slug}.md`);
    if (!existsSync(path)) throw new Error(`${path} is missing; run \`npm run ingest\``);
    const committed = readFileSync(path, "utf8");
    const status = verifyDigest(committed);
    if (status !== "verified") ctx.skip(`${path} was edited by hand (digest ${status}); not compared`);
    expect(committed).toBe(result.markdown);
  });
});

describe("hostile input", () => {
  it("never throws, whatever the string", () => {
    const inputs = [
      "",
      "\u0000\u0001",
      "---",
      "---\n---",
      "#",
      "1.",
      "\n\n\n",
      "\uFEFF",
      "a".repeat(5000),
      "By X",
      "Today : Sep 08, 2025",
      "(Related: x",
      "Sources include:",
      "- a\n- b",
      "A\nB\nC",
      "---\ntitle: x\n---",
    ];
    for (const input of inputs) expect(() => normalize(input, { fileName: "x.txt" })).not.toThrow();
  });

  it("refuses binary input", () => {
    const result = normalize("PK\u0003\u0004\u0000\u0000binary", { fileName: "x.txt" });
    expect(result.ok ? "ok" : result.error.code).toBe("binary");
  });

  it("refuses input over the size limit", () => {
    const result = normalize("Title\n\n" + "word ".repeat(1_100_000), { fileName: "x.txt" });
    expect(result.ok ? "ok" : result.error.code).toBe("too-large");
  });

  it("handles 1 MB of text and keeps the body intact", () => {
    const paragraph =
      "Officials said the review of port security would continue through the autumn, with findings due in December. ";
    const paragraphs = Array.from({ length: 2300 }, (_, i) => `${paragraph.repeat(4)}Paragraph ${i + 1} ends here.`);
    const raw = `A Very Long Report\n\n${paragraphs.join("\n\n")}\n`;
    expect(raw.length).toBeGreaterThan(1_000_000);
    // No timing here (speed is the benchmark's job); a pass that went quadratic would still
    // be caught by the test's time limit.
    const result = ok(raw);
    const text = bodyText(result.markdown);
    expect(text.split("\n")).toEqual(paragraphs);
  });
});

describe("helpers", () => {
  it("slugifies titles", () => {
    expect(slugify("CIA Expands Operations on Mexico’s Drug Cartels")).toBe(
      "cia-expands-operations-on-mexicos-drug-cartels",
    );
    expect(slugify("López Obrador: U.S. Spies — Ñandú & Straße")).toBe("lopez-obrador-us-spies-nandu-strasse");
    expect(slugify("日本語")).toBe("");
    const long = slugify("word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith("word")).toBe(true);
  });

  it.each([
    ["07 September 2025", "2025-09-07"],
    ["2025-02-21", "2025-02-21"],
    ["Sep 8, 2025", "2025-09-08"],
    ["September 7, 2025", "2025-09-07"],
    ["Sept. 8 2025", "2025-09-08"],
    ["Monday, September 8, 2025 10:30 AM", "2025-09-08"],
    ["2025-02-21T10:00:00Z", "2025-02-21"],
    ["09/07/2025", undefined],
    ["2025-02-30", undefined],
    ["In 2025 things", undefined],
  ])("parses the date %s", (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it.each([
    ["Feb. 23, 2015 -- Officials said the bridge would reopen.", "2015-02-23"],
    [
      `May 5, 2023 -- ${"The council said the bridge would reopen in the spring, after the repairs. ".repeat(4)}`,
      "2023-05-05",
    ],
    ["HARBOUR CITY, March 4, 2025 — The council voted on Tuesday.", "2025-03-04"],
    ["3 March 2024 (Harbour Wire) - Growers said the rain came late.", "2024-03-03"],
    ["On March 4, 2025 — the day the vote was held — the hall was full.", undefined],
    ["March 4, 2025 — the day the vote was held.", undefined],
    ["Feb. 23 -- Officials said the bridge would reopen.", undefined],
    ["Officials said on Feb. 23, 2015 -- a Monday -- that the bridge would reopen.", undefined],
  ])("reads the day of the lede's dateline in %j", (text, day) => {
    expect(datelineDay(text)).toBe(day);
  });

  it.each([
    ["Jane Roe", "Games Editor", true],
    ["Jane Roe", "Senior Correspondent", true],
    ["Jane Roe", "Named Editor Of The Courier", false],
    ["Harbour Ferry Service", "Resumes Today", false],
  ])("reads %j over %j as an author's name over their role: %s", (name, role, expected) => {
    expect(isNameOverRole(name, role)).toBe(expected);
  });

  it("parses bylines", () => {
    expect(parseByline("By bellecarter // 2025-02-21")).toEqual({
      byline: "bellecarter",
      published: "2025-02-21",
      dateText: "2025-02-21",
    });
    expect(parseByline("By Jane Doe | Sep 1, 2025")).toMatchObject({ byline: "Jane Doe", published: "2025-09-01" });
    expect(parseByline("Written by Ana María Ruiz")).toEqual({ byline: "Ana María Ruiz" });
    // "on" before the stamp's weekday is the date's word, not the name's.
    expect(parseByline("By Tomas Vale on Tuesday, March 4th, 2025 at 9:15 a.m.")).toMatchObject({
      byline: "Tomas Vale",
      published: "2025-03-04",
    });
    // A machine's ISO instant after the names ends them; its UTC day is not the page's.
    expect(parseByline("By Ana Ruiz and Tom Vale 2025-03-04T23:34:55Z")).toEqual({
      byline: "Ana Ruiz and Tom Vale",
      dateText: "2025-03-04T23:34:55Z",
    });
    // A role set apart only by its capitals, and a name opened by initials.
    expect(parseByline("By Ana Ruiz Staff Writer")).toEqual({ byline: "Ana Ruiz" });
    expect(parseByline("By T.C. Ruiz Nov 29, 2016, 10:00am EST")).toMatchObject({ byline: "T.C. Ruiz" });
    expect(parseByline("By Ana Ruiz Tomlinson")).toEqual({ byline: "Ana Ruiz Tomlinson" });
    expect(parseByline("Автор: Иван Петров")).toEqual({ byline: "Иван Петров" });
    // A "By" label glued to a name that repeats it, and an e-mail address after the name.
    expect(parseByline("Byby ANA RUIZ and TOM BECKER")).toEqual({ byline: "ANA RUIZ and TOM BECKER" });
    expect(parseByline("By Ana Ruiz | aruiz@example.com")).toEqual({ byline: "Ana Ruiz" });
    // The separator before a stamp the page sets in the next element closes no name.
    expect(parseByline("By Ana Ruiz -")).toEqual({ byline: "Ana Ruiz" });
    expect(parseByline("By Harbor Desk Reports |")).toEqual({ byline: "Harbor Desk Reports" });
    expect(parseByline("Текст: Ольга Смирнова · 7 марта 2021")).toMatchObject({
      byline: "Ольга Смирнова",
      published: "2021-03-07",
    });
    expect(parseByline("By 2026, the plan will have failed.")).toBeUndefined();
    // "By:" after the separator the page set between it and the date before it on one row.
    expect(parseByline("| BY: Ana Ruiz")).toEqual({ byline: "Ana Ruiz" });
    expect(parseByline("By: Ana Ruiz")).toEqual({ byline: "Ana Ruiz" });
    expect(parseByline("| by: the end of the year, the plan will have failed.")).toBeUndefined();
    expect(parseByline("By Bill Hoppe | Special to the Pioneer Press")).toEqual({ byline: "Bill Hoppe" });
    expect(parseByline("By the end of the year, special to the region")).toBeUndefined();
    expect(parseByline("By Jane Doe | special offers for the holidays")).toBeUndefined();
    // An outlet's capitals run into the surname: the name ends where two capitals follow it.
    expect(parseByline("By Jane DoeNEWSDesk")).toEqual({ byline: "Jane Doe" });
    expect(parseByline("By Jane DoeCNN")).toEqual({ byline: "Jane Doe", outlet: "CNN" });
    expect(parseByline("By Ron DeSantis")).toEqual({ byline: "Ron DeSantis" });
    // The post's comment counter printed after the author is the thread's link, not the name.
    expect(parseByline("by Harbor Ledger Desk 0 Comments")).toEqual({ byline: "Harbor Ledger Desk" });
    expect(parseByline("By Jane Doe (12) comments")).toEqual({ byline: "Jane Doe" });
    // A follow button (taken off by the page reader) and a stamp without its year after the name: neither is the name, no date.
    expect(parseByline(withoutFollowButton("By Jane Roe Follow @janeroe"))).toEqual({ byline: "Jane Roe" });
    expect(parseByline(withoutFollowButton("By Jane Roe April 9 at 4:05 PM Follow @janeroe"))).toEqual({
      byline: "Jane Roe",
    });
    // A handle printed beside the name, run into it or not, is the author's contact, not the name.
    expect(parseByline("By Jane Roe@janeroe Dec 10, 2016, 10:20am EST")).toMatchObject({
      byline: "Jane Roe",
      published: "2016-12-10",
    });
    expect(parseByline("By Jane Roe @janeroe | Dec 10, 2016")).toMatchObject({ byline: "Jane Roe" });
    expect(parseByline("By Jane Roe April 9 at 4:05 PM Follow @janeroe")).toEqual({ byline: "Jane Roe" });
    // An e-mail address is no handle: the name before it is still read, the address never.
    expect(parseByline("By Jane Roe jroe@harbor.example")).toEqual({ byline: "Jane Roe" });
    expect(parseByline("By Jane Roe April 9 at 4:05 PM")).toEqual({ byline: "Jane Roe" });
    expect(parseByline("By Jane Roe Sept. 3")).toEqual({ byline: "Jane Roe" });
    expect(parseByline("By April 9 the plan had failed")).toBeUndefined();
    expect(parseCreditLine("Tim Childers - Live Science Contributor")).toEqual({ byline: "Tim Childers" });
    expect(parseCreditLine("Tom Krisher, Ap Auto Writer")).toEqual({ byline: "Tom Krisher" });
    expect(parseCreditLine("Jane Doe Wins Award As Best Editor")).toBeUndefined();
    // A name, a social link's label and a role run together by a scraper; a surname's own capital stays.
    expect(parseByline("By Ana RuizStaff Writer")).toEqual({ byline: "Ana Ruiz" });
    expect(parseCreditLine("Ana RuizTwitterNews & Culture Writer")).toEqual({ byline: "Ana Ruiz" });
    expect(parseByline("By Ana McDonald")).toEqual({ byline: "Ana McDonald" });
    expect(parseCreditLine("Ana McDonald Staff Writer")).toEqual({ byline: "Ana McDonald" });
    expect(parseCreditLine("Ana RuizTwitter")).toBeUndefined();
    expect(parseCreditLine("Jane Doe - Hired As Editor Of The Courier")).toBeUndefined();
  });

  it("reads a credit whose date follows a slash set tight, and no credit in a brand or a headline so set", () => {
    expect(parseCreditLine("Mara Lindqvist/November 18, 2016")).toEqual({
      byline: "Mara Lindqvist",
      published: "2016-11-18",
      dateText: "November 18, 2016",
    });
    expect(parseCreditLine("Nissan/November 18, 2016")).toBeUndefined();
    expect(parseCreditLine("Ferry fares rise again/November 18, 2016")).toBeUndefined();
    expect(parseCreditLine("Mara Lindqvist November 18, 2016")).toBeUndefined();
  });

  it("reads the name of a byline whose job follows its comma, and a headline with a job as no byline", () => {
    expect(parseByline("Posted by Jane Doe, Software Engineer on Harbour Maps")).toEqual({ byline: "Jane Doe" });
    expect(parseByline("By Jane Doe, Head of Design at Harbour Labs")).toEqual({ byline: "Jane Doe" });
    expect(parseByline("By Jane Doe | Developer Advocate")).toEqual({ byline: "Jane Doe" });
    expect(parseByline("By Jane Doe, Staff Writer")).toEqual({ byline: "Jane Doe" });
    // A second author, a place, a phrase: not a job.
    expect(parseByline("By Jane Doe, John Roe")).toEqual({ byline: "Jane Doe, John Roe" });
    expect(parseByline("By Jane Doe, Mexico City")).toEqual({ byline: "Jane Doe, Mexico City" });
    expect(parseByline("By Jane Doe, Engineer of the harbour's failures")).not.toEqual({ byline: "Jane Doe" });
    // Without a byline's label, a name and a job are a headline's words.
    expect(parseCreditLine("Introducing Jane Doe, New CEO at Harbour Labs")).toBeUndefined();
  });

  it("reads a blog's one-word signature before the date that closes its line, never a weekday or a month", () => {
    expect(parseByline("by Regan September 15, 2014")).toEqual({
      byline: "Regan",
      published: "2014-09-15",
      dateText: "September 15, 2014",
    });
    expect(parseByline("By Tuesday September 15, 2014")?.published).toBeUndefined();
    expect(parseByline("By Sept September 15, 2014")?.published).toBeUndefined();
    expect(parseByline("By regan September 15, 2014")?.published).toBeUndefined();
  });

  it("reads a credit without By whose name is followed by the page's stamp, never a place's dateline", () => {
    expect(parseCreditLine("Chris Davies - Nov 19, 2019, 10:31 pm CST")).toEqual({
      byline: "Chris Davies",
      published: "2019-11-19",
      dateText: "Nov 19, 2019, 10:31 pm CST",
    });
    expect(parseCreditLine("Joseph Tsidulko November 19, 2019, 07:47 PM EST")).toMatchObject({
      byline: "Joseph Tsidulko",
      published: "2019-11-19",
    });
    expect(parseCreditLine("Reuters November 18, 2019 11:03 PM")).toMatchObject({
      outlet: "Reuters",
      published: "2019-11-18",
    });
    expect(parseCreditLine("Posted on March 30, 2015 by Admin")).toMatchObject({ published: "2015-03-30" });
    // A place's dateline (no clock), a brand, a weekday, an update, a sentence: no credit.
    expect(parseCreditLine("New York - Nov 19, 2019")).toBeUndefined();
    expect(parseCreditLine("Mexico City, Nov 19, 2019 10:31 am")).toBeUndefined();
    expect(parseCreditLine("Nissan November 20, 2019 13:42")).toBeUndefined();
    expect(parseCreditLine("Chris Davies - Updated Nov 19, 2019 10:31")).toBeUndefined();
    expect(parseCreditLine("Posted on March 30, 2015 by the river, the crowd waited")).toBeUndefined();
    expect(parseCreditLine("Voters went to the polls November 18, 2019 at 11:03 PM")).toBeUndefined();
  });

  it("never reads a menu's label in the first person as a byline", () => {
    expect(parseCreditLine("About Me/Contact")).toBeUndefined();
    expect(parseCreditLine("By Our Staff")).toBeUndefined();
    expect(parseCreditLine("Ashhar Alam/New Delhi")).toEqual({ byline: "Ashhar Alam" });
    expect(parseByline("By Jane Myers")).toEqual({ byline: "Jane Myers" });
  });

  it("splits cited sources", () => {
    expect(splitSources("NYPost.com CNN.com Brighteon.com")).toEqual(["NYPost.com", "CNN.com", "Brighteon.com"]);
    expect(splitSources("Reuters, The Texas Tribune and El Universal")).toEqual([
      "Reuters",
      "The Texas Tribune",
      "El Universal",
    ]);
  });

  it("splits a fused dek and heading only on evidence", () => {
    expect(
      splitFusedDekHeading(
        "U.S. Expands Surveillance on Mexico’s Cartels, Raising Tensions Surveillance Operations Intensify in Mexico",
        [5, 5, 6, 6, 6, 7, 7, 7],
      ),
    ).toEqual({
      dek: "U.S. Expands Surveillance on Mexico’s Cartels, Raising Tensions",
      heading: "Surveillance Operations Intensify in Mexico",
    });
    expect(
      splitFusedDekHeading("A Long Line About the Future of the Mexican Economy and Its Place in the World", [5, 6, 7]),
    ).toBeUndefined();
  });
});

describe("markdown under page furniture", () => {
  it("reads a `# Headline` as markdown when only a widget strip stands above it", () => {
    const result = ok(
      "USD/MXN 17.02 ▼ 0.3% | Mexico City 24°C Partly cloudy\n\n# Peso steadies as talks resume\n\nThe peso held near 17 per dollar on Thursday as investors waited.\n",
      "widget.md",
    );
    expect(result.frontmatter.title).toBe("Peso steadies as talks resume");
    expect(result.markdown).not.toContain("\\#");
  });
});

describe("a section label glued to the headline by a bare pipe", () => {
  const body =
    "\n\nThe peso held near 17 per dollar on Thursday as investors waited for the central bank.\n\nTraders said the talks would set the tone for the rest of the month.\n";
  it("takes the headline without its label", () => {
    expect(ok("Markets|Peso Steadies as Talks Resume" + body, "glued.txt").frontmatter.title).toBe(
      "Peso Steadies as Talks Resume",
    );
  });
  it("keeps a title whose pipe has spaces around it", () => {
    expect(ok("Peso Steadies as Talks Resume | Border Daily" + body, "spaced.txt").frontmatter.title).toBe(
      "Peso Steadies as Talks Resume | Border Daily",
    );
  });
});

describe("frontmatter without a title", () => {
  const fm = "---\ndate: 2025-06-12\n---\n\n";
  const body =
    "\n\nThe line runs 22 kilometers.\n\nIt links the city center with the industrial parks, where many people work.\n";
  it("takes a first line written as a long sentence as the headline when prose follows", () => {
    const headline =
      "Monterrey's new metro line opens two years late and 40 percent over budget, with three of its nine stations unfinished.";
    expect(ok(fm + headline + body, "metro.md").frontmatter.title).toBe(headline);
  });
  it("asks for a title when the first line reports as a lede does", () => {
    const lede =
      "Monterrey's new metro line opened on Thursday, two years late and 40 percent over budget, officials said.";
    const result = normalize(fm + lede + body, { fileName: "metro.md" });
    expect(result.ok ? result.frontmatter.title : result.error.code).toBe("no-title");
  });
});

describe("a newsletter post copied as markdown", () => {
  const post = (author: string, tail: string) =>
    `# Bridge tolls rise again\n\n${author}\n\nMar 11, 2025\n\nEvery truck that crosses the bridge pays a toll, and the toll has risen four times.\n\nCarriers say the increases are passed on to shippers.\n\n${tail}`;
  it("takes a linked name over the date as the byline, and a label with only controls after it as an empty comment section", () => {
    const result = ok(
      post(
        "[Daniel Reyes](https://example.com/@danielreyes)",
        "#### Discussion about this post\n\nComments\n\nTop Latest\n\nReady for more?\n",
      ),
      "post.md",
    );
    expect(result.frontmatter.byline).toBe("Daniel Reyes");
    expect(result.markdown).not.toMatch(/Discussion|Ready for more/u);
  });
  it("keeps a linked story title and a discussion heading over prose", () => {
    const result = ok(
      post(
        "[Tolls at the World Trade Bridge](https://example.com/tolls)",
        "## Discussion\n\nThe city council will debate the tolls in April, and carriers plan to attend.\n",
      ),
      "post.md",
    );
    expect(result.frontmatter.byline).toBeUndefined();
    expect(result.markdown).toContain("The city council will debate the tolls in April");
  });
});

describe("the outlet of a plain-text page", () => {
  const article = [
    "Coastal towns brace for a second storm",
    "By Jane Doe",
    "March 4, 2025",
    "Officials in three coastal towns said on Tuesday that shelters would open again before the second storm of the week arrives.",
    "The first storm flooded roads near the harbour and cut power to several thousand homes for most of the weekend.",
    "Forecasters expect heavy rain through Thursday, with the strongest winds reaching the coast late on Wednesday night.",
  ];

  it("is no known outlet's name listed inside the site's menu above the headline", () => {
    const menu = ["News", "Weather", "Sports", "CNN", "Opinion", "Video", "Travel"];
    const result = normalize([...menu, ...article].join("\n"), { fileName: "menu-outlet.txt" });
    expect(result.ok && result.frontmatter.title).toBe(article[0]);
    expect(result.ok && result.frontmatter.outlet).toBeUndefined();
  });

  it("is not read from a footer's 'Copyright Policy' link, but is from a copyright notice", () => {
    const footer = (line: string) => [...article, "About Us", line, "Contact Us"].join("\n");
    const link = normalize(footer("Copyright Policy"), { fileName: "copyright-link.txt" });
    expect(link.ok && link.frontmatter.outlet).toBeUndefined();
    const notice = normalize(footer("© 2025 The Harbour Ledger. All rights reserved."), { fileName: "notice.txt" });
    expect(notice.ok && notice.frontmatter.outlet).toBe("The Harbour Ledger");
  });

  it("is not a copyright holder who is the byline's person", () => {
    const footer = (...lines: string[]) => [...article, "About Us", ...lines, "Contact Us"].join("\n");
    const author = normalize(footer("Jane Doe", "© Jane Doe"), { fileName: "author.txt" });
    expect(author.ok && author.frontmatter.byline).toBe("Jane Doe");
    expect(author.ok && author.frontmatter.outlet).toBeUndefined();
  });
});
