/**
 * The sourcing figure of `npm run eval`: how many of the gold's named and anonymous
 * attributions the sourcing profile counts (recall), and how many of the ones it counts the gold
 * holds (precision). Pure: gold attributions and the system's (each with its sentence's text)
 * in, counts out.
 *
 * A system attribution matches a gold one of its kind when their sentences overlap — the
 * sentence contains the gold's text, or lies inside it (the segmenter may cut a sentence the gold
 * copied whole) — and, for a named source, the speakers agree as quotations' speakers do
 * ("Sheinbaum" ~ "Claudia Sheinbaum", accents aside).
 */
import { z } from "astro/zod";
import type { Attribution } from "#lib/analysis/index.ts";
import { isHanText } from "#lib/analysis/hanQuotes.ts";
import { foldedWords } from "#lib/text/fold.ts";
import type { Block } from "#lib/text/sentences.ts";
import { contains, sameSpeaker } from "./quotes.ts";
import { sumCounts } from "./sumCounts.ts";

/** The gold's `attributions` field (eval/README.md, "Sourcing"). */
export const goldAttributionsSchema = z.object({
  named: z.array(z.object({ speaker: z.string().min(1), text: z.string().min(1) })),
  anonymous: z.array(z.object({ text: z.string().min(1) })),
});
export type GoldAttributions = z.infer<typeof goldAttributionsSchema>;

export type SourceKind = "named" | "anonymous";

export interface SystemAttribution {
  readonly kind: SourceKind;
  /** The speaker's name, or the description of an unnamed source. */
  readonly label: string;
  /** The text of the sentence the attribution links to. */
  readonly sentence: string;
}

export interface Tally {
  /** Gold attributions. */
  readonly gold: number;
  /** Gold attributions some system attribution matches. */
  readonly found: number;
  /** System attributions of this kind. */
  readonly system: number;
  /** System attributions that match a gold one. */
  readonly right: number;
}

export interface SourcingScore {
  readonly named: Tally;
  readonly anonymous: Tally;
  /** Missed gold attributions and counted ones the gold lacks, one line each. */
  readonly misses: readonly string[];
}

/** Letters and digits only: Chinese text compared character by character. */
const bare = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, "");

/**
 * True when a sentence of the site and a gold text are the same passage (see the module comment).
 * Chinese writes no spaces, so its "words" are whole clauses: a gold text of Chinese is compared by
 * its characters (a piece of the sentence, or the sentence, eight characters at least, a piece of it).
 */
export function sameSentence(goldText: string, sentence: string): boolean {
  if (isHanText(goldText)) {
    const [g, s] = [bare(goldText), bare(sentence)];
    return g !== "" && (s.includes(g) || (s.length >= 8 && g.includes(s)));
  }
  const g = foldedWords(goldText);
  const s = foldedWords(sentence);
  return contains(s, g) || (s.length >= 4 && contains(g, s));
}

/**
 * A profile's named and anonymous attributions with their sentences' text. `blocks` are the
 * article's blocks, standfirst and key points included (the sentences of one of those share
 * its element's id, so their texts together stand for it).
 */
export function countedAttributions(
  attributions: readonly Attribution[],
  blocks: readonly Block[],
): SystemAttribution[] {
  const text = new Map<string, string>();
  for (const block of blocks)
    for (const sentence of block.sentences)
      text.set(sentence.anchor, [text.get(sentence.anchor), sentence.text].filter(Boolean).join(" "));
  return attributions.flatMap((a) =>
    (a.kind === "named" || a.kind === "anonymous") && a.anchor !== undefined
      ? [{ kind: a.kind, label: a.label, sentence: text.get(a.anchor) ?? "" }]
      : [],
  );
}

interface GoldItem {
  readonly kind: SourceKind;
  readonly text: string;
  readonly speaker?: string;
}

function matches(gold: GoldItem, found: SystemAttribution): boolean {
  if (gold.kind !== found.kind || !sameSentence(gold.text, found.sentence)) return false;
  return (
    gold.kind === "anonymous" ||
    sameSpeaker({ kind: "named", name: gold.speaker ?? null }, { kind: "named", name: found.label })
  );
}

const short = (text: string) => (text.length > 110 ? `${text.slice(0, 107)}…` : text);

/**
 * What the panel counted in a missed gold attribution's sentence, for the miss's line: another kind
 * or another speaker ("  [counted there: anonymous a spokesperson]") tells a source read wrong from one
 * not read at all (no suffix).
 */
function countedThere(gold: GoldItem, system: readonly SystemAttribution[]): string {
  const there = system.filter((s) => sameSentence(gold.text, s.sentence)).map((s) => `${s.kind} ${s.label}`);
  return there.length === 0 ? "" : `  [counted there: ${[...new Set(there)].join("; ")}]`;
}

/** Scores one article's counted attributions against its gold ones. */
export function scoreSourcing(gold: GoldAttributions, system: readonly SystemAttribution[]): SourcingScore {
  const items: GoldItem[] = [
    ...gold.named.map((n) => ({ kind: "named" as const, text: n.text, speaker: n.speaker })),
    ...gold.anonymous.map((a) => ({ kind: "anonymous" as const, text: a.text })),
  ];
  const misses: string[] = [];
  const tally = (kind: SourceKind): Tally => {
    const mine = items.filter((i) => i.kind === kind);
    const counted = system.filter((s) => s.kind === kind);
    const foundItems = mine.filter((g) => counted.some((s) => matches(g, s)));
    const rightItems = counted.filter((s) => mine.some((g) => matches(g, s)));
    for (const g of mine)
      if (!foundItems.includes(g))
        misses.push(`missed ${kind}${g.speaker ? ` (${g.speaker})` : ""}: ${short(g.text)}${countedThere(g, system)}`);
    for (const s of counted)
      if (!rightItems.includes(s)) misses.push(`not in gold ${kind} (${s.label}): ${short(s.sentence)}`);
    return { gold: mine.length, found: foundItems.length, system: counted.length, right: rightItems.length };
  };
  return { named: tally("named"), anonymous: tally("anonymous"), misses };
}

/** Several articles' scores added up. */
export function sumSourcingScores(scores: readonly SourcingScore[]): SourcingScore {
  const zero: Tally = { gold: 0, found: 0, system: 0, right: 0 };
  const add = (kind: SourceKind): Tally =>
    sumCounts(
      scores.map((s) => s[kind]),
      zero,
    );
  return { named: add("named"), anonymous: add("anonymous"), misses: scores.flatMap((s) => s.misses) };
}

const ratio = (a: number, b: number) => (b === 0 ? undefined : Math.round((1000 * a) / b) / 1000);

/** Recall and precision per kind, rounded, for the eval's printout and JSON line. */
export function sourcingNumbers(score: SourcingScore) {
  const of = (t: Tally) => ({ recall: ratio(t.found, t.gold), precision: ratio(t.right, t.system) });
  return { named: of(score.named), anonymous: of(score.anonymous) };
}

/** One line for the eval's printout. */
export function formatSourcing(label: string, score: SourcingScore): string {
  const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
  const part = (kind: SourceKind) => {
    const t = score[kind];
    return `${kind} recall ${pct(t.found, t.gold)} (${t.found}/${t.gold}), precision ${pct(t.right, t.system)} (${t.right}/${t.system})`;
  };
  return `${label} sourcing: ${part("named")}; ${part("anonymous")}`;
}
