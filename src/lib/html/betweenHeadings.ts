/**
 * Subheadings the extractor dropped from between two paragraphs it kept. A page that sets each
 * block of its article in a container of its own (a paragraph per box, a heading per box) leaves
 * the extractor to join those boxes as siblings of the best-scored one, and it joins a box by the
 * paragraph text it scores: a box holding only a heading scores nothing and is left out, while the
 * paragraphs on either side of it are kept. A heading is the article's when, in the page's reading
 * order after chrome removal, the block just before it and the block just after it are both in
 * the extraction, one right after the other: nothing of the page stood between them but the
 * heading, and both are blocks of running text (a paragraph, a list item, a quotation) on the
 * page as served as well as once the chrome passes ran. A heading before a block the extraction
 * lacks (a list of links, a product card) or after one, beside a caption, or a label of a box
 * ("Related", "Advertisement", or one whose links the chrome passes took), is not put back.
 */
import { parseHTML } from "linkedom";
import { relatedLabel } from "#lib/normalize/patterns.ts";
import { SCREEN_READER_ONLY } from "./markedNonBody.ts";
import { squash } from "#lib/text/squash.ts";

/** Where a heading stood: its level and text, and the text of the blocks just before and after it. */
export interface HeadingPlace {
  level: number;
  text: string;
  before: string;
  after: string;
  /** Both neighbours are blocks of running text (paragraphs, list items, quotations), not a caption or a label. */
  betweenProse: boolean;
}

/** The blocks a subheading stands between in an article's running text. */
const PROSE_BLOCK = /^(?:P|LI|BLOCKQUOTE)$/u;

/** A subheading is a line, not a paragraph: at most this many words. */
const MAX_HEADING_WORDS = 20;
/** The paragraph after the heading is running prose: at least this many words. */
const MIN_AFTER_WORDS = 8;

/** Elements that start a block of their own in the reading order (inline elements do not). */
const BLOCK =
  /^(?:P|H[1-6]|LI|UL|OL|DL|DT|DD|BLOCKQUOTE|PRE|FIGURE|FIGCAPTION|TABLE|TR|TD|TH|DIV|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|NAV|MAIN|FORM|BUTTON|LABEL|SELECT|TEXTAREA|IFRAME|VIDEO|AUDIO|HR)$/u;
/** What is not read in the run of the text. */
const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|HEAD)$/u;

const wordCount = (text: string) => (text === "" ? 0 : text.split(" ").length);

interface Block {
  element: Element;
  text: string;
}

/**
 * A picture's caption stands beside the text, not in its run: a heading after a figure still
 * follows the paragraph before the figure. A heading followed by figures heads them (a gallery's
 * title), so the block after a heading is read as it comes.
 */
const inFigure = (b: Block) => b.element.closest("figure, figcaption") !== null;
/** The smallest element holding both `a` and `b`. */
function commonBox(a: Element, b: Element): Element {
  let box: Element = a;
  while (!box.contains(b) && box.parentElement !== null) box = box.parentElement;
  return box;
}
const previousInText = (order: readonly Block[], i: number): Block | undefined =>
  order.slice(0, Math.max(0, i)).findLast((b) => !inFigure(b));

/** The page's blocks with text, in reading order: each run of text with the block element that holds it. */
function readingOrder(root: Element): Block[] {
  const blocks: Block[] = [];
  const visit = (node: Node, block: Element): void => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? "";
      if (text.trim() === "") return;
      const last = blocks.at(-1);
      if (last?.element === block) last.text += text;
      else blocks.push({ element: block, text });
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    // Text kept from sight (a label for screen readers only) or from screen readers (an ad slot's
    // placeholder) is no block a reader reads between two others.
    if (
      SKIP.test(tag) ||
      el.hasAttribute("hidden") ||
      el.getAttribute("aria-hidden") === "true" ||
      SCREEN_READER_ONLY.test(el.getAttribute("class") ?? "")
    )
      return;
    const inside = BLOCK.test(tag) ? el : block;
    for (const child of el.childNodes) visit(child, inside);
    // Text after a nested block belongs to a new run of the outer block.
    if (inside !== block && blocks.at(-1)?.element !== block) blocks.push({ element: block, text: "" });
  };
  for (const child of root.childNodes) visit(child, root);
  return blocks.map((b) => ({ element: b.element, text: squash(b.text) })).filter((b) => b.text !== "");
}

/** Each `<h2>`–`<h6>` of the page with the blocks on either side of it, read before the extractor runs. */
export function headingPlaces(document: Document): HeadingPlace[] {
  const order = readingOrder(document.body);
  const places: HeadingPlace[] = [];
  order.forEach((block, i) => {
    const match = /^H([2-6])$/u.exec(block.element.tagName.toUpperCase());
    const [before, after] = [previousInText(order, i), order[i + 1]];
    // A figure the heading shares a box with, the paragraph before outside it, is the heading's
    // own (a player and its "More videos"): the heading heads that box, not the text.
    const figures = order
      .slice(0, i)
      .filter((b, j) => inFigure(b) && before !== undefined && j > order.indexOf(before));
    if (figures.some((f) => !commonBox(f.element, block.element).contains(before?.element ?? null))) return;
    if (match === null || before === undefined || after === undefined) return;
    // The heading's whole text is this one run (no nested block split it).
    if (squash(block.element.textContent) !== block.text) return;
    const prose = [before, after].every((b) => PROSE_BLOCK.test(b.element.tagName.toUpperCase()));
    places.push({
      level: Number(match[1]),
      text: block.text,
      before: before.text,
      after: after.text,
      betweenProse: prose,
    });
  });
  return places;
}

/**
 * The places of `after` (read once the chrome passes ran) that `before` (read on the page as
 * served) also shows: a box's label ("More videos", "Similar news") whose links the passes took
 * stands between two paragraphs only once they are gone, while a subheading stood there all along.
 */
export function placesOnBoth(before: readonly HeadingPlace[], after: readonly HeadingPlace[]): HeadingPlace[] {
  const key = (p: HeadingPlace) => `${p.text}\n${p.before}\n${p.after}`;
  const served = new Set(before.map(key));
  return after.filter((p) => served.has(key(p)));
}

/** True when `text` reads as an article's subheading and not as a box's label. */
function isSubheading(text: string): boolean {
  const n = wordCount(text);
  return n >= 1 && n <= MAX_HEADING_WORDS && /\p{L}/u.test(text) && relatedLabel(text) === undefined;
}

/**
 * `articleHtml` with each heading of `places` put back where the page had it: between the two
 * kept blocks that stood on either side of it, when they follow each other in the extraction and
 * the extraction holds the heading nowhere. Returns the headings put back.
 */
export function restoreHeadings(
  articleHtml: string,
  places: readonly HeadingPlace[],
): { html: string; restored: string[] } {
  const candidates = places.filter(
    (p) => p.betweenProse && isSubheading(p.text) && wordCount(p.after) >= MIN_AFTER_WORDS,
  );
  if (candidates.length === 0) return { html: articleHtml, restored: [] };
  const { document } = parseHTML(`<html><body>${articleHtml}</body></html>`);
  const held = squash(document.body.textContent);
  const order = readingOrder(document.body);
  const restored: string[] = [];
  for (const place of candidates) {
    if (held.includes(place.text)) continue;
    const at = order.findIndex((b, i) => b.text === place.after && previousInText(order, i)?.text === place.before);
    const next = order[at];
    // The block after is found once only: a text repeated in the extraction places nothing.
    if (next === undefined || order.filter((b) => b.text === place.after).length !== 1) continue;
    const heading = document.createElement(`h${place.level}`);
    heading.textContent = place.text;
    next.element.before(heading);
    restored.push(place.text);
  }
  return restored.length === 0 ? { html: articleHtml, restored } : { html: document.body.innerHTML, restored };
}
