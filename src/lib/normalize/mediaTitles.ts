/**
 * A video's or a podcast's player, as a page's text gives it: the clip's title over its running
 * time alone on a line ("Electoral College picks Trump amid protests" / "01:46"). Neither is the
 * article's: the title is a caption of the clip (never the headline, the standfirst or a
 * subheading), and the time is no clock. Both are marked caption furniture, so the header and
 * the body read past them.
 */
import type { Unit } from "./classify.ts";
import { wordCount } from "./lines.ts";

/** A running time alone on its line: "01:46", "1:02:33"; no am/pm, so not a time of day. */
const DURATION = /^\d{1,2}:\d{2}(?::\d{2})?$/u;

/** Most words of a clip's title (a longer line over a time is text of its own). */
const MAX_TITLE_WORDS = 20;

/** The units with each clip title over a running time, and the time, marked caption furniture. */
export function markMediaTitles(units: readonly Unit[]): Unit[] {
  return units.map((unit, i) => {
    const next = units[i + 1];
    // A date or a byline over the time is the article's credit, which a player may follow.
    const title =
      next !== undefined &&
      DURATION.test(next.text) &&
      !DURATION.test(unit.text) &&
      unit.marker === undefined &&
      unit.date === undefined &&
      unit.byline === undefined;
    if (
      DURATION.test(unit.text) &&
      units[i - 1] !== undefined &&
      wordCount(units[i - 1]?.text ?? "") <= MAX_TITLE_WORDS
    )
      return { ...unit, furniture: "caption" };
    return title && wordCount(unit.text) <= MAX_TITLE_WORDS && !/[.!?]["”’]?$/u.test(unit.text)
      ? { ...unit, furniture: "caption" }
      : unit;
  });
}
