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

/** Legal forms of a company, folded (lower case, no periods). */
const LEGAL_FORMS = new Set(
  "inc incorporated corp co ltd llc llp lp plc sa sas sarl srl spa ag gmbh kg nv bv ab as asa oy pty pvt".split(" "),
);

/** A paper's puzzles and features, which close no body's name. */
const FEATURE_TAIL = /\s(?:Crosswords?|Sudoku|Wordle|Horoscopes?)$/u;

/** "Research & Associates": a capitalised word and "&" just before the span. */
const AMPERSAND_BEFORE = /\p{Lu}[\p{L}.'’-]*\s*&\s*$/u;

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
