/**
 * compromise, with the first step of its rule sweep made to cost what a sentence holds rather
 * than what the rule set holds. Import `nlp` from here, not from "compromise", so every tagging
 * in the process (claims' lemmas, names, page furniture) runs with it.
 *
 * Why: compromise's sweep finds each sentence's candidate rules by listing every key of the rule
 * net's index (thousands of words and tags) and testing each against the sentence's words and
 * tags, once per sentence; that listing was over a third of its tagger's time in the analysis
 * profile. Here the sweep is handed an index holding only the keys the document's sentences
 * have, in the index's own order, so each sentence gets the same candidates in the same order
 * and compromise's own code does the rest: the tags and lemmas are unchanged (the analysis of
 * the benchmark's articles and the five is byte for byte the same).
 */
import nlp from "compromise";

type Hooks = Record<string, unknown>;
interface Net {
  readonly hooks: Hooks;
}
type Document = unknown[];
type BulkMatch = (document: Document, net: Net, methods: unknown, opts?: unknown) => unknown;
interface SweepMethods {
  bulkMatch: BulkMatch;
  cacheDoc: (document: Document) => Set<string>[];
}

// compromise's sweep (`View.sweep`) looks its `bulkMatch` up on the world's methods each time.
const one = (nlp.methods() as { one: SweepMethods }).one;
const bulkMatch = one.bulkMatch;

/** Each index's keys by their place in its key order, made once per index. */
const places = new WeakMap<Hooks, ReadonlyMap<string, number>>();
const placesOf = (hooks: Hooks): ReadonlyMap<string, number> => {
  let known = places.get(hooks);
  if (!known) {
    known = new Map(Object.keys(hooks).map((key, place) => [key, place]));
    places.set(hooks, known);
  }
  return known;
};

/** `hooks` cut to the keys `document`'s sentences have, in `hooks`' key order. */
export function hooksFor(document: Document, hooks: Hooks): Hooks {
  const place = placesOf(hooks);
  const present = new Set<string>();
  for (const cache of one.cacheDoc(document)) for (const key of cache) if (place.has(key)) present.add(key);
  const cut: Hooks = {};
  for (const key of [...present].sort((a, b) => (place.get(a) ?? 0) - (place.get(b) ?? 0))) cut[key] = hooks[key];
  return cut;
}

const cutBulkMatch: BulkMatch = (document, net, methods, opts) =>
  bulkMatch(document, { ...net, hooks: hooksFor(document, net.hooks) }, methods, opts);
one.bulkMatch = cutBulkMatch;

/** `run` with compromise's own sweep, for tests that compare both. */
export function withCompromiseSweep<T>(run: () => T): T {
  one.bulkMatch = bulkMatch;
  try {
    return run();
  } finally {
    one.bulkMatch = cutBulkMatch;
  }
}

export default nlp;
