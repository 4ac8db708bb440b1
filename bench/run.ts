/**
 * `npm run bench -- --articles N [--baseline] [--incremental] [--search] [--runs R] [--seed S] [--keep]`
 * (`--help` lists the options).
 *
 * Generates a synthetic corpus of N raw articles (bench/corpus.ts) in a temporary
 * copy of the site, then builds it stage by stage, each stage its own process, R times
 * (default 3), and prints progress on stderr and one JSON object as its last stdout line:
 * median seconds per stage, peak memory per stage, dist and index size, page weights by page
 * type. With --baseline it also builds the same articles with a bare Astro + Pagefind site
 * (bench/baselineSite.ts) and reports overhead = full total / baseline total, and
 * builds that bare site again with the project's Markdown pipeline (pipelineOverhead). With
 * --incremental, after the cold builds and keeping every cache they left, it adds one article
 * (ingest of that source, then Astro and Pagefind) and then edits one (Astro and Pagefind) and
 * reports each rebuild's seconds and its ratio to the cold build of the same run. With
 * --search it serves the built site (gzip, as static hosts do) and times a search for a common
 * term in headless Chromium, cold cache, median of 5, both as a search link opened cold and as
 * a word typed on the search page: first results and bytes fetched (bench/searchTiming.ts),
 * on the site's search page and on a bare page with Pagefind's default UI, interleaved.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser } from "#scripts/support/browser.ts";
import { BASELINE_FILES, baselineConfig } from "./baselineSite.ts";
import { copySite, linkNodeModules } from "#scripts/support/siteCopy.ts";
import { generateCorpus } from "./corpus.ts";
import { measure, type Measured } from "./measure.ts";
import { pageWeight, summarise } from "./pageBytes.ts";
import { pageKeyChanges, readKeyManifest } from "./pageKeyChanges.ts";
import {
  BARE_SEARCH,
  SITE_SEARCH,
  timeSearch,
  timeTypedSearch,
  writeBareSearchPage,
  type SearchTiming,
} from "./searchTiming.ts";
import { median, round } from "./stats.ts";
import { readVocabulary } from "./vocabulary.ts";
import { childEnv } from "#scripts/support/childEnv.ts";
import { serveStatic } from "#scripts/support/staticServer.ts";

const root = resolve(import.meta.dirname, "..");
const bin = (name: string) => join(root, "node_modules/.bin", name);
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

const USAGE = `usage: npm run bench -- --articles N [options]

  --articles N     how many synthetic articles to generate and build (required)
  --runs R         cold builds to take the median of (default 3)
  --seed S         corpus seed (default 1)
  --baseline       also build a bare Astro + Pagefind site on the same articles, and the bare
                   site with this project's Markdown pipeline: overhead, pipelineOverhead
  --incremental    after the cold builds, add one article and rebuild, then edit one and
                   rebuild, caches kept: seconds and ratio to the cold build
  --search         time a cold search link and a typed search on the site's search page and on
                   a bare Pagefind UI page over the same index, interleaved
  --term WORD      the word searched for (default "cartels")
  --keep           keep the temporary site (its path is printed)
  --help           this text
`;

const { values } = parseArgs({
  options: {
    articles: { type: "string" },
    baseline: { type: "boolean", default: false },
    incremental: { type: "boolean", default: false },
    search: { type: "boolean", default: false },
    term: { type: "string", default: "cartels" },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const count = Number(values.articles);
const runs = Number(values.runs);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
  process.stderr.write(USAGE);
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
  log(
    `${name}: ${result.seconds.toFixed(1)} s (${result.cpuSeconds.toFixed(1)} CPU s), peak ${result.peakMiB.toFixed(0)} MiB`,
  );
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

  /** Astro then Pagefind on the site as it stands, caches and all: the two build stages. */
  const keyManifest = join(full, "node_modules/.astro/incremental-build.json");
  const buildStages = async (label: string) => {
    const before = readKeyManifest(keyManifest);
    const astro = await stage(`${label}astro`, bin("astro"), ["build"], full, { SKIP_PAGEFIND: "1" });
    const pages = pageKeyChanges(before, readKeyManifest(keyManifest));
    if (label) log(`${label}pages: ${pages.rendered} rendered, ${pages.reused} reused`);
    const pagefind = await stage(
      `${label}pagefind`,
      bin("pagefind"),
      ["--site", "dist", "--force-language", "en", "--glob", "articles/*/index.html"],
      full,
    );
    return { astro, pagefind, pages };
  };
  /** Ingest of the given sources (all of them when none are given). */
  const ingestStage = (label: string, sources: readonly string[] = []) =>
    stage(
      `${label}ingest`,
      process.execPath,
      [join(root, "scripts/ingest.ts"), "--content", join(full, "content"), ...sources],
      full,
    );

  const stages = { ingest: [] as Measured[], astro: [] as Measured[], pagefind: [] as Measured[] };
  const totals: number[] = [];
  const cpuTotals: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    log(`run ${run} of ${runs}`);
    fresh(full, ["content/articles", "content/reports", "dist", ".astro", "node_modules/.astro"]);
    const ingest = await ingestStage("");
    const { astro, pagefind } = await buildStages("");
    stages.ingest.push(ingest);
    stages.astro.push(astro);
    stages.pagefind.push(pagefind);
    totals.push(ingest.seconds + astro.seconds + pagefind.seconds);
    cpuTotals.push(ingest.cpuSeconds + astro.cpuSeconds + pagefind.cpuSeconds);
  }
  const dist = join(full, "dist");
  const seconds = {
    ingest: round(median(stages.ingest.map((m) => m.seconds))),
    astro: round(median(stages.astro.map((m) => m.seconds))),
    pagefind: round(median(stages.pagefind.map((m) => m.seconds))),
    total: round(median(totals)),
  };
  // CPU seconds (user + system) per stage: steadier than wall time on a shared machine.
  const cpuSeconds = {
    ingest: round(median(stages.ingest.map((m) => m.cpuSeconds))),
    astro: round(median(stages.astro.map((m) => m.cpuSeconds))),
    pagefind: round(median(stages.pagefind.map((m) => m.cpuSeconds))),
    total: round(median(cpuTotals)),
  };
  const result: Record<string, unknown> = {
    articles: count,
    runs,
    seconds,
    cpuSeconds,
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
    writeBareSearchPage(dist);
    const server = await serveStatic(dist, "/", { gzip: true });
    const browser = await launchBrowser();
    try {
      const summary = (timings: SearchTiming[]) => ({
        results: timings[0]?.results ?? 0,
        firstResultsMs: round(median(timings.map((t) => t.firstResultsMs)), 0),
        bytes: round(median(timings.map((t) => t.bytes)), 0),
      });
      const pages = [SITE_SEARCH, BARE_SEARCH];
      const timings = pages.map(() => ({ link: [] as SearchTiming[], typed: [] as SearchTiming[] }));
      // Interleaved, page by page within each round, so a machine that slows down weighs on both alike.
      for (let run = 0; run < 5; run += 1) {
        for (const [index, target] of pages.entries()) {
          timings[index]?.link.push(await timeSearch(browser, server.url, target, values.term));
        }
        for (const [index, target] of pages.entries()) {
          timings[index]?.typed.push(await timeTypedSearch(browser, server.url, target, values.term));
        }
      }
      const [site, bare] = timings.map(({ link, typed }, index) => {
        const name = pages[index]?.name ?? "";
        const ms = (list: SearchTiming[]) => list.map((t) => `${t.firstResultsMs.toFixed(0)} ms`).join(", ");
        log(`search link "${values.term}" (${name}): ${ms(link)}`);
        log(`search typed "${values.term}" (${name}): ${ms(typed)}`);
        return { link: summary(link), typed: summary(typed) };
      });
      if (site && bare) {
        result["search"] = {
          term: values.term,
          ...site,
          bare,
          // The site's page against Pagefind's default UI on the same index.
          linkRatio: round(site.link.firstResultsMs / bare.link.firstResultsMs, 2),
          typedRatio: round(site.typed.firstResultsMs / bare.typed.firstResultsMs, 2),
        };
      }
    } finally {
      await browser.close();
      await server.close();
      rmSync(join(dist, BARE_SEARCH.path), { recursive: true, force: true });
    }
  }

  if (values.incremental) {
    // The article the corpus would have had next (the generator is prefix-stable), as its source.
    const added = generateCorpus(count + 1, readVocabulary(root), Number(values.seed))[count];
    if (!added) throw new Error("the corpus generator gave no extra article");
    const source = join(full, "content/sources", added.name);
    writeFileSync(source, added.text);
    log(`incremental: adding ${added.name}`);
    const addIngest = await ingestStage("added: ", [source]);
    const add = await buildStages("added: ");
    // An editor's edit: one more sentence at the end of the first article's body.
    const articles = join(full, "content/articles");
    const edited = readdirSync(articles)
      .filter((name) => name.endsWith(".md"))
      .sort()[0];
    if (!edited) throw new Error("no article to edit");
    const text = readFileSync(join(articles, edited), "utf8");
    writeFileSync(join(articles, edited), `${text.trimEnd()}\n\nAn editor added this sentence to the article.\n`);
    log(`incremental: editing ${edited}`);
    const edit = await buildStages("edited: ");
    const addedSeconds = addIngest.seconds + add.astro.seconds + add.pagefind.seconds;
    const editedSeconds = edit.astro.seconds + edit.pagefind.seconds;
    const addedCpu = addIngest.cpuSeconds + add.astro.cpuSeconds + add.pagefind.cpuSeconds;
    const editedCpu = edit.astro.cpuSeconds + edit.pagefind.cpuSeconds;
    const incremental = {
      cold: seconds.total,
      added: round(addedSeconds),
      edited: round(editedSeconds),
      addedRatio: round(addedSeconds / seconds.total, 3),
      editedRatio: round(editedSeconds / seconds.total, 3),
      // The same in CPU seconds, against the cold build's CPU seconds.
      cpu: {
        cold: cpuSeconds.total,
        added: round(addedCpu),
        edited: round(editedCpu),
        addedRatio: round(addedCpu / cpuSeconds.total, 3),
        editedRatio: round(editedCpu / cpuSeconds.total, 3),
      },
      stages: {
        added: {
          ingest: round(addIngest.seconds),
          astro: round(add.astro.seconds),
          pagefind: round(add.pagefind.seconds),
        },
        edited: { astro: round(edit.astro.seconds), pagefind: round(edit.pagefind.seconds) },
      },
      // Keyed pages rendered again and reused (bench/pageKeyChanges.ts).
      pages: { added: add.pages, edited: edit.pages },
      peakMiB: {
        added: round(Math.max(addIngest.peakMiB, add.astro.peakMiB, add.pagefind.peakMiB), 0),
        edited: round(Math.max(edit.astro.peakMiB, edit.pagefind.peakMiB), 0),
      },
    };
    log(
      `incremental: cold ${incremental.cold} s; one article added ${incremental.added} s (${incremental.addedRatio}x); ` +
        `one edited ${incremental.edited} s (${incremental.editedRatio}x); in CPU seconds ` +
        `${incremental.cpu.addedRatio}x and ${incremental.cpu.editedRatio}x`,
    );
    result["incremental"] = incremental;
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
      return { name, dir, totals: [] as number[], astro: [] as Measured[], pagefind: [] as Measured[] };
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
        variant.astro.push(astro);
        variant.pagefind.push(pagefind);
      }
    }
    const bareTotal = median(bare.totals);
    const pipedTotal = median(piped.totals);
    /** A bare variant's median seconds and peak memory per stage (ingest is the site's). */
    const figures = (variant: typeof bare) => ({
      seconds: {
        ingest: seconds.ingest,
        astro: round(median(variant.astro.map((m) => m.seconds))),
        pagefind: round(median(variant.pagefind.map((m) => m.seconds))),
        total: round(median(variant.totals)),
      },
      peakMiB: {
        astro: round(Math.max(...variant.astro.map((m) => m.peakMiB)), 0),
        pagefind: round(Math.max(...variant.pagefind.map((m) => m.peakMiB)), 0),
      },
    });
    result["baseline"] = { ...figures(bare), withPipeline: figures(piped) };
    result["overhead"] = round(seconds.total / bareTotal, 3);
    // The part of the overhead that rendering through remark and rehype alone accounts for.
    result["pipelineOverhead"] = round(pipedTotal / bareTotal, 3);
    log(
      `overhead ${String(result["overhead"])}x (site ${seconds.total} s, bare ${round(bareTotal)} s); ` +
        `pipelineOverhead ${String(result["pipelineOverhead"])}x (${round(pipedTotal)} s)`,
    );
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  if (values.keep) log(`kept ${work}`);
  else site.remove();
}
