/**
 * A search result's excerpt that does not repeat the article's headline.
 *
 * The headline stays indexed: its words find the article (a headline may use a word its text
 * does not) and, as an `h1`, weigh most in the ranking; leaving it out would change both.
 * Pagefind cuts a result's excerpt from the stretch of the page's words where the query's
 * weighted matches are densest, which that weight makes the headline itself whenever the word
 * is in it, so the card showed its title twice. The card's title is the headline already, so
 * an excerpt that would overlap it is cut again here from the words after it, in the same form
 * Pagefind gives (its text, query words in `<mark>`); any other excerpt is Pagefind's, untouched.
 */

/** What a loaded Pagefind result gives that the excerpt is cut from. */
export interface ExcerptSource {
  /** The page's indexed text, `<` and `>` escaped, the headline first. */
  readonly raw_content: string;
  /** Every word position the query matched, with its weighted score. */
  readonly weighted_locations: readonly { readonly location: number; readonly balanced_score: number }[];
  /** Pagefind's own excerpt. */
  readonly excerpt: string;
}

/** Pagefind splits a page's text into word positions at whitespace other than U+FEFF. */
const WORD_GAP = /[^\S\uFEFF]+/;

const words = (text: string): string[] => text.split(WORD_GAP).filter((word) => word !== "");

/**
 * The first position of the `length` words after `from` whose matches score the most
 * (the earliest such window; `from` itself when nothing after it matched).
 */
export function densestWindow(matches: ExcerptSource["weighted_locations"], from: number, length: number): number {
  const scores = new Map<number, number>();
  for (const { location, balanced_score } of matches) {
    if (location >= from) scores.set(location, (scores.get(location) ?? 0) + balanced_score);
  }
  let best = from;
  let bestScore = 0;
  for (const start of [...scores.keys()].sort((a, b) => a - b)) {
    let score = 0;
    for (const [location, value] of scores) if (location >= start && location < start + length) score += value;
    if (score > bestScore) [best, bestScore] = [start, score];
  }
  return best;
}

/**
 * The excerpt for a result whose page opens with `headline`: Pagefind's, unless the densest
 * stretch of matches starts inside the headline; then the densest `length` words after it, the
 * query's words marked. A page whose text does not open with the headline keeps Pagefind's.
 */
export function excerptAfterHeadline(source: ExcerptSource, headline: string, length: number): string {
  const text = words(source.raw_content);
  const title = words(headline.replace(/</g, "&lt;").replace(/>/g, "&gt;"));
  const opensWithHeadline =
    title.length > 0 &&
    title.every((word, i) => (i < title.length - 1 ? text[i] === word : text[i]?.startsWith(word) === true));
  if (!opensWithHeadline) return source.excerpt;
  // Where Pagefind's excerpt starts, read from the excerpt itself: its words are the page's from there.
  const shown = words(source.excerpt.replace(/<\/?mark>/g, ""));
  const overlaps = title.some((_word, at) => shown.every((word, i) => text[at + i] === word));
  if (!overlaps) return source.excerpt;
  const matched = new Set(source.weighted_locations.map((match) => match.location));
  const start = Math.max(
    title.length,
    Math.min(densestWindow(source.weighted_locations, title.length, length), text.length - length),
  );
  return text
    .slice(start, start + length)
    .map((word, i) => (matched.has(start + i) ? `<mark>${word}</mark>` : word))
    .join(" ");
}
