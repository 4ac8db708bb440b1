/**
 * A pull quote: a page sets a line of the article again in large type between its paragraphs
 * ("I totally agree with my wife. That's one solution." beside the paragraph that reads "“I
 * totally agree with my wife. That's one solution,” Kingma says …"), sometimes with a short
 * credit after it ("… one way or another. A close associate"). Every sentence of it stands,
 * word for word, in a longer paragraph of the same page, so the line adds nothing of the
 * article's and reads twice. Words only are compared (quotation marks, commas against full
 * stops and case aside); a paragraph that says something the other does not stays.
 */
import { foldedWords } from "#lib/text/fold.ts";
import { wordCount } from "./lines.ts";
import { REPORTED } from "./uiText.ts";

/** Fewest words of a pull quote; a short line ("He said no.") may well be said twice. */
const MIN_PULL_QUOTE_WORDS = 8;
/** Most words of the credit closing a pull quote, with no full stop ("A close Trump associate"). */
const MAX_CREDIT_WORDS = 6;

/** The words of `text`, folded, one space between and one at each end, for whole-word search. */
function wordsOf(text: string): string {
  return ` ${foldedWords(text).join(" ")} `;
}

/** The sentences of a would-be pull quote as words, its closing credit left out. */
function quotedSentences(text: string): string[] {
  const sentences = text.split(/(?<=[.!?]["”’]?)\s+/u);
  const last = sentences.at(-1) ?? "";
  if (sentences.length > 1 && !/[.!?]["”’]?$/u.test(last) && wordCount(last) <= MAX_CREDIT_WORDS) sentences.pop();
  return sentences.map(wordsOf).filter((words) => words.trim().split(" ").length >= 2);
}

/**
 * The indexes of `texts` that are pull quotes of another among them: each sentence of the line
 * (the last may be a credit of a few words with no full stop) stands whole inside one longer
 * paragraph that sets it in quotation marks. A line that reports who said it ("…, she said") is
 * the article telling, not the page repeating; pass "" for what may not be the original (the
 * page after the article: a reader's comment that quotes a paragraph and goes on).
 */
export function pullQuoteIndexes(texts: readonly string[]): Set<number> {
  const words = texts.map(wordsOf);
  const counts = texts.map(wordCount);
  const found = new Set<number>();
  for (const [idx, text] of texts.entries()) {
    const own = counts[idx] ?? 0;
    if (own < MIN_PULL_QUOTE_WORDS || REPORTED.test(text)) continue;
    const quoted = quotedSentences(text);
    if (quoted.length === 0) continue;
    const original = texts.findIndex(
      (other, k) =>
        k !== idx &&
        (counts[k] ?? 0) > own &&
        /["“”]/u.test(other) &&
        quoted.every((sentence) => words[k]?.includes(sentence) === true),
    );
    if (original >= 0) found.add(idx);
  }
  return found;
}
