/**
 * Stories: groups of articles that cover the same events, found by what they share.
 *
 * Each article becomes a TF-IDF vector over two kinds of terms: its content words (lower-cased,
 * accents folded, stop words, numbers and words under four letters dropped) and its specifics
 * (`storySpecifics`: the people and bodies it names, figures and the days its events happened).
 * Terms in more than `maxShare` of the articles say nothing about the story and are dropped;
 * terms only one article has count in its vector's length but never produce a pair. A pair's
 * score is the larger of the words' cosine and the specifics' cosine (see `similarity`), so a
 * Spanish wire copy joins its English original through its names and figures. Two articles
 * that lead with different counts ("26 cartel members", "37 cartel members") report different
 * events of one kind, and their score is halved (storyLead.ts), as is that of two articles
 * published more than a month apart; a count both lead with is a
 * specific they share ("lead:26").
 *
 * Up to `allPairsUpTo` articles every pair is scored (300 articles are 44,850 pairs: nothing).
 * Above it, candidate pairs come from an inverted index over each article's `signatureTerms`
 * strongest terms: only articles that share two of those, each in at most `maxPostings`
 * articles, are compared; indexing every shared word made millions of candidates on the
 * benchmark corpus. A story's own names are repeated and rare, so they are among the strongest.
 *
 * Pairs are merged strongest first, and two groups join only when their average similarity
 * (average linkage, pairs never compared counting as 0) reaches `threshold`. Joining every pair
 * over the threshold (single linkage) chains loosely related articles: on the benchmark corpus
 * it made one "story" of 2,698 of 5,000 articles.
 *
 * A story's id (its URL) is its earliest article's slug, so a later article joining keeps it;
 * editors name, pin and split stories in `content/stories/` (storyEdits.ts).
 */
import { stripAccents } from "#lib/text/fold.ts";
import { leadFigures, leadsConflict } from "./storyLead.ts";

export interface StoryInput {
  readonly slug: string;
  /** Title, standfirst, key points and body, as plain text. */
  readonly text: string;
  /** Days the article's events happened (`YYYY-MM-DD`), from the timeline. */
  readonly days?: readonly string[];
  /** Ids of the people, organisations and places it mentions (register and machine-found). */
  readonly entities?: readonly string[];
  /** Headline and first sentences: the counts it leads with (storyLead.ts). */
  readonly lead?: string;
  /** Publication date, `YYYY-MM-DD`: the story's id is its earliest article's slug. */
  readonly published?: string | undefined;
}

export interface StoryOptions {
  /** Cosine similarity at or above which two articles are the same story. */
  readonly threshold: number;
  /** A term in more than this share of articles is not distinctive. */
  readonly maxShare: number;
  /** Longest posting list used for candidate pairs (keeps the work near-linear). */
  readonly maxPostings: number;
  /** How many of an article's strongest terms find its candidate pairs. */
  readonly signatureTerms: number;
  /** Up to this many articles every pair is scored; above it, pairs come from signature terms. */
  readonly allPairsUpTo: number;
  /** Most "related article" pairs kept per article. */
  readonly maxRelated: number;
  /** Weakest similarity kept as a "related article" pair; weaker candidates are dropped. */
  readonly relatedFloor: number;
}

/**
 * Chosen on the evaluation corpus's dev split (eval/README.md) and the five committed articles:
 * the dev grouping is the same at any threshold from 0.14 to 0.19, and the five group right
 * from 0.12 to 0.21 (their drone story's weakest link averages 0.21, the nearest other article
 * 0.12); 0.16 sits in the middle of both. Cosines of IDF vectors do not grow with the corpus's
 * size, so neither does this.
 */
export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  threshold: 0.16,
  maxShare: 0.8,
  maxPostings: 50,
  signatureTerms: 20,
  allPairsUpTo: 300,
  maxRelated: 10,
  relatedFloor: 0.05,
};

export interface Story {
  /**
   * Stable id, the story's URL: the slug of its earliest published member (undated members
   * after dated ones, ties by slug). A later article that joins does not change it.
   */
  readonly id: string;
  /** Member slugs, sorted. */
  readonly slugs: readonly string[];
  /** The words the members share most strongly, for a "why grouped" note. */
  readonly sharedTerms: readonly string[];
}

export interface StoryGrouping {
  readonly stories: readonly Story[];
  /** Similarity of candidate pairs at or above `relatedFloor` (a, b sorted), strongest first. */
  readonly pairs: readonly { a: string; b: string; score: number }[];
}

const STOP = new Set(
  (
    "the a an and or but of to in on at by for with from as is are was were be been being has have had it its " +
    "this that these those which who whom whose what when where while than then there their they them he she his " +
    "her we our you your not no also such into over under about after before more most other some any all both " +
    "each can could would should will may might must said says according including including however these very " +
    "just only even still yet already well much many according new recent recently year years"
  ).split(/\s+/u),
);

/** Specifics carry their kind as a prefix ("name:", "figure:", "day:"); words never hold a colon. */
const isSpecific = (term: string) => term.includes(":");
const MIN_SHARED_SPECIFICS = 3;
/** Two articles leading with different counts, or published far apart, report different events. */
const CONFLICT_FACTOR = 0.5;
/** Reports of one event come out within weeks of each other; so is the score of two further apart. */
const PUBLISHED_APART_DAYS = 30;

/** Days between two `YYYY-MM-DD` dates; 0 when either is unknown. */
function daysApart(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return 0;
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** Content words of a text (folded, stop words and words under four letters dropped), with counts. */
export function storyTerms(text: string): Map<string, number> {
  const words =
    stripAccents(text)
      .toLowerCase()
      .replace(/[’']s\b/gu, "")
      .match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu) ?? [];
  const kept = words.filter((w) => w.length >= 4 && !STOP.has(w) && !/^\d/u.test(w));
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
  if (entities !== undefined) for (const id of entities) add(`name:${personKey(id)}`);
  else addNamePairs(text, add);
  for (const match of text.matchAll(/(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\p{N}]|[.,]\d)/gu)) {
    const value = Number((match[1] ?? "").replace(/,/gu, ""));
    if (value >= 3 && !(value >= 1900 && value <= 2099)) add(`figure:${value}`);
  }
  for (const day of days) add(`day:${day}`);
  return counts;
}

/** An entity id without single-letter middle initials: "frank-m-bradley" and "frank-bradley" are one name. */
const personKey = (id: string) => id.replace(/-[a-z](?=-)/gu, "");

/** Every two adjacent capitalised words, as names, when the article's entities are not known. */
function addNamePairs(text: string, add: (term: string) => void): void {
  const tokens = stripAccents(text).split(/[\s/]+/u);
  // Each token once: its name form (quotes and a possessive stripped), and whether a name runs on past it.
  const names = tokens.map((token) => {
    const word = token.replace(/^[(“"‘']+/u, "").replace(/[’']s$|[.,;:!?)"”’]+$/gu, "");
    return /^\p{Lu}[\p{L}’'-]*\p{L}$/u.test(word) && !STOP.has(word.toLowerCase()) ? word.toLowerCase() : undefined;
  });
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const [x, y] = [names[i], names[i + 1]];
    // A name does not run across a sentence end or a comma.
    if (x === undefined || y === undefined || /[.,;:!?)"”]$/u.test(tokens[i] ?? "")) continue;
    add(`name:${x} ${y}`);
  }
}

/** Slug of the earliest published input (undated last, ties by slug): a story's stable id. */
export function earliestSlug(members: readonly Pick<StoryInput, "slug" | "published">[]): string {
  const key = (input: Pick<StoryInput, "slug" | "published">) => `${input.published ?? "9999-99-99"} ${input.slug}`;
  return [...members].sort((a, b) => key(a).localeCompare(key(b)))[0]?.slug ?? "";
}

/** Groups articles into stories. Singletons are stories too (of one article). */
export function groupStories(
  inputs: readonly StoryInput[],
  options: StoryOptions = DEFAULT_STORY_OPTIONS,
): StoryGrouping {
  const n = inputs.length;
  const leads = inputs.map((input) => leadFigures(input.lead ?? ""));
  const termCounts = inputs.map((input, doc) => {
    const counts = storyTerms(input.text);
    for (const [term, count] of storySpecifics(input.text, input.days, input.entities)) counts.set(term, count);
    // The count a report leads with is its event's own figure, in any language.
    for (const figure of leads[doc] ?? []) counts.set(`lead:${figure}`, 1);
    return counts;
  });
  const df = new Map<string, number>();
  for (const counts of termCounts) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const maxDf = Math.max(2, Math.floor(options.maxShare * n));

  // Weighted vectors over the terms two articles can share, and the inverted index over them.
  const vectors = termCounts.map(() => new Map<string, number>());
  // Squared lengths of each article's word part and specifics part (see `similarity`).
  const wordNorms = inputs.map(() => 0);
  const specificNorms = inputs.map(() => 0);
  termCounts.forEach((counts, doc) => {
    const vector = vectors[doc] as Map<string, number>;
    for (const [term, tf] of counts) {
      const d = df.get(term) ?? 0;
      if (d > maxDf) continue;
      const weight = (1 + Math.log(tf)) * Math.log(1 + n / d);
      // Terms of this article alone count in its length (they make it less like the others)
      // but cannot make a pair, so they stay out of the vector and the index.
      const norms = isSpecific(term) ? specificNorms : wordNorms;
      norms[doc] = (norms[doc] ?? 0) + weight * weight;
      if (d >= 2) vector.set(term, weight);
    }
  });
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, doc) => {
    const strongest = [...vector].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    for (const [term] of strongest.slice(0, options.signatureTerms)) {
      const list = postings.get(term);
      if (list) list.push(doc);
      else postings.set(term, [doc]);
    }
  });

  // Candidates, keyed i*n+j (i < j): pairs that share at least two signature terms. One shared
  // rare word is as often chance as a story; two rarely are.
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length > options.maxPostings) continue;
    for (let x = 0; x < list.length; x += 1) {
      for (let y = x + 1; y < list.length; y += 1) {
        const [i, j] = [list[x] as number, list[y] as number];
        const key = Math.min(i, j) * n + Math.max(i, j);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  // A small corpus scores every pair: nothing can be missed, and the cost is nothing.
  const candidates =
    n <= options.allPairsUpTo
      ? Array.from({ length: n }, (_, i) => Array.from({ length: n - i - 1 }, (_, k) => i * n + i + 1 + k)).flat()
      : [...shared].filter(([, count]) => count >= 2).map(([key]) => key);

  /** Calls `visit` with each term two articles share and the product of its weights. */
  const forEachShared = (i: number, j: number, visit: (term: string, product: number) => void): void => {
    const [a, b] = [vectors[i] as Map<string, number>, vectors[j] as Map<string, number>];
    const [short, long] = a.size <= b.size ? [a, b] : [b, a];
    for (const [term, weight] of short) {
      const other = long.get(term);
      if (other !== undefined) visit(term, weight * other);
    }
  };
  /**
   * The larger of two cosine similarities: over the words, and over the specifics (names,
   * figures, days). Words carry two reports in one language; specifics carry a translation or
   * a short wire copy whose vocabulary differs, and neither dilutes the other.
   */
  const similarity = (i: number, j: number): number => {
    let [words, specifics, sharedSpecifics] = [0, 0, 0];
    forEachShared(i, j, (term, product) => {
      if (isSpecific(term)) {
        specifics += product;
        sharedSpecifics += 1;
      } else words += product;
    });
    // One shared name or figure is as often chance as a story (a president, a round number).
    if (sharedSpecifics < MIN_SHARED_SPECIFICS) specifics = 0;
    const cosine = (dot: number, norms: readonly number[]) => {
      const length = Math.sqrt((norms[i] ?? 0) * (norms[j] ?? 0));
      return length > 0 ? dot / length : 0;
    };
    const score = Math.max(cosine(words, wordNorms), cosine(specifics, specificNorms));
    const apart =
      leadsConflict(leads[i] ?? new Set(), leads[j] ?? new Set()) ||
      daysApart(inputs[i]?.published, inputs[j]?.published) > PUBLISHED_APART_DAYS;
    return apart ? score * CONFLICT_FACTOR : score;
  };

  const scored: { i: number; j: number; score: number }[] = [];
  const neighbours = inputs.map(() => new Map<number, number>());
  for (const key of candidates) {
    const i = Math.floor(key / n);
    const j = key % n;
    const score = similarity(i, j);
    if (score <= 0) continue;
    scored.push({ i, j, score });
    neighbours[i]?.set(j, score);
    neighbours[j]?.set(i, score);
  }
  scored.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);

  // Average-linkage merging, strongest pair first.
  const groupOf = inputs.map((_, doc) => doc);
  const members = new Map<number, number[]>(inputs.map((_, doc) => [doc, [doc]]));
  const linkage = (a: number, b: number): number => {
    const [from, to] = [members.get(a) ?? [], members.get(b) ?? []];
    const [small, large] = from.length <= to.length ? [from, b] : [to, a];
    let sum = 0;
    for (const doc of small) {
      for (const [other, score] of neighbours[doc] ?? []) if (groupOf[other] === large) sum += score;
    }
    return sum / (from.length * to.length);
  };
  for (const { i, j, score } of scored) {
    if (score < options.threshold) break;
    const [a, b] = [groupOf[i] as number, groupOf[j] as number];
    if (a === b || linkage(a, b) < options.threshold) continue;
    // The smaller group moves into the larger, so each article moves O(log n) times.
    const [keep, gone] = (members.get(a)?.length ?? 0) >= (members.get(b)?.length ?? 0) ? [a, b] : [b, a];
    const moved = members.get(gone) ?? [];
    for (const doc of moved) groupOf[doc] = keep;
    members.get(keep)?.push(...moved);
    members.delete(gone);
  }

  // What each story's strong pairs share, weighted as in the similarity.
  const sharedByGroup = new Map<number, Map<string, number>>();
  for (const { i, j, score } of scored) {
    if (score < options.threshold) break;
    const group = groupOf[i] as number;
    if (group !== groupOf[j]) continue;
    const weights = sharedByGroup.get(group) ?? new Map<string, number>();
    sharedByGroup.set(group, weights);
    // Words only: the names and days the articles share are shown as such (storyCommon.ts).
    forEachShared(i, j, (term, product) => {
      if (!isSpecific(term)) weights.set(term, (weights.get(term) ?? 0) + product);
    });
  }

  const stories = [...members.entries()].map(([group, docs]) => {
    const slugs = docs.map((doc) => inputs[doc]?.slug ?? "").sort();
    const sharedTerms = [...(sharedByGroup.get(group)?.entries() ?? [])]
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, 8)
      .map(([term]) => term);
    return { id: earliestSlug(docs.map((doc) => inputs[doc] as StoryInput)), slugs, sharedTerms };
  });
  stories.sort((x, y) => y.slugs.length - x.slugs.length || x.id.localeCompare(y.id));

  // Related pairs: each article's strongest `maxRelated`, so the list stays linear in articles.
  const kept = inputs.map(() => 0);
  const pairs = scored
    .filter(({ i, j, score }) => {
      if (score < options.relatedFloor) return false;
      const keep = (kept[i] ?? 0) < options.maxRelated || (kept[j] ?? 0) < options.maxRelated;
      if (keep) {
        kept[i] = (kept[i] ?? 0) + 1;
        kept[j] = (kept[j] ?? 0) + 1;
      }
      return keep;
    })
    .map(({ i, j, score }) => {
      const [a, b] = [inputs[i]?.slug ?? "", inputs[j]?.slug ?? ""].sort() as [string, string];
      return { a, b, score: Math.round(score * 1000) / 1000 };
    })
    .sort((p, q) => q.score - p.score || p.a.localeCompare(q.a));
  return { stories, pairs };
}

interface RelatedIndex {
  readonly storyOf: Map<string, Story>;
  readonly pairsOf: Map<string, { slug: string; score: number }[]>;
}
const relatedIndexes = new WeakMap<StoryGrouping, RelatedIndex>();

/** Per-article lookups over a grouping, built once: looking up one article never scans them all. */
function relatedIndex(grouping: StoryGrouping): RelatedIndex {
  let index = relatedIndexes.get(grouping);
  if (index) return index;
  const storyOf = new Map<string, Story>();
  for (const story of grouping.stories) for (const slug of story.slugs) storyOf.set(slug, story);
  const pairsOf = new Map<string, { slug: string; score: number }[]>();
  const add = (from: string, to: string, score: number) => {
    const list = pairsOf.get(from);
    if (list) list.push({ slug: to, score });
    else pairsOf.set(from, [{ slug: to, score }]);
  };
  for (const pair of grouping.pairs) {
    add(pair.a, pair.b, pair.score);
    add(pair.b, pair.a, pair.score);
  }
  index = { storyOf, pairsOf };
  relatedIndexes.set(grouping, index);
  return index;
}

/** Other articles in the same story as `slug`, then others it resembles, strongest first. */
export function relatedArticles(
  grouping: StoryGrouping,
  slug: string,
  limit = 5,
): { slug: string; score: number; sameStory: boolean }[] {
  const { storyOf, pairsOf } = relatedIndex(grouping);
  const story = storyOf.get(slug);
  const members = new Set(story?.slugs ?? []);
  const out = (pairsOf.get(slug) ?? []).map((pair) => ({ ...pair, sameStory: members.has(pair.slug) }));
  const seen = new Set(out.map((o) => o.slug));
  for (const member of members) {
    if (member !== slug && !seen.has(member)) out.push({ slug: member, score: 0, sameStory: true });
  }
  return out
    .sort((x, y) => Number(y.sameStory) - Number(x.sameStory) || y.score - x.score || x.slug.localeCompare(y.slug))
    .slice(0, limit);
}
