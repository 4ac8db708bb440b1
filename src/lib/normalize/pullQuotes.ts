/**
 * A pull quote: a quotation a page sets large between paragraphs, repeating words the article
 * gives in full elsewhere. It goes only when it is quote-shaped (a `>` line or a line opening
 * with a quotation mark) and its words, six at least, stand in the same order inside a longer
 * paragraph of the same article — so a quotation the article gives once always stays.
 */

const MIN_WORDS = 6;

/** Lower-cased words (runs of letters and digits), one space apart. */
function words(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

/** A block set as a quotation: a `>` line, or a line that opens with a quotation mark. */
export function isQuoteShaped(text: string): boolean {
  return /^(?:>|["“«„])/u.test(text.trim());
}

/** True when `text` is a pull quote of one of `others` (the article's other blocks). */
export function isPullQuote(text: string, others: readonly string[]): boolean {
  if (!isQuoteShaped(text)) return false;
  const mine = words(text);
  if (mine.split(" ").length < MIN_WORDS) return false;
  return others.some((other) => {
    const theirs = words(other);
    return theirs.length > mine.length && ` ${theirs} `.includes(` ${mine} `);
  });
}
