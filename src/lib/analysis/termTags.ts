/**
 * compromise's tags of each word of a short text (a name's span, a word) read on its own,
 * memoised per text for the process.
 *
 * Why: the name readers ask compromise about the same span more than once — its kind
 * (names.ts `tagSpan`), whether its first word is an ordinary word (`firstTags`), what its last
 * word is (actorNames.ts) — and each asked by a tagging of its own. Tagging is the costly part;
 * reading the tags is not, so one tagging per distinct text serves every reader. Each reader
 * keeps its own small cache of what it derived. Bounded: the least recently used texts go.
 */
import nlp from "#lib/text/nlp.ts";
import { LruCache } from "#lib/lruCache.ts";

const EMPTY: ReadonlySet<string> = new Set();
const read = new LruCache<string, readonly ReadonlySet<string>[]>(5_000);

/** Each word's tags as compromise reads `text` alone, in order (all its sentences). Do not modify. */
export function termTags(text: string): readonly ReadonlySet<string>[] {
  return read.getOrMake(text, (key) => {
    const tags: ReadonlySet<string>[] = [];
    nlp(key).docs.forEach((sentence) => sentence.forEach((term) => tags.push(term.tags ?? EMPTY)));
    return tags;
  });
}

/** The lexicon's tags of names (a body, a person, a place, an acronym): a word so tagged is a name, not a word of the language. */
const NAME_TAGS = /^(?:Organization|Person|\w*Name|Place|Country|City|Region|Acronym|ProperNoun)$/u;

/**
 * Whether a lower-case word is one compromise's lexicon holds as a word of the language ("ice",
 * "monthly", "voting"), not as a name it knows ("cia", "jane") nor a word it does not hold at all
 * (a name it has never met: "deqa", "dhalac").
 */
export function lexiconWord(key: string): boolean {
  const tags = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon[key];
  if (tags === undefined) return false;
  return ![tags].flat().some((tag) => NAME_TAGS.test(tag));
}
