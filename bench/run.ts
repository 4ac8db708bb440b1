/**
 * `npm run bench -- --articles N [--baseline] [--search] [--runs R] [--seed S] [--keep]`
 *
 * Generates a synthetic corpus of N raw articles (bench/corpus.ts) in a temporary
 * copy of the site, then builds it stage by stage, each stage its own process, R times
 * (default 3), and prints progress on stderr and one JSON object as its last stdout line:
 * median seconds per stage, peak memory per stage, dist and index size, page weights by page
 * type. With --baseline it also builds the same articles with a bare Astro + Pagefind site
 * (bench/baselineSite.ts) and reports overhead = full total / baseline total, and
 * builds that bare site again with the project's Markdown pipeline (pipelineOverhead). With
 * --search it serves the built site (gzip, as static hosts do) and times a search for a common
 * term in headless Chromium, cold cache, median of 5, both as a search link opened cold and as
 * a word typed on the search page: first results and bytes fetched (bench/searchTiming.ts).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser } from "../scripts/support/browser.ts";
import { BASELINE_FILES, baselineConfig } from "./baselineSite.ts";
import { copySite, linkNodeModules } from "../scripts/support/siteCopy.ts";
import { generateCorpus } from "./corpus.ts";
import { measure, type Measured } from "./measure.ts";
import { pageWeight, summarise } from "./pageBytes.ts";
import { timeSearch, timeTypedSearch, type SearchTiming } from "./searchTiming.ts";
import { median, round } from "./stats.ts";
import { readVocabulary } from "./vocabulary.ts";
import { childEnv } from "../scripts/support/childEnv.ts";
import { serveStatic } from "../scripts/support/staticServer.ts";

const root = resolve(import.meta.dirname, "..");
const bin = (name: string) => join(root, "node_modules/.bin", name);
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

const { values } = parseArgs({
  options: {
    articles: { type: "string" },
    baseline: { type: "boolean", default: false },
    search: { type: "boolean", default: false },
    term: { type: "string", default: "cartels" },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    keep: { type: "boolean", default: false },
  },
});
const count = Number(values.articles);
const runs = Number(values.runs);
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write(
    "usage: npm run bench -- --articles N [--baseline] [--search [--term WORD]] [--runs R] [--seed S] [--keep]\n",
  );
  process.exit(2);
}

function du(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + du(join(path, name)), 0);
}

function fresh(site: string, paths: readonly string[]) {
  for (const path of paths) rmSync(join(site, path), { recursive: true, force: true });
}

async function stage(
  name: string,
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<Measured> {
  // The tools' shebangs ask PATH for `node`: childEnv puts the project's pinned Node first.
  const result = await measure(command, args, { cwd, env: childEnv(root, env) });
  if (result.exitCode !== 0) {
    process.stderr.write(`${result.tail}\n`);
    throw new Error(`${name} failed with exit code ${result.exitCode}`);
  }
  log(`${name}: ${result.seconds.toFixed(1)} s, peak ${result.peakMiB.toFixed(0)} MiB`);
  return result;
}

/** Weights of the built pages matching `dir/<name>/index.html` under dist. */
function weights(dist: string, dir: string) {
  const folder = join(dist, dir);
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => statSync(join(folder, name)).isDirectory());
  } catch {
    return summarise([]);
  }
  return summarise(
    names.flatMap((name) => {
      try {
        return [pageWeight(readFileSync(join(folder, name, "index.html"), "utf8"), dist)];
      } catch {
        return [];
      }
    }),
  );
}

const site = copySite(root, ["topics", "entities", "corrections"], "msd-bench-");
const work = dirname(site.root);
const full = site.root;
try {
  mkdirSync(join(full, "content/sources"), { recursive: true });
  const corpus = generateCorpus(count, readVocabulary(root), Number(values.seed));
  for (const article of corpus) writeFileSync(join(full, "content/sources", article.name), article.text);
  log(`${count} raw articles in ${full}`);

  const stages = { ingest: [] as Measured[], astro: [] as Measured[], pagefind: [] as Measured[] };
  const totals: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    log(`run ${run} of ${runs}`);
    fresh(full, ["content/articles", "content/reports", "dist", ".astro", "node_modules/.astro"]);
    const ingest = await stage(
      "ingest",
      process.execPath,
      [join(root, "scripts/ingest.ts"), "--content", join(full, "content")],
      full,
    );
    const astro = await stage("astro", bin("astro"), ["build"], full, { SKIP_PAGEFIND: "1" });
    const pagefind = await stage(
      "pagefind",
      bin("pagefind"),
      ["--site", "dist", "--force-language", "en", "--glob", "articles/*/index.html"],
      full,
    );
    stages.ingest.push(ingest);
    stages.astro.push(astro);
    stages.pagefind.push(pagefind);
    totals.push(ingest.seconds + astro.seconds + pagefind.seconds);
  }
  const dist = join(full, "dist");
  const seconds = {
    ingest: round(median(stages.ingest.map((m) => m.seconds))),
    astro: round(median(stages.astro.map((m) => m.seconds))),
    pagefind: round(median(stages.pagefind.map((m) => m.seconds))),
    total: round(median(totals)),
  };
  const result: Record<string, unknown> = {
    articles: count,
    runs,
    seconds,
    secondsPerArticle: round(seconds.total / count, 5),
    peakMiB: {
      ingest: round(Math.max(...stages.ingest.map((m) => m.peakMiB)), 0),
      astro: round(Math.max(...stages.astro.map((m) => m.peakMiB)), 0),
      pagefind: round(Math.max(...stages.pagefind.map((m) => m.peakMiB)), 0),
    },
    distBytes: du(dist),
    indexBytes: du(join(dist, "pagefind")),
    pageBytes: {
      article: weights(dist, "articles"),
      topic: weights(dist, "topics"),
      entity: weights(dist, "entities"),
    },
  };

  if (values.search) {
    const server = await serveStatic(dist, "/", { gzip: true });
    const browser = await launchBrowser();
    try {
      const summary = (timings: SearchTiming[]) => ({
        results: timings[0]?.results ?? 0,
        firstResultsMs: round(median(timings.map((t) => t.firstResultsMs)), 0),
        bytes: round(median(timings.map((t) => t.bytes)), 0),
      });
      const link: SearchTiming[] = [];
      const typed: SearchTiming[] = [];
      for (let run = 0; run < 5; run += 1) {
        link.push(await timeSearch(browser, `${server.url}search/?q=${encodeURIComponent(values.term)}`));
        typed.push(await timeTypedSearch(browser, `${server.url}search/`, values.term));
      }
      log(`search link "${values.term}": ${link.map((t) => `${t.firstResultsMs.toFixed(0)} ms`).join(", ")}`);
      log(`search typed "${values.term}": ${typed.map((t) => `${t.firstResultsMs.toFixed(0)} ms`).join(", ")}`);
      result["search"] = { term: values.term, link: summary(link), typed: summary(typed) };
    } finally {
      await browser.close();
      await server.close();
    }
  }

  if (values.baseline) {
    /** A bare site in its own folder, with the corpus's normalized articles. */
    const bareSite = (name: string, folder: string, config: string) => {
      const dir = join(work, folder);
      for (const [path, text] of Object.entries({ ...BASELINE_FILES, "astro.config.mjs": config })) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      linkNodeModules(root, dir);
      cpSync(join(full, "content/articles"), join(dir, "content/articles"), { recursive: true });
      return { name, dir, totals: [] as number[] };
    };
    // Astro's default Markdown processor, then the project's remark/rehype pipeline.
    const bare = bareSite("baseline", "baseline", baselineConfig());
    const piped = bareSite(
      "baseline with pipeline",
      "baseline-pipeline",
      baselineConfig(join(full, "src/lib/markdown/pipeline.ts")),
    );
    for (let run = 1; run <= runs; run += 1) {
      log(`baseline run ${run} of ${runs}`);
      // Interleaved, so a machine that slows down over the runs weighs on both alike.
      for (const variant of [bare, piped]) {
        // Astro keeps rendered content in its cache folder (node_modules/.astro): without
        // clearing it, every run after the first would skip the Markdown rendering.
        fresh(variant.dir, ["dist", ".astro", "node_modules/.astro"]);
        const astro = await stage(`${variant.name}: astro`, bin("astro"), ["build"], variant.dir);
        const pagefind = await stage(
          `${variant.name}: pagefind`,
          bin("pagefind"),
          ["--site", "dist", "--force-language", "en"],
          variant.dir,
        );
        // The bare sites read markdown as is, so the same ingest time is charged to both.
        variant.totals.push((stages.ingest[run - 1]?.seconds ?? 0) + astro.seconds + pagefind.seconds);
      }
    }
    const bareTotal = median(bare.totals);
    const pipedTotal = median(piped.totals);
    result["baseline"] = {
      seconds: { total: round(bareTotal) },
      withPipeline: { seconds: { total: round(pipedTotal) } },
    };
    result["overhead"] = round(seconds.total / bareTotal, 3);
    // The part of the overhead that rendering through remark and rehype alone accounts for.
    result["pipelineOverhead"] = round(pipedTotal / bareTotal, 3);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  if (values.keep) log(`kept ${work}`);
  else site.remove();
}
