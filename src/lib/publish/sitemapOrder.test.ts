import { describe, expect, it } from "vitest";
import { inSitemapOrder } from "./sitemapOrder.ts";

/** How `@astrojs/sitemap` orders its URLs (generate-sitemap.js). */
const sitemapSort = (urls: readonly string[]) => [...urls].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));

const site = "https://example.org/desk/";
// Numbered pages, slugs with digits, a numerically equal pair ("7" and "007"), upper case.
const urls = [
  "quotes/10/",
  "quotes/2/",
  "articles/item-007/",
  "articles/item-7/",
  "",
  "entities/b/2/",
  "entities/B/",
  "archive/",
  "articles/item-12/",
  "entities/b/",
  "quotes/",
].map((path) => `${site}${path}`);

describe("inSitemapOrder", () => {
  it("gives the order the sitemap sorts into, ties kept in input order", () => {
    expect(inSitemapOrder(urls, (url) => url)).toEqual(sitemapSort(urls));
    const reversed = [...urls].reverse();
    expect(inSitemapOrder(reversed, (url) => url)).toEqual(sitemapSort(reversed));
  });

  it("leaves the sitemap's sort nothing to move and one comparison per neighbour pair", () => {
    const ordered = inSitemapOrder(urls, (url) => url);
    let comparisons = 0;
    const sorted = [...ordered].sort((a, b) => {
      comparisons += 1;
      return a.localeCompare(b, "en", { numeric: true });
    });
    expect(sorted).toEqual(ordered);
    expect(comparisons).toBe(urls.length - 1);
  });

  it("orders the pages by the URL it is given for each", () => {
    const pages = urls.map((url) => ({ pathname: url.slice(site.length) }));
    const ordered = inSitemapOrder(pages, (page) => `${site}${page.pathname}`);
    expect(ordered.map((page) => `${site}${page.pathname}`)).toEqual(sitemapSort(urls));
  });
});
