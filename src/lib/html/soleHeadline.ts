/**
 * The headline a page shows when it declares another one: the page's one `<h1>` of a
 * headline's length that shares the declared title's subject. Editors retitle a story for search
 * and sharing ("Why Does Slack Say Hummus?" over the shown "The Adorable Reason You Can Set Your
 * Alert Sound to “Hummus” on Slack"); the reader sees the heading, and the byline, date and
 * standfirst are printed under it. Only one such heading on the page, and at least two of the
 * declared title's words of substance in it, so a site's tagline, a logo or a page with several
 * stories' headings never stands in for the article's headline.
 */
import { squash } from "#lib/text/squash.ts";
import { STOP_WORDS } from "#lib/text/stopWords.ts";
import { wordsOf, WORDS_MIN } from "./rewordedHeadline.ts";

/** A heading of more words than this is a paragraph set as a heading. */
const WORDS_MAX = 40;
/** Words of substance the heading and a declared title must share. */
const SHARED_MIN = 2;

/**
 * A text's words of substance, a possessive's "'s" left off ("Slack's" is "slack") and a plural's
 * "s" too, so a retitled story that says "compliment" for "compliments" still shares the word.
 */
const substance = (s: string): Set<string> =>
  new Set(
    wordsOf(s)
      .map((w) => w.replace(/'s$/u, ""))
      .filter((w) => w.length > 2 && !STOP_WORDS.has(w))
      .map((w) => (w.length > 3 ? w.replace(/(?<![su])s$/u, "") : w)),
  );

/** The one headline-length `<h1>` sharing a declared title's subject; undefined when none or several. */
export function soleHeadline(h1s: readonly string[], titles: readonly (string | undefined)[]): string | undefined {
  const long = h1s.map(squash).filter((h) => {
    const n = wordsOf(h).length;
    return n >= WORDS_MIN && n <= WORDS_MAX;
  });
  const only = long[0];
  if (only === undefined || new Set(long).size !== 1) return undefined;
  const mine = substance(only);
  const shares = titles.some((title) => {
    if (title === undefined) return false;
    let n = 0;
    for (const w of substance(title)) if (mine.has(w)) n += 1;
    return n >= SHARED_MIN;
  });
  return shares ? only : undefined;
}
