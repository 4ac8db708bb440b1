/**
 * The search page's use of Pagefind, in one place whether it runs in the page's own Web Worker
 * (src/client/searchWorker.ts) or, where that worker cannot start, in the page itself.
 *
 * Why not Pagefind's own worker: it answers a search with every match, each with its word
 * positions (some thousands for a common word at 5,000 articles), copied to the page, then one
 * message per result's `data()`, each carrying the whole article text twice. Here the match
 * list stays where Pagefind built it, and only what a result card shows crosses over: title,
 * link, date, outlet and excerpt, for the results asked for.
 */

import { excerptAfterHeadline, type ExcerptSource } from "#lib/search/excerpt.ts";

/** The words of a result's excerpt. */
const EXCERPT_WORDS = 30;

/** What the page renders of one result. */
export interface ShownResult {
  readonly url: string;
  readonly title: string;
  readonly date: string | undefined;
  readonly outlet: string | undefined;
  readonly excerpt: string;
}

export interface SearchRequest {
  /** The trimmed query, "" for a search by filters alone. */
  readonly query: string;
  readonly filters: Record<string, string[]>;
  readonly newest: boolean;
}

/** Filter name → value → number of articles. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The calls the page makes, the same in the worker and in the page. */
export interface SearchEngine {
  /** Runs a search and keeps its results for `results`; resolves to how many there are. */
  search(request: SearchRequest): Promise<number>;
  /**
   * Results `from` … `from + count` of the latest search, handed to `each` in rank order,
   * each as soon as it and those above it have loaded (their fragments are all requested at once).
   */
  results(from: number, count: number, each: (result: ShownResult) => void): Promise<void>;
  /** Fetches the index chunks a query will need. */
  preload(query: string): Promise<void>;
  /**
   * Pays once, while the page idles, what a fresh engine's first search pays besides its own
   * work: WebAssembly compiled function by function on first call, the first `Intl.Segmenter`.
   * Fetches nothing and leaves the latest search's results as they were.
   */
  warm(): Promise<void>;
  filters(): Promise<FilterCounts>;
}

/** One call of a `SearchEngine` as data, so it can cross to the worker and back. */
export type EngineCall =
  | { readonly method: "search"; readonly args: [request: SearchRequest] }
  | { readonly method: "results"; readonly args: [from: number, count: number] }
  | { readonly method: "preload"; readonly args: [query: string] }
  | { readonly method: "warm"; readonly args: [] }
  | { readonly method: "filters"; readonly args: [] };

/** Runs `call` on `engine`; `each` gets a `results` call's results. The worker and the page's fallback both answer this way. */
export function callEngine(
  engine: SearchEngine,
  call: EngineCall,
  each: (result: ShownResult) => void = () => {},
): Promise<unknown> {
  switch (call.method) {
    case "search":
      return engine.search(call.args[0]);
    case "results":
      return engine.results(call.args[0], call.args[1], each);
    case "preload":
      return engine.preload(call.args[0]);
    case "warm":
      return engine.warm();
    case "filters":
      return engine.filters();
  }
}

interface PagefindResultData extends ExcerptSource {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (query: string) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (query: string | null, options?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
}

/** The card's fields of a loaded result; its excerpt does not repeat the title above it. */
export function shownResult(data: PagefindResultData): ShownResult {
  const title = data.meta["title"];
  return {
    url: data.url,
    title: title ?? data.url,
    date: data.meta["date"],
    outlet: data.filters["outlet"]?.[0],
    excerpt: title === undefined ? data.excerpt : excerptAfterHeadline(data, title, EXCERPT_WORDS),
  };
}

/**
 * Pagefind from `bundleUrl` (its `pagefind.js`). In a worker Pagefind finds no `window` and
 * runs in the thread it was loaded in, which is the point: no second worker.
 */
export function pagefindEngine(bundleUrl: string): SearchEngine {
  const loaded = (async () => {
    const bundle = new URL(bundleUrl, location.href);
    const pagefind = (await import(/* @vite-ignore */ bundle.href)) as Pagefind;
    // Result links as the page's own Pagefind gives them, site-relative: outside a page
    // Pagefind would keep the origin it was loaded from in every result's URL.
    await pagefind.options({ excerptLength: EXCERPT_WORDS, baseUrl: new URL("../", bundle).pathname });
    await pagefind.init();
    return pagefind;
  })();
  let latest: Promise<PagefindResult[]> = Promise.resolve([]);
  return {
    async search({ query, filters, newest }) {
      latest = loaded
        .then((pagefind) => pagefind.search(query || null, { filters, ...(newest ? { sort: { date: "desc" } } : {}) }))
        .then((search) => search?.results ?? []);
      return (await latest).length;
    },
    async results(from, count, each) {
      const wanted = (await latest).slice(from, from + count).map((result) => result.data());
      for (const data of wanted) each(shownResult(await data));
    },
    async preload(query) {
      await (await loaded).preload(query);
    },
    async warm() {
      // No word and no filter: Pagefind needs no index or filter chunk for it, yet it runs the
      // query's normalising and the WebAssembly search and result list that a word's search runs.
      await (await loaded).search(null);
    },
    async filters() {
      return (await loaded).filters();
    },
  };
}
