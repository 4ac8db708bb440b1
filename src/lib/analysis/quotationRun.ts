/**
 * A quotation a prose tag opens and a later sentence closes: "She continued, “I wore it at least
 * four times. ¶ So I wore it home …. ¶ And it’s not a light tag!”" — the segmenter cuts the
 * quotation into sentences, and each sentence of a quotation is its speaker's (eval/README.md,
 * "Sourcing"), so the sentences after the tag's one are the tag's speaker's until the closing
 * mark. This module reads the marks only; sourcing.ts carries the source. Curly marks only: a
 * straight mark does not say whether it opens or closes. Pure.
 */

/** A tag right before an opening mark: a comma or a colon after a word ("She continued, “", "He put it this way: “"). */
const TAG_BEFORE = /\p{L}[,:]\s*$/u;

/**
 * True when `sentence` opens a quotation after a tag and does not close it: the last “ stands
 * after a comma or colon and no ” follows it. Not a quotation closed in the sentence ("She said,
 * “No.”"), nor one opened with no tag before it ("“I wore it …" at a sentence's start: who speaks,
 * the quote finder decides).
 */
export function opensQuotationRun(sentence: string): boolean {
  const open = sentence.lastIndexOf("“");
  if (open < 0 || sentence.indexOf("”", open) >= 0) return false;
  return TAG_BEFORE.test(sentence.slice(0, open));
}

/** What a sentence after an open quotation does with it: goes on inside it, closes it, or opens another (the run ends). */
export function quotationRunStep(sentence: string): "inside" | "closes" | "other" {
  const open = sentence.indexOf("“");
  const close = sentence.indexOf("”");
  if (open >= 0 && (close < 0 || open < close)) return "other";
  return close >= 0 ? "closes" : "inside";
}

/**
 * A sentence that announces a quotation set out in the paragraphs after it, as the last sentence of
 * its own: it ends on a colon after a word, or on "the following" ("Trump said the following.",
 * "She told reporters:"). Not a colon inside the sentence ("Her answer: no.").
 */
export function announcesQuotation(sentence: string): boolean {
  return /(?:\p{L}:|(?<!\p{L})the\s+following[.:])\s*$/u.test(sentence);
}

/**
 * The opening mark a paragraph of a quotation begins with when the quotation runs on over several
 * paragraphs: by the printers' convention each of them opens with “ and only the last closes with
 * ”. True when `sentence`, a paragraph's first, opens so; the rest of it is read as `quotationRunStep`
 * reads any sentence inside the quotation.
 */
export function opensParagraphOfQuotation(sentence: string): boolean {
  return /^\s*“/u.test(sentence);
}

/** What a paragraph's first sentence does with a quotation still open from the paragraph before (see `opensParagraphOfQuotation`). */
export function paragraphRunStep(sentence: string): "inside" | "closes" | "other" {
  return opensParagraphOfQuotation(sentence) ? quotationRunStep(sentence.replace(/^\s*“/u, "")) : "other";
}
