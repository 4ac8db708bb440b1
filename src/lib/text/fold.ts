/**
 * Accent folding, in one place: "López" → "Lopez", "Peña" → "Pena". Names are written with and
 * without accents across outlets, so every comparison of names or words (entity matching,
 * duplicate aliases, story terms, slugs) folds them the same way. NFKD also splits
 * compatibility forms ("ﬁ" → "fi"), so what folds equal here also slugs equal.
 */

const ASCII = /^[\x00-\x7f]*$/;

/** `text` without combining marks (accents, tildes, cedillas), case kept. */
export function stripAccents(text: string): string {
  // ASCII has nothing to decompose or strip, and most words are ASCII: skip the costly NFKD pass.
  if (ASCII.test(text)) return text;
  return text.normalize("NFKD").replace(/\p{M}+/gu, "");
}
