/**
 * A run of labels inside an article's body, known by shape alone (no word list): three or more
 * short bare lines in a row — a menu, a rail of other stories' headlines without its label, a
 * row of share buttons — that nothing introduces. Article text is paragraphs of sentences; a
 * list the text introduces ends its introduction with a colon, and a section heading is one
 * line set apart over a paragraph, so neither is a run.
 */
import type { Unit } from "./classify.ts";
import { isHeadingLike } from "./headings.ts";
import { wordCount } from "./lines.ts";

/** Fewest lines a run needs. */
const MIN_RUN = 3;
/** Longest line of a run, in words (as ./rails.ts reads headlines). */
const MAX_RUN_LINE_WORDS = 16;

/** A line of a menu, rail or button row: a bare short line, or one or two bare words ("X", "Email"). */
function isRunLine(unit: Unit): boolean {
  if (unit.marker !== undefined || unit.date !== undefined || unit.byline !== undefined || unit.quote || unit.dateline)
    return false;
  const text = unit.text;
  if (/[.,;:!?…]["”’)]*$/u.test(text)) return false;
  return isHeadingLike(text, MAX_RUN_LINE_WORDS) || wordCount(text) <= 2;
}

/**
 * How many units from `idx` are a run of labels, or 0. The run's last line is left when a
 * blank line sets it apart and text that is not a label follows it: that is a section heading.
 */
export function labelRunLength(units: readonly Unit[], idx: number): number {
  const before = units[idx - 1];
  if (before !== undefined && /:["”’)]*$/u.test(before.text)) return 0;
  let k = idx;
  for (let unit = units[k]; unit !== undefined && isRunLine(unit); unit = units[++k]);
  const after = units[k];
  if (k - idx >= 2 && units[k - 1]?.gapBefore === true && after !== undefined) k--;
  return k - idx >= MIN_RUN ? k - idx : 0;
}
