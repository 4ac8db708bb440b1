/**
 * The latest day a page's furniture states after the article's publication date: an update
 * stamp ("Updated Nov. 19, 2019"), the signature of a post it embeds ("— Name (@handle) November
 * 19, 2019"), a line that is only a date. The page cannot be older than what it carries, so its words may
 * have been written on any day from publication to that one, and a relative date that counts
 * differently from the two ("posted Tuesday", added by an update the day after a Monday's
 * publication) cannot be placed: the timeline (analysis/timeline.ts) leaves it unresolved.
 */
import type { Block } from "#lib/text/sentences.ts";
import { sentenceDates, type SentenceDates } from "./absoluteDates.ts";
import { isDateStamp, isFurniture, isFurnitureSentence, isStampDate } from "./furniture.ts";

/** A post's signature right before its date: "— Name (@handle) November 19, 2019", "(@handle) on Nov 19, 2019". */
export const POST_SIGNATURE = /\(@\w{1,30}\)\s*(?:on\s+)?$/u;

/** What joins a span's two days in a fact box or a listing: a bar, a dot or a dash. */
const SPAN_JOIN = /^\s*[|·•–—-]\s*$/u;

/**
 * The latest day (`YYYY-MM-DD`) after `published` that the blocks' furniture states, or undefined.
 * `datesOf` reads a sentence's dates; pass the timeline's reader to read each sentence once.
 */
export function laterStampDay(
  blocks: readonly Block[],
  published: string | undefined,
  datesOf: SentenceDates = sentenceDates(),
): string | undefined {
  if (published === undefined || !/^\d{4}-\d{2}-\d{2}$/u.test(published)) return undefined;
  let latest: string | undefined;
  for (const block of blocks) {
    const wholeBlock = isFurniture(block);
    for (const sentence of block.sentences) {
      const furniture = wholeBlock || isFurnitureSentence(sentence.text);
      for (const found of datesOf(sentence)) {
        if (found.date.precision !== "day" || found.date.iso <= published) continue;
        // A stamp's date, not any furniture's: a caption's day or a misread plan tells nothing of the page.
        const before = sentence.text.slice(0, found.start);
        const stamp =
          isStampDate(sentence.text, found) ||
          (furniture && (POST_SIGNATURE.test(before) || isDateStamp(sentence.text)));
        // "29 November 2018 | 20 January 2019": a day joined by a separator to the day before it ends a
        // span (a fact box's run of an event), which dates a happening, not the page.
        const spanEnd = datesOf(sentence).some(
          (other) => other.end <= found.start && SPAN_JOIN.test(sentence.text.slice(other.end, found.start)),
        );
        if (!stamp || spanEnd) continue;
        if (latest === undefined || found.date.iso > latest) latest = found.date.iso;
      }
    }
  }
  return latest;
}
