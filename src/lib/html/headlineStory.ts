/**
 * The story the page's headline opens. Some pages append whole other articles after their own
 * (a "You may like" run of stories, each under its own `<h1>` headline with its own paragraphs);
 * Readability, scoring blocks by their paragraphs, may take a longer appended story over the
 * page's own. The page's own story is the prose between its headline's `<h1>` and the next
 * `<h1>`: when the extraction holds little of it, or holds it and the stories after it too, the
 * blocks the other headlines head are what the extractor must not read.
 */
import { lettersKey, squash } from "#lib/text/squash.ts";
import { headingKey } from "./shownHeading.ts";

/** A paragraph of running prose has at least this many words. */
const PROSE_WORDS = 12;
/** The headline's story counts when it has this many prose paragraphs. */
const STORY_PARAGRAPHS = 3;
/** The extraction lost the story when it holds fewer than this share of its paragraphs. */
const HELD_SHARE = 0.5;

/** The page's `<h1>` outside any link that reads as the headline; undefined when none or several. */
function headlineH1(document: Document, headline: string): Element | undefined {
  const key = lettersKey(headline);
  if (key === "") return undefined;
  const own = [...document.querySelectorAll("h1")].filter((h) => h.closest("a") === null && headingKey(h) === key);
  return own.length === 1 ? own[0] : undefined;
}

/** An `<h1>` with a text of its own, not the headline `h1`'s. */
const laterHeadline = (h: Element, h1: Element) => headingKey(h) !== headingKey(h1) && headingKey(h) !== "";

/** The `<h1>`s after `h1` in document order with another text: other stories' headlines. */
function laterHeadlines(document: Document, h1: Element): Element[] {
  const all: Element[] = [...document.querySelectorAll("h1")];
  return all.slice(all.indexOf(h1) + 1).filter((h) => laterHeadline(h, h1));
}

/**
 * The prose paragraphs between the headline's `<h1>` and the next `<h1>`, in document order (as
 * `querySelectorAll` lists them; linkedom's compareDocumentPosition does not tell it).
 */
function storyParagraphs(document: Document, h1: Element): Element[] {
  const inOrder = [...document.querySelectorAll("h1, p")];
  const from = inOrder.indexOf(h1);
  const next = inOrder.findIndex((el, i) => i > from && el.tagName === "H1" && laterHeadline(el, h1));
  return inOrder
    .slice(from + 1, next === -1 ? undefined : next)
    .filter((p) => p.tagName === "P" && squash(p.textContent).split(" ").length >= PROSE_WORDS);
}

/**
 * True when the page's headline opens a story of its own (three or more prose paragraphs before
 * the next `<h1>`, with another `<h1>` after it) and `extractedText` holds fewer than half of
 * those paragraphs: the extractor took another story for the article.
 */
export function lostHeadlineStory(document: Document, headline: string, extractedText: string): boolean {
  const h1 = headlineH1(document, headline);
  if (h1 === undefined || laterHeadlines(document, h1).length === 0) return false;
  const paragraphs = storyParagraphs(document, h1);
  if (paragraphs.length < STORY_PARAGRAPHS) return false;
  const extracted = squash(extractedText);
  const held = paragraphs.filter((p) => extracted.includes(squash(p.textContent))).length;
  return held < paragraphs.length * HELD_SHARE;
}

/** An extraction holding this many prose paragraphs of the stories after the headline's took one in. */
const ADDED_PARAGRAPHS = 3;

/**
 * True when `extractedText` holds the headline's own story (three or more prose paragraphs before
 * the next `<h1>`, at least half of them held) and also three or more prose paragraphs after that
 * `<h1>` and outside the block holding the headline and its story: the extractor took a container
 * that holds the next stories the page appends as well. Paragraphs inside that block are the
 * story's own sections, whatever heading they stand under.
 */
export function addedOtherStories(document: Document, headline: string, extractedText: string): boolean {
  const h1 = headlineH1(document, headline);
  if (h1 === undefined) return false;
  const [next] = laterHeadlines(document, h1);
  if (next === undefined) return false;
  const story = storyParagraphs(document, h1);
  if (story.length < STORY_PARAGRAPHS) return false;
  const extracted = squash(extractedText);
  const holds = (p: Element) => extracted.includes(squash(p.textContent));
  if (story.filter(holds).length < story.length * HELD_SHARE) return false;
  let storyBlock: Element | null = h1.parentElement;
  while (storyBlock !== null && !story.every((p) => storyBlock?.contains(p))) storyBlock = storyBlock.parentElement;
  const inOrder = [...document.querySelectorAll("h1, p")];
  const added = inOrder
    .slice(inOrder.indexOf(next) + 1)
    .filter(
      (p) =>
        p.tagName === "P" &&
        squash(p.textContent).split(" ").length >= PROSE_WORDS &&
        storyBlock?.contains(p) !== true &&
        holds(p),
    );
  return added.length >= ADDED_PARAGRAPHS;
}

/**
 * Removes from `document` the blocks other headlines head after the page's headline: for each
 * later `<h1>`, the largest block holding it that holds neither the headline nor a paragraph of
 * the headline's story. Returns how many blocks went.
 */
export function removeOtherStories(document: Document, headline: string): number {
  const h1 = headlineH1(document, headline);
  if (h1 === undefined) return 0;
  const story = storyParagraphs(document, h1);
  let removed = 0;
  for (const other of laterHeadlines(document, h1)) {
    if (!other.isConnected) continue;
    let block: Element = other;
    for (let up = block.parentElement; up !== null && up !== document.body; up = up.parentElement) {
      if (up.contains(h1) || story.some((p) => up.contains(p))) break;
      block = up;
    }
    block.remove();
    removed += 1;
  }
  return removed;
}
