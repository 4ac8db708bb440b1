/**
 * Body extraction scored on an external benchmark of real news pages with hand-checked article
 * bodies, in the layout of the public article-extraction-benchmark (`ground-truth.json` mapping
 * an id to `{ articleBody, url }`, and `html/<id>.html.gz`). Third-party data: read by path,
 * never copied in. Each page is ingested twice, as the saved HTML page and as a plain-text
 * page extraction of it (pageText.ts), so the same known body measures both routes.
 *
 * The pages are split by id, not by choice: an id whose first hex digit is 0–7 is `dev`, the
 * rest `test`; tune on `dev` only. A page of the test half that someone has read to write a `dev`
 * gold case is no longer unseen, so it counts as `dev` (`readForDev`).
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parsePage } from "#lib/html/parsePage.ts";
import { pageMeta } from "#lib/html/pageMeta.ts";
import { normalizeSource } from "#lib/ingest/normalizeSource.ts";
import { groundTruthOf, readInput } from "./benchmarkCase.ts";
import { bodyText } from "./bodyText.ts";
import { normalizeText } from "./compare.ts";
import { parseGold, type Gold } from "./gold.ts";
import { pageText } from "#lib/html/pageText.ts";
import { scoreBody, type BodyScore } from "./shingles.ts";

export type BenchmarkForm = "html" | "text";

export interface BenchmarkPage {
  readonly id: string;
  readonly url: string;
  readonly split: Gold["split"];
  readonly html: string;
  readonly body: string;
}

export interface BenchmarkResult {
  readonly id: string;
  readonly url: string;
  readonly split: Gold["split"];
  readonly form: BenchmarkForm;
  /** Ingest's refusal, when it refused the page. */
  readonly refused?: string;
  readonly title?: string;
  /** Whether the title ingest chose is one the page declares; absent when it declares none. */
  readonly titleRight?: boolean;
  /** The date ingest chose against the page's declared date, when the page declares one. */
  readonly date?: "right" | "wrong" | "none";
  readonly score: BodyScore;
}

/** What the page itself declares: its headlines (JSON-LD, og:, twitter:, microdata, `<h1>`) and date. */
export interface Declared {
  readonly headlines: readonly string[];
  readonly published?: string;
}

/** Case, spacing and quotation-mark style do not make two headlines differ. */
const headlineKey = (title: string): string => normalizeText(title.normalize("NFKC")).toLowerCase();

/** The page's declared headlines and date; the `<title>` element is left out, as it often carries the site's name. */
export function declaredOf(html: string): Declared {
  const document = parsePage(html);
  const meta = pageMeta(document);
  const h1 = [...document.querySelectorAll("h1")].map((h) => h.textContent.replace(/\s+/gu, " ").trim());
  const headlines = [...(meta.titles ?? []).filter((t) => t !== meta.documentTitle), ...h1].filter((t) => t !== "");
  return {
    headlines: [...new Set(headlines.map(headlineKey))],
    ...(meta.published ? { published: meta.published } : {}),
  };
}

/**
 * The split an id falls in: fixed by its first hex digit, so nobody picks the held-out pages; a
 * page in `readForDev` (read to write a dev case) is dev whatever its id.
 */
export const splitOf = (id: string, readForDev: ReadonlySet<string> = new Set()): Gold["split"] =>
  Number.parseInt(id.slice(0, 1), 16) < 8 || readForDev.has(id) ? "dev" : "test";

/** The page ids (`html/<id>.html.gz`) that the `dev` gold cases under `casesDir` were written from. */
export async function devCaseIds(casesDir: string): Promise<Set<string>> {
  const ids = new Set<string>();
  if (!existsSync(casesDir)) return ids;
  for (const entry of await readdir(casesDir, { withFileTypes: true })) {
    const file = join(casesDir, entry.name, "gold.yaml");
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const gold = parseGold(await readFile(file, "utf8"), file);
    const id = /(?:^|\/)html\/([0-9a-f]+)\.html(?:\.gz)?$/u.exec(gold.input)?.[1];
    if (gold.split === "dev" && id !== undefined) ids.add(id);
  }
  return ids;
}

/**
 * Every page of the benchmark folder that has a body to score against (a saved page exported
 * with none is for gold cases only); throws naming the file when the layout is not there.
 */
export async function loadBenchmark(
  dir: string,
  readForDev: ReadonlySet<string> = new Set(),
): Promise<BenchmarkPage[]> {
  const truth = await groundTruthOf(dir);
  if (truth === undefined)
    throw new Error(`${join(dir, "ground-truth.json")}: not found; expected the benchmark's ground-truth.json`);
  const pages: BenchmarkPage[] = [];
  for (const [id, entry] of Object.entries(truth).sort(([a], [b]) => a.localeCompare(b))) {
    if (entry?.articleBody === undefined) continue;
    const file = join(dir, "html", `${id}.html.gz`);
    if (!existsSync(file)) throw new Error(`${file}: not found; ground-truth.json lists ${id}`);
    const html = new TextDecoder("utf-8").decode(await readInput(file));
    pages.push({ id, url: entry.url ?? "", split: splitOf(id, readForDev), html, body: entry.articleBody });
  }
  return pages;
}

/** One page ingested in one form and its body scored against the benchmark's. */
export function scorePage(page: BenchmarkPage, form: BenchmarkForm, declared = declaredOf(page.html)): BenchmarkResult {
  const raw = form === "html" ? page.html : pageText(page.html);
  const result = normalizeSource(raw, { fileName: `${page.id}.${form === "html" ? "html" : "txt"}` });
  const base = { id: page.id, url: page.url, split: page.split, form };
  if (!result.ok) return { ...base, refused: result.error.code, score: { precision: 0, recall: 0, f1: 0 } };
  const { title, published } = result.frontmatter;
  return {
    ...base,
    title,
    ...(declared.headlines.length > 0 ? { titleRight: declared.headlines.includes(headlineKey(title)) } : {}),
    ...(declared.published === undefined
      ? {}
      : { date: published === undefined ? "none" : published === declared.published ? "right" : "wrong" }),
    score: scoreBody(bodyText(result.body), page.body),
  };
}

export interface BenchmarkSummary {
  readonly pages: number;
  readonly refused: number;
  /** Means over pages (a refused page scores 0), as the public benchmark averages. */
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Pages whose chosen title is a declared headline, of the pages that declare one. */
  readonly titles: { readonly right: number; readonly of: number };
  /** Of the pages that declare a date: the same date found, a different one, none. */
  readonly dates: { readonly right: number; readonly wrong: number; readonly none: number };
}

export function summarizeBenchmark(results: readonly BenchmarkResult[]): BenchmarkSummary {
  const n = results.length;
  const mean = (pick: (s: BodyScore) => number) =>
    n === 0 ? 0 : results.reduce((sum, r) => sum + pick(r.score), 0) / n;
  const precision = mean((s) => s.precision);
  const recall = mean((s) => s.recall);
  return {
    pages: n,
    refused: results.filter((r) => r.refused !== undefined).length,
    precision,
    recall,
    f1: mean((s) => s.f1),
    titles: {
      right: results.filter((r) => r.titleRight === true).length,
      of: results.filter((r) => r.titleRight !== undefined).length,
    },
    dates: {
      right: results.filter((r) => r.date === "right").length,
      wrong: results.filter((r) => r.date === "wrong").length,
      none: results.filter((r) => r.date === "none").length,
    },
  };
}
