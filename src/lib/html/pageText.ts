/**
 * A saved HTML page as a scraper's plain-text page extraction gives it: every visible text of the
 * page, one line per block, navigation, captions, share prompts and footers included. The
 * external benchmark (src/lib/eval/benchmark.ts) feeds this to ingest's text route, so a page
 * whose article body is known measures how well text ingest removes chrome it has never seen;
 * pageMeta.ts reads a declared `articleBody` written in HTML through it.
 */
import { parsePage } from "./parsePage.ts";

/** Elements whose text a reader never sees on the page. */
const HIDDEN = "script, style, noscript, template, svg, head, iframe, object, canvas";

/** Elements that start a new line in a browser's rendering of the page. */
const BLOCK = new Set(
  (
    "address article aside blockquote body br dd details div dl dt fieldset figcaption figure footer form " +
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td th thead tr ul"
  ).split(" "),
);

/** The page's visible text, one trimmed line per block, empty lines dropped. */
export function pageText(html: string): string {
  const document = parsePage(html);
  for (const hidden of document.querySelectorAll(HIDDEN)) hidden.remove();
  for (const node of document.querySelectorAll("[hidden], [aria-hidden='true']")) node.remove();
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? "");
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCK.has((node as Element).localName);
    if (block) parts.push("\n");
    for (const child of node.childNodes) walk(child);
    if (block) parts.push("\n");
  };
  walk(document.body);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/\s+/gu, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}
