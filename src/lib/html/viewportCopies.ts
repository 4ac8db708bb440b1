/**
 * A block a page sets twice, once for each screen width: a responsive layout writes a portrait,
 * a card or a pull-out in a desktop copy and a mobile copy side by side and lets its style sheet
 * show one ("g-desktop-only" beside "g-mobile-only", "hidden-xs" beside "visible-xs"). A saved
 * page keeps both, so an extractor reads every sentence of the block twice and the analysis counts
 * its quotations twice. The evidence is the layout's, never the words alone (an article may well
 * repeat a paragraph): two sibling elements, each with a class that shows or hides it at a screen
 * width, their classes different, and the same words (in any order, as a copy may set its photo
 * credit above its heading). The later copy goes.
 */
import { foldedWords } from "#lib/text/fold.ts";
import { sharedWords } from "#lib/text/sharedWords.ts";
import { markTokens } from "./markTokens.ts";

/**
 * A class token that shows or hides its element at one screen width: "mobile-only",
 * "g-desktop-only", "hide-on-mobile", "show-for-small-only", "visible-xs", "hidden-md",
 * "d-md-none", "only-desktop". A token naming a size with no show or hide word ("mobile-menu",
 * "large") is no such mark.
 */
const VIEWPORT_MARK =
  /(?:^|[-_])(?:(?:mobile|desktop|tablet|phone|handheld|small|medium|large|xs|sm|md|lg|xl)[-_](?:only|hidden|hide|visible|show|none|block)|(?:only|hide|hidden|show|visible)[-_](?:on[-_]|for[-_])?(?:mobile|desktop|tablet|phone|handheld|small|medium|large|xs|sm|md|lg|xl)|d[-_](?:xs|sm|md|lg|xl)[-_](?:none|block))(?:$|[-_])/i;

/** A copy this short may be a label set twice on purpose (a heading, a button); a block is longer. */
const MIN_COPY_WORDS = 12;

/** Share of each copy's words the other must hold: the same block, its parts perhaps reordered. */
const SAME_WORDS = 0.95;

/** The viewport marks among an element's class tokens, in one string for comparison. */
function viewportMarks(el: Element): string {
  return markTokens(el)
    .filter((token) => VIEWPORT_MARK.test(token))
    .sort()
    .join(" ");
}

/** The words of an element's text nodes, each node read apart: blocks set side by side never run together. */
function wordsOf(el: Element): string[] {
  const texts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) texts.push(node.textContent ?? "");
    else for (const child of node.childNodes) walk(child);
  };
  walk(el);
  return foldedWords(texts.join(" "));
}

/** Whether two word lists are the same block's words, allowing for reordering. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  const shared = sharedWords(a, b);
  return a.length > 0 && shared >= SAME_WORDS * a.length && shared >= SAME_WORDS * b.length;
}

/** The later copy of every block the page sets once per screen width, each found once. */
export function viewportCopies(document: Document): Element[] {
  const copies: Element[] = [];
  const marked = [...document.querySelectorAll("body [class]")].filter((el) => viewportMarks(el) !== "");
  const seen = new Set<Element>();
  for (const el of marked) {
    if (seen.has(el)) continue;
    const marks = viewportMarks(el);
    const words = wordsOf(el);
    if (words.length < MIN_COPY_WORDS) continue;
    for (let next = el.nextElementSibling; next !== null; next = next.nextElementSibling) {
      const nextMarks = viewportMarks(next);
      if (nextMarks === "" || nextMarks === marks || seen.has(next)) continue;
      if (!sameWords(words, wordsOf(next))) continue;
      copies.push(next);
      seen.add(next);
      break;
    }
  }
  return copies;
}
