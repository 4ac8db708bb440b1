/**
 * What a reader waits for and downloads when searching: opens the search page with a query in
 * a fresh, cache-less Chromium page and reports the milliseconds from navigation start to the
 * first rendered result, and every byte that crossed the network (compressed sizes as sent).
 */
import type { Browser } from "playwright-core";

export interface SearchTiming {
  /** Navigation start to the first result in the list. */
  readonly firstResultsMs: number;
  /** Bytes transferred for the page, its assets, and the Pagefind index chunks it fetched. */
  readonly bytes: number;
  readonly results: number;
  readonly requests: number;
}

export async function timeSearch(browser: Browser, searchUrl: string): Promise<SearchTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  // Playwright reports the page's and its workers' requests (Pagefind fetches from a worker).
  const sizes: Promise<number>[] = [];
  const urls: string[] = [];
  context.on("requestfinished", (request) => {
    urls.push(request.url());
    sizes.push(request.sizes().then((size) => size.responseHeadersSize + size.responseBodySize));
  });
  // Records the moment the first result is inserted, in the page itself, without polling delay.
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (document.querySelector(".search-results li")) {
        (window as unknown as { firstResultsAt: number }).firstResultsAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  try {
    await page.goto(searchUrl);
    await page.locator(".search-results li").first().waitFor({ timeout: 30_000 });
    const firstResultsMs = await page.evaluate(() => (window as unknown as { firstResultsAt: number }).firstResultsAt);
    // Let the in-flight fragment requests for the rendered results finish, so they are counted.
    await page.waitForLoadState("networkidle");
    const results = await page.locator(".search-results li").count();
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    return { firstResultsMs, bytes, results, requests: urls.length };
  } finally {
    await context.close();
  }
}
