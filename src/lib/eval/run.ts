/**
 * Runs ingest's normalizer on every evaluation case (in memory; nothing is written) and scores
 * it. Shared by `npm run eval` and the floors test. Where things are:
 * - cases: `EVAL_CASES` or `<repo>/eval/cases` (one folder per case with gold.yaml);
 * - raw articles: `EVAL_CORPUS` or `<repo>/../shared/eval-corpus` (third-party, never copied in;
 *   a gzipped input, as the external benchmark keeps its pages, is read unzipped);
 *   a synthetic case (`synthetic: true`, written by the project) keeps its input in its own folder.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { buildEntityMatcher } from "#lib/analysis/entities.ts";
import { loadDesk } from "#lib/content/desk.ts";
import { normalizeSource } from "#lib/ingest/normalizeSource.ts";
import type { NormalizeResult } from "#lib/normalize/index.ts";
import type { ArticleFrontmatter } from "#lib/normalize/index.ts";
import { isHtmlFile } from "#lib/sources/fileName.ts";
import { decodeUtf8 } from "#lib/sources/utf8.ts";
import { parseFrontmatter } from "#lib/content/frontmatter.ts";
import { bodyText } from "./bodyText.ts";
import { parseGold, type Gold } from "./gold.ts";
import { benchmarkBody, caseFileName, readInput } from "./benchmarkCase.ts";
import { htmlReference, textReference } from "./reference.ts";
import type { QuoteScore } from "./quotes.ts";
import { quotesOfCase } from "./quotesCase.ts";
import { scoreCase, type CaseOutput, type CaseScore } from "./score.ts";

const ROOT = resolve(import.meta.dirname, "../../..");

export interface EvalPaths {
  casesDir: string;
  corpusDir: string;
}

/** The folders from the environment, else the defaults beside the checkout. */
export function evalPaths(env: NodeJS.ProcessEnv = process.env): EvalPaths {
  return {
    casesDir: resolve(env["EVAL_CASES"] ?? join(ROOT, "eval", "cases")),
    corpusDir: resolve(env["EVAL_CORPUS"] ?? join(ROOT, "..", "shared", "eval-corpus")),
  };
}

export const corpusPresent = (paths: EvalPaths): boolean => existsSync(paths.corpusDir);

/** The shipped expected text of a saved page, when its folder has a full one. */
export async function expectedText(pageDir: string): Promise<string | undefined> {
  const files = await readdir(pageDir);
  if (files.includes("expected.html")) {
    const html = await readFile(join(pageDir, "expected.html"), "utf8");
    return parseHTML(`<html><body>${html}</body></html>`).document.body.textContent;
  }
  const goose = files.find((f) => /^test_.*\.json$/.test(f));
  if (goose !== undefined) {
    const data = JSON.parse(await readFile(join(pageDir, goose), "utf8")) as { expected?: { cleaned_text?: string } };
    return data.expected?.cleaned_text;
  }
  const text = files.find((f) => f.endsWith(".txt") && f !== "PROVENANCE.txt");
  return text === undefined ? undefined : readFile(join(pageDir, text), "utf8");
}

/** The title an editor writes in the sidecar of a page that has none (what the refusal asks for). */
const SIDECAR_TITLE = "Title written by the editor";

interface Normalized {
  readonly result: NormalizeResult;
  /** The page has no headline and was run again with an editor's sidecar title. */
  readonly sidecar: boolean;
}

/**
 * Ingest's result for one raw file. A page without a headline (gold title null) is refused by
 * design, asking for a sidecar title; the case is then run again as an editor would, with one,
 * and the title the editor wrote is not scored as the page's.
 */
function normalizeCase(raw: string | undefined, fileName: string, goldTitle: string | null): Normalized | undefined {
  if (raw === undefined) return undefined;
  const first = normalizeSource(raw, { fileName });
  const sidecar = !first.ok && first.error.code === "no-title" && goldTitle === null;
  return { result: sidecar ? normalizeSource(raw, { fileName, meta: { title: SIDECAR_TITLE } }) : first, sidecar };
}

function outputOf(normalized: Normalized | undefined): CaseOutput {
  if (normalized === undefined) return { ok: false, message: "not valid UTF-8" };
  const { result, sidecar } = normalized;
  if (!result.ok) return { ok: false, message: `${result.error.message} [${result.error.code}]` };
  const fm = result.frontmatter;
  const fields = Object.fromEntries(
    (["title", "dek", "byline", "published", "outlet"] as const)
      .filter((k) => fm[k] !== undefined && !(k === "title" && sidecar))
      .map((k) => [k, fm[k] as string]),
  );
  return { ok: true, fields, body: bodyText(result.body), markdown: markdownBody(result.markdown) };
}

/** The article file's Markdown without its frontmatter. */
const markdownBody = (markdown: string): string => parseFrontmatter(markdown)?.body ?? markdown;

export interface EvalCase {
  id: string;
  gold: Gold;
  output: CaseOutput;
  score: CaseScore;
  /** Absent when ingest refused the file. */
  article?: EvalArticle;
  /** The quotes figure, for cases whose gold lists quotations. */
  quotes?: QuoteScore;
}

/** Every case (or one split's), scored; throws naming the file when a gold or raw file is missing or malformed. */
export async function runEval(paths: EvalPaths, split?: Gold["split"]): Promise<EvalCase[]> {
  const ids = (await readdir(paths.casesDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && existsSync(join(paths.casesDir, e.name, "gold.yaml")))
    .map((e) => e.name)
    .sort();
  const cases: EvalCase[] = [];
  const matcher = buildEntityMatcher(loadDesk(ROOT).entities);
  for (const id of ids) {
    const goldFile = join(paths.casesDir, id, "gold.yaml");
    const gold = parseGold(await readFile(goldFile, "utf8"), goldFile);
    if (split !== undefined && gold.split !== split) continue;
    const rawFile = join(gold.synthetic ? join(paths.casesDir, id) : paths.corpusDir, gold.input);
    if (!existsSync(rawFile)) throw new Error(`${goldFile}: input: ${rawFile} does not exist`);
    const bytes = await readInput(rawFile);
    const raw = decodeUtf8(bytes);
    const fileName = caseFileName(rawFile);
    const normalized = normalizeCase(raw, fileName, gold.title);
    const output = outputOf(normalized);
    // EVAL_QUOTE_ROUTES=1: each found quotation's speaker route and standing, one line on stderr, to count
    // each route's right and wrong speakers (analysis/quotes.ts `quoteRoute`); dev only.
    const routeLog =
      process.env.EVAL_QUOTE_ROUTES && gold.split === "dev"
        ? { id, write: (line: string) => process.stderr.write(line) }
        : undefined;
    const quotes = quotesOfCase(gold, goldFile, normalized?.result, matcher, routeLog);
    const article = articleOf(normalized?.result) ?? standIn(raw, isHtmlFile(fileName));
    const html = isHtmlFile(fileName);
    const expected = html ? ((await benchmarkBody(rawFile)) ?? (await expectedText(dirname(rawFile)))) : undefined;
    const reference = html ? undefined : textReference(raw ?? "", gold);
    const score = scoreCase({
      id,
      gold,
      output,
      precisionReference: html ? htmlReference(expected, gold) : reference,
      recallReference: html ? gold.keep : (reference ?? ""),
      expected,
    });
    cases.push({ id, gold, output, score, ...(quotes ? { quotes } : {}), ...(article ? { article } : {}) });
  }
  return cases;
}

/** What ingest wrote for a case, for the analysis figures: its frontmatter and Markdown body. */
export interface EvalArticle {
  readonly frontmatter: ArticleFrontmatter;
  readonly body: string;
}

function articleOf(result: NormalizeResult | undefined): EvalArticle | undefined {
  if (result?.ok !== true) return undefined;
  return { frontmatter: result.frontmatter, body: parseFrontmatter(result.markdown)?.body ?? "" };
}

/**
 * Where ingest refuses a text file (its own figure above), the file's lines stand in as the
 * title and paragraphs, so the analysis figures still measure the analysis. No date is read:
 * relative dates then stay unresolved, as on a real undated article.
 */
function standIn(raw: string | undefined, html: boolean): EvalArticle | undefined {
  if (raw === undefined || html) return undefined;
  const lines = raw
    .replace(/^---\n[\s\S]*?\n---\n/u, "")
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const [title = "", ...rest] = lines;
  return { frontmatter: { title }, body: rest.join("\n\n") };
}
