/**
 * `npm run eval:export-page-texts -- DIR` — writes, beside the saved pages of DIR (the
 * article-extraction-benchmark's layout, `html/<id>.html.gz`, as `eval:export-test-pages` writes
 * it), each page's visible text as a browser gives it (`text/<id>.txt`: Chromium's `innerText` of
 * the body, scripts off, no network). That is the shape of a plain-text page extraction, the most
 * common raw article an editor gets from a scraper or a text index: the whole page, menus, teasers
 * and footer included, with line breaks where the browser puts them rather than where ingest's own
 * page reader would. `eval/page-text-cases` scores ingest on them. The texts are third-party, like
 * the pages: DIR is outside the repository and never committed.
 *
 * `--glued OUT` writes the same pages' text in the shape of a `textContent`-style scraper instead
 * (`OUT/text/<id>.txt`; DIR's `html/` is read, nothing in DIR is written): the same rendered words
 * as `innerText` (hidden elements, scripts and styles left out), but a line break only around a
 * paragraph or a heading and at a `<br>`; every other block (a menu item, a list item, a share button, a
 * caption, a teaser) is joined to its neighbours with one space, and inline elements with nothing.
 * Menus, share rows, captions and teasers then sit on one line with each other or with a body
 * line, the shape the held-out text cases show most of their chrome in. It is a model of that
 * shape, not any one scraper's output: `eval/page-text-cases` scores ingest on it with
 * `EVAL_CORPUS=OUT` (the gold was written for the `innerText` texts; its items are substrings, so
 * they score the same, but a gold title or byline glued to a menu is not on a line of its own).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { launchBrowser } from "./support/browser.ts";
import { readCommandLine } from "./support/commandLine.ts";

const USAGE = `usage: npm run eval:export-page-texts -- DIR [--glued OUT]

  DIR           a folder of saved pages in the benchmark's layout (html/<id>.html.gz)
  --glued OUT   write a textContent-style text (blocks joined with a space, a line break only
                around a paragraph or heading and at a <br>) to OUT/text/<id>.txt instead of DIR/text
  --help        print this message`;
const args = readCommandLine("eval:export-page-texts", USAGE, { glued: { type: "string" } }, true);
const gluedArg = args.values.glued;
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
const outDir = join(gluedArg === undefined ? dir : resolve(gluedArg), "text");
mkdirSync(outDir, { recursive: true });
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
  const text =
    gluedArg === undefined ? await page.evaluate(() => document.body.innerText) : await page.evaluate(gluedText);
  await page.close();
  writeFileSync(join(outDir, `${id}.txt`), `${text.trim()}\n`);
  written += 1;
}
await browser.close();
console.log(`${String(written)} page texts written to ${outDir}`);

/**
 * Runs in the page: the body's rendered text with a textContent-style scraper's line breaks (see
 * the file's comment). Whitespace inside text runs collapses to one space, as a browser shows it.
 */
function gluedText(): string {
  const breaks = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6"]);
  const skipped = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "HEAD"]);
  let out = "";
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += (node.textContent ?? "").replace(/\s+/gu, " ");
      return;
    }
    if (!(node instanceof Element) || skipped.has(node.tagName.toUpperCase())) return;
    if (node.tagName === "BR") {
      out += "\n";
      return;
    }
    const style = getComputedStyle(node);
    if (style.display === "none" || style.visibility === "hidden") return;
    const block = !style.display.startsWith("inline") && style.display !== "contents";
    if (breaks.has(node.tagName)) out += "\n";
    else if (block) out += " ";
    for (const child of Array.from(node.childNodes)) walk(child);
    out += breaks.has(node.tagName) ? "\n" : block ? " " : "";
  };
  walk(document.body);
  return out
    .split("\n")
    .map((line) => line.replace(/ {2,}/gu, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}
