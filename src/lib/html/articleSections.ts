/**
 * An article the page sets in several blocks of one kind, with other modules between them (an ad
 * row, a teaser, a player): each block is its own container, so the extractor, which takes the
 * best-scored container and its siblings, keeps one block and drops the others, a page part read
 * as the end of the article. The blocks are the article's sections by what they are: prose
 * paragraphs in containers of the same markup (tag and class, the class of one holding the
 * other's) at each level up to the block that holds them all, three levels or more, none an
 * `<article>` or list item of its own, with no other headline between them. When the extraction holds
 * the paragraphs of some of them and none of others', the others are the article's too: the
 * sections are gathered into the first, in order, for the extractor to read again.
 */
import { parseHTML } from "linkedom";
import { squash } from "#lib/text/squash.ts";

/** A paragraph of running prose has at least this many words. */
const PROSE_WORDS = 12;
/** Levels of markup, from a paragraph's container up, that two sections share at least. */
const SHAPE_LEVELS = 3;

const isProse = (p: Element) => squash(p.textContent).split(" ").length >= PROSE_WORDS;

const classTokens = (el: Element) => new Set((el.getAttribute("class") ?? "").split(/\s+/u).filter((t) => t !== ""));

/** Same tag, and the class of one holds the other's (a section may carry one more modifier). */
function sameKind(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName) return false;
  const [x, y] = [classTokens(a), classTokens(b)];
  if (x.size === 0 || y.size === 0) return x.size === y.size;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return [...small].every((t) => large.has(t));
}

/** The elements from `el` up to, not including, `top`. */
function pathUp(el: Element, top: Element): Element[] {
  const path: Element[] = [];
  for (let at: Element | null = el; at !== null && at !== top; at = at.parentElement) path.push(at);
  return path;
}

/**
 * Two containers are sections of one article when they stand equally deep under the block that
 * holds both, each level of the same kind, and neither stands in an `<article>` or list item of
 * its own below that block: cards of a teaser list, each a story of its own, do.
 */
function sameShape(a: Element, b: Element): boolean {
  if (a === b) return false;
  let top: Element | null = a.parentElement;
  while (top !== null && !top.contains(b)) top = top.parentElement;
  if (top === null) return false;
  const [x, y] = [pathUp(a, top), pathUp(b, top)];
  if (x.length !== y.length || x.length < SHAPE_LEVELS) return false;
  if ([...x, ...y].some((el) => el.tagName === "ARTICLE" || el.tagName === "LI")) return false;
  return x.every((el, i) => {
    const other = y[i];
    return other !== undefined && sameKind(el, other);
  });
}

/**
 * The sections of the article that `extractedText` lacks, each group with the sections it holds
 * in document order, as above (no `<h1>` but the page's first may stand between them, and none
 * inside one). Reads `document` only.
 */
export function sectionGroups(document: Document, extractedText: string): Element[][] {
  const extracted = squash(extractedText);
  const held = (p: Element) => extracted.includes(squash(p.textContent));
  const inOrder = [...document.querySelectorAll("h1, p")];
  const headline = document.querySelector("h1");
  // Each container of prose paragraphs, with them, in document order.
  const sections = new Map<Element, Element[]>();
  for (const p of inOrder) {
    if (p.tagName !== "P" || !isProse(p) || p.closest("a, blockquote, figure") !== null) continue;
    const parent = p.parentElement;
    // A block with a headline is the article's header (its standfirst) or another story.
    if (parent === null || parent.querySelector("h1") !== null) continue;
    sections.set(parent, [...(sections.get(parent) ?? []), p]);
  }
  const all = [...sections.keys()];
  const isHeld = (s: Element) => sections.get(s)?.every(held) === true;
  const isMissed = (s: Element) => sections.get(s)?.some(held) === false;
  const groups: Element[][] = [];
  for (const anchor of all.filter(isHeld)) {
    if (groups.some((g) => g.includes(anchor))) continue;
    const group = all.filter((s) => s === anchor || sameShape(anchor, s));
    if (!group.some(isMissed) || !group.every((s) => isHeld(s) || isMissed(s))) continue;
    // No other story's headline among them: no `<h1>` but the page's first, its headline.
    const first = inOrder.indexOf(sections.get(group[0] ?? anchor)?.[0] ?? anchor);
    const last = inOrder.indexOf(sections.get(group.at(-1) ?? anchor)?.at(-1) ?? anchor);
    if (inOrder.slice(first, last).some((h) => h.tagName === "H1" && h !== headline)) continue;
    groups.push(group);
  }
  return groups;
}

/** Gathers each group of `sectionGroups` into its first section, in order; returns whether any moved. */
export function gatherSections(document: Document, extractedText: string): boolean {
  const groups = sectionGroups(document, extractedText);
  for (const [into, ...rest] of groups)
    if (into !== undefined)
      for (const section of rest) for (const child of [...section.childNodes]) into.appendChild(child);
  return groups.length > 0;
}

/**
 * True when the article HTML `after` holds every prose paragraph of `before` and more text: a
 * second reading that lost nothing of the first.
 */
export function holdsAllOf(after: string, before: string): boolean {
  const read = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body;
  const [now, then] = [read(after), read(before)];
  const text = squash(now.textContent);
  return (
    text.length > squash(then.textContent).length &&
    [...then.querySelectorAll("p")].filter(isProse).every((p) => text.includes(squash(p.textContent)))
  );
}
