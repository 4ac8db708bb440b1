/**
 * "the former adviser said" after "one former adviser said he was certain …": a definite
 * description that repeats, word for word, how the text introduced one unnamed person ("a", "an"
 * or "one" and the same words) stands for that person, unnamed as before. The introduction may say
 * more around the same head words, a modifier before them or where they are from after them ("a
 * Democratic strategist in El Paso" … "the strategist"): news style drops them on second mention.
 * Only when the text before introduced exactly one such person that way and never gave those
 * words to anyone named ("former adviser Jane Doe", "Jane Doe, a former adviser,", "a veteran
 * strategist, Jane Doe,"), and, for an introduction with more words, named no person since
 * (`namesSomeone`, the caller's reading of names): otherwise "the former adviser" may be someone
 * named, and the caller leaves the words unattributed.
 */
import { anonymousSources } from "#lib/text/attribution.ts";
import { escapeRegExp } from "#lib/text/escapeRegExp.ts";

/** The description's words after "the", in lower case, as the caller read them: "former adviser". */
export function unnamedIntroduced(
  before: string,
  description: string,
  namesSomeone: (text: string) => boolean = () => false,
): boolean {
  const words = description.trim().replace(/\s+/gu, " ");
  if (!/^\p{Ll}[\p{L}-]*(?: \p{Ll}[\p{L}-]*){0,3}$/u.test(words)) return false;
  // Each word's first letter in either case: "Former adviser Jane Doe" opens a sentence.
  const phrase = words
    .split(" ")
    .map((word) => `[${word[0]}${word[0]?.toUpperCase()}]${escapeRegExp(word.slice(1))}`)
    .join("\\s+");
  // Up to three modifiers before the head words, and a phrase of place or body after them.
  const modifiers = String.raw`(?:[\p{L}’'-]+\s+){0,3}?`;
  const introduced = anonymousSources(before).filter((source) =>
    new RegExp(`^(?:an?|one)\\s+${modifiers}${phrase}(?:\\s+(?:in|at|from|of|for|with|on)\\s[^,;]*)?$`, "iu").test(
      source.text.trim(),
    ),
  );
  // "another former adviser" says there were two; "the former adviser" is then neither for sure.
  const another = new RegExp(`(?<!\\p{L})another\\s+${modifiers}${phrase}(?!\\p{L})`, "iu").test(before);
  // The words given to someone named: before the name ("former adviser Jane Doe"), in apposition
  // after it ("Jane Doe, a veteran strategist,") or with the name in apposition after them ("a strategist, Jane Doe").
  const givenToNamed = new RegExp(
    `(?<!\\p{L})${phrase}\\s+\\p{Lu}|\\p{Lu}[\\p{L}.’'-]*,\\s+(?:an?|the)\\s+${modifiers}${phrase}(?!\\p{L})|(?<!\\p{L})${phrase},\\s+\\p{Lu}`,
    "u",
  ).test(before);
  if (introduced.length !== 1 || another || givenToNamed) return false;
  // Said with more words than the back reference, the introduction stands for it only while no
  // one is named since (`namesSomeone`): someone named between may be "the strategist" too.
  const [source] = introduced as [{ index: number; text: string }];
  const exact = new RegExp(`^(?:an?|one)\\s+${phrase}$`, "iu").test(source.text.trim());
  return exact || !namesSomeone(before.slice(source.index + source.text.length));
}
