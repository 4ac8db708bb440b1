/**
 * What a reader waits for and downloads when searching, measured two ways in a fresh,
 * cache-less Chromium page, with every byte that crossed the network counted (compressed
 * sizes as sent, the page's and Pagefind's requests alike):
 *
 * - `timeSearch`: a search link (`/search/?q=…`) opened cold, from navigation start to the
 *   first rendered result. The page, Pagefind's code and WebAssembly, its metadata, the index
 *   chunk for the word and the results' fragments all load in that time.
 * - `timeTypedSearch`: a reader on the search page types the word and presses Enter, from
 *   the submit to the first rendered result. Pagefind has started with the page; the index
 *   chunk and fragments still come cold.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";

export interface SearchTiming {
  /** Milliseconds to the first result in the list (from navigation start, or from the submit). */
  readonly firstResultsMs: number;
  /** Bytes transferred for the page, its assets, and the Pagefind files it fetched. */
  readonly bytes: number;
  readonly results: number;
  readonly requests: number;
}

/** A fresh page with the cache off, recording the size of every finished request. */
async function coldPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; sizes: Promise<number>[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const sizes: Promise<number>[] = [];
  context.on("requestfinished", (request) => {
    // A request that finishes as the context closes has no sizes left to read: count it as 0.
    sizes.push(
      request.sizes().then(
        (size) => size.responseHeadersSize + size.responseBodySize,
        () => 0,
      ),
    );
  });
  return { context, page, sizes };
}

/** Waits until the page reports the search done (every shown result's fragment loaded), then totals the bytes. */
async function settle(page: Page, sizes: Promise<number>[]) {
  await page.locator(".search-status", { hasText: /found$/ }).waitFor({ timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  const results = await page.locator(".search-results li").count();
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  return { results, bytes, requests: sizes.length };
}

/** What the page logs to the console when its first result is in the list, with the time. */
const FIRST_RESULTS = "search:first-results";

export async function timeSearch(browser: Browser, searchUrl: string): Promise<SearchTiming> {
  const { context, page, sizes } = await coldPage(browser);
  // The page itself notes the moment the first result is inserted and logs it. Waiting with a
  // Playwright locator instead would compile Playwright's injected script on the page's main
  // thread in the middle of the load being timed (about 20 ms in a Chromium trace).
  await page.addInitScript((label) => {
    new MutationObserver((_records, observer) => {
      if (document.querySelector(".search-results li")) {
        observer.disconnect();
        // In the page, not in Node: the console message is how the page tells the harness.
        console.debug(label, performance.now());
      }
    }).observe(document, { childList: true, subtree: true });
  }, FIRST_RESULTS);
  try {
    const logged = page.waitForEvent("console", {
      predicate: (message) => message.text().startsWith(FIRST_RESULTS),
      timeout: 30_000,
    });
    await page.goto(searchUrl, { waitUntil: "commit" });
    const firstResultsMs = Number((await logged).text().slice(FIRST_RESULTS.length));
    return { firstResultsMs, ...(await settle(page, sizes)) };
  } finally {
    await context.close();
  }
}

export async function timeTypedSearch(browser: Browser, searchPageUrl: string, term: string): Promise<SearchTiming> {
  const { context, page, sizes } = await coldPage(browser);
  try {
    await page.goto(searchPageUrl);
    await page.waitForLoadState("networkidle");
    await page.locator("#search-q").fill(term);
    const firstResultsMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const submitted = performance.now();
          new MutationObserver((_records, observer) => {
            if (document.querySelector(".search-results li")) {
              observer.disconnect();
              resolve(performance.now() - submitted);
            }
          }).observe(document.body, { childList: true, subtree: true });
          document.querySelector<HTMLFormElement>("form.search-form")?.requestSubmit();
        }),
    );
    return { firstResultsMs, ...(await settle(page, sizes)) };
  } finally {
    await context.close();
  }
}
