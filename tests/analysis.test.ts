/**
 * The analysis pages as built: entity pages, quotes with the right speakers, the timeline's
 * `<time>` values and derived dates, the drone story's coverage matrix, and the two rules
 * every analysis page keeps — each sentence link lands on an existing sentence anchor of its
 * article page, and reading pages ship no script.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Element } from "hast";
import { describe, expect, inject, it } from "vitest";
import { isValidIsoDate } from "#lib/views/timeline.ts";
import { articleFromSource, readArticles } from "./support/corpus.ts";
import { all, attr, collapse, one, readPage, text, toText, type Page } from "./support/html.ts";

const distDir = inject("distDir");
const articles = readArticles();

/** Every built page under a dist/ folder, as URL paths ending in "/". */
function pagesUnder(folder: string): string[] {
  const root = join(distDir, folder);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === "index.html") out.push(`/${relative(distDir, dir).split("\\").join("/")}/`.replace("//", "/"));
    }
  };
  walk(root);
  return out;
}

const analysisPages = [
  ...pagesUnder("entities"),
  ...pagesUnder("quotes"),
  ...pagesUnder("timeline"),
  ...pagesUnder("stories"),
  ...pagesUnder("methodology"),
  ...pagesUnder("topics"),
  ...pagesUnder("articles").filter((path) => !path.endsWith("/source/")),
];

/** The quote whose text contains `words`, with its speaker's text and kind. */
function findQuote(page: Page, words: string): { speaker: string; kind: string; text: string } | undefined {
  for (const item of all(page, "li.quote")) {
    const quoted = collapse(toText(one(item, "blockquote") as Element));
    if (!quoted.includes(words)) continue;
    const speaker = one(item, ".quote-speaker") as Element;
    return { speaker: collapse(toText(speaker)), kind: String(speaker.properties["dataKind"]), text: quoted };
  }
  return undefined;
}

describe("entity pages", () => {
  for (const [id, name] of [
    ["claudia-sheinbaum", "Claudia Sheinbaum"],
    ["gregory-m-guillot", "Gregory M. Guillot"],
    ["marco-rubio", "Marco Rubio"],
  ] as const) {
    it(`${id} has its name as h1, mentions linked to sentences and appears on the index`, () => {
      const page = readPage(distDir, `/entities/${id}/`);
      expect(text(page, "h1")).toBe(name);
      expect(all(page, "h1")).toHaveLength(1);
      expect(all(page, ".sentence-list a").length).toBeGreaterThan(0);
      const index = readPage(distDir, "/entities/");
      expect(all(index, "a").map((a) => a.properties["href"])).toContain(`/entities/${id}/`);
    });
  }

  it("groups the index into people, organisations and places with counts", () => {
    const index = readPage(distDir, "/entities/");
    expect(all(index, "h2").map((h) => collapse(toText(h)))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^People/), expect.stringMatching(/^Organisations/)]),
    );
    expect(text(index, "main")).toMatch(/\d+ mentions? in \d+ articles?/);
  });

  it("shows a name the register lacks as found by the machine, not yet reviewed, with its mentions linked", () => {
    const page = readPage(distDir, "/entities/trump-administration/");
    expect(text(page, "h1")).toBe("Trump administration");
    expect(text(page, ".kicker")).toMatch(/not yet reviewed/u);
    expect(text(page, "main")).toMatch(/Found by the machine[^.]*not yet reviewed by an editor/u);
    expect(all(page, ".sentence-list a").length).toBeGreaterThan(0);
    const index = readPage(distDir, "/entities/");
    const entry = all(index, "li").find((li) =>
      all(li, "a").some((a) => a.properties["href"] === "/entities/trump-administration/"),
    );
    // The mark is a line of the card of its own, so it starts as a line does, not with a separator.
    const mark = entry && one(entry, ".unreviewed");
    expect(mark && collapse(toText(mark))).toBe("Found by the machine, not yet reviewed");
    // A register entity's page says nothing of the kind.
    expect(text(readPage(distDir, "/entities/marco-rubio/"), ".kicker")).not.toMatch(/reviewed/u);
  });

  it("lists an article's machine-found names apart from the register's, under a not-yet-reviewed label", () => {
    let apart = 0;
    for (const article of articles) {
      const section = one(readPage(distDir, `/articles/${article.slug}/`), 'section[aria-labelledby="who-heading"]');
      if (!section) continue;
      const unreviewedList = one(section, 'ul[aria-labelledby="who-unreviewed"]');
      // The names past the first twelve, behind "N more", are split the same way.
      const unreviewedLists = all(section, 'ul[aria-labelledby$="-unreviewed"]');
      const marked = new Set(
        unreviewedLists.flatMap((list) => all(list, "a").map((a) => String(a.properties["href"]))),
      );
      if (unreviewedList) expect(text(section, "#who-unreviewed")).toBe("Found by the machine, not yet reviewed:");
      for (const link of all(section, "a")) {
        const path = String(link.properties["href"]);
        const kicker = text(readPage(distDir, path), ".kicker");
        expect(marked.has(path), `${article.slug}: ${path} (${kicker})`).toBe(/not yet reviewed/u.test(kicker));
      }
      apart += marked.size;
    }
    expect(apart).toBeGreaterThan(0);
  });

  it("leads an entity page with what the articles state, the register's description after it as an unsourced editors' note", () => {
    const page = readPage(distDir, "/entities/ricardo-trevilla/");
    const stated = one(page, ".stated-roles");
    expect(stated && collapse(toText(stated))).toMatch(/Defense Minister/u);
    expect(stated && all(stated, "a")[0]?.properties["href"]).toMatch(/^\/articles\/[^/]+\/#s-/u);
    const note = one(page, ".editors-note");
    expect(note && collapse(toText(note))).toMatch(/^Editors' note, no source given/u);
    const html = readFileSync(join(distDir, "entities/ricardo-trevilla/index.html"), "utf8");
    expect(html.indexOf("stated-roles")).toBeLessThan(html.indexOf("editors-note"));
    // The description is not in the lede or the page's meta description as a fact.
    expect(one(page, "p.lede")).toBeUndefined();
  });

  it("lists as companions only names that share a sentence, and each shared sentence once, linked, with its names", () => {
    let companions = 0;
    for (const path of pagesUnder("entities").filter((p) => p !== "/entities/")) {
      const section = one(readPage(distDir, path), 'section[aria-labelledby="with-heading"]');
      if (!section) continue;
      const listed = all(section, ".companions > li");
      for (const item of listed) {
        const label = `${path}: ${collapse(toText(item)).slice(0, 60)}`;
        expect(collapse(toText(item)), label).toMatch(/— [1-9]\d* sentences? in [1-9]\d* articles?/u);
        companions += 1;
      }
      // The shared sentences: the first ones outside any closed <details>, each sentence once,
      // a link to its place in the article, then the names it shares.
      const shown = all(section, ":scope > .sentence-list > li");
      expect(shown.length, path).toBeGreaterThan(0);
      const items = all(section, ".sentence-list > li");
      const targets = items.map((item) => String(all(item, "a")[0]?.properties["href"]));
      expect(new Set(targets).size, `${path}: a sentence listed twice`).toBe(targets.length);
      for (const item of items) {
        const links = all(item, "a");
        const label = `${path}: ${collapse(toText(item)).slice(0, 60)}`;
        expect(String(links[0]?.properties["href"]), label).toMatch(/^\/articles\/[^/]+\/#s-/u);
        expect(collapse(toText(links[0] as Element)).length, label).toBeGreaterThan(0);
        expect(collapse(toText(item)), label).toMatch(/ — with /u);
        expect(links.length, `${label}: names no companion`).toBeGreaterThan(1);
      }
    }
    expect(companions).toBeGreaterThan(0);
  });

  it("gives no page to an entity nobody mentions", () => {
    for (const path of pagesUnder("entities").filter((p) => p !== "/entities/")) {
      expect(all(readPage(distDir, path), ".sentence-list a").length, path).toBeGreaterThan(0);
    }
  });
});

describe("quotes", () => {
  const page = () => readPage(distDir, "/quotes/");
  const expected: [string, string, string][] = [
    ["not negotiable, and we will always coordinate without subordinating", "Claudia Sheinbaum", "named"],
    ["gets after the cartel networks", "Gregory M. Guillot", "named"],
    ["Donald Trump ordered a summary execution", "Kenneth Roth", "named"],
    ["We have reached a historical level of cooperation", "Marco Rubio", "named"],
    ["What will stop them is when you blow them up", "Marco Rubio", "named"],
    ["Each one in his own territory", "Juan Ramón de la Fuente", "named"],
    ["We cannot rule out espionage", "Ricardo Trevilla", "named"],
    ["All options will be on the table", "Pete Hegseth", "named"],
    ["Unilateralism is here to stay", "Carlos Pérez Ricart", "named"],
    ["Countering drug cartels in Mexico and regionally is a priority", "CIA representative", "anonymous"],
  ];

  it('has the h1 "Quotes"', () => {
    expect(text(page(), "h1")).toBe("Quotes");
  });

  for (const [words, speaker, kind] of expected) {
    it(`attributes “${words}” to ${speaker} (${kind})`, () => {
      const quote = findQuote(page(), words);
      expect(quote, `no quote containing “${words}”`).toBeDefined();
      expect(quote?.speaker).toContain(speaker);
      expect(quote?.kind).toBe(kind);
      if (kind === "anonymous") expect(quote?.speaker).toContain("anonymous");
    });
  }

  it("links named speakers to their entity pages", () => {
    const item = all(page(), "li.quote").find((li) => collapse(toText(li)).includes("Unilateralism is here to stay"));
    expect(item && one(item, ".quote-speaker a")?.properties["href"]).toBe("/entities/carlos-perez-ricart/");
  });

  it("filters by person and topic on static pages, marking the active filter", () => {
    const rubio = readPage(distDir, "/quotes/people/marco-rubio/");
    expect(attr(rubio, '.filter-bar a[aria-current="page"]', "href")).toBe("/quotes/people/marco-rubio/");
    // Every person and topic with their counts only on /quotes/: here, all quotes and this filter.
    expect(all(rubio, ".filter-bar a").map((a) => String(a.properties["href"]))).toEqual([
      "/quotes/",
      "/quotes/people/marco-rubio/",
    ]);
    const speakers = all(rubio, "li.quote .quote-speaker").map((s) => collapse(toText(s)));
    expect(speakers.length).toBeGreaterThanOrEqual(2);
    for (const speaker of speakers) expect(speaker).toBe("Marco Rubio");
    const filterLinks = all(page(), ".filter-bar a").map((a) => String(a.properties["href"]));
    expect(filterLinks).toContain("/quotes/people/marco-rubio/");
    expect(filterLinks).toContain("/quotes/topics/drone-surveillance/");
    const topic = readPage(distDir, "/quotes/topics/drone-surveillance/");
    expect(attr(topic, '.filter-bar a[aria-current="page"]', "href")).toBe("/quotes/topics/drone-surveillance/");
    expect(findQuote(topic, "All options will be on the table")).toBeDefined();
    expect(findQuote(topic, "Each one in his own territory")).toBeUndefined();
  });

  it("shows an article's own quotes in its aside, outside the indexed body", () => {
    const article = articleFromSource("002");
    const page = readPage(distDir, `/articles/${article.slug}/`);
    const aside = one(page, "aside");
    expect(aside && all(aside, "li.quote").length).toBeGreaterThan(0);
    expect(all(page, "[data-pagefind-body] li.quote")).toHaveLength(0);
  });
});

describe("sentence links", () => {
  it("land on an element with that id on the target article page, from every analysis page", () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (slug: string) => {
      let found = ids.get(slug);
      if (!found) {
        found = new Set(all(readPage(distDir, `/articles/${slug}/`), "[id]").map((el) => String(el.properties["id"])));
        ids.set(slug, found);
      }
      return found;
    };
    let checked = 0;
    const broken: string[] = [];
    for (const path of analysisPages) {
      // A sentence's anchor, or a table row's (r-…) that a timeline event may link to.
      for (const link of all(readPage(distDir, path), 'a[href*="#s-"], a[href*="#r-"]')) {
        const href = String(link.properties["href"]);
        const match = /^\/articles\/([^/]+)\/#([sr]-[0-9a-f]{8}(?:-\d+)?)$/.exec(href);
        if (!match?.[1] || !match[2]) {
          broken.push(`${path}: malformed ${href}`);
          continue;
        }
        if (!idsOf(match[1]).has(match[2])) broken.push(`${path}: ${href}`);
        checked += 1;
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });
});

describe("timeline", () => {
  const page = () => readPage(distDir, "/timeline/");

  it('has the h1 "Timeline" and only valid ISO datetimes', () => {
    expect(text(page(), "h1")).toBe("Timeline");
    const times = all(page(), "main time").map((t) => String(t.properties["dateTime"]));
    expect(times.length).toBeGreaterThan(5);
    for (const value of times) expect(isValidIsoDate(value), value).toBe(true);
  });

  it("has the 3 September 2025 strike and the talks derived from it, linked to the fixing sentence", () => {
    const events = all(page(), "li.event");
    const strike = events.find((e) => one(e, 'time[datetime="2025-09-03"]'));
    expect(strike && collapse(toText(strike))).toMatch(/sinking an alleged drug-carrying boat/);
    const talks = events.find(
      (e) => one(e, 'time[datetime="2025-09-04"]') && collapse(toText(e)).includes("The day after the strike"),
    );
    expect(talks, "no derived 2025-09-04 event").toBeDefined();
    expect(talks?.properties["className"]).toContain("derived");
    const strikeLink = strike && String(one(strike, ".event-text a")?.properties["href"]);
    const derivedFrom = talks && all(talks, ".event-when a").map((a) => String(a.properties["href"]));
    expect(derivedFrom).toContain(strikeLink);
  });

  it("shows each date's precision and both ends of a range", () => {
    const body = text(page(), "main");
    expect(body).toContain("3 September 2025");
    expect(body).toContain("August 2025 (month given)");
    const range = all(page(), "li.event").find(
      (e) => one(e, 'time[datetime="2018"]') && one(e, 'time[datetime="2024"]'),
    );
    expect(range).toBeDefined();
  });

  it("has a timeline per topic, linked from the topic page", () => {
    const topic = readPage(distDir, "/topics/sovereignty-tensions/");
    expect(all(topic, "a").map((a) => a.properties["href"])).toContain("/topics/sovereignty-tensions/timeline/");
    const timeline = readPage(distDir, "/topics/sovereignty-tensions/timeline/");
    expect(one(timeline, 'time[datetime="2025-09-03"]')).toBeDefined();
  });
});

describe("stories and coverage", () => {
  const members = ["001", "003", "004"].map((prefix) => articleFromSource(prefix));
  const storyLink = () => {
    const links = all(readPage(distDir, `/articles/${members[0]?.slug}/`), "aside a").map((a) =>
      String(a.properties["href"]),
    );
    return links.find((href) => href.startsWith("/stories/"));
  };

  it("links each member article to the story page, listed on /stories/", () => {
    const link = storyLink();
    expect(link).toBeDefined();
    expect(all(readPage(distDir, "/stories/"), "a").map((a) => a.properties["href"])).toContain(link);
  });

  it("leads with claims: the designation's status differs, side by side and linked; troops are agreed on", () => {
    const page = readPage(distDir, storyLink() ?? "/stories/");
    const headings = all(page, "h2").map((h) => collapse(toText(h)));
    expect(headings.indexOf("What the accounts claim")).toBeLessThan(headings.indexOf("Who reports what"));
    const differ = all(page, "li.claim.differ");
    const status = differ.filter((li) => collapse(toText(li)).startsWith("Status differs"));
    expect(status.length).toBeGreaterThanOrEqual(3);
    for (const li of status) {
      const links = all(li, "a").map((a) => String(a.properties["href"]));
      expect(links).toHaveLength(2);
      for (const link of links) expect(link).toMatch(/^\/articles\/[^/]+\/#s-/u);
    }
    expect(status.map((li) => collapse(toText(li))).join(" ")).toContain("is also considering");
    // Each side's status reads as a phrase, not the marker's fragment ("signed an").
    const phrases = status.flatMap((li) => all(li, "strong").map((strong) => collapse(toText(strong))));
    expect(phrases).toHaveLength(2 * status.length);
    for (const phrase of phrases) expect(["under consideration", "planned", "done"]).toContain(phrase);
    expect(differ.some((li) => collapse(toText(li)).startsWith("Figures differ"))).toBe(false);
    const agreed = all(page, "li.claim").filter((li) => !li.properties["className"]?.toString().includes("differ"));
    expect(agreed.some((li) => /10,000 troops/u.test(toText(li)) && /thousands of troops/u.test(toText(li)))).toBe(
      true,
    );
  });

  it("keeps the coverage matrix as a second view on its own page, with no figure flagged as differing", () => {
    const storyPage = readPage(distDir, storyLink() ?? "/stories/");
    expect(one(storyPage, "table.coverage-table")).toBeUndefined();
    const coverage = all(storyPage, "a")
      .map((a) => String(a.properties["href"]))
      .find((href) => href.endsWith("/coverage/"));
    if (!coverage) throw new Error("the story page does not link its coverage page");
    const page = readPage(distDir, coverage);
    const table = one(page, "table.coverage-table");
    if (!table) throw new Error("no coverage table");
    expect(one(table, "caption")).toBeDefined();
    const columns = all(table, 'thead th[scope="col"] a').map((a) => collapse(toText(a)));
    expect(columns.sort()).toEqual(members.map((m) => m.data.title).sort());
    expect(collapse(toText(table))).toContain("Outlet unknown");
    expect(all(table, "tr.difference")).toEqual([]);
    expect(collapse(toText(table))).not.toContain("differs");
    expect(collapse(toText(table))).toContain("10,000 troops");
    expect(collapse(toText(table))).toContain("thousands of troops");
    expect(all(table, 'th[scope="row"]').length).toBeGreaterThan(10);
    expect(collapse(toText(table))).toContain("one article only");
    expect(collapse(toText(table))).toContain("MQ-9 Reaper");
  });
});

describe("sourcing and people on article pages", () => {
  it("has a sourcing panel outside the indexed body, with expandable lists", () => {
    for (const article of articles) {
      const page = readPage(distDir, `/articles/${article.slug}/`);
      expect(all(page, "aside .sourcing details").length, article.slug).toBe(4);
      expect(all(page, "[data-pagefind-body] .sourcing")).toHaveLength(0);
    }
  });

  it("links every counted in-text attribution to a sentence on its article page", () => {
    for (const article of articles) {
      const page = readPage(distDir, `/articles/${article.slug}/`);
      const ids = new Set(all(page, "[id]").map((el) => String(el.properties["id"])));
      for (const group of all(page, "aside .sourcing details").slice(0, 3)) {
        const count = Number(text(group, ".count"));
        const links = all(group, "li a").filter((a) => String(a.properties["href"]).includes("#"));
        expect(links.length, `${article.slug}: ${text(group, "summary")}`).toBe(count);
        for (const link of links) expect(ids.has(String(link.properties["href"]).split("#")[1] ?? "")).toBe(true);
      }
    }
  });

  it("emits person filters with human names outside the indexed body", () => {
    const page = readPage(distDir, `/articles/${articleFromSource("002").slug}/`);
    const names = all(page, '[data-pagefind-filter="person"]').map((el) => collapse(toText(el)));
    expect(names).toEqual(expect.arrayContaining(["Marco Rubio", "Claudia Sheinbaum", "Kenneth Roth"]));
    expect(all(page, '[data-pagefind-body] [data-pagefind-filter="person"]')).toHaveLength(0);
  });

  it("compares sourcing across a topic's articles in a table", () => {
    const page = readPage(distDir, "/topics/drone-surveillance/");
    const tables = all(page, "table").filter((t) =>
      collapse(toText(one(t, "caption") as Element)).includes("attribute"),
    );
    expect(tables).toHaveLength(1);
    expect(all(tables[0] as Element, "tbody tr")).toHaveLength(3);
  });
});

describe("no script on reading pages", () => {
  const reading = [
    "/",
    "/topics/drone-surveillance/",
    `/articles/${articles[0]?.slug}/`,
    "/entities/",
    "/entities/claudia-sheinbaum/",
    "/quotes/",
    "/quotes/people/marco-rubio/",
    "/timeline/",
    "/topics/drone-surveillance/timeline/",
    "/stories/",
    "/methodology/",
  ];
  // JSON-LD (`<script type="application/ld+json">`) is data a browser never runs, so it is allowed.
  const RUNNABLE = 'script:not([type="application/ld+json"])';
  it.each(reading)("%s has no <script>", (path) => {
    expect(all(readPage(distDir, path), RUNNABLE)).toHaveLength(0);
  });

  it("holds for every story page too", () => {
    for (const path of pagesUnder("stories")) expect(all(readPage(distDir, path), RUNNABLE), path).toHaveLength(0);
  });
});

describe("methodology", () => {
  it("explains each figure and the topic thresholds", () => {
    const page = readPage(distDir, "/methodology/");
    expect(text(page, "h1")).toBe("Methodology");
    for (const id of ["mentions", "quotes", "timeline", "stories", "sourcing", "topics"]) {
      expect(one(page, `h2#${id}`), id).toBeDefined();
    }
    expect(text(page, "main")).toContain("at least 3 times and at least 6 times per 1,000 words");
  });
});
