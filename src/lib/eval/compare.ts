/**
 * How an ingest output is compared with the gold: field by field after whitespace and quote
 * normalization, and "is this sentence in the body" by normalized substring. One place, so
 * every figure `npm run eval` prints uses the same notion of "the same text".
 */

/**
 * Whitespace collapsed (no-break spaces included), curly quotes and primes made straight,
 * case kept. Dashes and other punctuation are left alone: they are part of the text.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\s\u00A0\u200B]+/g, " ")
    .trim();
}

/** Field outcome: `right`, `wrong` (a different value), `missing` (gold has one, output none), `extra` (gold null, output has one). */
export type FieldOutcome = "right" | "wrong" | "missing" | "extra";

/**
 * Exact after normalizeText, or the same answer by `same` (given both normalized); a null gold is
 * right only when the output is absent too.
 */
export function compareField(
  gold: string | null,
  output: string | undefined,
  same: (gold: string, output: string) => boolean = () => false,
): FieldOutcome {
  const out = output === undefined || output.trim() === "" ? undefined : normalizeText(output);
  if (gold === null) return out === undefined ? "right" : "extra";
  if (out === undefined) return "missing";
  const expected = normalizeText(gold);
  return expected === out || same(expected, out) ? "right" : "wrong";
}

/**
 * A publication's name as the scorer keys it (eval/README, "The same byline or outlet"): small
 * letters, its letters and digits only, without a leading "The" or a web address's ending —
 * "The Press-Enterprise" and "Press Enterprise", "ESPN.com" and "ESPN", "TIME" and "Time" are
 * one name spelled several ways, where "Sky" and "Sky News" are two.
 */
export function outletKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/^the\s+(?=\S)/iu, "")
    .replace(/\.[a-z]{2,6}(?:\.[a-z]{2})?$/iu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The same outlet: equal keys (`outletKey`). */
export const sameOutlet = (gold: string, output: string): boolean => outletKey(gold) === outletKey(output);

/**
 * The same byline (eval/README, "The same byline or outlet"): equal but for case (names set in
 * capitals are typography, not other names), and with or without a closing credit of the case's
 * own outlet ("Ana Ruiz, CNN" on CNN's page), which names the employer, not another author.
 */
export function sameByline(outlet: string | null): (gold: string, output: string) => boolean {
  const bare = (byline: string): string => {
    const comma = byline.lastIndexOf(",");
    const tail = comma < 0 ? "" : byline.slice(comma + 1).trim();
    const credit = outlet !== null && tail !== "" && outletKey(tail) === outletKey(outlet);
    return (credit ? byline.slice(0, comma) : byline).trim().toLowerCase();
  };
  return (gold, output) => bare(gold) === bare(output);
}

/**
 * True when `item` occurs in `body`, both normalized, with markdown emphasis and escapes
 * ignored (the body is mdast text, so those are already gone there) and case kept.
 */
export function bodyContains(body: string, item: string): boolean {
  const needle = normalizeText(item);
  return needle !== "" && normalizeText(body).includes(needle);
}

/** Chrome items this short ("Africa", "Related", "Photo") are also words of prose. */
const SHORT_CHROME_WORDS = 2;

/**
 * True when the chrome `item` is still in `body`. A short item (a label of one or two words)
 * counts only as a whole line of the body: "Africa" left as a section label is chrome, the word
 * in "the poorest countries in Africa" is not. Longer items count as a normalized substring.
 */
export function chromeLeft(body: string, item: string): boolean {
  const needle = normalizeText(item);
  if (needle === "" || needle.split(" ").length > SHORT_CHROME_WORDS) return bodyContains(body, item);
  return body.split("\n").some((line) => normalizeText(line) === needle);
}

/** Where a piece of chrome left in a body sits, against the body's kept sentences. */
export type ChromePlace = "before" | "inside" | "after";

/**
 * Where the chrome `item` sits in `body`: before the first of the `kept` items the body holds
 * (a header's leftovers), after the last one (a footer's, a rail's), or among them (captions,
 * boxes, links set in the text). Undefined when the item is not found as text or no kept item is:
 * the split's aggregate says which kind of chrome a rule should look for, without a sentence.
 */
export function chromePlace(body: string, item: string, kept: readonly string[]): ChromePlace | undefined {
  const text = normalizeText(body);
  const at = text.indexOf(normalizeText(item));
  const places = kept.map((k) => text.indexOf(normalizeText(k))).filter((i) => i >= 0);
  if (at < 0 || places.length === 0) return undefined;
  if (at < Math.min(...places)) return "before";
  return at > Math.max(...places) ? "after" : "inside";
}
