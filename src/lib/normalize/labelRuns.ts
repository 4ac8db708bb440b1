/**
 * A run of labels inside an article's body, known by shape alone (no word list): three or more
 * short bare lines in a row — a menu, a rail of other stories' headlines without its label, a
 * row of share buttons — that nothing introduces. Article text is paragraphs of sentences; a
 * list the text introduces ends its introduction with a colon, and a section heading is one
 * line set apart over a paragraph, so neither is a run. A rail often stamps each headline with
 * its date on the line under it ("FEATURES" / a headline / "May 27, 2014"): a date line inside
 * the run is the stamp of the label above it and goes with the run, but never counts towards it.
 * A run that holds or touches a line measuring out food ("1 tsp cinnamon", ./kitchenMeasures.ts)
 * is a recipe's or a meal plan's list and its headings ("Ingredients", "Pre-Workout Meal"): the
 * article's body, which a menu never is. A rail's headline that asks, or runs a few words longer,
 * breaks the run's shape; set alone between two runs it is one more of their items, not the
 * article (a statement with its full stop there is). A line that opens on a day, a separator and
 * a clause with its verb ("Nov. 4 – Bayline asks for a subsidy") is a chronology's entry, never a label.
 */
import { itemOpening } from "#lib/dates/datedList.ts";
import { hasFiniteVerb } from "#lib/dates/furniture.ts";
import type { Unit } from "./classify.ts";
import { isHeadingLike } from "./headings.ts";
import { holdsKitchenMeasure } from "./kitchenMeasures.ts";
import { wordCount } from "./lines.ts";
import { isRailLabel } from "./rails.ts";
import { TERMINAL } from "./units.ts";

/** Most words of an item of a list the text introduces ("Planter saucer, small dish or platform"). */
const MAX_ITEM_WORDS = 8;

/** A sentence of text: five words or more, ended as a sentence ends. */
const isSentence = (text: string): boolean => wordCount(text) >= 5 && TERMINAL.test(text);

/** Fewest lines a run needs. */
const MIN_RUN = 3;
/** Longest line of a run, in words (as ./rails.ts reads headlines). */
const MAX_RUN_LINE_WORDS = 16;

/** Where a rail cut a teaser: an ellipsis straight after a word or a comma, closing the line. */
export const TRUNCATED = /(?<=[\p{L}\p{N}]),?\s?(?:\.{2,}|…)$/u;

/** Fewest words of a teaser cut short. */
const MIN_TEASER_WORDS = 3;

/** A line of a menu, rail or button row: a bare short line, or one or two bare words ("X", "Email"). */
function isRunLine(unit: Unit): boolean {
  if (unit.marker !== undefined || unit.date !== undefined || unit.byline !== undefined || unit.quote || unit.dateline)
    return false;
  // A teaser cut short by its rail ("Beijing warns US diplomat over Hong Kong rights…",
  // "Two people in China have been diagnosed with the plague,..."): read without its cut.
  const cut = TRUNCATED.test(unit.text);
  const text = unit.text.replace(TRUNCATED, "");
  // A paragraph that trails off is set apart by a blank line, or holds a sentence before it; a
  // word or two cut off ("All...") is a paywall's cut of the article, not a teaser.
  if (cut && (unit.gapBefore || /[.!?]["”’)]*\s/u.test(unit.text) || wordCount(text) < MIN_TEASER_WORDS)) return false;
  if (/[.,;:!?…]["”’)]*$/u.test(text)) return false;
  // A chronology's entry opens on its day, then a separator and what happened, with its verb ("Nov. 4 – The firm
  // files suit", dates/datedList.ts): the article's own list, written without full stops; no menu or rail opens so.
  // A listing's verbless line ("April 22: Town hall on trade, Laredo College") may be a rail's.
  if (itemOpening(text) !== undefined && hasFiniteVerb(text.replace(/^[^:–—|-]*[:–—|-]\s*/u, ""))) return false;
  return isHeadingLike(text, MAX_RUN_LINE_WORDS) || wordCount(text) <= 2;
}

/**
 * A line that is one date, alone or after its author's name ("Jose Altoveros 2019-11-20
 * 14:35:08"), set directly under the line above it: a stamp.
 */
function isStampLine(unit: Unit): boolean {
  const dated = unit.date !== undefined || unit.byline?.published !== undefined || unit.byline?.updated !== undefined;
  return dated && unit.lines.length === 1 && !unit.gapBefore;
}

/**
 * How many units from `idx` are a run of labels, or 0. The run's last line is left when a
 * blank line sets it apart and text that is not a label follows it: that is a section heading.
 */
export function labelRunLength(units: readonly Unit[], idx: number): number {
  if (isIntroduced(units, idx)) return 0;
  let k = idx;
  let labels = 0;
  // A rail's label ends the run: the rail reader (./rails.ts) takes the label and its headlines.
  for (let unit = units[k]; unit !== undefined; unit = units[++k]) {
    if (k > idx && isStampLine(unit) && units[k - 1]?.date === undefined) continue;
    if (!isRunLine(unit) || (k > idx && isRailLabel(unit.text))) break;
    labels++;
  }
  const after = units[k];
  if (labels >= 2 && units[k - 1]?.gapBefore === true && after !== undefined) {
    k--;
    labels--;
  }
  if (labels < MIN_RUN || isMeasuredList(units, idx, k)) return 0;
  // One line between two runs is an item of the same rail that the run's shape missed.
  const rest = isBridgeLine(units[k]) ? labelRunLength(units, k + 1) : 0;
  return rest > 0 ? k + 1 + rest - idx : k - idx;
}

/** Most words of one line a rail sets between its other headlines (a longer headline, a question). */
const MAX_BRIDGE_WORDS = 24;

/**
 * A line that may stand between two runs of labels as one more of their items: a headline that
 * asks or exclaims ("Royal wedding 2020: Will the bride wear a tiara?") or one a few words
 * longer than the rest, set directly under the run. A line that states, with its full stop (a
 * lede under a share bar, a table's cell), a paragraph of several sentences, a line set apart
 * by a blank line, a list item, a date, a byline or a quotation is not.
 */
function isBridgeLine(unit: Unit | undefined): boolean {
  if (unit === undefined || unit.lines.length !== 1 || unit.gapBefore || unit.furniture !== undefined) return false;
  if (unit.marker !== undefined || unit.date !== undefined || unit.byline !== undefined || unit.quote || unit.dateline)
    return false;
  return (
    wordCount(unit.text) <= MAX_BRIDGE_WORDS &&
    !/[.!?]["”’)]*\s/u.test(unit.text) &&
    !/[.,;:…]["”’)]*$/u.test(unit.text)
  );
}

/**
 * The line at `idx` is an item of a list the text introduces: the line over it, or over the run
 * of short bare lines it stands in (walked back to the run's first line, so that every item of
 * one list reads the same), ends with a colon ("What you'll need:" over "Ruler", "Spoon", …).
 * An item names a thing in a few words, capitalized as a phrase is ("Floral wire or paper
 * clips"): a lone symbol or letter (a formula's pieces, one a line) is no item, nor a line as
 * long as a headline or capitalized as one ("More on:" over other stories' headlines).
 * The article's text goes on under such a list, within a line (a step's heading) or two.
 */
function isIntroduced(units: readonly Unit[], idx: number): boolean {
  const item = (unit: Unit | undefined) =>
    unit !== undefined &&
    unit.furniture === undefined &&
    isRunLine(unit) &&
    /\p{L}{2}/u.test(unit.text) &&
    !/\s\p{Lu}/u.test(unit.text) &&
    wordCount(unit.text) <= MAX_ITEM_WORDS;
  const introduces = (unit: Unit | undefined) => unit !== undefined && /:["”’)]*$/u.test(unit.text);
  if (introduces(units[idx - 1])) return true;
  if (!item(units[idx])) return false;
  let start = idx;
  while (start > 0 && item(units[start - 1])) start--;
  const before = units[start - 1];
  // The article's text goes on under the list (a list at the page's foot is its rail's).
  let end = idx;
  while (item(units[end])) end++;
  const textAfter = units.slice(end, end + 2).some((u) => u.furniture === undefined && isSentence(u.text));
  // A control's label ("Share this:") over its buttons introduces no text.
  return (
    textAfter &&
    before !== undefined &&
    before.furniture === undefined &&
    before.related === undefined &&
    before.sources === undefined &&
    introduces(before)
  );
}

/**
 * A table's cell holding a measured figure: a number with its unit of measure or a percentage,
 * and nothing else ("71.1 MB", "13.4 MB (-81%)", "16.6%", "2.5 kg"). A menu's or a rail's labels
 * are words; a bare number may be a year, a version or a count, and "3d", "8h" are a post's age,
 * so none of those is such a cell.
 */
const FIGURE_CELL =
  /^[-+−]?\d[\d,]*(?:\.\d+)?\s?(?:%|[KMGT]i?B|kB|[KMG]bps|kg|mg|lbs?|oz|km|cm|mm|mi|ft|°[CF]?|mph|km\/h|ml|[GM]Hz|kWh|[MG]W)(?:\s*\([-+−]?\d[\d,.]*\s?%\))?$/u;

/** Fewest figure cells that make a run of short lines a table of data (a chart's few axis labels are not). */
const MIN_FIGURE_CELLS = 5;

/**
 * Whether the whole run of lines around `idx`–`end` (walked back to its first line, so that every
 * line of one run reads the same) holds a kitchen measure, or the line on either side of it does;
 * or holds a table's measured figures, cells of the article's data.
 */
function isMeasuredList(units: readonly Unit[], idx: number, end: number): boolean {
  let start = idx;
  while (start > 0 && units[start - 1] !== undefined && isRunLine(units[start - 1] as Unit)) start--;
  const around = units.slice(Math.max(0, start - 1), end + 1);
  return (
    around.some((u) => holdsKitchenMeasure(u.text)) ||
    around.filter((u) => FIGURE_CELL.test(u.text)).length >= MIN_FIGURE_CELLS
  );
}
