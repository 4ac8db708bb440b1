/**
 * The headline a page shows in its `<h1>` when the titles it declares (`<title>`, og:title) are
 * another wording of it: an editor retitles a story for search or sharing ("Coal's US stronghold
 * is losing steam" over the shown "Coal's big US stronghold is losing steam"), and the reader
 * sees the heading. The heading counts only when nearly all its words are the title's and nearly
 * all the title's headline words are its own, so a site's logo heading or another story's
 * heading is never taken for the article's.
 */
import { squash } from "#lib/text/squash.ts";
import { titleHeads } from "./titleHead.ts";
import { sharedWords } from "#lib/text/sharedWords.ts";

/** Share of each side's words the other must hold. */
const SHARED_MIN = 0.75;

/** A heading of fewer words than this is a label or a site name, not a headline. */
export const WORDS_MIN = 5;

/** A heading's or a title's words, lower-cased, with their apostrophes but no other marks. */
export const wordsOf = (s: string): string[] =>
  squash(s)
    .toLowerCase()
    .replace(/[‘’]/gu, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/gu, ""))
    .filter((w) => w !== "");

/** Whether `heading` and the headline part of `title` are two wordings of one headline. */
export function rewords(heading: string, title: string): boolean {
  const h = wordsOf(heading);
  if (h.length < WORDS_MIN) return false;
  // The title's headline: the whole title, or a head of it before a site or section name.
  const heads = [title, ...titleHeads(squash(title))];
  return heads.some((head) => {
    const t = wordsOf(head);
    if (t.length < WORDS_MIN) return false;
    const n = sharedWords(h, t);
    return n / h.length >= SHARED_MIN && n / t.length >= SHARED_MIN;
  });
}

/** The first `<h1>` text that rewords one of the declared `titles`; undefined when none does. */
export function rewordedHeadline(h1s: readonly string[], titles: readonly (string | undefined)[]): string | undefined {
  const declared = titles.filter((t): t is string => t !== undefined && t.trim() !== "");
  return h1s.map(squash).find((h) => h !== "" && declared.some((t) => rewords(h, t)));
}
