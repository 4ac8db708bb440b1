/**
 * `npm run eval:export-page-texts -- DIR` — writes, beside the saved pages of DIR (the
 * article-extraction-benchmark's layout, `html/<id>.html.gz`, as `eval:export-test-pages` writes
 * it), each page's visible text as a browser gives it (`text/<id>.txt`: Chromium's `innerText` of
 * the body, scripts off, no network). That is the shape of a plain-text page extraction, the most
 * common raw article an editor gets from a scraper or a text index: the whole page, menus, teasers
 * and footer included, with line breaks where the browser puts them rather than where ingest's own
 * page reader would. `eval/page-text-cases` scores ingest on them. The texts are third-party, like
 * the pages: DIR is outside the repository and never committed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { launchBrowser } from "./support/browser.ts";
import { readCommandLine } from "./support/commandLine.ts";

const USAGE = `usage: npm run eval:export-page-texts -- DIR

  DIR     a folder of saved pages in the benchmark's layout (html/<id>.html.gz)
  --help  print this message`;
const args = readCommandLine("eval:export-page-texts", USAGE, {}, true);
const dirArg = args.positionals[0];
if (dirArg === undefined) {
  process.stderr.write(`eval:export-page-texts: expected DIR\n\n${USAGE}\n`);
  process.exit(2);
}
const dir = resolve(dirArg);
const htmlDir = join(dir, "html");
if (!existsSync(htmlDir)) {
  process.stderr.write(`eval:export-page-texts: ${htmlDir}: no such folder\n`);
  process.exit(1);
}

const browser = await launchBrowser();
// No scripts and no network: the text is what the saved markup shows, not what a live page loads.
const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
await context.route("**/*", (route) => route.abort());
mkdirSync(join(dir, "text"), { recursive: true });
let written = 0;
for (const file of readdirSync(htmlDir).sort()) {
  const id = /^(?<id>[0-9a-f]+)\.html\.gz$/u.exec(file)?.groups?.["id"];
  if (id === undefined) continue;
  // A refresh would navigate away from the markup before its text is read; it shows no text.
  const html = gunzipSync(readFileSync(join(htmlDir, file)))
    .toString("utf8")
    .replace(/<meta[^>]+http-equiv\s*=\s*["']?refresh[^>]*>/giu, "");
  const page = await context.newPage();
  await page.setContent(html, { waitUntil: "load" });
  const text = await page.evaluate(() => document.body.innerText);
  await page.close();
  writeFileSync(join(dir, "text", `${id}.txt`), `${text.trim()}\n`);
  written += 1;
}
await browser.close();
console.log(`${String(written)} page texts written to ${join(dir, "text")}`);
