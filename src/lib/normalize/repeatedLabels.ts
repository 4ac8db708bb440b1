/**
 * A page's own labels, known by repetition: a short line the page sets again and again as a line
 * of its own ("Article content" between every two paragraphs, "Reply" under each comment, an
 * advertisement's title over each of its slots, "Show more Show less") is the page's furniture,
 * not the article's text — an article does not say the same short line three times. Taken out
 * before the body is read, so that they neither break the runs of prose (./articleSpan.ts) nor
 * join the lines around them into a run of labels (./labelRuns.ts). Only the units after the
 * header go: the headline and the header fields are read as before.
 */
import type { Unit } from "./classify.ts";
import { wordCount } from "./lines.ts";
import { removeUnit, type Report } from "./report.ts";

/** Fewest times a line is set on its own before it is the page's label. */
const MIN_REPEATS = 3;

/**
 * The repeated text that may be a label: one line, with a letter, no list item, quote, date or
 * byline, and nothing another pass already knows (furniture, a related-links label such as "Read
 * also" over each teaser, whose reader takes the teaser with it).
 */
function labelKey(unit: Unit): string | undefined {
  if (unit.lines.length !== 1 || unit.marker !== undefined || unit.quote || unit.crumb) return undefined;
  if (unit.date !== undefined || unit.byline !== undefined || unit.furniture !== undefined) return undefined;
  if (unit.related !== undefined || unit.sources !== undefined) return undefined;
  const text = unit.text.trim();
  // A label ending on a colon introduces what follows it (a speaker's name in a transcript).
  if (!/\p{L}/u.test(text) || /[:：]$/u.test(text)) return undefined;
  return text;
}

/** Fewest words of a paragraph of prose beside which such a label stands. */
const MIN_PROSE_WORDS = 8;

/** A full stop closing a line, with any closing quote or bracket after it. */
const FULL_STOP = /[.。]["”’')\]」』）]*$/u;

/**
 * A paragraph of the article's kind: a line of some length closed by a full stop, not furniture,
 * that the page sets once (`times` counts each text's units). Other stories' headlines that a
 * rail sets between its labels ask or exclaim, stop on no mark, or stand twice on their cards.
 */
const isProse = (unit: Unit | undefined, times: ReadonlyMap<string, number>): boolean =>
  unit !== undefined &&
  unit.furniture === undefined &&
  unit.marker === undefined &&
  FULL_STOP.test(unit.text) &&
  wordCount(unit.text) >= MIN_PROSE_WORDS &&
  times.get(unit.text) === 1;

/**
 * The units with those after `from` that repeat a short line set at least three times on the
 * page, at least half the times next to a paragraph of prose and at least a third of the times
 * directly over one, taken out and reported as navigation (furniture already known stays where
 * it is, for the readers that go by it). A label the page sets among short lines (a menu's entry
 * in the header and the footer), or only under a paragraph (a card's section name over each
 * teaser's headline, its "read more" under each teaser's summary), is left to the readers of
 * rails, menus and teasers, which know the lines around it by it. A label stood between the lines around it, so
 * the unit after it is set apart as a blank line would set it (a subheading between two labels
 * stands alone over its paragraph).
 */
export function dropRepeatedLabels(units: readonly Unit[], from: number, report: Report): Unit[] {
  const counts = new Map<string, number>();
  const byProse = new Map<string, number>();
  const overProse = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const times = new Map<string, number>();
  for (const unit of units) add(times, unit.text);
  for (const [k, unit] of units.entries()) {
    const key = labelKey(unit);
    if (key === undefined) continue;
    add(counts, key);
    const over = isProse(units[k + 1], times);
    if (over || isProse(units[k - 1], times)) add(byProse, key);
    if (over) add(overProse, key);
  }
  const isLabel = (key: string): boolean => {
    const count = counts.get(key) ?? 0;
    return count >= MIN_REPEATS && 2 * (byProse.get(key) ?? 0) >= count && 3 * (overProse.get(key) ?? 0) >= count;
  };
  const kept: Unit[] = [];
  let dropped = false;
  for (const [k, unit] of units.entries()) {
    const key = k < from ? undefined : labelKey(unit);
    if (key !== undefined && isLabel(key)) {
      removeUnit(report, unit, "navigation");
      dropped = true;
      continue;
    }
    kept.push(dropped && !unit.gapBefore ? { ...unit, gapBefore: true } : unit);
    dropped = false;
  }
  return kept;
}
