/**
 * The quotes figure of `npm run eval`: how many of the gold quotations the analysis found, how
 * many of those got the right speaker, and how many got a wrong one (a guessed speaker is a
 * defect; "unattributed" is honest and counts as neither right nor wrong when the gold names
 * someone). Pure: gold and found quotations in, counts out.
 *
 * A gold quotation is found when a found quotation's words contain it or are contained in it
 * with at least half its words (the gold may list a multi-paragraph quotation whole, or a
 * bracketed insertion the text splits). Matching is one-to-one, best overlap first: a found
 * quotation renders at most one gold quotation ("patently false" is not also the gold's "is
 * patently false" of another speaker), and a gold quotation is found by at most one. The one
 * exception is a gold quotation a found one holds whole, of the same speaker: a quotation over
 * several paragraphs that the gold lists paragraph by paragraph, or words a page repeats (its
 * headline's and its body's) that the analysis lists once, render every such gold quotation;
 * never a part of one, nor another speaker's words the found quotation quotes inside it. Speakers agree when their kinds agree and, for a name,
 * one name's words are all in the other ("Sheinbaum" ~ "Claudia Sheinbaum"), accents and case
 * aside; two anonymous descriptions agree on their head noun ("the official" ~ "a U.S. official").
 */
import { foldedWords } from "#lib/text/fold.ts";
import { sumCounts } from "./sumCounts.ts";

export type QuoteSpeakerKind = "named" | "anonymous" | "unattributed";

export interface ScoredQuote {
  readonly text: string;
  readonly speaker: { readonly name?: string | null; readonly kind: QuoteSpeakerKind };
}

export interface QuoteScore {
  /** Gold quotations. */
  readonly gold: number;
  /** Gold quotations some found quotation matches. */
  readonly found: number;
  /** Found ones whose speaker agrees with the gold's. */
  readonly rightSpeaker: number;
  /** Found ones given a named or anonymous speaker the gold does not have. */
  readonly wrongSpeaker: number;
  /** Found quotations that match no gold quotation (terms, scare quotes, noise). */
  readonly extra: number;
  /** Per gold quotation that was missed or got a wrong speaker: what went wrong. */
  readonly misses: readonly string[];
}

/** True when `needle` occurs as a contiguous run of `haystack` (word lists). */
export function contains(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** True when the found quotation renders the gold one. */
export function sameQuotation(gold: string, found: string): boolean {
  const g = foldedWords(gold);
  const f = foldedWords(found);
  if (contains(f, g)) return true;
  return f.length * 2 >= g.length && contains(g, f);
}

/** True when two speakers agree (see the module comment). */
export function sameSpeaker(gold: ScoredQuote["speaker"], found: ScoredQuote["speaker"]): boolean {
  if (gold.kind !== found.kind) return false;
  if (gold.kind === "unattributed") return true;
  const g = new Set(foldedWords(gold.name ?? ""));
  const f = new Set(foldedWords(found.name ?? ""));
  if (g.size === 0 || f.size === 0) return false;
  const subset = (a: Set<string>, b: Set<string>) => [...a].every((word) => b.has(word));
  if (subset(g, f) || subset(f, g)) return true;
  // Two descriptions of one unnamed source agree on their head ("the official" ~ "a U.S. official").
  const head = (name: string | null | undefined) =>
    foldedWords(name ?? "")
      .at(-1)
      ?.replace(/s$/u, "");
  return gold.kind === "anonymous" && head(gold.name) !== undefined && head(gold.name) === head(found.name);
}

/**
 * How closely two renderings of a quotation agree: the shorter's words over the longer's (one
 * contains the other when they match), 0 when they do not match.
 */
export function quotationOverlap(gold: string, found: string): number {
  if (!sameQuotation(gold, found)) return 0;
  const g = foldedWords(gold).length;
  const f = foldedWords(found).length;
  return Math.min(g, f) / Math.max(g, f);
}

/**
 * Pairs gold and found quotations one-to-one, the closest pairs first; between pairs as close,
 * one whose speakers agree (`agree`: the text cannot tell them apart, the speaker can), then
 * document order. A gold quotation left over then takes the found one of its speaker that holds
 * it whole (see the module comment). Returns, for each gold index, the found index it is matched to.
 */
export function matchQuotations(
  gold: readonly string[],
  found: readonly string[],
  agree: (g: number, f: number) => boolean = () => false,
): Map<number, number> {
  const pairs: { g: number; f: number; overlap: number; agrees: number }[] = [];
  gold.forEach((g, gi) =>
    found.forEach((f, fi) => {
      const overlap = quotationOverlap(g, f);
      if (overlap > 0) pairs.push({ g: gi, f: fi, overlap, agrees: agree(gi, fi) ? 1 : 0 });
    }),
  );
  pairs.sort((a, b) => b.overlap - a.overlap || b.agrees - a.agrees || a.g - b.g || a.f - b.f);
  const matched = new Map<number, number>();
  const taken = new Set<number>();
  for (const { g, f } of pairs) {
    if (matched.has(g) || taken.has(f)) continue;
    matched.set(g, f);
    taken.add(f);
  }
  // A gold quotation left over that a found one holds whole, with the same speaker, is rendered by
  // it all the same; another speaker's words held whole are quoted inside it, not rendered.
  for (const { g, f, agrees } of pairs)
    if (!matched.has(g) && agrees === 1 && contains(foldedWords(found[f] ?? ""), foldedWords(gold[g] ?? "")))
      matched.set(g, f);
  return matched;
}

/** The longest quotation a miss line shows whole, so that the speakers after it fit the line. */
const SHOWN_QUOTATION = 90;
/**
 * A quotation as a miss line shows it: cut at a word's end past SHOWN_QUOTATION characters, an
 * ellipsis after, so that a long quotation never pushes the speaker field (what went wrong) off the line.
 */
export function shownQuotation(text: string): string {
  if (text.length <= SHOWN_QUOTATION) return text;
  const cut = text.slice(0, SHOWN_QUOTATION);
  const space = cut.lastIndexOf(" ");
  return `${(space > SHOWN_QUOTATION / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Scores one article's found quotations against its gold ones. */
export function scoreQuotes(gold: readonly ScoredQuote[], found: readonly ScoredQuote[]): QuoteScore {
  let matched = 0;
  let right = 0;
  let wrong = 0;
  const pairs = matchQuotations(
    gold.map((g) => g.text),
    found.map((f) => f.text),
    (g, f) => sameSpeaker((gold[g] as ScoredQuote).speaker, (found[f] as ScoredQuote).speaker),
  );
  const misses: string[] = [];
  gold.forEach((expected, gi) => {
    const hit = found[pairs.get(gi) ?? -1];
    if (!hit) {
      misses.push(`missed “${shownQuotation(expected.text)}”`);
      return;
    }
    matched += 1;
    if (sameSpeaker(expected.speaker, hit.speaker)) right += 1;
    else {
      const said = `${hit.speaker.kind}${hit.speaker.name ? ` ${hit.speaker.name}` : ""}`;
      const should = `${expected.speaker.kind}${expected.speaker.name ? ` ${expected.speaker.name}` : ""}`;
      if (hit.speaker.kind !== "unattributed") wrong += 1;
      misses.push(`“${shownQuotation(expected.text)}”: ${said}, gold ${should}`);
    }
  });
  // A found quotation left over that still renders a gold one (a second rendering) is no extra.
  const used = new Set(pairs.values());
  const extra = found.filter(
    (candidate, index) => !used.has(index) && !gold.some((g) => sameQuotation(g.text, candidate.text)),
  ).length;
  return { gold: gold.length, found: matched, rightSpeaker: right, wrongSpeaker: wrong, extra, misses };
}

/**
 * How a found quotation stands against the gold (for the EVAL_QUOTE_ROUTES tally): "right" or
 * "wrong" speaker, "abstained-named"/"abstained-anonymous" when the analysis left unattributed a
 * quotation the gold gives a speaker, "not-in-gold" when it renders no gold quotation.
 */
export type FoundStanding = "right" | "wrong" | "abstained-named" | "abstained-anonymous" | "not-in-gold";

/**
 * Each found quotation's standing and the gold quotation it renders (paired as `scoreQuotes` pairs
 * them; a found one rendering several gold ones is judged by the first), in found order.
 */
export function foundStandings(
  gold: readonly ScoredQuote[],
  found: readonly ScoredQuote[],
): { standing: FoundStanding; gold?: ScoredQuote }[] {
  const pairs = matchQuotations(
    gold.map((g) => g.text),
    found.map((f) => f.text),
    (g, f) => sameSpeaker((gold[g] as ScoredQuote).speaker, (found[f] as ScoredQuote).speaker),
  );
  const goldOf = new Map<number, ScoredQuote>();
  for (const [g, f] of [...pairs].sort((a, b) => a[0] - b[0]))
    if (!goldOf.has(f)) goldOf.set(f, gold[g] as ScoredQuote);
  return found.map((hit, fi) => {
    const expected = goldOf.get(fi);
    if (!expected) return { standing: "not-in-gold" };
    if (sameSpeaker(expected.speaker, hit.speaker)) return { standing: "right", gold: expected };
    if (hit.speaker.kind !== "unattributed") return { standing: "wrong", gold: expected };
    return { standing: expected.speaker.kind === "named" ? "abstained-named" : "abstained-anonymous", gold: expected };
  });
}

/** Sums per-article scores into one figure. */
export function sumQuoteScores(scores: readonly QuoteScore[]): QuoteScore {
  return sumCounts(scores, { gold: 0, found: 0, rightSpeaker: 0, wrongSpeaker: 0, extra: 0, misses: [] });
}

/** The figures `npm run eval` prints: shares of found and of right speakers, wrong-speaker and extra counts. */
export interface QuoteFigures {
  readonly gold: number;
  readonly found: number;
  /** Found gold quotations over all gold quotations. */
  readonly foundShare: number;
  readonly rightSpeaker: number;
  /** Right speakers over found quotations. */
  readonly rightShare: number;
  readonly wrongSpeakers: number;
  readonly extra: number;
}

export function quoteFigures(score: QuoteScore): QuoteFigures {
  const share = (part: number, whole: number) => (whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000);
  return {
    gold: score.gold,
    found: score.found,
    foundShare: share(score.found, score.gold),
    rightSpeaker: score.rightSpeaker,
    rightShare: share(score.rightSpeaker, score.found),
    wrongSpeakers: score.wrongSpeaker,
    extra: score.extra,
  };
}

/** One human-readable line for a group of cases, headed by `label` ("quotes"). */
export function formatQuoteFigures(label: string, f: QuoteFigures): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return `  ${label.padEnd(8)} found ${f.found}/${f.gold} (${pct(f.foundShare)})  right speaker ${f.rightSpeaker}/${f.found} (${pct(f.rightShare)})  wrong speakers ${f.wrongSpeakers}  not in gold ${f.extra}`;
}
