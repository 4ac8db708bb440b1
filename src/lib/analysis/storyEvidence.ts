/**
 * Story evidence: what two articles share, by kind, weighed by how rare it is among the articles
 * on their subject. Three kinds of evidence are kept apart because they fail differently:
 *
 * - names: the people and bodies an article names ("name:pete-hegseth");
 * - facts: the days its events happened, the figures it states and the count it leads with
 *   ("day:2025-08-12", "figure:26", "lead:26");
 * - words: its content words, without the words of the names it mentions, so that a name shared
 *   is not counted twice, once as a name and once as words.
 *
 * Two articles that share the same people and the subject's vocabulary may still report two
 * events (two boat strikes ordered by the same minister): names and words only count together
 * (their geometric mean), so neither alone makes a story. A shared day or lead count is an event's
 * own mark, and with it either the words or the specifics (names and facts) carry the pair (a
 * figure only beside two shared actors: small numbers recur by chance); that is how a Spanish
 * wire copy, whose words differ, joins its English original. Pure.
 */
import { stripAccents } from "#lib/text/fold.ts";
import { STOP_WORDS } from "#lib/text/stopWords.ts";

export type EvidenceKind = "name" | "fact" | "word";

/** An article's weighted terms (those another article of its subject shares) and its squared lengths by kind. */
export interface WeightedArticle {
  readonly vector: ReadonlyMap<string, number>;
  readonly norms: Readonly<Record<EvidenceKind, number>>;
}

export interface WeighOptions {
  /** A term in more than this share of a subject's articles is not distinctive. */
  readonly maxShare: number;
  /** Rarity is judged as if a subject had at least this many articles (see `weigh`). */
  readonly minSubjectSize: number;
}

/** Specifics carry their kind as a prefix ("name:", "figure:", "day:", "lead:"); words never hold a colon. */
export const evidenceKind = (term: string): EvidenceKind =>
  term.startsWith("name:") ? "name" : term.includes(":") ? "fact" : "word";

/** Fewest shared names, or shared specifics, that count: one is as often chance (a president) as a story. */
const MIN_SHARED_NAMES = 2;
const MIN_SHARED_SPECIFICS = 3;

/** Content words of a text (folded, stop words and words under four letters dropped), with counts. */
export function storyTerms(text: string): Map<string, number> {
  const words =
    stripAccents(text)
      .toLowerCase()
      .replace(/[’']s\b/gu, "")
      .match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu) ?? [];
  const kept = words.filter((w) => w.length >= 4 && !STOP_WORDS.has(w) && !/^\d/u.test(w));
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const word of kept) add(word);
  return counts;
}

/**
 * What a story's articles share beyond vocabulary, each prefixed by its kind: names ("name:" and
 * the entity id, middle initials dropped; without `entities`, every two adjacent capitalised
 * words), figures ("figure:26", "figure:10000"; years are dates, not figures, and numbers under
 * 3 are everywhere) and the days its events happened ("day:2025-08-12"). A name, a figure or a
 * day reads the same in any language, which is how a Spanish wire copy finds its English original.
 */
export function storySpecifics(
  text: string,
  days: readonly string[] = [],
  entities?: readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  if (entities !== undefined) for (const id of entities) add(nameTerm(id));
  else addNamePairs(text, add);
  for (const match of text.matchAll(/(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\p{N}]|[.,]\d)/gu)) {
    const value = Number((match[1] ?? "").replace(/,/gu, ""));
    if (value >= 3 && !(value >= 1900 && value <= 2099)) add(`figure:${value}`);
  }
  for (const day of days) add(`day:${day}`);
  return counts;
}

/** An entity's term: its id without single-letter middle initials ("frank-m-bradley" is "frank-bradley"). */
export const nameTerm = (id: string) => `name:${id.replace(/-[a-z](?=-)/gu, "")}`;

/** Every two adjacent capitalised words, as names, when the article's entities are not known. */
function addNamePairs(text: string, add: (term: string) => void): void {
  const tokens = stripAccents(text).split(/[\s/]+/u);
  // Each token once: its name form (quotes and a possessive stripped), and whether a name runs on past it.
  const names = tokens.map((token) => {
    const word = token.replace(/^[(“"‘']+/u, "").replace(/[’']s$|[.,;:!?)"”’]+$/gu, "");
    return /^\p{Lu}[\p{L}’'-]*\p{L}$/u.test(word) && !STOP_WORDS.has(word.toLowerCase())
      ? word.toLowerCase()
      : undefined;
  });
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const [x, y] = [names[i], names[i + 1]];
    // A name does not run across a sentence end or a comma.
    if (x === undefined || y === undefined || /[.,;:!?)"”]$/u.test(tokens[i] ?? "")) continue;
    add(`name:${x} ${y}`);
  }
}

/**
 * All of an article's terms: its content words less the words of the names it mentions, its
 * specifics, and the counts it leads with ("lead:26", the event's own figure in any language).
 */
export function articleTerms(
  text: string,
  days: readonly string[] | undefined,
  entities: readonly string[] | undefined,
  leads: ReadonlySet<number>,
): Map<string, number> {
  const terms = storyTerms(text);
  const specifics = storySpecifics(text, days, entities);
  for (const term of specifics.keys()) {
    if (evidenceKind(term) === "name") for (const word of term.slice(5).split(/[- ]/u)) terms.delete(word);
  }
  for (const [term, count] of specifics) terms.set(term, count);
  for (const figure of leads) terms.set(`lead:${figure}`, 1);
  return terms;
}

/**
 * How much a term's count in one article adds: words and facts grow with the log of their count,
 * names do not grow at all. An article names its protagonist in every paragraph (a minister
 * twenty times), which says what it is about, not which event it reports: two reports of two
 * boat strikes ordered by the same minister looked like one story through his name alone.
 */
const termFrequency = (kind: EvidenceKind, count: number): number => (kind === "name" ? 1 : 1 + Math.log(count));

/**
 * TF-IDF weights of `members` (indexes into `terms`), with document frequencies counted among
 * those members only: a subject's articles (stories.ts). Names and words that nearly every
 * article on the subject has (Mexico, Sheinbaum, cartels on this site) then weigh little however
 * many articles on other subjects the corpus holds. A subject of a handful of articles says
 * little about which of its words are common, so rarity is judged as if it had at least
 * `minSubjectSize` articles. A name counts once however often it is mentioned (`termFrequency`).
 * Terms only one member has count in its length (they make it less like the others) but never in
 * a pair, so they stay out of its vector.
 */
export function weigh(
  terms: readonly ReadonlyMap<string, number>[],
  members: readonly number[],
  options: WeighOptions,
): WeightedArticle[] {
  return weighing(terms)(members, options);
}

const KINDS: readonly EvidenceKind[] = ["name", "fact", "word"];

/**
 * `weigh` over the same articles' terms more than once (the whole corpus, then each subject):
 * what does not depend on the members (each term's kind and count weight, the terms numbered so
 * document frequencies are counted in an array, not a map) is worked out once. The weights are
 * the same numbers, made by the same operations in the same order.
 */
export function weighing(
  terms: readonly ReadonlyMap<string, number>[],
): (members: readonly number[], options: WeighOptions) => WeightedArticle[] {
  const ids = new Map<string, number>();
  const articles = terms.map((article) => {
    const names: string[] = [];
    const numbers: number[] = [];
    const kinds: number[] = [];
    const frequencies: number[] = [];
    for (const [term, tf] of article) {
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = ids.size));
      const kind = evidenceKind(term);
      names.push(term);
      numbers.push(id);
      kinds.push(KINDS.indexOf(kind));
      frequencies.push(termFrequency(kind, tf));
    }
    return { names, numbers: Int32Array.from(numbers), kinds: Uint8Array.from(kinds), frequencies };
  });
  const df = new Int32Array(ids.size);
  return (members, options) => {
    for (const doc of members) for (const id of articles[doc]?.numbers ?? []) df[id] = (df[id] as number) + 1;
    const size = Math.max(members.length, options.minSubjectSize);
    const maxDf = Math.max(2, Math.floor(options.maxShare * size));
    // Each document frequency's rarity worked out once: a few hundred values recur over every term.
    const rarities: number[] = [];
    const rarity = (d: number): number => (rarities[d] ??= Math.log(1 + size / d));
    const weighed = members.map((doc) => {
      const vector = new Map<string, number>();
      const norms = { name: 0, fact: 0, word: 0 };
      const article = articles[doc];
      if (article === undefined) return { vector, norms };
      const { names, numbers, kinds, frequencies } = article;
      for (let k = 0; k < names.length; k += 1) {
        const d = df[numbers[k] as number] as number;
        if (d > maxDf) continue;
        const kind = KINDS[kinds[k] as number] as EvidenceKind;
        const weight = (frequencies[k] as number) * rarity(d);
        norms[kind] += weight * weight;
        if (d >= 2) vector.set(names[k] as string, weight);
      }
      return { vector, norms };
    });
    // Counted down again, so the next members start from nothing.
    for (const doc of members) for (const id of articles[doc]?.numbers ?? []) df[id] = (df[id] as number) - 1;
    return weighed;
  };
}

/** Calls `visit` with each term two articles share and the product of its weights. */
export function forEachShared(
  a: WeightedArticle,
  b: WeightedArticle,
  visit: (term: string, product: number) => void,
): void {
  const [short, long] = a.vector.size <= b.vector.size ? [a.vector, b.vector] : [b.vector, a.vector];
  for (const [term, weight] of short) {
    const other = long.get(term);
    if (other !== undefined) visit(term, weight * other);
  }
}

/**
 * What a shared name says of two articles' event: a person or body few of the corpus's articles
 * name (`rare`), one many name (`common`: a president, a national police), or no actor at all
 * (`none`: a news outlet both cite, "told Reuters"). All are weighed as names.
 */
export type Actor = "rare" | "common" | "none";

/** An event's own mark: the day it happened, or the count a report leads with ("day:…", "lead:…"). */
const eventMark = (term: string) => term.startsWith("day:") || term.startsWith("lead:");

/**
 * An article's names and event marks (`eventMark`), in its vector's order: what a pair must share
 * one of to score at all, a few of its terms where words are most. Kept per weighted article.
 */
const keyTerms = new WeakMap<WeightedArticle, readonly string[]>();
function keyTermsOf(article: WeightedArticle): readonly string[] {
  let keys = keyTerms.get(article);
  if (keys === undefined) {
    keys = [...article.vector.keys()].filter((term) => evidenceKind(term) === "name" || eventMark(term));
    keyTerms.set(article, keys);
  }
  return keys;
}

/**
 * Whether two articles share a name `actor` reads as rare or an event mark: `pairEvidence` is 0
 * without one. Asked first, on the few names and marks, so the many pairs that share neither
 * (candidates come from shared terms of any kind) skip the walk over all their shared words.
 */
function sharesActorOrMark(a: WeightedArticle, b: WeightedArticle, actor: (term: string) => Actor): boolean {
  const [keysA, keysB] = [keyTermsOf(a), keyTermsOf(b)];
  const [keys, other] = keysA.length <= keysB.length ? [keysA, b.vector] : [keysB, a.vector];
  return keys.some((term) => other.has(term) && (eventMark(term) || actor(term) === "rare"));
}

/**
 * How strongly two articles look like one story, from 0 to 1.
 *
 * A shared actor (a person or a body; places are not passed as names, outlets are `none`) few of
 * the corpus's articles name, or else the event's own mark (the same day or lead count): figures
 * and words alone are what unrelated articles share by chance. Over the five, the eval corpus's
 * dev cases and the external benchmark's 88 dev pages (scripts/storyPairs.ts) a tennis match and
 * a football game joined on scores 3 to 7, a Russian food list and a Korean profile on 150, 180
 * and 200, two court reports on a namesake and the agency both cited. An actor many articles name
 * (`common`: a president, a national police) is the site's subject, not the event's; with only
 * such actors the mark lets the pair stand (a Spanish wire copy that names only Trump, as its
 * English original does, and leads with the same 26 extradited). With no actor at all, only the
 * words carry a marked pair: two reports of one transfer on one day in other words are one story,
 * two pages published the same Wednesday that share "Tuesday" and "40" are not.
 *
 * Then, with a shared fact: the larger of the words' cosine and the specifics' cosine (names and
 * facts, at least three shared). A day or a lead count is a fact on its own; a shared figure only
 * beside two or more shared actors: with one, a deals page and a laptop review joined on one
 * name both carried and the specs' 4, 15, 16 and 512. Without a fact: the geometric mean of the names'
 * cosine (at least two actors shared) and the words' cosine, so same people with different words,
 * or the subject's words without its people, stay apart.
 */
export function pairEvidence(
  a: WeightedArticle,
  b: WeightedArticle,
  actor: (term: string) => Actor = () => "rare",
): number {
  if (!sharesActorOrMark(a, b, actor)) return 0;
  const dot = { name: 0, fact: 0, word: 0 };
  const shared = { name: 0, fact: 0, word: 0 };
  const actors = { rare: 0, common: 0, none: 0 };
  let marks = 0;
  forEachShared(a, b, (term, product) => {
    const kind = evidenceKind(term);
    dot[kind] += product;
    shared[kind] += 1;
    if (kind === "name") actors[actor(term)] += 1;
    if (kind === "fact" && eventMark(term)) marks += 1;
  });
  if (actors.rare === 0 && marks === 0) return 0;
  const cosine = (product: number, x: number, y: number) => (x > 0 && y > 0 ? product / Math.sqrt(x * y) : 0);
  const words = cosine(dot.word, a.norms.word, b.norms.word);
  const actorsShared = actors.rare + actors.common;
  // No actor at all: the same day or lead count, and then the words alone, carry the pair.
  if (actorsShared === 0) return words;
  // Small figures (4, 16, 512) are shared by chance: beside one actor they need the event's mark.
  if (marks > 0 || (shared.fact > 0 && actorsShared >= MIN_SHARED_NAMES)) {
    const specifics =
      shared.name + shared.fact >= MIN_SHARED_SPECIFICS
        ? cosine(dot.name + dot.fact, a.norms.name + a.norms.fact, b.norms.name + b.norms.fact)
        : 0;
    return Math.max(words, specifics);
  }
  const names = actorsShared >= MIN_SHARED_NAMES ? cosine(dot.name, a.norms.name, b.norms.name) : 0;
  return Math.sqrt(names * words);
}
