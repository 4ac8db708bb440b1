/**
 * The words a line shares with an article's lede. A headline names what its article is about,
 * so it shares words with the first paragraphs under it; a rail's teaser, a promotion or another
 * story's title that a page sets over the article's byline names another subject. Read by
 * ./headline.ts to tell the article's headline from such a line.
 */
import { stripAccents } from "#lib/text/fold.ts";
import { STOP_WORDS } from "#lib/text/stopWords.ts";

/** Shorter words ("war", "tax") are too often incidental to count as naming a subject. */
const MIN_LETTERS = 4;

/** The line's content words, folded: lower case, no accents, no possessive, no plural "s". */
export function contentWords(text: string): Set<string> {
  const words = stripAccents(text.toLowerCase())
    .replace(/['’]s\b/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= MIN_LETTERS && !STOP_WORDS.has(w))
    .map((w) => (w.length > MIN_LETTERS && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w));
  return new Set(words);
}

/** How many words of `line` the `lede` words hold: its content words, or those `wordsOf` reads. */
export function sharedWords(
  line: string,
  lede: ReadonlySet<string>,
  wordsOf: (text: string) => Set<string> = contentWords,
): number {
  let shared = 0;
  for (const word of wordsOf(line)) if (lede.has(word)) shared++;
  return shared;
}

/** Two Han ideographs in a row: most words of Chinese and Japanese are such a pair or hold one. */
const HAN_PAIR = /(?=(\p{sc=Han}{2}))/gu;
/** A run of katakana: a Japanese loanword or name, written whole ("スキャン", "コンテンツ"). */
const KATAKANA_RUN = /[\p{sc=Katakana}ー]{2,}/gu;

/**
 * The words that name what a line is about: its content words (`contentWords`) and, in Chinese
 * and Japanese, which set no spaces between words, every two Han ideographs in a row ("情報",
 * "税率") and every run of katakana ("スキャン"): kana between them are mostly grammar.
 */
export function subjectWords(text: string): Set<string> {
  const words = contentWords(text);
  for (const m of text.matchAll(HAN_PAIR)) if (m[1] !== undefined) words.add(m[1]);
  for (const m of text.matchAll(KATAKANA_RUN)) words.add(m[0]);
  return words;
}
