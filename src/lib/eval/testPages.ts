/**
 * Mozilla Readability's test pages (`test/test-pages/<name>/{source.html,expected.html}` in its
 * repository) in the article-extraction-benchmark's layout, so `npm run eval:benchmark` and the
 * `eval/readability-cases` gold can score ingest on dozens of page layouts nobody tuned for.
 * Only the id and the expected text are made here; scripts/exportTestPages.ts does the files.
 */
import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";

/**
 * Where a page comes from: one of Readability's test pages (a folder with `source.html`), or a
 * page saved on its own (`<name>.html` in a folder of them, as other extractors keep fixtures).
 */
export type PageSet = "readability-test-page" | "saved-page";

/**
 * A page's benchmark id: the SHA-256 of its name under its set's fixed prefix, so the split (the
 * id's first hex digit, src/lib/eval/benchmark.ts) follows the name and nobody picks the held-out
 * pages.
 */
export const testPageId = (name: string, set: PageSet = "readability-test-page"): string =>
  createHash("sha256").update(`${set}:${name}`).digest("hex");

/** Elements a reader sees as their own block: their text never runs into the next one's. */
const BLOCKS =
  "address, article, aside, blockquote, br, dd, div, dl, dt, figcaption, figure, footer, h1, h2, h3, h4, h5, h6, header, hr, li, main, nav, ol, p, pre, section, table, td, th, tr, ul";

/**
 * The text of a test page's `expected.html` (Readability's output), whitespace collapsed, with a
 * space after every block, so a heading's last word and the next paragraph's first stay two
 * words, as they are in the benchmark's hand-made bodies.
 */
export function expectedText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const block of document.body.querySelectorAll(BLOCKS)) block.after(document.createTextNode(" "));
  return document.body.textContent.replace(/\s+/gu, " ").trim();
}
