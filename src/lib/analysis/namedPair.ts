/**
 * "The pair said …", "the couple revealed …": a definite pair as a source is the two people the
 * article last named together, joined by "and" ("Prince Harry and Meghan, Duchess of Sussex"), so
 * the sourcing profile counts both by name, as the gold does (eval/README.md, "Sourcing": a
 * description whose people the text names is a named source).
 *
 * Only a pair written as two people's names with "and" between (and at most two capitalised title
 * words before the second: "Harry and Prince William"); the nearest one before the phrase wins.
 * A pair the text brings in after it without names ("a couple", "two men") may be the one meant,
 * so then no one is named. Pure.
 */

/** A person's name in a sentence: its offsets and its entity. */
export interface PersonAt {
  readonly start: number;
  readonly end: number;
  readonly id: string;
}

/** A sentence's text and the people it names, in order. */
export interface PeopleSentence {
  readonly text: string;
  readonly people: readonly PersonAt[];
}

/** "the pair", "the couple", "the duo" (case aside on the article). */
const THE_PAIR = /(?<!\p{L})[Tt]he\s+(?:pair|couple|duo)(?![\p{L}’'])/gu;

/** What stands between two names of one pair: "and", perhaps the second one's title ("and Prince "). */
const JOINED = /^\s+(?:and|&)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}$/u;

/** A pair the text brings in without names: "a couple", "another pair", "two men". */
const UNNAMED_PAIR =
  /(?<!\p{L})(?:(?:[Aa]n?|[Aa]nother)\s+(?:\p{Ll}+\s+)?(?:pair|couple|duo)|[Tt]wo\s+(?:men|women|people|brothers|sisters|friends))(?!\p{L})/u;

/** The offsets of each "the pair" in `text`. */
export function pairPhrases(text: string): { start: number; end: number }[] {
  return [...text.matchAll(THE_PAIR)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The two people `before` last names together (see the module comment), the last sentence first;
 * undefined when none does, or an unnamed pair comes after the named one.
 */
export function lastNamedPair(before: readonly PeopleSentence[]): readonly [string, string] | undefined {
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const sentence = before[i];
    if (sentence === undefined) continue;
    const people = [...sentence.people].sort((a, b) => a.start - b.start);
    for (let j = people.length - 1; j > 0; j -= 1) {
      const [first, second] = [people[j - 1], people[j]];
      if (first === undefined || second === undefined || first.id === second.id) continue;
      if (!JOINED.test(sentence.text.slice(first.end, second.start))) continue;
      // "a couple" after the names, in the same sentence, is another pair.
      if (UNNAMED_PAIR.test(sentence.text.slice(second.end))) return undefined;
      return [first.id, second.id];
    }
    if (UNNAMED_PAIR.test(sentence.text)) return undefined;
  }
  return undefined;
}
