/**
 * Crawls the built site (served by the globalSetup server) with linkinator from the home page
 * and fails on any broken internal link, asset (stylesheets and the URLs inside them) or
 * #fragment. Everything outside the test server is skipped: links to outlets are not ours and
 * tests run offline, and the canonical URLs (SITE_URL, http://localhost:4321 by default) name
 * the same pages, which tests/basePath.test.ts checks against SITE_URL + base.
 */
import { LinkChecker, LinkState } from "linkinator";
import { describe, expect, inject, it } from "vitest";

const siteUrl = inject("siteUrl");

describe("links in the built site", () => {
  it("has no broken internal link, asset or fragment", { timeout: 120_000 }, async () => {
    const origin = new URL(siteUrl).origin;
    const checker = new LinkChecker();
    const result = await checker.check({
      path: siteUrl,
      recurse: true,
      checkCss: true,
      checkFragments: true,
      concurrency: 8,
      timeout: 10_000,
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED);
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${String(link.status)} ${link.url} (linked from ${link.parent ?? "?"})`);
    if (broken.length > 0) console.error(`broken links:\n${broken.join("\n")}`);
    expect(broken).toEqual([]);
    // A crawl that stopped at the home page would pass vacuously.
    expect(checked.filter((link) => link.url.includes("/articles/")).length).toBeGreaterThan(0);
    expect(checked.some((link) => link.url.includes("/_astro/"))).toBe(true);
    expect(checked.some((link) => link.url.includes("/sources/"))).toBe(true);
    console.log(`linkinator checked ${checked.length} links, skipped ${result.links.length - checked.length}`);
  });
});
