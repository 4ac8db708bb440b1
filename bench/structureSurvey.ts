/**
 * `node bench/structureSurvey.ts AEB_DIR [CORPUS_DIR] [--all]` — what of an article's structure
 * reaches the ingested markdown (issues 14 and 15). For every dev page of the external benchmark
 * (ids 0–7) and, given the corpus, every dev HTML case, each table, definition list, list,
 * blockquote, pre, figure and heading of the raw page whose text is mostly in the article (the
 * benchmark's gold body; the corpus's expected.html) is looked for in ingest's markdown body: is
 * its text there, and is its shape (a GFM table row, a list item, a "> " line, a "#" line)? Prints
 * one line per element whose shape was lost (every element with `--all`), then counts per tag.
 * Test material is never read.
 */
import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { parse as parseYaml } from "yaml";
import { loadBenchmark } from "#lib/eval/benchmark.ts";
import { bodyText } from "#lib/eval/bodyText.ts";
import { scoreBody, words } from "#lib/eval/shingles.ts";
import { normalizeSource } from "#lib/ingest/normalizeSource.ts";
import { squash } from "#lib/text/squash.ts";

const all = process.argv.includes("--all");
const [aebDir, corpusDir] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (aebDir === undefined) throw new Error("usage: node bench/structureSurvey.ts AEB_DIR [CORPUS_DIR] [--all]");

/** Share of an element's word shingles the article text must hold for the element to be article. */
const IN_ARTICLE = 0.6;
const TAGS = "table, dl, blockquote, pre, ol, ul, figure, h2, h3, h4, h5, h6";

interface Page {
  readonly name: string;
  readonly html: string;
  readonly article: string;
}

const pages: Page[] = [];
for (const page of await loadBenchmark(resolve(aebDir)))
  if (page.split === "dev") pages.push({ name: `aeb ${page.id.slice(0, 8)}`, html: page.html, article: page.body });
if (corpusDir !== undefined)
  for (const id of (await readdir("eval/cases")).sort()) {
    const file = join("eval/cases", id, "gold.yaml");
    if (!existsSync(file)) continue;
    const gold = parseYaml(await readFile(file, "utf8")) as { input?: string; split?: string };
    if (gold.split !== "dev" || gold.input?.endsWith(".html") !== true) continue;
    const source = join(corpusDir, gold.input);
    const expected = join(corpusDir, gold.input.replace(/source\.html$/, "expected.html"));
    if (!existsSync(expected)) continue;
    const text = parseHTML(`<html><body>${await readFile(expected, "utf8")}</body></html>`).document.body.textContent;
    pages.push({ name: id, html: await readFile(source, "utf8"), article: text });
  }

/** Whether the markdown keeps the element's shape: some of its text on a line of that shape. */
function shapeKept(tag: string, el: Element, lines: readonly string[]): boolean {
  // A line's text without link targets and emphasis marks, as the page shows it.
  const plain = (line: string) => squash(line.replace(/\]\([^)]*\)/g, "").replace(/[[\]*_\\]/g, ""));
  const shaped = (re: RegExp, part: string) =>
    lines.some((line) => re.test(line) && plain(line).includes(squash(part).slice(0, 40)));
  const parts = (selector: string) =>
    [...el.querySelectorAll(selector)].map((e) => e.textContent.trim()).filter((t) => words(t).length > 0);
  if (tag === "table") return parts("td, th").some((t) => shaped(/^\s*\|/, t));
  if (tag === "ol" || tag === "ul") return parts("li").some((t) => shaped(/^\s*(?:[-*+]|\d+[.)])\s/, t));
  if (tag === "blockquote") return lines.some((line) => /^\s*>/.test(line));
  if (/^h\d$/.test(tag)) return shaped(/^#+\s/, el.textContent.trim());
  if (tag === "dl") return parts("dt").every((t) => lines.some((line) => plain(line).includes(squash(t))));
  return true;
}

const counts = new Map<string, { seen: number; text: number; shape: number }>();
for (const page of pages) {
  const result = normalizeSource(page.html, { fileName: "page.html" });
  const markdown = result.ok ? result.markdown.replace(/^---\n[\s\S]*?\n---\n/, "") : "";
  const body = result.ok ? bodyText(result.body) : "";
  const lines = markdown.split("\n");
  const { document } = parseHTML(page.html);
  for (const hidden of document.querySelectorAll("script, style, noscript, template")) hidden.remove();
  for (const el of document.querySelectorAll(TAGS)) {
    const tag = el.localName;
    // The outermost of nested tables or lists only.
    if (el.parentElement?.closest(tag === "ol" || tag === "ul" ? "ol, ul" : tag) != null) continue;
    const text = squash(el.textContent);
    if (words(text).length < 4 && !/^h\d$/.test(tag)) continue;
    if (words(text).length < 2) continue;
    const inArticle = scoreBody(text, page.article).precision;
    if (inArticle < IN_ARTICLE) continue;
    const textKept = scoreBody(text, body).precision;
    const shape = shapeKept(tag, el, lines);
    const c = counts.get(tag) ?? { seen: 0, text: 0, shape: 0 };
    counts.set(tag, { seen: c.seen + 1, text: c.text + (textKept >= 0.6 ? 1 : 0), shape: c.shape + (shape ? 1 : 0) });
    const rows = tag === "table" ? el.querySelectorAll("tr").length : 0;
    const cells = tag === "table" ? Math.max(0, ...[...el.querySelectorAll("tr")].map((r) => r.children.length)) : 0;
    if (all || !shape || textKept < 0.6)
      console.log(
        `${page.name.padEnd(34)} ${tag.padEnd(10)} text ${(100 * textKept).toFixed(0).padStart(3)}% ${shape ? "shape" : "FLAT "}` +
          `${tag === "table" ? ` ${rows}x${cells}` : ""} | ${text.slice(0, 90)}`,
      );
  }
}
console.log("\ntag        in-article  text-kept  shape-kept");
for (const [tag, c] of [...counts].sort())
  console.log(
    `${tag.padEnd(10)} ${String(c.seen).padStart(10)} ${String(c.text).padStart(10)} ${String(c.shape).padStart(11)}`,
  );
