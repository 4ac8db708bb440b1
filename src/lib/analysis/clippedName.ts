/**
 * A body's clipped name written back in full: "the Fed said" in an article that names the
 * "U.S. Federal Reserve" is the Federal Reserve's. News style names a body once in full, then
 * by a clipping of its first word ("the Fed", "the Met"); the speaker is then named as the
 * article first named it. Only when exactly one fuller name fits, and only a word the clipping
 * opens and that another capitalised word follows ("Federal Reserve", not "Fedora"): a person's
 * nickname or a name the article never gives in full stays as written.
 */

/**
 * The one fuller name among `names` (the article's capitalised names) that `clipped` (one word,
 * three letters at least) is the clipping of, from the clipped word on; undefined when none or
 * several fit.
 */
export function fullNameOfClipping(clipped: string, names: readonly string[]): string | undefined {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(clipped)) return undefined;
  const fits = new Set<string>();
  for (const name of names) {
    const words = name.split(/\s+/u);
    words.forEach((word, i) => {
      const next = words[i + 1];
      if (word.length > clipped.length && word.startsWith(clipped) && next !== undefined && /^\p{Lu}/u.test(next))
        fits.add(words.slice(i).join(" "));
    });
  }
  return fits.size === 1 ? [...fits][0] : undefined;
}
