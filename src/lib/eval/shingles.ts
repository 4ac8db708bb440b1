/**
 * Body scoring the way public extraction benchmarks do it: lower-cased word tokens (single
 * characters in scripts written without spaces), overlapping n-token shingles counted as a
 * multiset, precision and recall of the output's shingles against a reference. Pure; n defaults
 * to 4 (the article-extraction-benchmark's choice).
 */
import { UNSPACED_CLASS } from "#lib/text/unspacedScripts.ts";

/** Shingle length used for every figure `npm run eval` prints. */
export const SHINGLE_N = 4;

/**
 * Lower-cased runs of letters and digits; punctuation and markup characters are not words. A
 * soft hyphen (U+00AD) shows nothing and parts no word: "Vladi\u00ADmir" is one.
 */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/\u00AD/gu, "")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * Characters of scripts written without spaces between words (Han, kana): a run of them is a
 * whole sentence to `words`, so one changed character would spoil every shingle of it.
 */
const UNSPACED = new RegExp(`[${UNSPACED_CLASS}]`, "u");

/** One unspaced character, or a run of anything else (Latin letters or digits inside a run). */
const UNSPACED_PART = new RegExp(`[${UNSPACED_CLASS}]|[^${UNSPACED_CLASS}]+`, "gu");

/**
 * The tokens shingles are made of: `words`, with every character of an unspaced script its own
 * token, so a Chinese or Japanese body is compared character by character as a spaced one is
 * word by word. Text in spaced scripts gets exactly `words`.
 */
export function shingleTokens(text: string): string[] {
  const tokens = words(text);
  if (!tokens.some((token) => UNSPACED.test(token))) return tokens;
  return tokens.flatMap((token) => (UNSPACED.test(token) ? (token.match(UNSPACED_PART) ?? []) : [token]));
}

/** Multiset of n-token shingles; a text shorter than n tokens counts as one shingle of itself. */
export function shingles(text: string, n = SHINGLE_N): Map<string, number> {
  const tokens = shingleTokens(text);
  const bag = new Map<string, number>();
  const add = (key: string) => bag.set(key, (bag.get(key) ?? 0) + 1);
  if (tokens.length === 0) return bag;
  if (tokens.length < n) add(tokens.join(" "));
  for (let i = 0; i + n <= tokens.length; i++) add(tokens.slice(i, i + n).join(" "));
  return bag;
}

function total(bag: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const count of bag.values()) sum += count;
  return sum;
}

/** Size of the multiset intersection. */
export function overlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const [key, count] of a) sum += Math.min(count, b.get(key) ?? 0);
  return sum;
}

export interface BodyScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Harmonic mean, 0 when both are 0. */
export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Shingles of separate segments, added up: no shingle spans two segments. */
export function segmentShingles(segments: readonly string[], n = SHINGLE_N): Map<string, number> {
  const bag = new Map<string, number>();
  for (const segment of segments)
    for (const [key, count] of shingles(segment, n)) bag.set(key, (bag.get(key) ?? 0) + count);
  return bag;
}

/**
 * Precision = shared shingles / output shingles, recall = shared / reference shingles. A
 * reference given as a list (the gold's `keep` items) is shingled item by item. An empty output
 * scores 0/0 (nothing extracted is a miss, not a perfect precision); an empty reference with an
 * empty output scores 1/1.
 */
export function scoreBody(output: string, reference: string | readonly string[], n = SHINGLE_N): BodyScore {
  const out = shingles(output, n);
  const ref = typeof reference === "string" ? shingles(reference, n) : segmentShingles(reference, n);
  const outTotal = total(out);
  const refTotal = total(ref);
  if (outTotal === 0 && refTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  const shared = overlap(out, ref);
  const precision = outTotal === 0 ? 0 : shared / outTotal;
  const recall = refTotal === 0 ? 0 : shared / refTotal;
  return { precision, recall, f1: f1Of(precision, recall) };
}
