/**
 * Accent folding, in one place: "López" → "Lopez", "Peña" → "Pena". Names are written with and
 * without accents across outlets, so every comparison of names or words (entity matching,
 * duplicate aliases, story terms, slugs) folds them the same way. NFKD also splits
 * compatibility forms ("ﬁ" → "fi"), so what folds equal here also slugs equal.
 */

/**
 * Printable ASCII, tabs and line breaks, and the typographic marks prose is written with (curly
 * quotes, dashes), which NFKD leaves as they are: text with nothing to decompose or strip.
 */
const PLAIN = /^[\t\n\r -~‘’“”–—]*$/u;

/** `text` without combining marks (accents, tildes, cedillas), case kept. */
export function stripAccents(text: string): string {
  // Most words are plain ASCII: the costly NFKD pass is skipped for them.
  if (PLAIN.test(text)) return text;
  return text.normalize("NFKD").replace(/\p{M}+/gu, "");
}

/**
 * The lower-cased, accent-free words of `text`, an apostrophe kept inside a word ("that’s" and
 * "that's" alike): what two renderings of the same words share, as a quotation and its repeat,
 * or a pull quote and the paragraph it was lifted from.
 */
export function foldedWords(text: string): string[] {
  return (
    stripAccents(text)
      .toLowerCase()
      .replace(/[’‘]/gu, "'")
      .match(/[\p{L}\p{N}']+/gu) ?? []
  );
}

/**
 * True when one name's folded words are all in the other's ("Sheinbaum" ~ "Claudia Sheinbaum"):
 * how a surname or a shorter label is read as the same person within one article.
 */
export function sameName(a: string, b: string): boolean {
  const x = foldedWords(a);
  const y = foldedWords(b);
  return x.length > 0 && y.length > 0 && (x.every((w) => y.includes(w)) || y.every((w) => x.includes(w)));
}
