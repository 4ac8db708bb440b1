/**
 * The headline inside a page's `<title>`, without the section and site names a CMS sets after it
 * ("Patrols extended_World_Border Times", "Patrols extended | World | Border Times"). A page that
 * sets its headline in no heading still shows it, as one element's whole text: the part of the
 * `<title>` before a separator that the page shows so is the headline, and what follows it names
 * the page's place on the site, not the article. A title none of whose heads the page shows is
 * left whole (a headline may hold a dash or a bar itself).
 */
import { squash } from "#lib/text/squash.ts";

/** A character of a script written without spaces between words (Chinese, Japanese, Korean) or its full-width punctuation. */
const UNSPACED = "\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\u3000-\\u303F\\uFF00-\\uFFEF";

/**
 * Separators CMSs set between headline, section and site: "_" (spaced or not), a spaced bar, dash,
 * dot or chevron; in a script written without spaces, a dash between its characters unspaced
 * ("…的城！-新华网"), where a spaced one would stand out.
 */
const SEPARATOR = new RegExp(`\\s*_\\s*|\\s*\\|\\s*|\\s+[-–—·»]\\s+|(?<=[${UNSPACED}])[-–—](?=[${UNSPACED}])`, "gu");

/** A head shorter than this (letters and digits) is a label ("Home", "News"), not a headline. */
const HEAD_CHARS_MIN = 8;

/** The heads of `title` before each of its separators, longest first. */
export function titleHeads(title: string): string[] {
  const heads: string[] = [];
  for (const match of title.matchAll(SEPARATOR)) {
    const head = title.slice(0, match.index).trim();
    if (head.replace(/[^\p{L}\p{N}]/gu, "").length >= HEAD_CHARS_MIN) heads.push(head);
  }
  return heads.reverse();
}

/**
 * The longest head of `title` that the page `document` shows as the whole text of one of its
 * body's elements; undefined when it shows none of them.
 */
export function shownTitleHead(title: string | undefined, document: Document): string | undefined {
  if (title === undefined) return undefined;
  const heads = titleHeads(title);
  if (heads.length === 0) return undefined;
  const keys = new Set(heads.map(squash));
  const shown = new Set<string>();
  for (const el of document.querySelectorAll("body *")) {
    if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TITLE)$/iu.test(el.tagName)) continue;
    const text = squash(el.textContent);
    if (keys.has(text)) shown.add(text);
  }
  return heads.find((head) => shown.has(squash(head)));
}
