/**
 * Builds the real site once (globalSetup) and checks the HTML a reader and a crawler get:
 * every page exists with the right title, heading, canonical URL and metadata; article
 * bodies hold every sentence of their source and none of its chrome.
 */
import { readFileSync } from "node:fs";
import type { Element, ElementContent } from "hast";
import { describe, expect, inject, it } from "vitest";
import { loadDesk } from "#lib/content/desk.ts";
import { articleFromSource, readArticles } from "./support/corpus.ts";
import { all, attr, collapse, one, readPage, text, toText } from "./support/html.ts";

const distDir = inject("distDir");
const SITE = "http://localhost:4321";
const articles = readArticles();
const desk = loadDesk(process.cwd());
const topics = [...desk.topics];
const reports = new Map(desk.reportFiles.map((file) => [file.id, file.data]));

/** The indexed text of an article page: what Pagefind sees. */
/** `element` without the subtrees Pagefind skips (`data-pagefind-ignore`). */
function withoutIgnored(element: Element): Element {
  return {
    ...element,
    children: element.children.flatMap((child): ElementContent[] => {
      if (child.type !== "element") return [child];
      return child.properties["dataPagefindIgnore"] === undefined ? [withoutIgnored(child)] : [];
    }),
  };
}

function indexedText(slug: string): string {
  const body = one(readPage(distDir, `/articles/${slug}/`), "[data-pagefind-body]");
  if (!body) throw new Error(`no data-pagefind-body on /articles/${slug}/`);
  return collapse(toText(withoutIgnored(body)));
}

describe("article pages", () => {
  it("exist for all five sources", () => {
    expect(articles.filter((article) => article.data.source).length).toBeGreaterThanOrEqual(5);
  });

  for (const article of articles) {
    describe(article.slug, () => {
      const page = () => readPage(distDir, `/articles/${article.slug}/`);

      it("has the article's title as h1 and in <title>", () => {
        expect(text(page(), "h1")).toBe(article.data.title);
        expect(text(page(), "title")).toContain(article.data.title);
        expect(all(page(), "h1")).toHaveLength(1);
      });

      it("has a canonical URL, description and Open Graph tags", () => {
        expect(attr(page(), 'link[rel="canonical"]', "href")).toBe(`${SITE}/articles/${article.slug}/`);
        expect(attr(page(), 'meta[name="description"]', "content")?.length).toBeGreaterThan(20);
        expect(attr(page(), 'meta[property="og:title"]', "content")).toBe(article.data.title);
        expect(attr(page(), 'meta[property="og:type"]', "content")).toBe("article");
      });

      it("shows the date or says undated, and the outlet or says unknown", () => {
        const aside = text(page(), "aside");
        if (article.data.published) {
          expect(attr(page(), "aside time", "dateTime")).toBe(article.data.published);
        } else {
          expect(aside).toContain("undated");
        }
        expect(aside).toContain(article.data.outlet ?? "Unknown");
      });

      it("gives headings anchors and lists them when there are several", () => {
        const prose = one(page(), ".prose");
        if (!prose) throw new Error("no .prose on the article page");
        const headings = all(prose, "h2");
        for (const heading of headings) expect(heading.properties["id"]).toBeTruthy();
        const toc = one(page(), 'nav[aria-labelledby="toc-heading"]');
        if (headings.length > 1) {
          if (!toc) throw new Error("several headings but no table of contents");
          expect(all(toc, "a").map((link) => link.properties["href"])).toEqual(
            headings.map((heading) => `#${String(heading.properties["id"])}`),
          );
        } else expect(toc).toBeUndefined();
      });

      if (article.data.source) {
        it("links to its raw source and ingest report", () => {
          const links = all(page(), "aside a").map((link) => String(link.properties["href"]));
          expect(links).toContain(`/sources/${article.data.source}`);
          expect(links).toContain(`/articles/${article.slug}/source/`);
          readPage(distDir, `/sources/${article.data.source}`);
          expect(text(readPage(distDir, `/articles/${article.slug}/source/`), "h1")).toContain(article.data.title);
        });
      }
    });
  }
});

describe("indexed article text", () => {
  // Lines of site furniture from the five sources; none may reach the search index.
  const chrome = [
    "Today : Sep 08, 2025",
    "World News",
    "Previous Post",
    "Next Post",
    "Explore more",
    "More related stories",
    "Head over to DrugCartels.news",
    "Watch the video below",
    "This video is from the NewsClips channel",
    "(Related:",
    "Sources include",
    "By bellecarter",
    "US spy plane conducts strategic operations along border",
  ];
  for (const article of articles) {
    it(`${article.slug} holds no chrome`, () => {
      const indexed = indexedText(article.slug);
      for (const line of chrome) expect(indexed).not.toContain(line);
    });
  }

  // Every raw line the ingest report does not account for is body text; each of its
  // sentences (minus promo pieces cut out of the line) must be indexed, in order.
  for (const article of articles.filter((candidate) => candidate.data.source)) {
    it(`${article.slug} holds every body sentence of ${article.data.source}`, () => {
      const raw = readFileSync(`content/sources/${article.data.source}`, "utf8").replace(/^\uFEFF/, "");
      const report = reports.get(article.slug);
      if (!report) throw new Error(`content/reports/${article.slug}.json is missing; run npm run ingest`);
      const indexed = indexedText(article.slug);
      let position = 0;
      raw.split(/\r\n|\r|\n/).forEach((line, index) => {
        let kept = line;
        for (const removed of report.removed.filter((item) => item.line === index + 1)) {
          kept = kept.replace(removed.text, " ");
        }
        for (const sentence of collapse(kept.replace(/\u00a0/g, " ")).split(/(?<=[.!?][”’"]?)\s+(?=[A-Z“"‘(])/u)) {
          const piece = collapse(sentence.replace(/^[-•*]\s+/, ""));
          if (piece.length < 3) continue;
          const found = indexed.indexOf(piece, position);
          expect(found, `"${piece}" (line ${index + 1}) missing or out of order`).toBeGreaterThanOrEqual(0);
          position = found;
        }
      });
    });
  }
});

describe("topics", () => {
  const expected: Record<string, string[]> = {
    "russian-espionage": ["000"],
    "drone-surveillance": ["001", "003", "004"],
    "sovereignty-tensions": ["001", "002"],
  };

  for (const topic of topics) {
    it(`${topic.id} has its page, title, summary and the right articles`, () => {
      const page = readPage(distDir, `/topics/${topic.id}/`);
      expect(text(page, "h1")).toBe(topic.data.title);
      expect(text(page, "title")).toContain(topic.data.title);
      expect(attr(page, 'link[rel="canonical"]', "href")).toBe(`${SITE}/topics/${topic.id}/`);
      expect(text(page, "main")).toContain(topic.data.summary);
      const listed = all(page, ".card h3").map((node) => collapse(toText(node)));
      expect(listed.length).toBeGreaterThan(0);
      const wanted = (expected[topic.id] ?? []).map((prefix) => articleFromSource(prefix).data.title);
      expect(listed.sort()).toEqual(wanted.sort());
    });
  }

  it("lists a topic's articles newest first with date or undated", () => {
    const page = readPage(distDir, "/topics/drone-surveillance/");
    const dates = all(page, ".card").map((card) => one(card, "time")?.properties["dateTime"] ?? "undated");
    const dated = dates.filter((date) => date !== "undated").map(String);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.indexOf("undated") === -1 || dates.slice(dates.indexOf("undated")).every((d) => d === "undated")).toBe(
      true,
    );
  });
});

describe("home, search and 404", () => {
  it("home lists the three topics with counts and the latest articles", () => {
    const page = readPage(distDir, "/");
    const grid = text(page, ".topic-grid");
    for (const topic of topics) expect(grid).toContain(topic.data.title);
    expect(grid).toMatch(/3 articles/);
    expect(all(page, ".card")).toHaveLength(articles.length);
    expect(attr(page, 'link[rel="canonical"]', "href")).toBe(`${SITE}/`);
  });

  it("the home page links to the list of all articles, which links every article once", () => {
    expect(all(readPage(distDir, "/"), "main a").map((link) => link.properties["href"])).toContain("/archive/");
    const listed: string[] = [];
    // Follow the pager's "Next" links, so every page of the list is read, however many there are.
    for (let path: string | undefined = "/archive/"; path;) {
      const page = readPage(distDir, path);
      listed.push(...all(page, ".card h2 a").map((link) => String(link.properties["href"])));
      path = attr(page, 'a[rel="next"]', "href");
    }
    expect(listed.sort()).toEqual(articles.map((article) => `/articles/${article.slug}/`).sort());
  });

  it("every page has the header with the topics, the analysis sections and a search form to /search/", () => {
    for (const path of ["/", "/search/", "/topics/russian-espionage/", `/articles/${articles[0]?.slug}/`, "/quotes/"]) {
      const page = readPage(distDir, path);
      expect(attr(page, "header form", "action")).toBe("/search/");
      const links = all(page, "header nav.site-nav a").map((link) => String(link.properties["href"]));
      expect(links).toEqual([
        ...topics.sort((a, b) => a.data.order - b.data.order).map((topic) => `/topics/${topic.id}/`),
        "/entities/",
        "/quotes/",
        "/timeline/",
        "/stories/",
        "/search/",
        "/about/",
      ]);
    }
  });

  it("builds the search index with topic and outlet filters", () => {
    const entry = JSON.parse(readFileSync(`${distDir}/pagefind/pagefind-entry.json`, "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages["en"]?.page_count).toBe(articles.length);
  });

  it("has a 404 page", () => {
    expect(text(readPage(distDir, "/404.html"), "h1")).toBe("Page not found");
  });
});

describe("the methodology page", () => {
  it("sets every figure it takes from the code apart from the words around it", () => {
    // Astro drops the line break between text and an expression on the next line ("up to 300articles", "fewer than4").
    const prose = text(readPage(distDir, "/methodology/"), "main");
    expect(prose.match(/\p{Ll}{3,}\d|\d\p{Ll}{3,}/gu) ?? []).toEqual([]);
  });
});

describe("breadcrumbs", () => {
  it("lead from Home to the page on every page but the home page", () => {
    const article = articleFromSource("004");
    const trail = (path: string) =>
      all(readPage(distDir, path), 'nav[aria-label="Breadcrumb"] li').map((item) => collapse(toText(item)));
    expect(trail(`/articles/${article.slug}/`)).toEqual(["Home", "Drone surveillance", article.data.title]);
    expect(trail(`/articles/${article.slug}/source/`)).toEqual(["Home", article.data.title, "Source"]);
    expect(trail("/entities/claudia-sheinbaum/")).toEqual(["Home", "People", "Claudia Sheinbaum"]);
    // The crumb names the entity's kind, linked to that section of the index.
    expect(trail("/entities/mexico-city/")).toEqual(["Home", "Places", "Mexico City"]);
    expect(trail("/entities/cia/")).toEqual(["Home", "Organisations", "Central Intelligence Agency"]);
    expect(
      attr(readPage(distDir, "/entities/mexico-city/"), 'nav[aria-label="Breadcrumb"] a[href$="#place"]', "href"),
    ).toBe("/entities/#place");
    expect(trail("/entities/")).toEqual(["Home", "People, organisations and places"]);
    expect(trail("/topics/drone-surveillance/timeline/")).toEqual(["Home", "Drone surveillance", "Timeline"]);
    expect(trail("/")).toEqual([]);
    const current = one(readPage(distDir, "/quotes/"), 'nav[aria-label="Breadcrumb"] [aria-current="page"]');
    expect(current && collapse(toText(current))).toBe("Quotes");
  });

  it("and the site nav agree on an entity page's section: People only on a person's page", () => {
    const currentNav = (path: string) =>
      all(readPage(distDir, path), 'nav[aria-label="Site"] a[aria-current]').map((a) => collapse(toText(a)));
    expect(currentNav("/entities/claudia-sheinbaum/")).toEqual(["People"]);
    expect(currentNav("/entities/mexico-city/")).toEqual([]);
    expect(currentNav("/entities/cia/")).toEqual([]);
    expect(currentNav("/entities/")).toEqual(["People"]);
  });
});
