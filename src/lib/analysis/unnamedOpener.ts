/**
 * The unnamed person who opens a sentence a colon ends, as its subject: "One survey respondent
 * summed this up as follows:", "A nurse put it plainly:". The description, read alone as a tag's
 * subject is (text/attribution.ts), must be the sentence's first words and be followed by a
 * lower-case word (its verb, or what goes on describing them), and no second clause may follow
 * ("A man walked in and the room went quiet:" says nothing of whose the words are); the caller
 * checks that the sentence names no one else they could be of. The description as written, or undefined.
 */
import { anonymousSource } from "#lib/text/attribution.ts";

/** A clause joined after the subject's own: "and the room went quiet", "as they left". */
const SECOND_CLAUSE =
  /[,;]|\b(?:and|but|while|as|when|after|before|because|so)\s+(?:the|a|an|he|she|they|it|we|I|his|her|their|its|this|that)\b/u;

export function unnamedOpener(sentence: string): string | undefined {
  const text = sentence.trimStart();
  if (!/:\s*$/u.test(text)) return undefined;
  const words = [...text.matchAll(/\S+/gu)].slice(0, 6);
  for (const [k, word] of words.entries()) {
    const end = word.index + word[0].length;
    const next = words[k + 1];
    if (next === undefined || !/^\p{Ll}/u.test(next[0])) continue;
    const source = anonymousSource(text.slice(0, end));
    if (source?.index !== 0 || source.text.length !== end) continue;
    return SECOND_CLAUSE.test(text.slice(end)) ? undefined : source.text.replace(/\s+/gu, " ");
  }
  return undefined;
}
