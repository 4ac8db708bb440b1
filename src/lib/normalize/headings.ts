/**
 * Heading recognition for plain text, where a heading is only a bare short line: no final
 * punctuation, starting with a capital, short compared with paragraphs. Also the split of a
 * line that fuses a standfirst (dek) with the first section heading, which happens when a page
 * puts the two in adjacent elements and the scraper drops the break between them.
 */
import { wordCount } from "./lines.ts";

/** Longest line still taken as a heading, in words and characters. */
export const MAX_HEADING_WORDS = 14;

/** A headline written as a sentence is short; a first paragraph this short is rare. */
export const MAX_SENTENCE_HEADLINE_WORDS = 15;

/** A headline written as one long sentence: more words than a short one, with its full stop. */
export function isSentenceHeadline(title: string): boolean {
  return wordCount(title) > MAX_SENTENCE_HEADLINE_WORDS && /\.["”’]?$/u.test(title) && !/\.\.\.$|…$/u.test(title);
}
const MAX_HEADING_CHARS = 120;

/** Separators a page title puts between the headline and the site's name. */
export const TITLE_SEPARATOR = /\s+(?:\||-|–|—|::|·)\s+/gu;

/** Most words of one label of a site's menu ("Opinion videos", "Search jobs", "Directory of sites"). */
export const MAX_MENU_LABEL_WORDS = 3;

/**
 * A section's or a blog's label written as a page title of short parts ("Blog - Latest News",
 * "News | World"), or a menu's row set with separators ("Boats | Sail | Rowing"): every part
 * between title separators a menu's label, so no phrase a headline states.
 */
export function isLabelOfLabels(text: string): boolean {
  const parts = text.split(TITLE_SEPARATOR);
  return parts.length >= 2 && parts.every((p) => p !== "" && wordCount(p) <= MAX_MENU_LABEL_WORDS);
}

/**
 * A media player's status run into the site's name at the end of a page's title bar ("Headline |
 * CBC News Loaded", "… | Harbor Post Loading…"), as a text extraction joins the two: the player's
 * word, no part of the name.
 */
const PLAYER_STATUS = /\s+(?:Loaded|Loading(?:\.{3}|…)?)$/u;

/** The site's name a title bar ends on, without a player's status run into it (`PLAYER_STATUS`). */
export const titleBarSite = (text: string): string => text.trim().replace(PLAYER_STATUS, "");

/** A site's name: a few words, a capital or digit first, no sentence punctuation. */
export function isSiteName(text: string): boolean {
  return wordCount(text) <= 5 && /^[\p{Lu}\d]/u.test(text) && !/[.!?,;:"“”]$/u.test(text);
}

/**
 * How a heading starts: a capital or a digit, after an opening quotation mark or the inverted
 * marks of Spanish questions and exclamations ("¿Qué sigue…?", "«Non»"), a letter of a script
 * that has no capitals (Hangul, Han, Thai, Arabic: its headlines cannot show one), or a brand
 * written with a lower-case first letter ("iPhone", "eBay").
 */
const STARTS_LIKE_HEADING = /^(?:["“‘'«‹„‚¿¡]\s?)*(?:[\p{Lu}\p{Lo}\d]|\p{Ll}\p{Lu})/u;

/** True for a line shaped like a headline or section heading (the context decides which). */
export function isHeadingLike(text: string, maxWords = MAX_HEADING_WORDS): boolean {
  const words = wordCount(text);
  return (
    words >= 1 &&
    words <= maxWords &&
    text.length <= (maxWords === MAX_HEADING_WORDS ? MAX_HEADING_CHARS : maxWords * 12) &&
    isBareLine(text) &&
    // "Editor’s Note" yes; "Note" fine; single lower-case token lines are not headings.
    (words > 1 || text.length >= 3)
  );
}

// Characters that show nothing on screen: format controls, spaces and marks (an alternation: marks in a class
// read as combined characters), plus the blank
// glyphs (Braille blank, Hangul fillers, Khmer vowels) that scraped pages use as padding.
const INVISIBLE_ONLY = /^(?:[\p{Cf}\p{Z}\s\u2800\u3164\uFFA0\u180E]|\p{M}|\u115F|\u1160)*$/u;

/**
 * Why `text` is not heading-shaped, in the words an editor needs: what was found and the
 * limit it broke. Undefined when `isHeadingLike` accepts it.
 */
export function notHeadingReason(text: string, maxWords = MAX_HEADING_WORDS): string | undefined {
  if (isHeadingLike(text, maxWords)) return undefined;
  if (INVISIBLE_ONLY.test(text)) {
    const codes = [
      ...new Set(
        Array.from(text).map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`),
      ),
    ];
    return `it holds only invisible characters (${codes.slice(0, 4).join(", ")}${codes.length > 4 ? ", …" : ""}); delete that line`;
  }
  const maxChars = maxWords === MAX_HEADING_WORDS ? MAX_HEADING_CHARS : maxWords * 12;
  const words = wordCount(text);
  if (text.length > maxChars || words > maxWords)
    return `it is ${text.length.toLocaleString("en-US")} characters and ${words.toLocaleString("en-US")} words long, and a headline may have at most ${maxChars} characters and ${maxWords} words, so it reads like body text`;
  if (!STARTS_LIKE_HEADING.test(text))
    return "it does not start with a capital letter or a digit, so it reads like body text";
  if (words <= 1 && text.length < 3) return "it is too short for a headline";
  return "it ends like a sentence, so it reads like body text";
}

/**
 * Starts with a capital or digit (optionally quoted), or a letter of a script without capitals,
 * and has no sentence-final or clause-final punctuation (also the full-width "。"); "?" and "!"
 * are allowed because question headings are common.
 */
export function isBareLine(text: string): boolean {
  return (
    STARTS_LIKE_HEADING.test(text) &&
    !/[.,;:…。，；：]["”’')\]」』]*$/u.test(text) &&
    !/[.!?。！？]["”’」』]$/u.test(text)
  );
}

/** Words that cannot end a headline fragment (a boundary after them would split a phrase). */
const FUNCTION_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "on",
  "in",
  "at",
  "to",
  "for",
  "from",
  "by",
  "with",
  "and",
  "or",
  "but",
  "as",
  "into",
  "over",
  "amid",
  "after",
  "before",
  "about",
  "against",
  "between",
  "its",
  "their",
  "his",
  "her",
  "our",
  "is",
  "are",
  "was",
  "were",
  "be",
  "not",
  "no",
  "than",
  "that",
  "which",
  "who",
]);

/** Plural nouns are heads of their phrase: English compounds use the singular as modifier. */
function looksPluralNoun(word: string): boolean {
  const w = word.replace(/[’']s$/, "");
  return /^\p{Lu}\p{Ll}+[^s]s$/u.test(w) && !/(?:ss|us|is|ous|ics|ness|ings)$/.test(w);
}

export interface FusedSplit {
  dek: string;
  heading: string;
}

/**
 * Splits an over-long heading-like line into dek + heading, or returns undefined.
 *
 * Why this works: the line has no final punctuation (so it is not prose) and more words than
 * any heading of this document; if it were one heading it would be an outlier. We try every
 * boundary that leaves a tail of typical heading length (within the range seen in this
 * document) and a head of at least three words, and score it:
 *  - impossible: the head ends with a function word ("on", "the"…) or a comma/colon, or the
 *    tail starts with a lower-case word (headings start with a capital);
 *  - evidence: the head ends with a plural noun and the tail starts with a capitalized word.
 *    In English noun compounds the modifier is almost always singular ("drug cartels", not
 *    "drugs cartels"), so "…Raising Tensions | Surveillance Operations…" is very unlikely to
 *    be one noun phrase and very likely a boundary between two title-case phrases;
 *  - tie-break: tails closer to the document's median heading length win.
 * Without positive evidence we do not split: a wrong split would corrupt both fields.
 */
export function splitFusedDekHeading(text: string, headingWordCounts: readonly number[]): FusedSplit | undefined {
  const words = text.split(/\s+/);
  const counts = headingWordCounts.length > 0 ? [...headingWordCounts].sort((a, b) => a - b) : [4, 6, 8];
  const minTail = Math.max(2, counts[0] ?? 2);
  const maxTail = counts[counts.length - 1] ?? 8;
  const median = counts[Math.floor(counts.length / 2)] ?? 6;
  if (words.length < maxTail + 3) return undefined;
  let best: { score: number; at: number } | undefined;
  for (let tail = minTail; tail <= maxTail; tail++) {
    const at = words.length - tail;
    if (at < 3) continue;
    const left = words[at - 1] ?? "";
    const right = words[at] ?? "";
    if (FUNCTION_WORDS.has(left.toLowerCase()) || /[,:;–—-]$/.test(left) || !/^["“‘]?[\p{Lu}\d]/u.test(right)) continue;
    if (!looksPluralNoun(left)) continue;
    const score = 10 - Math.abs(tail - median);
    if (best === undefined || score > best.score) best = { score, at };
  }
  if (best === undefined) return undefined;
  return { dek: words.slice(0, best.at).join(" "), heading: words.slice(best.at).join(" ") };
}
