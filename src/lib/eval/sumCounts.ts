/**
 * Scores added up: every count summed and every list of misses joined, field by field. The
 * eval's per-case scores (quotes, events, sourcing, claims) are flat records of counts and
 * misses, so one helper adds them all instead of a hand-written reducer per figure.
 */
export function sumCounts<T extends { readonly [K in keyof T]: number | readonly string[] }>(
  scores: readonly T[],
  zero: T,
): T {
  const keys = Object.keys(zero) as (keyof T)[];
  return scores.reduce((sum, score) => {
    const next = { ...sum };
    for (const key of keys) {
      const a: number | readonly string[] = sum[key];
      const b: number | readonly string[] = score[key];
      next[key] = (typeof a === "number" ? a + Number(b) : [...a, ...(typeof b === "number" ? [] : b)]) as T[keyof T];
    }
    return next;
  }, zero);
}
