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
 *
 * Both work on the site's search page (`SITE_SEARCH`) and on a bare page with nothing but
 * Pagefind's default UI over the same index (`BARE_SEARCH`, written into the built site by
 * `writeBareSearchPage`), so the site's page can be judged against what Pagefind alone costs.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";

/** What the harness needs to know of a search page. */
export interface SearchPage {
  readonly name: string;
  /** The page's path under the site root, ending in "/". */
  readonly path: string;
  /** One rendered result. */
  readonly result: string;
  /** An element whose text matches `doneText` once the search is done and its results shown. */
  readonly status: string;
  readonly doneText: RegExp;
  /** The query field. */
  readonly input: string;
  /** How a typed query starts: on submitting the page's form, or on the input event (Pagefind's UI searches as one types). */
  readonly starts: "submit" | "input";
}

export const SITE_SEARCH: SearchPage = {
  name: "site",
  path: "search/",
  result: ".search-results li",
  status: ".search-status",
  doneText: /found$/,
  input: "#search-q",
  starts: "submit",
};

export const BARE_SEARCH: SearchPage = {
  name: "bare Pagefind UI",
  path: "bench-bare-search/",
  result: ".pagefind-ui__result",
  status: ".pagefind-ui__message",
  doneText: /results? for/,
  input: ".pagefind-ui__search-input",
  starts: "input",
};

/**
 * Writes the bare search page into a built site (`dist`, Pagefind's bundle at `pagefind/`):
 * Pagefind's default UI as its documentation sets it up, reading `?q=` as the site's page does.
 * Its 300 ms typing debounce is set to 0: the site's page has none, and a deliberate wait is
 * not what the comparison is about.
 */
export function writeBareSearchPage(dist: string): void {
  const folder = join(dist, BARE_SEARCH.path);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, "index.html"),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Search</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet">
<script src="/pagefind/pagefind-ui.js"></script>
</head>
<body>
<div id="search"></div>
<script>
window.addEventListener("DOMContentLoaded", () => {
  const ui = new PagefindUI({ element: "#search", debounceTimeoutMs: 0 });
  const query = new URLSearchParams(location.search).get("q");
  if (query) ui.triggerSearch(query);
});
</script>
</body>
</html>
`,
  );
}

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
async function settle(page: Page, target: SearchPage, sizes: Promise<number>[]) {
  await page.locator(target.status, { hasText: target.doneText }).waitFor({ timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  const results = await page.locator(target.result).count();
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  return { results, bytes, requests: sizes.length };
}

/** What the page logs to the console when its first result is in the list, with the time. */
const FIRST_RESULTS = "search:first-results";

/** `siteUrl` ends in "/". */
export async function timeSearch(
  browser: Browser,
  siteUrl: string,
  target: SearchPage,
  term: string,
): Promise<SearchTiming> {
  const { context, page, sizes } = await coldPage(browser);
  // The page itself notes the moment the first result is inserted and logs it. Waiting with a
  // Playwright locator instead would compile Playwright's injected script on the page's main
  // thread in the middle of the load being timed (about 20 ms in a Chromium trace).
  await page.addInitScript(
    ([label, result]) => {
      new MutationObserver((_records, observer) => {
        if (document.querySelector(result)) {
          observer.disconnect();
          // In the page, not in Node: the console message is how the page tells the harness.
          console.debug(label, performance.now());
        }
      }).observe(document, { childList: true, subtree: true });
    },
    [FIRST_RESULTS, target.result] as const,
  );
  try {
    const logged = page.waitForEvent("console", {
      predicate: (message) => message.text().startsWith(FIRST_RESULTS),
      timeout: 30_000,
    });
    await page.goto(`${siteUrl}${target.path}?q=${encodeURIComponent(term)}`, { waitUntil: "commit" });
    const firstResultsMs = Number((await logged).text().slice(FIRST_RESULTS.length));
    return { firstResultsMs, ...(await settle(page, target, sizes)) };
  } finally {
    await context.close();
  }
}

export async function timeTypedSearch(
  browser: Browser,
  siteUrl: string,
  target: SearchPage,
  term: string,
): Promise<SearchTiming> {
  const { context, page, sizes } = await coldPage(browser);
  try {
    await page.goto(`${siteUrl}${target.path}`);
    await page.waitForLoadState("networkidle");
    const firstResultsMs = await page.evaluate(
      ({ result, input, starts, term }) =>
        new Promise<number>((resolve) => {
          const field = document.querySelector<HTMLInputElement>(input);
          if (!field) throw new Error(`no ${input} on the page`);
          // As typing would: the value, then an input event (Pagefind's UI searches on it; the
          // site's page starts fetching index chunks on it), then Enter on a page with a form.
          field.value = term;
          const submitted = performance.now();
          new MutationObserver((_records, observer) => {
            if (document.querySelector(result)) {
              observer.disconnect();
              resolve(performance.now() - submitted);
            }
          }).observe(document.body, { childList: true, subtree: true });
          field.dispatchEvent(new Event("input", { bubbles: true }));
          if (starts === "submit") field.form?.requestSubmit();
        }),
      { result: target.result, input: target.input, starts: target.starts, term },
    );
    return { firstResultsMs, ...(await settle(page, target, sizes)) };
  } finally {
    await context.close();
  }
}
