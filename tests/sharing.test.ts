/**
 * Sharing and discovery as built into dist/: every article page's link-preview tags (with a
 * real 1200×630 PNG behind og:image), its NewsArticle JSON-LD (headline = h1, no invented
 * date), the home page's WebSite search action, topic cards and feeds, the sitemap, the site
 * feed, robots.txt, and the icons every page names.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";
import { describe, expect, inject, it } from "vitest";
import { loadDesk } from "#lib/content/desk.ts";
import { pngSize } from "#lib/social/card.ts";
import { readArticles } from "./support/corpus.ts";
import { all, attr, readPage, text, type Page } from "./support/html.ts";

const distDir = inject("distDir");
const SITE = "http://localhost:4321";
const articles = readArticles();
const topicIds = loadDesk(process.cwd()).topics.map((topic) => topic.id);

const meta = (page: Page, property: string) =>
  attr(page, `meta[property="${property}"]`, "content") ?? attr(page, `meta[name="${property}"]`, "content");

/** Every JSON-LD block of a page, parsed. */
function jsonLd(page: Page): Record<string, unknown>[] {
  return all(page, 'script[type="application/ld+json"]').map((script) => {
    const child = script.children[0];
    return JSON.parse(child && child.type === "text" ? child.value : "") as Record<string, unknown>;
  });
}

/** The file in dist/ an absolute URL of the site names. */
function distFile(url: string): string {
  expect(url.startsWith(`${SITE}/`), url).toBe(true);
  return join(distDir, decodeURIComponent(new URL(url).pathname));
}

/** The image an absolute og:image URL names: a 1200×630 PNG in dist/. */
function expectCard(url: string | undefined): void {
  expect(url).toMatch(/^https?:\/\/.+\.png$/);
  const file = distFile(url ?? "");
  expect(existsSync(file), file).toBe(true);
  expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
}

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["item", "url", "sitemap"].includes(name) });

function parseXml(path: string): Record<string, unknown> {
  const source = readFileSync(join(distDir, path), "utf8");
  // fast-xml-parser 5 moves its validator to a separate package; this one still validates.
  expect(SyntaxValidator.validate(source), path).toBe(true);
  return xml.parse(source) as Record<string, unknown>;
}

interface Feed {
  rss: { channel: { title: string; link: string; item?: { title: string; link: string; pubDate?: string }[] } };
}

describe("article pages", () => {
  for (const article of articles) {
    describe(article.slug, () => {
      const page = () => readPage(distDir, `/articles/${article.slug}/`);

      it("has link-preview tags and a 1200×630 card", () => {
        expect(meta(page(), "og:title")).toBe(article.data.title);
        expect(meta(page(), "og:description")?.length).toBeGreaterThan(10);
        expect(meta(page(), "og:locale")).toBe("en_US");
        expect(meta(page(), "og:image:width")).toBe("1200");
        expect(meta(page(), "og:image:height")).toBe("630");
        expect(meta(page(), "og:image:alt")).toContain(article.data.title);
        expect(meta(page(), "twitter:card")).toBe("summary_large_image");
        expect(meta(page(), "twitter:image")).toBe(meta(page(), "og:image"));
        expect(attr(page(), 'link[rel="canonical"]', "href")).toBe(`${SITE}/articles/${article.slug}/`);
        expectCard(meta(page(), "og:image"));
        expect(meta(page(), "article:published_time")).toBe(article.data.published);
      });

      it("has NewsArticle JSON-LD that matches the page and invents nothing", () => {
        const blocks = jsonLd(page());
        expect(blocks).toHaveLength(1);
        const data = blocks[0] ?? {};
        expect(data["@context"]).toBe("https://schema.org");
        expect(data["@type"]).toBe("NewsArticle");
        expect(data["headline"]).toBe(text(page(), "h1"));
        expect(data["mainEntityOfPage"]).toEqual({ "@type": "WebPage", "@id": `${SITE}/articles/${article.slug}/` });
        expect(data["image"]).toBe(meta(page(), "og:image"));
        if (article.data.published) expect(data["datePublished"]).toBe(article.data.published);
        else expect(data).not.toHaveProperty("datePublished");
        if (article.data.byline) expect(data["author"]).toEqual({ "@type": "Person", name: article.data.byline });
        else expect(data).not.toHaveProperty("author");
        if (article.data.outlet)
          expect(data["publisher"]).toEqual({ "@type": "Organization", name: article.data.outlet });
        else expect(data).not.toHaveProperty("publisher");
        if (article.data.source) {
          expect(data["isBasedOn"]).toBe(`${SITE}/sources/${article.data.source}`);
          expect(existsSync(distFile(String(data["isBasedOn"])))).toBe(true);
        }
        expect(data["citation"] ?? []).toHaveLength(article.data.citedSources?.length ?? 0);
      });
    });
  }
});

describe("other pages", () => {
  it("the home page has WebSite JSON-LD with a search action on the search page", () => {
    const [site] = jsonLd(readPage(distDir, "/"));
    expect(site?.["@type"]).toBe("WebSite");
    expect(site?.["url"]).toBe(`${SITE}/`);
    expect(JSON.stringify(site?.["potentialAction"])).toContain(`${SITE}/search/?q={search_term_string}`);
  });

  it.each(topicIds)("topic %s has its own card and announces its feed", (id) => {
    const page = readPage(distDir, `/topics/${id}/`);
    expectCard(meta(page, "og:image"));
    expect(meta(page, "og:image")).toBe(`${SITE}/og/topics/${id}.png`);
    const feeds = all(page, 'link[rel="alternate"][type="application/rss+xml"]').map((link) =>
      String(link.properties["href"]),
    );
    expect(feeds).toEqual(["/rss.xml", `/topics/${id}/rss.xml`]);
  });

  it.each(["/", "/search/", "/entities/", "/methodology/", "/404.html"])(
    "%s has the default card, icons and theme colours",
    (path) => {
      const page = readPage(distDir, path);
      expectCard(meta(page, "og:image"));
      expect(meta(page, "og:image")).toBe(`${SITE}/og/default.png`);
      for (const selector of ['link[rel="icon"]', 'link[rel="apple-touch-icon"]']) {
        const href = attr(page, selector, "href");
        expect(existsSync(join(distDir, href ?? "missing")), `${selector} ${String(href)}`).toBe(true);
      }
      expect(pngSize(readFileSync(join(distDir, "apple-touch-icon.png")))).toEqual({ width: 180, height: 180 });
      expect(all(page, 'meta[name="theme-color"]').map((tag) => tag.properties["media"])).toEqual([
        "(prefers-color-scheme: light)",
        "(prefers-color-scheme: dark)",
      ]);
    },
  );
});

describe("sitemap, feeds and robots.txt", () => {
  it("the sitemap lists every article and topic page", () => {
    const index = parseXml("sitemap-index.xml") as { sitemapindex: { sitemap: { loc: string }[] } };
    const urls = index.sitemapindex.sitemap.flatMap(({ loc }) => {
      const sitemap = parseXml(new URL(loc).pathname) as { urlset: { url: { loc: string }[] } };
      return sitemap.urlset.url.map((url) => url.loc);
    });
    for (const article of articles) expect(urls).toContain(`${SITE}/articles/${article.slug}/`);
    for (const id of topicIds) expect(urls).toContain(`${SITE}/topics/${id}/`);
    expect(urls).toContain(`${SITE}/`);
    expect(urls.filter((url) => /404/.test(url))).toEqual([]);
  });

  it("rss.xml has one item per article, newest first, dated only when the source is", () => {
    const feed = parseXml("rss.xml") as unknown as Feed;
    const items = feed.rss.channel.item ?? [];
    expect(feed.rss.channel.link).toBe(`${SITE}/`);
    expect(items).toHaveLength(articles.length);
    for (const article of articles) {
      const item = items.find((candidate) => candidate.link === `${SITE}/articles/${article.slug}/`);
      expect(item?.title, article.slug).toBe(article.data.title);
      if (article.data.published) expect(new Date(item?.pubDate ?? "").toISOString()).toContain(article.data.published);
      else expect(item).not.toHaveProperty("pubDate");
    }
    const dates = items.flatMap((item) => (item.pubDate ? [Date.parse(item.pubDate)] : []));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it.each(topicIds)("topic %s has a feed of its own articles", (id) => {
    const feed = parseXml(`topics/${id}/rss.xml`) as unknown as Feed;
    const page = readPage(distDir, `/topics/${id}/`);
    const onPage = all(page, ".card-list a").filter((link) => String(link.properties["href"]).startsWith("/articles/"));
    const items = feed.rss.channel.item ?? [];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.link).toMatch(new RegExp(`^${SITE}/articles/[^/]+/$`));
    expect(new Set(items.map((item) => new URL(item.link).pathname))).toEqual(
      new Set(onPage.map((link) => String(link.properties["href"]))),
    );
  });

  it("robots.txt names the sitemap by its absolute URL", () => {
    const robots = readFileSync(join(distDir, "robots.txt"), "utf8");
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml\n`);
  });
});
