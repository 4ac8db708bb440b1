/**
 * Claims of one story: sentences of different articles that report the same fact, aligned by
 * the words they share, and what the aligned sentences state differently.
 *
 * Alignment is lexical, so every match can be shown and checked: each sentence becomes a set
 * of terms (`claimTerms.ts`: content-word lemmas, newswire synonyms folded together, numbers);
 * a sentence with a non-restrictive relative clause ("Bradley, who briefed lawmakers on
 * Thursday, knew …") is compared as its two facts, the clause and the rest (`factsOf`).
 * Terms are weighted by how rare they are among the story's sentences (a name or word every
 * article keeps using says little), and two sentences score the weight of the terms they
 * share over the geometric mean of their own weights (weighted cosine, 0–1), so a long
 * sentence that reports the fact among others is not ruled out by its length. A pair is
 * aligned when it scores at least `threshold`, its shared terms weigh at least `minShared`
 * and those other than names at least `minFacts` (a fact, not just who is involved), or when
 * both tell the same act on the same thing and count it alike (`countedDeed`), and each
 * sentence is the other's best match in its article; aligned pairs join into claims, strongest
 * first, at most `maxPerArticle` sentences of an article to a claim. A sentence that reports a second fact
 * joins that fact's claim too (`secondFacts`). Every other sentence is "only in" its article.
 *
 * Within a claim each pair of sentences from different articles is compared (figures.ts,
 * status.ts, the dates reader's `findEventDates`, quotes' speakers); only a difference the words state is
 * reported, since a false conflict misleads more than a missed one.
 */
import type { Block } from "#lib/text/sentences.ts";
import { nameKey } from "#lib/text/tokens.ts";
import {
  capitalisedWords,
  claimTerms,
  daysIn,
  deedsOf,
  frameTerms,
  lemmasOf,
  nameTerms,
  termOf,
  type Lemmas,
  wordClassOf,
} from "./claimTerms.ts";
import { conflictingFigures, findQuantities, type Quantity } from "./figures.ts";
import type { Quote } from "./quotes.ts";
import { surnameKey } from "./nameVariants.ts";
import { splitRelatives } from "./relativeClauses.ts";
import { STATUS_PHRASE, statusBefore } from "./status.ts";
import { findEventDates, type Found } from "#lib/dates/absoluteDates.ts";

export type DifferenceKind = "figures" | "dates" | "status" | "attribution";

export interface ClaimSentence {
  readonly slug: string;
  /** The sentence's anchor on the article page. */
  readonly anchor: string;
  readonly text: string;
}

export interface Difference {
  readonly kind: DifferenceKind;
  /** The two sentences that differ and what each states ("10,000 troops", "under consideration": `STATUS_PHRASE`). */
  readonly a: ClaimSentence & { readonly states: string };
  readonly b: ClaimSentence & { readonly states: string };
}

export interface Claim {
  /**
   * `<slug>#<anchor>` of its first sentence, stable while that sentence is unchanged; with
   * `+<slug>#<anchor>` of its second when that first sentence already leads another claim.
   */
  readonly id: string;
  readonly sentences: readonly ClaimSentence[];
  /** The weakest alignment score that joined it (0–1); 1 for a sentence alone. */
  readonly score: number;
  /** Words (as written in the first sentence) every aligned pair shares. */
  readonly shared: readonly string[];
  readonly kind: "agree" | "differ" | "single";
  readonly differences: readonly Difference[];
}

export interface ClaimArticle {
  readonly slug: string;
  readonly blocks: readonly Block[];
  /** The article's quotations, for attribution; none means no attribution check. */
  readonly quotes?: readonly Quote[];
}

export interface ClaimOptions {
  /** Lowest score at which two sentences are aligned. */
  readonly threshold: number;
  /** Lowest score of every cross-article pair in a claim of more than two sentences. */
  readonly linkFloor: number;
  /**
   * Lowest score of a sentence that joins a claim for a second fact it reports (`secondFacts`)
   * with every sentence of other articles already in that claim.
   */
  readonly joinFloor: number;
  /** Sentences with fewer content words are too thin to align. */
  readonly minTerms: number;
  /**
   * Lowest summed weight of the shared terms, where a term of one sentence weighs 1 and one in
   * every sentence about 0.2: a pair held together by the story's common words is not aligned.
   */
  readonly minShared: number;
  /**
   * The same floor on the shared terms that are not names in both sentences: a pair held
   * together only by who is involved ("President Claudia Sheinbaum") does not share a fact.
   */
  readonly minFacts: number;
  /**
   * A shared term is a detail of the pair when each of the two articles uses it in at most this
   * many sentences; a pair must share a detail that is not a name in both. Words an article keeps
   * coming back to (its "cartels", "intelligence", "sovereignty") are its background, and two
   * sentences that share only background report the story, not one fact.
   */
  readonly maxDetailUses: number;
  /**
   * Most sentences of one article in a claim. An article can tell one fact three times (its
   * lede, a restatement, a quoted post: "agreed to immediately supply 10,000 Mexican Soldiers"),
   * and the claims each sentence forms with other articles, sharing a sentence, are that one
   * fact (`joinSharingClaims`); a fourth is more likely a neighbouring fact than the same again.
   */
  readonly maxPerArticle: number;
}

export const DEFAULT_CLAIM_OPTIONS: ClaimOptions = {
  threshold: 0.2,
  linkFloor: 0.12,
  joinFloor: 0.15,
  minTerms: 4,
  minShared: 1.6,
  minFacts: 1.2,
  maxDetailUses: 2,
  maxPerArticle: 3,
};

interface Unit extends ClaimSentence {
  readonly article: number;
  /** The words it is compared by: its sentence, or one fact of it (`factsOf`). */
  readonly part: string;
  readonly terms: ReadonlySet<string>;
  /** Its terms that are names (`nameTerms`). */
  readonly names: ReadonlySet<string>;
  /** Its terms only in an opening clause of contrast or circumstance (`frameTerms`). */
  readonly frame: ReadonlySet<string>;
  /** Who did what in it, as `actor>act` (`deedsOf`). */
  readonly acts: ReadonlySet<string>;
  /** What was done to what in it, as `act~thing` (`deedsOf`). */
  readonly things: ReadonlySet<string>;
  /** The counts it states, by the term of the thing counted ("Around 400 migrants": `migran`, 320–480). */
  readonly counts: ReadonlyMap<string, readonly (readonly [low: number, high: number])[]>;
}

/** Content terms of a sentence read alone (no article context for its lemmas). */
export const sentenceTerms = (sentence: string): Set<string> => claimTerms(sentence);

/** A line break after a sentence's end and before a capital or an opening quotation mark. */
const GLUED = /(?<=[.!?][”“"’]?)[ \t]*\n\s*(?=[\p{Lu}“"])/u;

/**
 * The sentences a segmented sentence holds: two where the source glued them with a bare line
 * break after a full stop (a quoted post, then the article's next sentence), else itself. Each is
 * compared on its own, under the segment's anchor, so one whose words are half another sentence's
 * is not ruled out by its length; a line break inside a sentence (around a link) splits nothing.
 */
export const reportsOf = (text: string): string[] =>
  text
    .split(GLUED)
    .map((part) => part.trim())
    .filter((part) => part !== "");

/**
 * The parts of a sentence compared on their own: its non-restrictive relative clauses that
 * report a fact of their own (`long`), and the rest; the sentence whole when the rest would be
 * too short to report one (`splitRelatives`).
 */
function factsOf(text: string, long: (part: string) => boolean): string[] {
  const { main, relatives } = splitRelatives(text, long);
  return relatives.length > 0 && long(main) ? [main, ...relatives] : [text];
}

/** The counts a sentence states, by the term of what each counts (`termOf` of its noun); lengths of time aside. */
function countsOf(text: string, lemmas: Lemmas): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  for (const q of findQuantities(text)) {
    const term = q.noun === "duration" ? undefined : termOf(q.noun, lemmas);
    if (term !== undefined) out.set(term, [...(out.get(term) ?? []), [q.low, q.high]]);
  }
  return out;
}

function units(articles: readonly ClaimArticle[], minTerms: number): Unit[] {
  return articles.flatMap((article, index) => {
    const blocks = article.blocks.filter((block) => block.kind !== "heading");
    const texts = blocks.flatMap((b) => b.sentences.map((s) => s.text));
    const lemmas = lemmasOf(texts.join("\n"));
    const capitalised = capitalisedWords(texts);
    // A part that `factsOf` weighed (a relative clause, the rest of its sentence) is compared by the same terms.
    const weighed = new Map<string, Set<string>>();
    const termsOf = (part: string): Set<string> => {
      let known = weighed.get(part);
      if (!known) {
        known = claimTerms(part, lemmas);
        weighed.set(part, known);
      }
      return known;
    };
    return blocks.flatMap((block) =>
      block.sentences.flatMap((s) =>
        reportsOf(s.text).flatMap((text) =>
          factsOf(text, (part) => termsOf(part).size >= minTerms).flatMap((part) => {
            const terms = termsOf(part);
            return terms.size >= minTerms
              ? [
                  {
                    slug: article.slug,
                    anchor: s.anchor,
                    text,
                    article: index,
                    part,
                    terms,
                    names: nameTerms(part, lemmas, capitalised),
                    frame: frameTerms(part, lemmas),
                    ...deedsOf(part, lemmas, capitalised),
                    counts: countsOf(part, lemmas),
                  },
                ]
              : [];
          }),
        ),
      ),
    );
  });
}

/**
 * Whether a term two sentences share is the same word in both: a name in one and a common word
 * in the other is not ("CIA Director John Ratcliffe" and "direct military action", "Armed Services
 * Committees" and "public service" meet only as cut-down terms); nor is an act of the class table
 * done to two different things (`sameObject`).
 */
const sameWordIn =
  (a: Pick<Unit, "names" | "things" | "terms">, b: Pick<Unit, "names" | "things" | "terms">) =>
  (term: string): boolean =>
    a.names.has(term) === b.names.has(term) && sameObject(a, b, term);

/** What each sentence does `act` to (`act~thing`). */
const objectsOf = (u: Pick<Unit, "things">, act: string): string[] =>
  [...u.things].flatMap((deed) => (deed.startsWith(`${act}~`) ? [deed.slice(act.length + 1)] : []));

/**
 * Whether an act both sentences tell is done to the same thing: when each gives it an object,
 * one's object is a term of the other ("battled a blaze" / "fighting car thefts" share the act,
 * not the deed). An act without an object in either is not told apart.
 */
function sameObject(a: Pick<Unit, "things" | "terms">, b: Pick<Unit, "things" | "terms">, act: string): boolean {
  const left = objectsOf(a, act);
  const right = objectsOf(b, act);
  return (
    left.length === 0 || right.length === 0 || left.some((t) => b.terms.has(t)) || right.some((t) => a.terms.has(t))
  );
}

/** How many sentences of each article use each term, by `<article>|<term>`. */
function termUses(all: readonly Unit[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const u of all) for (const t of u.terms) uses.set(`${u.article}|${t}`, (uses.get(`${u.article}|${t}`) ?? 0) + 1);
  return uses;
}

/** Weight of each term: rarer among the story's sentences, heavier. */
function termWeights(all: readonly Unit[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const u of all) for (const t of u.terms) df.set(t, (df.get(t) ?? 0) + 1);
  // Scaled so a term of one sentence weighs 1 in a story of any size: `minShared` then reads the same everywhere.
  const top = Math.log(1 + all.length);
  return new Map([...df].map(([t, n]) => [t, Math.log(1 + all.length / n) / top]));
}

/**
 * Weighted cosine overlap of two sentences' terms (shared weight over the geometric mean of both), and the shared terms.
 * `same` says whether a term both sentences contain is the same word in both (default: always).
 */
export function alignmentScore(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  weight: (term: string) => number,
  same: (term: string) => boolean = () => true,
): { score: number; shared: string[] } {
  const shared = [...a].filter((t) => b.has(t) && same(t));
  const sum = (terms: Iterable<string>) => [...terms].reduce((acc, t) => acc + weight(t), 0);
  const denominator = Math.sqrt(sum(a) * sum(b));
  return { score: denominator === 0 ? 0 : sum(shared) / denominator, shared };
}

/** The summed weight of terms. */
const totalWeight = (terms: Iterable<string>, weight: (term: string) => number): number => {
  let sum = 0;
  for (const t of terms) sum += weight(t);
  return sum;
};

interface Edge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  /** The terms the two sentences share. */
  readonly shared: readonly string[];
}

/** True when two sentences have the same actor doing the same act ("Bradley ordered"). */
const sameActorAct = (a: Pick<Unit, "acts"> | undefined, b: Pick<Unit, "acts"> | undefined): boolean =>
  a !== undefined && b !== undefined && [...a.acts].some((act) => b.acts.has(act));

/** True when two sentences tell the same act done to the same thing ("paused tariffs" / "tariffs … suspended"). */
const sameDeed = (a: Pick<Unit, "things"> | undefined, b: Pick<Unit, "things"> | undefined): boolean =>
  a !== undefined && b !== undefined && [...a.things].some((deed) => b.things.has(deed));

/**
 * True when two sentences tell the same act done to the same thing and count that thing alike
 * ("Around 400 migrants had been charged" / "Several hundred immigrants have been charged": the
 * ranges 320–480 and 300–900 meet). An act, its object and a count that agrees are one fact
 * however differently the rest of each sentence goes on, so such a pair needs no score.
 */
const countedDeed = (a: Pick<Unit, "things" | "counts">, b: Pick<Unit, "things" | "counts">): boolean =>
  [...a.things].some((deed) => {
    if (!b.things.has(deed)) return false;
    const thing = deed.slice(deed.indexOf("~") + 1);
    const left = a.counts.get(thing) ?? [];
    const right = b.counts.get(thing) ?? [];
    return left.some(([lo, hi]) => right.some(([lo2, hi2]) => lo <= hi2 && lo2 <= hi));
  });

/** A gate of `pairGate`, named by the option it checks ("detail": `maxDetailUses`, or no shared act). */
type Gate = "threshold" | "minShared" | "minFacts" | "detail";

/**
 * What a pair shares beyond names both sentences write as names (who alone is not what) and
 * beyond the setting both open with ("Despite the pause…", "While the pause…").
 */
const factTerms = (ui: Unit, uj: Unit, shared: readonly string[]): string[] =>
  shared.filter((t) => !(ui.names.has(t) && uj.names.has(t)) && !(ui.frame.has(t) && uj.frame.has(t)));

/**
 * Scores a pair of sentences of different articles and names the first gate it fails, if any:
 * the score under `threshold`, the shared weight under `minShared`, the weight of shared terms
 * that are not names of both (or the setting both open with) under `minFacts`, or no shared
 * detail (`maxDetailUses`); a pair that tells one counted deed (`countedDeed`) passes them all.
 * It runs on every pair of a story, so it stops at the first gate
 * failed and leaves the wording of why to `explainPair`.
 */
function pairGate(
  ui: Unit,
  uj: Unit,
  weight: (term: string) => number,
  detail: (t: string, a: Unit, b: Unit) => boolean,
  { threshold, minShared, minFacts }: Pick<ClaimOptions, "threshold" | "minShared" | "minFacts">,
): { score: number; shared: string[]; failed?: Gate } {
  const total = (terms: readonly string[]) => totalWeight(terms, weight);
  const { score, shared } = alignmentScore(ui.terms, uj.terms, weight, sameWordIn(ui, uj));
  if (countedDeed(ui, uj)) return { score, shared };
  if (score < threshold) return { score, shared, failed: "threshold" };
  if (total(shared) < minShared) return { score, shared, failed: "minShared" };
  const facts = factTerms(ui, uj, shared);
  // The same act done to the same thing ("paused tariffs" / "tariffs … suspended") is a fact of its own.
  const deed = sameDeed(ui, uj);
  if (total(facts) < minFacts && !deed) return { score, shared, failed: "minFacts" };
  if (!facts.some((t) => detail(t, ui, uj)) && !sameActorAct(ui, uj) && !deed)
    return { score, shared, failed: "detail" };
  return { score, shared };
}

/** Every pair at or above the threshold with enough shared weight, and each sentence's best score in each other article. */
function scoredPairs(
  all: readonly Unit[],
  weight: (term: string) => number,
  {
    threshold,
    minShared,
    minFacts,
    maxDetailUses,
  }: Pick<ClaimOptions, "threshold" | "minShared" | "minFacts" | "maxDetailUses">,
): { scored: Edge[]; best: Map<string, number> } {
  const best = new Map<string, number>();
  const scored: Edge[] = [];
  const uses = termUses(all);
  const detail = (t: string, a: Unit, b: Unit) =>
    (uses.get(`${a.article}|${t}`) ?? 0) <= maxDetailUses && (uses.get(`${b.article}|${t}`) ?? 0) <= maxDetailUses;
  const gates = { threshold, minShared, minFacts };
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const ui = all[i];
      const uj = all[j];
      if (!ui || !uj || ui.article === uj.article) continue;
      const { score, shared, failed } = pairGate(ui, uj, weight, detail, gates);
      if (failed) continue;
      scored.push({ a: i, b: j, score, shared });
      const ki = `${i}>${uj.article}`;
      const kj = `${j}>${ui.article}`;
      best.set(ki, Math.max(best.get(ki) ?? 0, score));
      best.set(kj, Math.max(best.get(kj) ?? 0, score));
    }
  }
  return { scored, best };
}

/** Pairs in which each sentence is the other's best match in its article, strongest first. */
function mutualBest(all: readonly Unit[], scored: readonly Edge[], best: ReadonlyMap<string, number>): Edge[] {
  return scored
    .filter((e) => {
      const ua = all[e.a];
      const ub = all[e.b];
      if (!ua || !ub) return false;
      return best.get(`${e.a}>${ub.article}`) === e.score && best.get(`${e.b}>${ua.article}`) === e.score;
    })
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}

/**
 * Joins aligned pairs into groups, strongest first. Two groups join only when every pair of
 * their sentences from different articles scores at least `linkFloor` (so a chain of
 * look-alikes does not become one claim), with at most `maxPerArticle` sentences of an article in a group.
 */
function groupEdges(
  all: readonly Unit[],
  edges: readonly Edge[],
  pairScore: (a: number, b: number) => number,
  { linkFloor, maxPerArticle }: Pick<ClaimOptions, "linkFloor" | "maxPerArticle">,
): { members: number[]; score: number }[] {
  const groupOf = new Map<number, number>();
  const groups: { members: number[]; score: number }[] = [];
  const articleOf = (m: number) => all[m]?.article ?? -1;
  for (const edge of edges) {
    const ga = groupOf.get(edge.a);
    const gb = groupOf.get(edge.b);
    if (ga !== undefined && ga === gb) continue;
    const left = ga === undefined ? [edge.a] : (groups[ga]?.members ?? []);
    const right = gb === undefined ? [edge.b] : (groups[gb]?.members ?? []);
    const merged = [...left, ...right];
    const counts = new Map<number, number>();
    for (const m of merged) counts.set(articleOf(m), (counts.get(articleOf(m)) ?? 0) + 1);
    if ([...counts.values()].some((n) => n > maxPerArticle)) continue;
    const linked = left.every((x) => right.every((y) => articleOf(x) === articleOf(y) || pairScore(x, y) >= linkFloor));
    if (!linked) continue;
    const score = Math.min(edge.score, groups[ga ?? -1]?.score ?? 1, groups[gb ?? -1]?.score ?? 1);
    const index = groups.length;
    groups.push({ members: merged, score });
    for (const m of merged) groupOf.set(m, index);
    if (ga !== undefined) groups[ga] = { members: [], score: 0 };
    if (gb !== undefined) groups[gb] = { members: [], score: 0 };
  }
  return groups.filter((g) => g.members.length > 0);
}

/**
 * A sentence that reports two facts ("paused tariffs after a deal to deploy 10,000 troops")
 * matches one sentence of another article per fact, and mutual best matching keeps only the
 * first. A pair that is not a sentence's best match in that article still joins the sentence
 * to its partner's claim when what the pair shares is another part of the sentence: at most a
 * third of its shared weight is also shared with the best match. It must also score at least
 * `joinFloor` with every sentence of the other articles in that claim, and an article keeps at
 * most `maxPerArticle` sentences in a claim; so a sentence can stand in two claims, one per fact. The same
 * act done to the same thing (`sameDeed`: "has paused tariffs" / "tariffs … have been
 * suspended") is that fact's own evidence: the partner may report only that fact (its best match
 * being the other sentence of the joiner's article that reports it too), and a member of the
 * claim that tells the same deed needs no `joinFloor` score. The same actor doing the same act
 * (`sameActorAct`: "Bradley ordered" in both) lets a pair join the same way: when one side's
 * best match is another sentence of the other's article that tells the same fact, that article
 * tells it in two sentences, and the other side joins the claim as its second.
 */
function secondFacts(
  all: readonly Unit[],
  groups: readonly { members: number[]; score: number }[],
  { scored, best }: { scored: readonly Edge[]; best: ReadonlyMap<string, number> },
  weight: (term: string) => number,
  pairScore: (a: number, b: number) => number,
  { joinFloor, maxPerArticle }: Pick<ClaimOptions, "joinFloor" | "maxPerArticle">,
): { members: number[]; score: number }[] {
  const out = groups.map((g) => ({ members: [...g.members], score: g.score }));
  const total = (terms: Iterable<string>) => totalWeight(terms, weight);
  const articleOf = (m: number) => all[m]?.article ?? -1;
  const bestEdge = (x: number, article: number) =>
    scored.find(
      (e) =>
        (e.a === x || e.b === x) &&
        articleOf(e.a === x ? e.b : e.a) === article &&
        e.score === best.get(`${x}>${article}`),
    );
  /** True when the edge is x's best match in the other article, or shares another part of x than that best does. */
  const allowed = (edge: Edge, x: number, other: number) => {
    const top = bestEdge(x, articleOf(other));
    if (!top || top === edge) return { ok: true, second: false };
    // Names aside: the people a sentence names usually take part in each fact it reports.
    const names = all[x]?.names ?? new Set<string>();
    const facts = edge.shared.filter((t) => !names.has(t));
    const theirs = new Set(top.shared);
    const overlap = facts.filter((t) => theirs.has(t));
    return { ok: total(overlap) * 3 <= total(facts), second: true };
  };
  for (const edge of [...scored].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)) {
    if (out.some((g) => g.members.includes(edge.a) && g.members.includes(edge.b))) continue;
    const sideA = allowed(edge, edge.a, edge.b);
    const sideB = allowed(edge, edge.b, edge.a);
    const deed = sameDeed(all[edge.a], all[edge.b]) || sameActorAct(all[edge.a], all[edge.b]);
    // On one deed, a side whose match there is another sentence of the same fact hosts the other.
    const joinsA = deed && sideA.ok !== sideB.ok ? sideA.ok : sideA.ok && sideB.ok && sideA.second;
    const joinsB = deed && sideA.ok !== sideB.ok ? sideB.ok : sideA.ok && sideB.ok && sideB.second;
    if (!joinsA && !joinsB) continue;
    // The sentence whose second fact this is joins its partner's claim.
    const [joiner, host] = joinsA ? [edge.a, edge.b] : [edge.b, edge.a];
    let group = out.find((g) => g.members.includes(host));
    if (!group) {
      group = { members: [host], score: 1 };
      out.push(group);
    }
    const members = group.members;
    if (members.filter((m) => articleOf(m) === articleOf(joiner)).length >= maxPerArticle) continue;
    if (
      !members.every(
        (m) => articleOf(m) === articleOf(joiner) || pairScore(m, joiner) >= joinFloor || sameDeed(all[m], all[joiner]),
      )
    )
      continue;
    members.push(joiner);
    group.score = Math.min(group.score, edge.score);
  }
  return out.filter((g) => new Set(g.members.map(articleOf)).size > 1);
}

type Quantities = (text: string) => readonly Quantity[];

/** Exact counts a sentence states ("26 prisoners"; not years, durations or ranges). */
const exactCounts = (text: string, quantities: Quantities): number[] =>
  quantities(text)
    .filter((q) => q.noun !== "duration" && q.low === q.high)
    .map((q) => q.low);

/** True when a sentence states `count`: a figure whose range holds it ("more than two dozen" holds 26), or the number itself. */
const statesCount = (u: Unit, count: number, quantities: Quantities): boolean =>
  u.terms.has(`#${count}`) ||
  quantities(u.text).some((q) => q.noun !== "duration" && q.low <= count && count <= q.high);

/**
 * A fact reported over two sentences of an article ("Mexico sent more than two dozen suspected
 * cartel members…"; "Authorities sent 26 prisoners…") forms two claims, each pairing one
 * sentence per article. Two claims are one fact when every sentence of both states the same
 * count (an exact count one of them gives; a vaguer figure whose range holds it counts too) and
 * all share an act, a term that is not a name or a number; they join when no article then has
 * more than `maxPerArticle` sentences in the claim.
 */
function joinSameCount(
  all: readonly Unit[],
  groups: readonly { members: number[]; score: number }[],
  maxPerArticle: number,
): { members: number[]; score: number }[] {
  const out = groups.map((g) => ({ members: [...g.members], score: g.score }));
  const articleOf = (m: number) => all[m]?.article ?? -1;
  // Every pair of groups reads its sentences' figures again: each sentence's are found once.
  const found = new Map<string, readonly Quantity[]>();
  const quantities = (text: string): readonly Quantity[] => {
    const known = found.get(text);
    if (known) return known;
    const fresh = findQuantities(text);
    found.set(text, fresh);
    return fresh;
  };
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const gi = out[i];
      const gj = out[j];
      if (!gi || !gj || gi.members.length === 0 || gj.members.length === 0) continue;
      const members = [...new Set([...gi.members, ...gj.members])];
      const units = members.flatMap((m) => (all[m] ? [all[m]] : []));
      const perArticle = new Map<number, number>();
      for (const m of members) perArticle.set(articleOf(m), (perArticle.get(articleOf(m)) ?? 0) + 1);
      if ([...perArticle.values()].some((n) => n > maxPerArticle)) continue;
      const counts = new Set(units.flatMap((u) => exactCounts(u.text, quantities)));
      if (![...counts].some((c) => units.every((u) => statesCount(u, c, quantities)))) continue;
      const [first, ...rest] = units;
      const act = [...(first?.terms ?? [])].some(
        (t) => !t.startsWith("#") && rest.every((u) => u.terms.has(t)) && !units.some((u) => u.names.has(t)),
      );
      if (!act) continue;
      out[i] = { members, score: Math.min(gi.score, gj.score) };
      out[j] = { members: [], score: 0 };
    }
  }
  return out.filter((g) => g.members.length > 0);
}

/**
 * A sentence joined to a second claim (`secondFacts`) can leave one fact in several claims that
 * share that sentence: "Mexico transferred 37 cartel members … as the Trump administration
 * intensifies pressure" pairs with one article's "The move comes amid sustained pressure…" and
 * another's "They are occurring as Trump has increased pressure…", each a claim of its own. Two
 * claims that share a sentence are one when their other sentences meet across articles (two
 * sentences of one article that match the two facts of another's sentence stay two claims) and
 * the merged claim passes the test `groupEdges` puts to any claim: every pair of its sentences
 * from different articles scores at least `linkFloor`, and no article has more than
 * `maxPerArticle` sentences in it (the claim an article's lede forms and the one its quoted post
 * forms, sharing another article's sentence, hold three of it). Claims merge until none can.
 */
function joinSharingClaims(
  all: readonly Unit[],
  groups: readonly { members: number[]; score: number }[],
  pairScore: (a: number, b: number) => number,
  { linkFloor, maxPerArticle }: Pick<ClaimOptions, "linkFloor" | "maxPerArticle">,
): { members: number[]; score: number }[] {
  const out = groups.map((g) => ({ members: [...g.members], score: g.score }));
  const articleOf = (m: number) => all[m]?.article ?? -1;
  const mergeable = (members: readonly number[]) => {
    const perArticle = new Map<number, number>();
    for (const m of members) perArticle.set(articleOf(m), (perArticle.get(articleOf(m)) ?? 0) + 1);
    return (
      [...perArticle.values()].every((n) => n <= maxPerArticle) &&
      members.every((x) => members.every((y) => articleOf(x) === articleOf(y) || pairScore(x, y) >= linkFloor))
    );
  };
  for (let merged = true; merged;) {
    merged = false;
    for (let i = 0; i < out.length && !merged; i++) {
      for (let j = i + 1; j < out.length && !merged; j++) {
        const gi = out[i];
        const gj = out[j];
        if (!gi || !gj || !gi.members.some((m) => gj.members.includes(m))) continue;
        // Each claim's own sentences must meet across articles: two sentences of one article
        // matching the two facts of another's sentence stay two claims.
        const own = (g: { members: number[] }, other: { members: number[] }) =>
          g.members.filter((m) => !other.members.includes(m));
        const meet = own(gi, gj).some((x) => own(gj, gi).some((y) => articleOf(x) !== articleOf(y)));
        const members = [...new Set([...gi.members, ...gj.members])];
        if (!meet || !mergeable(members)) continue;
        out[i] = { members, score: Math.min(gi.score, gj.score) };
        out.splice(j, 1);
        merged = true;
      }
    }
  }
  return out;
}

/** Lower case, accents and compatibility forms folded, punctuation as spaces: how words are compared. */
export const fold = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Character offset of the last word of `text` whose stem is in `shared` (the reported action's end). */
function lastSharedOffset(text: string, shared: ReadonlySet<string>): number | undefined {
  let last: number | undefined;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const term = termOf(m[0], new Map());
    if (term !== undefined && shared.has(term)) last = m.index;
  }
  return last;
}

/** Date intervals that cannot both hold: an ISO date is a prefix of every date inside it. */
function datesConflict(a: string, b: string): boolean {
  return !a.startsWith(b) && !b.startsWith(a);
}

/** Five or more words in a row shared by two quotations. */
function sharedRun(a: string, b: string): boolean {
  const grams = (text: string) => {
    const words = fold(text).split(" ");
    return new Set(words.slice(0, Math.max(0, words.length - 4)).map((_, i) => words.slice(i, i + 5).join(" ")));
  };
  const left = grams(a);
  return [...grams(b)].some((g) => left.has(g));
}

/** What `compareSentences` reads of one sentence alone: its figures, its dates and its terms (`sentenceTerms`). */
export interface SentenceReading {
  readonly quantities: readonly Quantity[];
  readonly dates: readonly Found[];
  readonly terms: ReadonlySet<string>;
}

/** `SentenceReading` of a sentence's text. */
export const readSentence = (text: string): SentenceReading => ({
  quantities: findQuantities(text),
  dates: findEventDates(text),
  terms: sentenceTerms(text),
});

/**
 * What two aligned sentences of different articles state differently, by kind. `read` gives a
 * sentence's own reading: a claim of n sentences compares each with n − 1 others, so
 * `storyClaims` reads each once.
 */
export function compareSentences(
  a: ClaimSentence,
  b: ClaimSentence,
  quotesOf: (s: ClaimSentence) => readonly Quote[] = () => [],
  read: (text: string) => SentenceReading = readSentence,
): Difference[] {
  const out: Difference[] = [];
  const pair = (kind: DifferenceKind, sa: string, sb: string): Difference => ({
    kind,
    a: { ...a, states: sa },
    b: { ...b, states: sb },
  });
  const ra = read(a.text);
  const rb = read(b.text);
  for (const [qa, qb] of conflictingFigures(ra.quantities, rb.quantities)) {
    out.push(pair("figures", qa.label, qb.label));
  }
  const da = ra.dates;
  const db = rb.dates;
  const [onlyA] = da;
  const [onlyB] = db;
  if (da.length === 1 && db.length === 1 && onlyA && onlyB && onlyA.date.precision !== "range") {
    if (onlyB.date.precision !== "range" && datesConflict(onlyA.date.iso, onlyB.date.iso)) {
      out.push(pair("dates", onlyA.date.label, onlyB.date.label));
    }
  }
  const tb = rb.terms;
  const shared = new Set([...ra.terms].filter((t) => tb.has(t)));
  const endA = lastSharedOffset(a.text, shared);
  const endB = lastSharedOffset(b.text, shared);
  if (endA !== undefined && endB !== undefined) {
    const sa = statusBefore(a.text, endA);
    const sb = statusBefore(b.text, endB);
    if (sa && sb && sa !== sb) out.push(pair("status", STATUS_PHRASE[sa], STATUS_PHRASE[sb]));
  }
  for (const qa of quotesOf(a)) {
    for (const qb of quotesOf(b)) {
      if (qa.speaker.kind !== "named" || qb.speaker.kind !== "named" || !sharedRun(qa.text, qb.text)) continue;
      // Two linked speakers are the register's word; else a name written two ways ("President
      // Claudia Sheinbaum", linked, and "Sheinbaum") is one speaker by its last word.
      const same =
        qa.speaker.entity !== undefined && qb.speaker.entity !== undefined
          ? qa.speaker.entity === qb.speaker.entity
          : surnameKey(nameKey(qa.speaker.name)) === surnameKey(nameKey(qb.speaker.name));
      if (!same) out.push(pair("attribution", qa.speaker.name, qb.speaker.name));
    }
  }
  return out;
}

/** The passes of alignment over a story's sentences, each stage's groups kept for `explainPair`. */
function alignStory(articles: readonly ClaimArticle[], options: ClaimOptions) {
  const all = units(articles, options.minTerms);
  const weights = termWeights(all);
  const weight = (t: string) => weights.get(t) ?? 0;
  const pairScore = (a: number, b: number) => {
    const ua = all[a];
    const ub = all[b];
    return ua && ub ? alignmentScore(ua.terms, ub.terms, weight, sameWordIn(ua, ub)).score : 0;
  };
  const pairs = scoredPairs(all, weight, options);
  const mutual = mutualBest(all, pairs.scored, pairs.best);
  const grouped = groupEdges(all, mutual, pairScore, options);
  const joined = joinSameCount(
    all,
    secondFacts(all, grouped, pairs, weight, pairScore, options),
    options.maxPerArticle,
  );
  const groups = joinSharingClaims(all, joined, pairScore, options);
  return { all, weight, pairScore, pairs, mutual, groups };
}

/**
 * Why two sentences (`<slug>#<anchor>` each) are or are not in one claim, for reading the
 * misses of the evaluation: the score and shared terms, and the first gate or pass that kept
 * them apart.
 */
export function explainPair(
  articles: readonly ClaimArticle[],
  keyA: string,
  keyB: string,
  options: ClaimOptions = DEFAULT_CLAIM_OPTIONS,
): string {
  const { all, weight, pairScore, pairs, mutual, groups } = alignStory(articles, options);
  // A sentence compared in parts (`reportsOf`, `factsOf`) is explained by its pair of parts that scores highest.
  const indexes = (key: string) => all.flatMap((u, k) => (`${u.slug}#${u.anchor}` === key ? [k] : []));
  const [i = -1, j = -1] = indexes(keyA)
    .flatMap((x) => indexes(keyB).map((y) => [x, y] as const))
    .reduce<readonly [number, number] | undefined>(
      (top, p) => (!top || pairScore(...p) > pairScore(...top) ? p : top),
      undefined,
    ) ?? [indexes(keyA)[0], indexes(keyB)[0]];
  const [ui, uj] = [all[i], all[j]];
  if (!ui || !uj) return `fewer than ${options.minTerms} content terms in ${ui ? keyB : keyA}`;
  const uses = termUses(all);
  const detail = (t: string, a: Unit, b: Unit) =>
    (uses.get(`${a.article}|${t}`) ?? 0) <= options.maxDetailUses &&
    (uses.get(`${b.article}|${t}`) ?? 0) <= options.maxDetailUses;
  const gate = pairGate(ui, uj, weight, detail, options);
  const facts = factTerms(ui, uj, gate.shared);
  // A term of the class table shows its words ("inform{information|data|intelligence|intel}").
  const shown = (t: string) => {
    const words = wordClassOf(t);
    return words ? `${t}{${words.join("|")}}` : t;
  };
  const terms = gate.shared.map((t) => `${shown(t)}:${weight(t).toFixed(2)}${facts.includes(t) ? "" : "(name)"}`);
  // The parts compared, when a sentence was compared as its facts (`factsOf`).
  const parts = [ui, uj].filter((u) => u.part !== u.text).map((u) => `“${u.part.slice(0, 60)}…”`);
  const head = `score ${gate.score.toFixed(2)} shared [${terms.join(" ")}]${parts.length > 0 ? ` (as ${parts.join(", ")})` : ""}`;
  const round = (x: number) => x.toFixed(2);
  const total = (terms: readonly string[]) => totalWeight(terms, weight);
  const why: Record<Gate, () => string> = {
    threshold: () => `score ${round(gate.score)} < threshold ${options.threshold}`,
    minShared: () => `shared weight ${round(total(gate.shared))} < minShared ${options.minShared}`,
    minFacts: () => `fact weight ${round(total(facts))} < minFacts ${options.minFacts} and no shared act–thing`,
    detail: () =>
      "no shared detail (every shared fact term is background, maxDetailUses), no shared actor–act or act–thing",
  };
  if (gate.failed) return `${head}: ${why[gate.failed]()}`;
  if (groups.some((g) => g.members.includes(i) && g.members.includes(j))) return `${head}: aligned`;
  const bestOf = (x: number, article: number) => {
    const top = pairs.best.get(`${x}>${article}`) ?? 0;
    const edge = pairs.scored.find(
      (e) => (e.a === x || e.b === x) && all[e.a === x ? e.b : e.a]?.article === article && e.score === top,
    );
    const other = edge ? all[edge.a === x ? edge.b : edge.a] : undefined;
    return `${top.toFixed(2)} “${other?.text.slice(0, 70) ?? ""}…”`;
  };
  const isMutual = mutual.some((e) => (e.a === i && e.b === j) || (e.a === j && e.b === i));
  if (!isMutual) {
    return `${head}: not mutual best and not joined as a second fact; A's best there ${bestOf(i, uj.article)}, B's best there ${bestOf(j, ui.article)}`;
  }
  return `${head}: mutual best, but grouping refused it (linkFloor ${options.linkFloor} with the rest of a claim, or an article's cap of ${options.maxPerArticle} sentences)`;
}

/** Claims of a story's articles (given in column order): aligned ones, conflicts first, then singles. */
export function storyClaims(articles: readonly ClaimArticle[], options: ClaimOptions = DEFAULT_CLAIM_OPTIONS): Claim[] {
  const { all, groups } = alignStory(articles, options);
  const quotes = new Map<string, Quote[]>();
  for (const article of articles) {
    for (const q of article.quotes ?? []) {
      const key = `${article.slug}#${q.anchor}`;
      quotes.set(key, [...(quotes.get(key) ?? []), q]);
    }
  }
  const quotesOf = (s: ClaimSentence) => quotes.get(`${s.slug}#${s.anchor}`) ?? [];
  const plain = (u: Unit): ClaimSentence => ({ slug: u.slug, anchor: u.anchor, text: u.text });
  // A sentence is compared with every other of its claim, and a word's terms are asked for every
  // claim it opens: each text is read once.
  const readings = new Map<string, SentenceReading>();
  const reading = (text: string): SentenceReading => {
    let known = readings.get(text);
    if (!known) {
      known = readSentence(text);
      readings.set(text, known);
    }
    return known;
  };
  const wordTerms = new Map<string, ReadonlySet<string>>();
  const termsOfWord = (word: string): ReadonlySet<string> => {
    let known = wordTerms.get(word);
    if (!known) {
      known = sentenceTerms(word);
      wordTerms.set(word, known);
    }
    return known;
  };

  const usedIds = new Set<string>();
  const aligned: Claim[] = groups.map((group) => {
    // Both sentences of one glued segment (`reportsOf`) stand in a claim once, as its first.
    const members = group.members
      .flatMap((m) => (all[m] ? [all[m]] : []))
      .sort((x, y) => x.article - y.article || all.indexOf(x) - all.indexOf(y))
      .filter((u, i, list) => list.findIndex((v) => v.slug === u.slug && v.anchor === u.anchor) === i);
    const differences: Difference[] = [];
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const x = members[i];
        const y = members[j];
        if (x && y && x.article !== y.article)
          differences.push(...compareSentences(plain(x), plain(y), quotesOf, reading));
      }
    }
    const first = members[0];
    const common = members.reduce<Set<string>>(
      (acc, u) => new Set([...acc].filter((t) => u.terms.has(t))),
      new Set(first?.terms ?? []),
    );
    // A shared day is shown as the first sentence writes it ("Sept. 2"), its words being no terms of their own.
    const shared = first
      ? [
          ...new Set([
            ...daysIn(first.text).flatMap((d) => (common.has(d.term) ? [d.text] : [])),
            ...(first.text.match(/[\p{L}\p{N}][\p{L}\p{N},.-]*[\p{L}\p{N}]|\p{N}/gu) ?? []).filter((w) =>
              [...termsOfWord(w)].some((t) => common.has(t)),
            ),
          ]),
        ]
      : [];
    // A sentence can lead two claims (one per fact it reports): the second is told apart by its next sentence.
    const keys = members.map((u) => `${u.slug}#${u.anchor}`);
    const id = usedIds.has(keys[0] ?? "") ? keys.slice(0, 2).join("+") : (keys[0] ?? "");
    usedIds.add(id);
    return {
      id,
      sentences: members.map(plain),
      score: Math.round(group.score * 100) / 100,
      shared,
      kind: differences.length > 0 ? "differ" : "agree",
      differences,
    };
  });
  const segmentText = new Map(
    articles.flatMap((a) =>
      a.blocks.flatMap((b) => b.sentences.map((x) => [`${a.slug}#${x.anchor}`, x.text] as const)),
    ),
  );
  const inClaim = new Set(aligned.flatMap((c) => c.sentences.map((s) => `${s.slug}#${s.anchor}`)));
  const singles: Claim[] = all
    .filter((u, i) => {
      const before = all[i - 1];
      const secondOfSegment = before?.slug === u.slug && before.anchor === u.anchor;
      return !inClaim.has(`${u.slug}#${u.anchor}`) && !secondOfSegment;
    })
    .map((u) => ({
      id: `${u.slug}#${u.anchor}`,
      // A glued segment alone is shown whole, as its article writes it.
      sentences: [{ ...plain(u), text: segmentText.get(`${u.slug}#${u.anchor}`) ?? u.text }],
      score: 1,
      shared: [],
      kind: "single",
      differences: [],
    }));
  const order = { differ: 0, agree: 1, single: 2 } as const;
  const firstPosition = (c: Claim) => {
    const s = c.sentences[0];
    return s ? all.findIndex((u) => u.slug === s.slug && u.anchor === s.anchor) : 0;
  };
  return [...aligned, ...singles].sort(
    (x, y) =>
      order[x.kind] - order[y.kind] || y.sentences.length - x.sentences.length || firstPosition(x) - firstPosition(y),
  );
}
