/**
 * Tag chips set one a line under their bare label ("Tags:" / "Entertainment" / "Latest News"):
 * a page prints its topics as links under the label, each a word or a few, no sentence. A list
 * that a colon introduces is otherwise the article's own (./labelRuns.ts leaves it), but when the
 * line with the colon is the page's tags label the lines it introduces are the page's too. Only
 * short bare lines count, and they must close on more chrome (furniture, a run of labels, a rail,
 * the page's end): a short subheading under a stray label, over the article's paragraphs, stays.
 */
import type { Unit } from "./classify.ts";
import { isBareTagsLabel } from "./chrome.ts";
import { isBareLine } from "./headings.ts";
import { labelRunLength } from "./labelRuns.ts";
import { wordCount } from "./lines.ts";
import { railLength } from "./rails.ts";

/** Most words of one chip ("Smart Phones", "Science & Astronomy"); a headline or a sentence runs longer. */
const MAX_CHIP_WORDS = 4;

/** A tag's link alone on its line: one short bare line, no date, byline, list item or quotation. */
function isChip(unit: Unit): boolean {
  return (
    unit.furniture === undefined &&
    unit.related === undefined &&
    unit.marker === undefined &&
    unit.date === undefined &&
    unit.byline === undefined &&
    !unit.quote &&
    !unit.dateline &&
    unit.lines.length === 1 &&
    wordCount(unit.text) <= MAX_CHIP_WORDS &&
    isBareLine(unit.text)
  );
}

/**
 * How many units from `idx` are the chips of the tags label at `idx - 1`, or 0: the label must be
 * a bare tags label and the chips must be followed by chrome or nothing.
 */
export function tagChipsLength(units: readonly Unit[], idx: number): number {
  const label = units[idx - 1];
  if (label === undefined || label.lines.length !== 1 || !isBareTagsLabel(label.text)) return 0;
  let k = idx;
  while (units[k] !== undefined && isChip(units[k] as Unit)) k++;
  const after = units[k];
  const closed =
    after === undefined ||
    after.furniture !== undefined ||
    after.related !== undefined ||
    labelRunLength(units, k) > 0 ||
    railLength(units, k) > 0;
  return closed ? k - idx : 0;
}
