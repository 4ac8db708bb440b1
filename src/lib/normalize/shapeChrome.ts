/**
 * Chrome known by its shape and position alone, with no word list, so that it holds on sites
 * whose wording nobody listed: the article is a run of prose paragraphs — sentences with
 * closing punctuation, several words, lower-case function words — and page furniture is made
 * of short labels that are none of these (menus, rails of other stories' headlines, footers,
 * copyright and legal lines, social rows, tag chips). Each rule only ever takes units that are
 * not sentences, so no body sentence is lost.
 */
import type { Unit } from "./classify.ts";
import { isHeadingLike } from "./headings.ts";

/**
 * Closed-class words of running text in the corpus's languages: a sentence has them in lower
 * case; a headline may, a row of labels or a copyright line seldom does.
 */
const FUNCTION_WORDS = new Set(
  (
    "a an the of in on to for and or but with at by from as is are was were be been has have had " +
    "that this it its he she they his her their which who not will would after than into over " +
    "de la el los las que en y un una del por con se le les des du et est une au pour qui " +
    "der die das und ist von den mit zu im nicht o da do dos em com uma no na"
  ).split(" "),
);

/** A unit's words without list marker or edge punctuation, lower-case function words counted. */
function functionWords(text: string): number {
  return text.split(/\s+/u).filter((w) => FUNCTION_WORDS.has(w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""))).length;
}

/** A sentence ended inside the line: a paragraph with something glued after it ("… post. — Agencies"). */
const SENTENCE_INSIDE = /\p{Ll}[.!?…]["”’)]*\s/u;

/** Longest line read as a label or another story's headline (as ./rails.ts reads them). */
const MAX_LABEL_WORDS = 16;

/**
 * A line a page prints around an article, by shape: a label or a headline — short, a capital
 * first, no closing punctuation — and not a question or exclamation, nor a sentence with
 * something glued after it, which a paragraph may be.
 */
export function isLabelShaped(text: string): boolean {
  return isHeadingLike(text, MAX_LABEL_WORDS) && !/[?!]["”’]?$/u.test(text) && !SENTENCE_INSIDE.test(text);
}

/** What a unit says without its list marker. */
const contentOf = (unit: Unit): string => unit.marker?.content ?? unit.text;

/**
 * Where the article ends: the index of the last unit from `from` on that is not label-shaped
 * (a paragraph, a sentence, a list item's sentence), or undefined when what follows it must
 * stay — there is nothing after it, or it introduces what follows (a colon closes it:
 * "Here is what the two sides agreed:").
 */
export function articleEnd(units: readonly Unit[], from: number): number | undefined {
  for (let k = units.length - 1; k >= from; k--) {
    const unit = units[k];
    if (unit === undefined || unit.furniture !== undefined) continue;
    const text = contentOf(unit);
    if (/:$/u.test(text) && functionWords(text) >= 1) return undefined;
    if (!isLabelShaped(text)) return k;
  }
  return undefined;
}
