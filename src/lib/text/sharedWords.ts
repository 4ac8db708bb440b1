/**
 * How many words two texts share, each word counted as often as both hold it (a multiset
 * intersection): "the same words in another order" for a reworded headline or a block a page
 * sets twice. Order-free on purpose; shingles (eval/shingles.ts) compare order.
 */

/** How many of `a`'s words `b` holds, each word of `b` matched once. */
export function sharedWords(a: readonly string[], b: readonly string[]): number {
  const pool = new Map<string, number>();
  for (const word of b) pool.set(word, (pool.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of a) {
    const left = pool.get(word) ?? 0;
    if (left > 0) {
      shared += 1;
      pool.set(word, left - 1);
    }
  }
  return shared;
}
