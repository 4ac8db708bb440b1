/**
 * Stories: groups of articles that cover the same events, found by shared distinctive terms.
 *
 * Each article becomes a TF-IDF vector over its content words (lower-cased, accents folded,
 * stop words and words under four letters dropped). Words in more than `maxShare` of the
 * articles say nothing about the story and are dropped; words only one article has count in
 * its vector's length (they make it less like the others) but never produce a candidate pair.
 * (Two-word shingles were tried and separated the real corpus's stories less well.)
 *
 * Candidate pairs come from an inverted index — only articles that share a term are compared, and a term's posting list is capped, so the work grows with the
 * number of (article, term) postings, not with all pairs of articles. Pairs whose cosine
 * similarity reaches `threshold` are joined with union-find; the groups are the stories.
 */

export interface StoryInput {
  readonly slug: string;
  /** Title plus body, as plain text. */
  readonly text: string;
}

export interface StoryOptions {
  /** Cosine similarity at or above which two articles are the same story. */
  readonly threshold: number;
  /** A term in more than this share of articles is not distinctive. */
  readonly maxShare: number;
  /** Longest posting list used for candidate pairs (keeps the work near-linear). */
  readonly maxPostings: number;
  /** Weakest similarity kept as a "related article" pair; weaker candidates are dropped. */
  readonly relatedFloor: number;
}

/**
 * Tuned on the five real articles: the CIA-drone pieces pair at 0.17–0.25, every other pair
 * at 0.11 or less.
 */
export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  threshold: 0.14,
  maxShare: 0.8,
  maxPostings: 50,
  relatedFloor: 0.05,
};

export interface Story {
  /** Stable id: the first member slug in sorted order. */
  readonly id: string;
  /** Member slugs, sorted. */
  readonly slugs: readonly string[];
  /** The terms the members share most strongly, for a "why grouped" note. */
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

/** Content words of a text (folded, stop words and words under four letters dropped), with counts. */
export function storyTerms(text: string): Map<string, number> {
  const words =
    text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[’']s\b/gu, "")
      .match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu) ?? [];
  const kept = words.filter((w) => w.length >= 4 && !STOP.has(w));
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const word of kept) add(word);
  return counts;
}

class UnionFind {
  readonly #parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.#parent.get(root) !== undefined && this.#parent.get(root) !== root)
      root = this.#parent.get(root) as string;
    this.#parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.#parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/** Groups articles into stories. Singletons are stories too (of one article). */
export function groupStories(
  inputs: readonly StoryInput[],
  options: StoryOptions = DEFAULT_STORY_OPTIONS,
): StoryGrouping {
  const n = inputs.length;
  const termCounts = inputs.map((input) => storyTerms(input.text));
  const df = new Map<string, number>();
  for (const counts of termCounts) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const maxDf = Math.max(2, Math.floor(options.maxShare * n));

  // Weighted vectors over distinctive terms, and the inverted index over them.
  const postings = new Map<string, { doc: number; weight: number }[]>();
  const norms = inputs.map(() => 0);
  termCounts.forEach((counts, doc) => {
    for (const [term, tf] of counts) {
      const d = df.get(term) ?? 0;
      if (d > maxDf) continue;
      const weight = (1 + Math.log(tf)) * Math.log(1 + n / d);
      // Terms of this article alone count in its length (they make it less like the others)
      // but cannot make a pair, so they stay out of the index.
      norms[doc] = (norms[doc] ?? 0) + weight * weight;
      if (d < 2) continue;
      const list = postings.get(term) ?? [];
      list.push({ doc, weight });
      postings.set(term, list);
    }
  });

  // Dot products only for pairs that share a term, as bare numbers keyed i*n+j: the shared
  // terms are recovered afterwards for the few pairs that join a story, so memory stays
  // proportional to the candidate pairs, not to pairs times terms.
  const dots = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length > options.maxPostings) continue;
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const [x, y] = [list[i], list[j]] as [{ doc: number; weight: number }, { doc: number; weight: number }];
        const key = Math.min(x.doc, y.doc) * n + Math.max(x.doc, y.doc);
        dots.set(key, (dots.get(key) ?? 0) + x.weight * y.weight);
      }
    }
  }

  const uf = new UnionFind();
  const pairs: { a: string; b: string; score: number }[] = [];
  const joined: [number, number][] = [];
  for (const [key, dot] of dots) {
    const i = Math.floor(key / n);
    const j = key % n;
    const score = dot / Math.sqrt((norms[i] ?? 1) * (norms[j] ?? 1));
    const [a, b] = [inputs[i]?.slug ?? "", inputs[j]?.slug ?? ""].sort() as [string, string];
    if (score >= options.relatedFloor) pairs.push({ a, b, score: Math.round(score * 1000) / 1000 });
    if (score >= options.threshold) {
      uf.union(a, b);
      joined.push([i, j]);
    }
  }
  pairs.sort((p, q) => q.score - p.score || p.a.localeCompare(q.a));

  // What each story's joined pairs share, weighted as in the dot products.
  const weightOf = (doc: number, term: string): number => {
    const tf = termCounts[doc]?.get(term) ?? 0;
    const d = df.get(term) ?? 0;
    const usable = tf > 0 && d >= 2 && d <= maxDf && (postings.get(term)?.length ?? 0) <= options.maxPostings;
    return usable ? (1 + Math.log(tf)) * Math.log(1 + n / d) : 0;
  };
  const sharedByRoot = new Map<string, Map<string, number>>();
  for (const [i, j] of joined) {
    const root = uf.find(inputs[i]?.slug ?? "");
    let weights = sharedByRoot.get(root);
    if (!weights) sharedByRoot.set(root, (weights = new Map<string, number>()));
    const [small, other] = (termCounts[i]?.size ?? 0) <= (termCounts[j]?.size ?? 0) ? [i, j] : [j, i];
    for (const term of termCounts[small]?.keys() ?? []) {
      const w = weightOf(small, term) * weightOf(other, term);
      if (w > 0) weights.set(term, (weights.get(term) ?? 0) + w);
    }
  }

  const groups = new Map<string, string[]>();
  for (const { slug } of inputs) {
    const root = uf.find(slug);
    const group = groups.get(root);
    if (group) group.push(slug);
    else groups.set(root, [slug]);
  }
  const stories = [...groups.entries()].map(([root, members]) => {
    const slugs = [...members].sort();
    const sharedTerms = [...(sharedByRoot.get(root)?.entries() ?? [])]
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, 8)
      .map(([term]) => term);
    return { id: slugs[0] ?? "", slugs, sharedTerms };
  });
  stories.sort((x, y) => y.slugs.length - x.slugs.length || x.id.localeCompare(y.id));
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
