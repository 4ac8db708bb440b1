/**
 * `npm run lighthouse -- [--dist DIR] [PATH...]`: serves the built site (gzip on, as static
 * hosts do) and runs Lighthouse in Debian's Chromium — mobile form factor, default simulated
 * throttling — on the home page, a topic, an article, an entity page and a search, then prints
 * a table of the four category scores per page and one final JSON line with the same numbers.
 *
 * Part of the check before a push (README, "Before you push"): exits 1 when any score on any
 * page is below 100, naming them. Performance scores move with machine load, so this is not in
 * `npm test`; the timing-free parts (axe, meta tags, JSON-LD, no scripts on reading pages) are.
 * Run `npm run build` first. Never downloads a browser: CHROMIUM_PATH or /usr/bin/chromium.
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./support/browser.ts";
import { serveStatic } from "./support/staticServer.ts";
import { readCommandLine, requireBuiltSite } from "./support/commandLine.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

const root = resolve(import.meta.dirname, "..");
const USAGE = `usage: npm run lighthouse -- [--dist DIR] [PATH...]

  PATH        a page of the built site, e.g. /articles/<slug>/ (default: one of each kind)
  --dist DIR  the built site (default: dist; run npm run build first)`;
const { values, positionals } = readCommandLine("lighthouse", USAGE, { dist: { type: "string" } }, true);
const dist = resolve(root, values.dist ?? "dist");
requireBuiltSite("lighthouse", dist);

/** The first entry of a dist/ folder, so the pages follow the content rather than hard-coded names. */
function first(folder: string): string {
  const name = readdirSync(join(dist, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()[0];
  if (!name) throw new Error(`dist/${folder} is empty: run npm run build first`);
  return name;
}

const paths =
  positionals.length > 0
    ? positionals
    : [
        "/",
        `/topics/${first("topics")}/`,
        `/articles/${first("articles")}/`,
        `/entities/${readdirSync(join(dist, "entities")).includes("claudia-sheinbaum") ? "claudia-sheinbaum" : first("entities")}/`,
        "/search/?q=Sheinbaum",
      ];

type Scores = Record<(typeof CATEGORIES)[number], number | null>;
interface PageResult {
  readonly path: string;
  readonly scores: Scores;
  /** Audits in any category that did not pass, with their score, to say what to fix. */
  readonly failing: string[];
}

const server = await serveStatic(dist, "/", { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
});
const results: PageResult[] = [];
try {
  for (const path of paths) {
    const url = new URL(path.replace(/^\//, ""), server.url).href;
    const runner = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
    });
    if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = runner;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => {
        const score = lhr.categories[id]?.score;
        return [id, score === null || score === undefined ? null : Math.round(score * 100)];
      }),
    ) as Scores;
    const failing = CATEGORIES.flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? []).flatMap((ref) => {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) return [];
        return [`${id}: ${audit.id} (${Math.round(audit.score * 100)}) ${audit.displayValue ?? ""}`.trim()];
      }),
    );
    results.push({ path, scores, failing });
    process.stderr.write(`measured ${path}\n`);
  }
} finally {
  chrome.kill();
  await server.close();
}

const width = Math.max(4, ...results.map((result) => result.path.length));
const header = ["page".padEnd(width), ...CATEGORIES.map((id) => id.padStart(14))].join(" ");
process.stdout.write(`${header}\n${"-".repeat(header.length)}\n`);
for (const { path, scores } of results) {
  const cells = CATEGORIES.map((id) => String(scores[id] ?? "n/a").padStart(14));
  process.stdout.write(`${[path.padEnd(width), ...cells].join(" ")}\n`);
}
for (const { path, failing } of results) {
  if (failing.length > 0) process.stdout.write(`\n${path} audits below 90:\n  ${failing.join("\n  ")}\n`);
}
process.stdout.write(`${JSON.stringify({ lighthouse: results.map(({ path, scores }) => ({ path, ...scores })) })}\n`);

const below = results.flatMap(({ path, scores }) =>
  CATEGORIES.flatMap((id) => (scores[id] === 100 ? [] : [`${path} ${id}: ${scores[id] ?? "n/a"}`])),
);
if (below.length > 0) {
  process.stderr.write(`Lighthouse scores below 100:\n  ${below.join("\n  ")}\n`);
  process.exitCode = 1;
}
