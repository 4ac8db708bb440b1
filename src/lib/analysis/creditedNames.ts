/**
 * Sentences that credit who wrote something rather than tell of anyone, read by their shape:
 * - a contributor's sign-off closing an entry of a list piece, the name alone in square brackets
 *   ("[Jane Roe]"), as a round-up by several critics signs each entry;
 * - a cited work's author list, surnames and initials in the style of a reference list
 *   ("Roe, J., Doe, A. B., and C. Poe.", "Roe J, Doe AB, Poe C."), which a "Sources" or
 *   "References" section prints before each title;
 * - a letter's signature: the writer's name on one line and their town on the next, the two
 *   lines alone in their block ("Jane Roe / Walnut Grove", "Jane Roe / Elm Falls, Ore."), as a
 *   letters page closes each reader's letter.
 * - a cited work's reference line, read by what only a citation holds: a journal's locator after
 *   the year ("2015 Dec;28(6):685-90", "2019;12:e104"), a line that is a DOI ("DOI: 10.1007/…"),
 *   or a first author's "et al." after a label that introduces the cited paper ("More information:",
 *   "Journal reference:", "Source:") or in a line that gives the paper's DOI; its capitalised words
 *   are authors, a title and a journal, none of them a person or body the article tells of.
 * The people in them wrote the entry, the cited paper or the letter; the article names them as
 * no one it tells of, as a byline does not. A name in running text is never either: the whole sentence
 * must be the credit. Pure.
 */

/** One capitalised word of a name: "Roe", "D’Angelo", "Liotard-Vogt", "McAdams", "Östlund". */
const WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
/** One to three initials, each with its period: "J.", "A. B.", "A.B.". */
const INITIALS = String.raw`(?:\p{Lu}\.\s?){1,3}`;

/** "[Jane Roe]", "[Mike D’Angelo]": a name of two to four words alone in square brackets. */
const BRACKETED_NAME = new RegExp(String.raw`^\\?\[\s*${WORD}(?:\s+${WORD}){1,3}\s*\\?\]$`, "u");

/** "Roe, J., " — a surname, its initials and the comma before the next author. */
const SURNAME_INITIALS = String.raw`${WORD}(?:\s${WORD})?,\s${INITIALS},?\s`;
/**
 * An author list in the "Surname, I." style: two or more authors, the last one either the same
 * or turned ("and C. Poe"), closed by a period.
 */
const AUTHOR_LIST = new RegExp(
  String.raw`^(?:${SURNAME_INITIALS}){1,12}(?:(?:and|&)\s)?(?:${INITIALS}\s?${WORD}(?:\s${WORD})?|${WORD}(?:\s${WORD})?,\s${INITIALS})\.?$`,
  "u",
);
/** The Vancouver style: "Roe J, Doe AB, Poe C." — surnames with bare capitals, at least two authors. */
const VANCOUVER_LIST = new RegExp(
  String.raw`^${WORD}\s\p{Lu}{1,3}(?:,\s${WORD}\s\p{Lu}{1,3}){1,12}(?:,?\s(?:et al))?\.$`,
  "u",
);

/**
 * A letter's signature: a name of two to four words (an initial may stand for one: "Jane Q. Roe")
 * alone on its line, then a town of one to three capitalised words alone on the next, perhaps
 * with its state after a comma ("Elm Falls, Ore."). Two lines and nothing else: no verb, no stop.
 */
const NAME_OVER_TOWN = new RegExp(
  String.raw`^${WORD}(?: (?:${WORD}|\p{Lu}\.)){1,3} *\n *${WORD}(?: ${WORD}){0,2}(?:, ${WORD}\.?)?$`,
  "u",
);

/** A journal's locator after the year in the Vancouver style: "2015 Dec;28(6):685-90", "2019;12:e104". */
const JOURNAL_LOCATOR = /\b(?:19|20)\d{2}(?:\s\p{Lu}\p{Ll}{2})?;\s?\d{1,4}(?:\(\d{1,4}\))?:\s?[e\d]\d*/u;
/** A DOI: "10." then a registrant's number and a slash. */
const DOI = /\b10\.\d{4,9}\//u;
/** A line that is a DOI alone, labelled: "DOI: 10.1007/978-3-319-09575-2_199-1". */
const DOI_LINE = /^doi:?\s*(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/\S+$/iu;
/** A label that introduces a cited paper, opening the line. */
const CITATION_LABEL =
  /^(?:\[\d{1,3}\]\s*)?(?:more information|journal reference|reference|citation|source|study)\s*:\s/iu;
/** A first author and "et al.": "G. Petit et al.", "Thompson J et al". */
const ET_AL = /\p{Lu}[\p{L}'’-]*,?\s+et al\b/u;

/** A reference entry's most: a paragraph of prose that cites a paper in passing is longer. */
const ENTRY_CHARS = 400;

/**
 * Whether `line` is a cited work's reference, as above: a line of its own, not longer than an
 * entry, whose locator closes it (a DOI or a PMID may follow), so prose citing a paper is not one.
 */
function isCitation(line: string): boolean {
  if (line.length > ENTRY_CHARS) return false;
  if (!/\d/u.test(line)) return CITATION_LABEL.test(line) && ET_AL.test(line);
  const locator = JOURNAL_LOCATOR.exec(line);
  return (
    (locator !== null && line.length - (locator.index + locator[0].length) <= 80) ||
    DOI_LINE.test(line) ||
    (ET_AL.test(line) && (CITATION_LABEL.test(line) || DOI.test(line)))
  );
}

/** Whether `text` (one sentence) is a sign-off, a cited work's author list or reference, or a letter's signature, as above. */
export function isCreditedNames(text: string): boolean {
  const line = text.trim();
  // Each shape needs its mark (a closing bracket, a comma, a line break), which most sentences lack.
  return (
    (line.includes("]") && BRACKETED_NAME.test(line)) ||
    (line.includes(",") && (AUTHOR_LIST.test(line) || VANCOUVER_LIST.test(line))) ||
    (line.includes("\n") && NAME_OVER_TOWN.test(line)) ||
    isCitation(line)
  );
}
