/**
 * "the former adviser said" after "one former adviser said he was certain …": a definite
 * description that repeats, word for word, how the text introduced one unnamed person ("a", "an"
 * or "one" and the same words) stands for that person, unnamed as before. Only when the text
 * before introduced exactly one such person that way and never gave those words to anyone named
 * ("former adviser Jane Doe", "Jane Doe, a former adviser,"): otherwise "the former adviser" may
 * be someone named, and the caller leaves the words unattributed.
 */
import { anonymousSources } from "#lib/text/attribution.ts";
import { escapeRegExp } from "#lib/text/escapeRegExp.ts";

/** The description's words after "the", in lower case, as the caller read them: "former adviser". */
export function unnamedIntroduced(before: string, description: string): boolean {
  const words = description.trim().replace(/\s+/gu, " ");
  if (!/^\p{Ll}[\p{L}-]*(?: \p{Ll}[\p{L}-]*){0,3}$/u.test(words)) return false;
  // Each word's first letter in either case: "Former adviser Jane Doe" opens a sentence.
  const phrase = words
    .split(" ")
    .map((word) => `[${word[0]}${word[0]?.toUpperCase()}]${escapeRegExp(word.slice(1))}`)
    .join("\\s+");
  const introduced = anonymousSources(before).filter((source) =>
    new RegExp(`^(?:an?|one)\\s+${phrase}$`, "iu").test(source.text.trim()),
  );
  // "another former adviser" says there were two; "the former adviser" is then neither for sure.
  const another = new RegExp(`(?<!\\p{L})another\\s+${phrase}(?!\\p{L})`, "iu").test(before);
  // The words given to someone named: before the name ("former adviser Jane Doe") or in apposition after it.
  const givenToNamed = new RegExp(
    `(?<!\\p{L})${phrase}\\s+\\p{Lu}|\\p{Lu}[\\p{L}.’'-]*,\\s+(?:an?|the)\\s+${phrase}(?!\\p{L})`,
    "u",
  ).test(before);
  return introduced.length === 1 && !another && !givenToNamed;
}
