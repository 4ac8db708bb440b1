/**
 * Page furniture told apart by its place among the article's blocks or by the article's own
 * byline, where one block read alone (dates/furniture.ts) cannot say: a rail of other stories'
 * headlines, the author's bio, a reader comment thread. None of them is the article's telling,
 * so the timeline (analysis/timeline.ts) takes no event from them.
 */
import { bylineNames } from "#lib/normalize/authorBio.ts";
import { commentThreadStart } from "#lib/normalize/comments.ts";
import type { Block } from "#lib/text/sentences.ts";
import { findEventDates } from "./absoluteDates.ts";
import { POST_SIGNATURE } from "./laterStamp.ts";

/**
 * A line that is shaped as a headline, not as prose: 20 words at most, opening on a capital or a
 * figure (a hard-wrapped sentence's next line goes on in lower case: "Trump, who on Sunday\nsaid
 * …") and ending on a word or a figure with no closing punctuation, and not opening on a date (a chronology's entry, "June 1:
 * Voters elect 881 judges", is the article's own list).
 */
function isHeadlineShaped(line: string): boolean {
  const text = line.trim();
  if (!/^[\p{Lu}\d]/u.test(text) || text.split(/\s+/u).length > 20 || !/[\p{L}\d]$/u.test(text)) return false;
  return findEventDates(text)[0]?.start !== 0;
}

/** A paragraph of one line shaped as a headline. */
const isHeadlineParagraph = (block: Block | undefined): boolean =>
  block !== undefined && block.kind === "paragraph" && !block.text.includes("\n") && isHeadlineShaped(block.text);

/**
 * Indices of the blocks that stand in a rail: two or more headline-shaped paragraphs in a row
 * ("Ports chief resigns after audit on Friday", "Customs agents arrested in Veracruz on
 * Thursday"). Prose that lost its full stop comes alone; a page's list of other stories comes
 * as a run of lines without one, whatever their tense, and a date in one is that story's.
 */
export function railBlocks(blocks: readonly Block[]): Set<number> {
  const rail = new Set<number>();
  blocks.forEach((block, i) => {
    if (isHeadlineParagraph(block) && (isHeadlineParagraph(blocks[i - 1]) || isHeadlineParagraph(blocks[i + 1])))
      rail.add(block.blockIndex);
  });
  return rail;
}

/**
 * True when the date at `span` of a sentence that runs over several lines stands on a line of a
 * rail: that line and the one before or after it are both headline-shaped ("Most read\nCartel
 * leader extradited to Texas — May 28, 2025\nFive soldiers killed in Michoacán ambush").
 */
export function isOnRailLine(sentence: string, span: { start: number }): boolean {
  if (!sentence.includes("\n")) return false;
  const lines = sentence.split("\n");
  let at = 0;
  const index = lines.findIndex((line) => {
    at += line.length + 1;
    return span.start < at;
  });
  return (
    isHeadlineShaped(lines[index] ?? "") &&
    [lines[index - 1], lines[index + 1]].some((line) => line !== undefined && isHeadlineShaped(line))
  );
}

/**
 * A bio's opening verb after the writer's name, in the present: "is a staff writer", "has covered",
 * "covers", "reports on"; not a saying ("says", "tells"), which quotes the writer as a source.
 */
const BIO_VERB = /^\s+(?!(?:says|tells|adds|notes|explains|argues|writes that)\b)(?:is|has|\p{Ll}{3,}s)\b/u;

/**
 * Where the author's bio starts in a block: the first line that opens on a byline name as its
 * subject ("Daniel Ortega Ríos covers crime and justice …", "Alice Wu fell down the rabbit hole
 * of politics …"), or undefined. The writer is who tells the news, not what it tells, so the
 * dates of their career ("She joined the Courier in 2019") are no events, whatever words the bio
 * uses; what follows that line in the block is the bio too. An extractor may glue the bio onto the
 * last paragraph's prose: there a sentence that opens on the name with a verb in the present
 * (`BIO_VERB`: "… would go on. Paloma Reyes is a staff writer …") starts it, as prose tells of
 * people in the past and a news story does not describe its own writer.
 */
export function authorBioStart(block: Block, byline: string | undefined): number | undefined {
  if (byline === undefined) return undefined;
  const names = bylineNames(byline);
  let at = 0;
  for (const line of block.text.split("\n")) {
    const lead = line.length - line.trimStart().length;
    const text = line.trimStart();
    if (names.some((name) => text.startsWith(name) && /^\s+(?:\p{Ll}|\(|,)/u.test(text.slice(name.length))))
      return at + lead;
    at += line.length + 1;
  }
  return block.sentences.find((sentence) =>
    names.some((name) => sentence.text.startsWith(name) && BIO_VERB.test(sentence.text.slice(name.length))),
  )?.start;
}

/**
 * Index (`blockIndex`) of the first block of a reader comment thread, or Infinity when there is
 * none: the same test ingest applies (normalize/comments.ts), for a thread an extractor let
 * through. Readers' words are not the article's.
 */
export function commentThreadFrom(blocks: readonly Block[]): number {
  const start = commentThreadStart(blocks.map((block) => block.text.split("\n")));
  return start === undefined ? Infinity : (blocks[start]?.blockIndex ?? Infinity);
}

/**
 * The day of the post each quoted block belongs to: a run of blockquote blocks that ends on a
 * post's signature ("— Name (@handle) November 1, 2019") quotes that post, whose "today" or "on
 * Monday" counts from the day it was posted, not from the article's publication. Maps each block
 * of such a run to the signature's day (`YYYY-MM-DD`).
 */
export function embeddedPostDays(blocks: readonly Block[]): Map<number, string> {
  const days = new Map<number, string>();
  let run: number[] = [];
  for (const block of blocks) {
    if (block.kind !== "blockquote") {
      run = [];
      continue;
    }
    run.push(block.blockIndex);
    const signed = findEventDates(block.text).find(
      (found) => found.date.precision === "day" && POST_SIGNATURE.test(block.text.slice(0, found.start)),
    );
    if (signed === undefined) continue;
    for (const index of run) days.set(index, signed.date.iso);
    run = [];
  }
  return days;
}
