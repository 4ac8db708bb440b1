/**
 * A video's or a podcast's player, as a page's text gives it: the clip's title over its running
 * time alone on a line ("Electoral College picks Trump amid protests" / "01:46"). Neither is the
 * article's: the title is a caption of the clip (never the headline, the standfirst or a
 * subheading), and the time is no clock. Both are marked caption furniture, so the header and
 * the body read past them. So is a playlist's entry under the player's status label ("Now
 * playing" / "Serena Williams calls it a career" / "Yesterday 1:55PM"): the label, the clip's
 * title and the clip's stamp under it.
 */
import { CLOCK_TIME } from "#lib/text/clockTime.ts";
import type { Unit } from "./classify.ts";
import { wordCount } from "./lines.ts";

/** A running time alone on its line: "01:46", "1:02:33"; no am/pm, so not a time of day. */
const DURATION = /^\d{1,2}:\d{2}(?::\d{2})?$/u;

/** Most words of a clip's title (a longer line over a time is text of its own). */
const MAX_TITLE_WORDS = 20;

/** A player's status label over the clip it names: "Now playing", "Up next", "Playing next". */
const PLAYER_STATUS = /^(?:now\s+playing|up\s+next|playing\s+next|next\s+up)$/iu;

/** A clip's stamp under its title: a clock time, a day word before it at most ("Yesterday 1:55PM", "10:02 AM"). */
const CLIP_STAMP = new RegExp(String.raw`^(?:\p{L}+\s+)?${CLOCK_TIME}$`, "iu");

/** A clip's title under a player's status label: a few words, no sentence, not a date or a credit. */
function isClipTitle(unit: Unit | undefined): unit is Unit {
  return (
    unit !== undefined &&
    unit.marker === undefined &&
    unit.date === undefined &&
    unit.byline === undefined &&
    wordCount(unit.text) <= MAX_TITLE_WORDS &&
    !/[.!]["”’]?$/u.test(unit.text)
  );
}

/** The indexes of each player's status label, the clip title under it and that clip's stamp. */
function playlistEntries(units: readonly Unit[]): Set<number> {
  const marked = new Set<number>();
  units.forEach((unit, i) => {
    if (!PLAYER_STATUS.test(unit.text) || !isClipTitle(units[i + 1])) return;
    marked.add(i).add(i + 1);
    if (CLIP_STAMP.test(units[i + 2]?.text ?? "")) marked.add(i + 2);
  });
  return marked;
}

/** The units with each clip title over a running time, and the time, marked caption furniture. */
export function markMediaTitles(units: readonly Unit[]): Unit[] {
  const playlist = playlistEntries(units);
  return units.map((unit, i) => {
    if (playlist.has(i)) return { ...unit, furniture: "caption" };
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
