/**
 * Spans the name finder reads as a body that are a piece of a longer name or a paper's feature,
 * not a body the article tells of (precision: "never guess a fact"):
 *
 * - a company's legal form standing alone ("Petróleos de Harbour, S.A.": "S.A." after the comma is
 *   the company's suffix, no company of its own);
 * - the words after "&" that joins them to a capitalised word before ("Harbour Research & Associates
 *   Inc.": "Associates Inc" is the tail of the firm's name, cut from its head);
 * - a paper's puzzle or feature ("the Daily Harbour Crossword"): a product of the paper, and the
 *   paper itself is not what the words name.
 */

import { termTags } from "./termTags.ts";

/** Legal forms of a company, folded (lower case, no periods). */
const LEGAL_FORMS = new Set(
  "inc incorporated corp co ltd llc llp lp plc sa sas sarl srl spa ag gmbh kg nv bv ab as asa oy pty pvt".split(" "),
);

/** A paper's puzzles and features, which close no body's name. */
const FEATURE_TAIL = /\s(?:Crosswords?|Sudoku|Wordle|Horoscopes?)$/u;

/** "Research & Associates": a capitalised word and a spaced "&" just before the span (not "AT&T": one word). */
const AMPERSAND_BEFORE = /\p{Lu}[\p{L}.'’-]*\s+&\s+$/u;

/** Whether `span` in `text` is a fragment of a longer name or a paper's feature (see above). */
export function nameFragment(text: string, span: { start: number; text: string }): boolean {
  const words = span.text
    .split(/[\s,]+/u)
    .map((w) => w.replace(/\./gu, "").toLowerCase())
    .filter((w) => w !== "");
  if (words.length > 0 && words.every((w) => LEGAL_FORMS.has(w))) return true;
  if (AMPERSAND_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) return true;
  return FEATURE_TAIL.test(span.text);
}

/** A person's name read with a word before it: "Colombian Dana Elahi Roe". */
const OPENING_WORD = /^(\p{Lu}[\p{L}-]*)\s+(?=\p{Lu}[\p{L}'’.-]*\s+\p{Lu})/u;

/**
 * Where the person's own name starts in a "person" span that opens on a demonym ("Colombian Dana
 * Elahi Roe", "the win by Dutch Ana de Vries"): the nationality describes the person, it is no part of
 * their name. 0 when the span opens on no demonym (a word compromise also knows as a person's name,
 * "Brazil"-born given names, stays), or fewer than two words would be left.
 */
export function demonymBeforeName(span: string): number {
  const opening = OPENING_WORD.exec(span);
  if (opening === null) return 0;
  const tags = termTags((opening[1] ?? "").toLowerCase());
  const demonym =
    tags.length === 1 &&
    tags[0]?.has("Demonym") === true &&
    !["Person", "FirstName", "LastName", "Organization", "Place"].some((tag) => tags[0]?.has(tag));
  return demonym ? opening[0].length : 0;
}
