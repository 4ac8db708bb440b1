/**
 * A given name joined to a full name that shares its surname: "Ashley and Tyson Gardner ask
 * for prayers", "parents Maria and Tom Baxter said". The first person is written by the given
 * name alone, their surname left to the full name after "and"; the sourcing profile counts both
 * when the full name speaks (eval/README.md, "Sourcing": a sentence with two named sources has two).
 *
 * Only a word compromise's lexicon knows as a given name and not as a place ("Jordan", "Georgia"
 * may be places), standing alone (no capitalised word before it, which would make it a surname:
 * "Ana Ruiz and Tom Baxter"), so "Apple and Tim Cook", "Texas and Greg Abbott" name no one more.
 * Pure.
 */
import nlp from "#lib/text/nlp.ts";

/** compromise's lexicon: a word, lower case, to its tag or tags. */
const LEXICON = (nlp.world() as { model: { one: { lexicon: Readonly<Record<string, string | readonly string[]>> } } })
  .model.one.lexicon;

const GIVEN_TAGS = new Set(["FirstName", "MaleName", "FemaleName"]);

/** True when the lexicon reads `word` as a given name and never as a place. */
function givenNameOnly(word: string): boolean {
  const key = word.toLowerCase();
  if (!Object.hasOwn(LEXICON, key)) return false;
  const tags = [LEXICON[key] ?? []].flat();
  return tags.some((t) => GIVEN_TAGS.has(t)) && !tags.some((t) => /Place|City|Country|Region/u.test(t));
}

/**
 * "Ashley and " at the end of the text before a name, the given name not after another capitalised
 * word inside the sentence ("Mary Grace and Tom Baxter" may be Mary Grace); a sentence's first word
 * is capitalised whatever it is ("Parents Maria and Tom Baxter said").
 */
const GIVEN_AND_END = /(?<![\p{L}’'.-])(?<!\S\s+\p{Lu}[\p{L}’'.-]*\s+)(\p{Lu}\p{Ll}+)\s+(?:and|&)\s+$/u;

/**
 * The full name of the person written by their given name alone before `written` ("Tyson
 * Gardner") and "and" in `before` ("Ashley and "): "Ashley Gardner". Undefined when `written`
 * is one word, or the word before "and" is no given name alone.
 */
export function sharedSurnamePartner(before: string, written: string): string | undefined {
  const words = written.trim().split(/\s+/u);
  const surname = words.at(-1);
  if (words.length < 2 || surname === undefined) return undefined;
  const match = GIVEN_AND_END.exec(before);
  const given = match?.[1];
  if (match === null || given === undefined || !givenNameOnly(given) || given === words[0]) return undefined;
  // "Mary Grace and Tom Baxter": a given name before it makes it a second given name, or a surname.
  const previous = /(\p{Lu}\p{Ll}+)\s+$/u.exec(before.slice(0, match.index))?.[1];
  if (previous !== undefined && givenNameOnly(previous)) return undefined;
  return `${given} ${surname}`;
}
