/**
 * Smoke test of `npm run bench` at a small N: the script runs end to end and prints its JSON
 * with every figure present. No timing is asserted (timings are for the benchmark to print,
 * not for tests to judge). The kept build also shows pagination at work once a corpus is
 * larger than the five real articles.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_SIZE } from "#lib/views/paging.ts";
import { childEnv } from "#scripts/support/childEnv.ts";

const ROOT = resolve(import.meta.dirname, "..");

type Weights = { pages: number; scripts: number };
interface BenchFigures {
  articles: number;
  seconds: Record<string, number>;
  peakMiB: Record<string, number>;
  distBytes: number;
  indexBytes: number;
  pageBytes: Record<string, Weights>;
  baseline: BareFigures & { withPipeline: BareFigures };
  overhead: number;
  pipelineOverhead: number;
  search: SearchFigures & { bare: SearchFigures; linkRatio: number; typedRatio: number };
}
type BareFigures = { seconds: Record<string, number>; peakMiB: Record<string, number> };
type SearchFigures = Record<"link" | "typed", { results: number; firstResultsMs: number; bytes: number }>;

describe("npm run bench", () => {
  it("builds a synthetic corpus and reports every figure as one JSON line", { timeout: 300_000 }, () => {
    const env = childEnv(ROOT);
    const result = spawnSync(
      join(ROOT, "node_modules/.bin/node"),
      [join(ROOT, "bench/run.ts"), "--articles", "80", "--runs", "1", "--baseline", "--search", "--keep"],
      { cwd: ROOT, env, encoding: "utf8" },
    );
    expect(result.status, result.stderr.slice(-3000)).toBe(0);
    const kept = /kept (\S+)/.exec(result.stderr)?.[1];
    try {
      const last = result.stdout.trim().split("\n").pop() ?? "";
      const figures = JSON.parse(last) as BenchFigures;
      expect(figures.articles).toBe(80);
      for (const stage of ["ingest", "astro", "pagefind", "total"])
        expect(figures["seconds"][stage]).toBeGreaterThan(0);
      for (const stage of ["ingest", "astro", "pagefind"]) expect(figures["peakMiB"][stage]).toBeGreaterThan(0);
      expect(figures["distBytes"]).toBeGreaterThan(figures["indexBytes"]);
      expect(figures.pageBytes["article"]?.pages).toBe(80);
      for (const type of ["article", "topic", "entity"]) expect(figures.pageBytes[type]?.scripts).toBe(0);
      for (const bare of [figures.baseline, figures.baseline.withPipeline]) {
        for (const stage of ["astro", "pagefind", "total"]) expect(bare.seconds[stage]).toBeGreaterThan(0);
        for (const stage of ["astro", "pagefind"]) expect(bare.peakMiB[stage]).toBeGreaterThan(0);
      }
      expect(figures["overhead"]).toBeGreaterThan(0);
      expect(figures.pipelineOverhead).toBeGreaterThan(0);
      // The default term finds the same results both ways a search is timed, on the site's page;
      // Pagefind's own UI over the same index finds some too (it shows fewer at a time).
      expect(figures.search.link.results).toBeGreaterThan(0);
      expect(figures.search.typed.results).toBe(figures.search.link.results);
      expect(figures.search.bare.link.results).toBeGreaterThan(0);
      expect(figures.search.bare.typed.results).toBe(figures.search.bare.link.results);
      for (const page of [figures.search, figures.search.bare]) {
        for (const way of ["link", "typed"] as const) {
          expect(page[way].firstResultsMs).toBeGreaterThan(0);
          expect(page[way].bytes).toBeGreaterThan(0);
        }
      }
      expect(figures.search.linkRatio).toBeGreaterThan(0);
      expect(figures.search.typedRatio).toBeGreaterThan(0);

      // 80 articles hold more quotes than one page shows (50): the list is paged by period (a
      // month, a year or a decade), and its first page links on to a period's page that exists.
      expect(kept).toBeDefined();
      const dist = join(kept ?? "", "site/dist");
      const nextOf = (html: string) => /<a href="([^"]+)" rel="next"/.exec(html)?.[1];
      const quotesNext = nextOf(readFileSync(join(dist, "quotes/index.html"), "utf8"));
      expect(quotesNext).toMatch(/^\/quotes\/\d{4}(?:-\d{2}|s)?\/(?:\d+\/)?$/);
      expect(existsSync(join(dist, quotesNext ?? "", "index.html"))).toBe(true);

      // Entities named in more articles than one page holds: following "next" from the first
      // page reaches every page of theirs once, each carries the pager once (not once per
      // article), and together they list each of the entity's articles once.
      const entities = readdirSync(join(dist, "entities"), { withFileTypes: true }).filter(
        (entry) => entry.isDirectory() && readdirSync(join(dist, "entities", entry.name)).length > 1,
      );
      expect(entities.length, "no entity page is paged at 80 articles").toBeGreaterThan(0);
      for (const { name } of entities) {
        const first = readFileSync(join(dist, "entities", name, "index.html"), "utf8");
        const stated = Number(/mentions? in (\d+) articles?/.exec(first)?.[1]);
        const pages = [first];
        for (let next = nextOf(first); next !== undefined; next = nextOf(pages.at(-1) ?? "")) {
          expect(next.startsWith(`/entities/${name}/`), next).toBe(true);
          pages.push(readFileSync(join(dist, next, "index.html"), "utf8"));
        }
        const written = readdirSync(join(dist, "entities", name), { recursive: true }).filter((file) =>
          String(file).endsWith("index.html"),
        );
        expect(pages.length, name).toBe(written.length);
        expect(pages.length, name).toBeGreaterThan(1);
        const groups = pages.map((html) => html.match(/class="mention-group"/g)?.length ?? 0);
        for (const html of pages) expect(html.match(/<nav class="pager"/g), name).toHaveLength(1);
        for (const count of groups) expect(count, name).toBeLessThanOrEqual(PAGE_SIZE.entityArticles);
        const listed = groups.reduce((sum, count) => sum + count, 0);
        expect(listed, name).toBe(stated);
      }
    } finally {
      if (kept) rmSync(dirname(join(kept, "site")), { recursive: true, force: true });
    }
  });
});
