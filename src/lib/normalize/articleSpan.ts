/**
 * Where the article stands among a page's lines, by density: the article is the longest run of
 * prose — sentences set one after another, with at most a subheading or two between them —
 * and what a page sets after it (teasers of other stories, each one summary sentence between a
 * headline and a time stamp; comment widgets; sign-in forms; footers) comes in short lines and
 * lone sentences. A page's copyright notice closes the article for good: what follows it is
 * the page's footer. Besides that notice, no word list: only the shape of the units (a sentence,
 * a short line, a time stamp, furniture the other passes know) and their place against the run.
 */
import type { Unit } from "./classify.ts";
import { isHeadingLike } from "./headings.ts";
import { wordCount } from "./lines.ts";
import { isCopyrightNotice } from "./uiText.ts";
import { TERMINAL } from "./units.ts";

/** Fewest words of a sentence that counts as prose in a run. */
const MIN_PROSE_WORDS = 5;
/** Most lines that are not prose a run bridges (a subheading and a caption between paragraphs). */
const MAX_GAP = 2;

/** A sentence of running text: not furniture, not a date, byline or quote. */
function isProseUnit(unit: Unit): boolean {
  return (
    unit.furniture === undefined &&
    unit.date === undefined &&
    unit.byline === undefined &&
    !unit.quote &&
    TERMINAL.test(unit.text) &&
    wordCount(unit.text) >= MIN_PROSE_WORDS
  );
}

/**
 * What a line that is not prose weighs in a gap: furniture nothing (it is removed anyway), a
 * date or time stamp two — a teaser's clock beside its headline — and any other line one.
 */
function gapWeight(unit: Unit): number {
  if (unit.furniture !== undefined && unit.furniture !== "page-clock") return 0;
  return unit.date !== undefined || unit.furniture === "page-clock" ? 2 : 1;
}

/** Most words of a short line (a label, a link, a headline); a longer one is text of its own. */
const MAX_SHORT_WORDS = 20;

/** A run of prose: the indices of its first and last units, of its prose units, and its prose words. */
interface Run {
  first: number;
  last: number;
  /** Its prose units, in order. */
  at: number[];
  words: number;
}

/** The runs of prose in `units[from..end)`, in order. */
function proseRuns(units: readonly Unit[], from: number, end: number): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  let gap = 0;
  for (let i = from; i < end; i++) {
    const unit = units[i];
    if (unit === undefined) break;
    // Nothing after the page's copyright notice continues the text before it.
    if (isCopyrightNotice(unit.text)) gap = Infinity;
    else if (isProseUnit(unit)) {
      if (run === undefined || gap > MAX_GAP) {
        run = { first: i, last: i, at: [], words: 0 };
        runs.push(run);
      }
      run.last = i;
      run.at.push(i);
      run.words += wordCount(unit.text);
      gap = 0;
    } else gap += gapWeight(unit);
  }
  return runs;
}

/** Where a copyright notice stands after unit `after`, or `units.length`. */
function footerStart(units: readonly Unit[], after: number): number {
  for (let i = after + 1; i < units.length; i++) if (isCopyrightNotice(units[i]?.text ?? "")) return i;
  return units.length;
}

/** A unit is a stamp of time: a date line or a clock ("Nov 18", "32M ago", "10:48"). */
function isStamp(unit: Unit): boolean {
  return unit.furniture === "page-clock" || (unit.furniture === undefined && unit.date !== undefined);
}

/** The units on one side of unit `i` (`step` -1 or 1), furniture other than a clock left out. */
function beside(units: readonly Unit[], i: number, step: number): Unit[] {
  const found: Unit[] = [];
  for (let k = i + step; k >= 0 && k < units.length && found.length < MAX_GAP; k += step) {
    const unit = units[k];
    if (unit !== undefined && (unit.furniture === undefined || isStamp(unit))) found.push(unit);
  }
  return found;
}

/** Another story's headline: a heading-shaped line that is no time stamp and no prose. */
function isOtherHeadline(unit: Unit | undefined): boolean {
  return unit !== undefined && !isStamp(unit) && !isProseUnit(unit) && isHeadingLike(unit.text, MAX_SHORT_WORDS);
}

/**
 * The run of one sentence at unit `i` is another story's teaser: a headline over it (above a
 * time stamp or directly), and a time stamp by it. A live blog's entry runs to several
 * sentences under its stamp, a closing paragraph after a list of events has no headline over
 * it, and an article's last section (a subheading over a paragraph) has no stamp.
 */
function isTeaser(units: readonly Unit[], i: number): boolean {
  const [above, aboveThat] = beside(units, i, -1);
  const [below] = beside(units, i, 1);
  const stampAbove = above !== undefined && isStamp(above);
  if (!isOtherHeadline(stampAbove ? aboveThat : above)) return false;
  return stampAbove || (below !== undefined && isStamp(below));
}

/** Drops teaser `i` with the headline and time stamp over it. */
function dropTeaser(units: readonly Unit[], i: number, tail: Set<number>): void {
  tail.add(i);
  for (let k = i - 1, seen = 0; k >= 0 && seen < MAX_GAP; k--) {
    const unit = units[k];
    if (unit === undefined || unit.furniture !== undefined) continue;
    if (!isStamp(unit) && !isOtherHeadline(unit)) return;
    tail.add(k);
    seen++;
    if (!isStamp(unit)) return;
  }
}

/**
 * The units after the article, from `from` (where the body starts) on, that are the page's and
 * not the article's: everything after a copyright notice that follows the main run; and between
 * the main run and that notice, teasers (a headline and a sentence by a time stamp) and short
 * lines further than a subheading and a caption from any sentence or list item that stays.
 */
export function pageTail(units: readonly Unit[], from: number): Set<number> {
  const tail = new Set<number>();
  const runs = proseRuns(units, from, units.length);
  const main = runs.reduce<Run | undefined>(
    (best, run) => (best === undefined || run.words > best.words ? run : best),
    undefined,
  );
  if (main === undefined) return tail;
  // A teaser set directly under the article's last paragraph joins its run: it ends the run.
  const prose = [...main.at];
  for (let i = prose.at(-1); prose.length > 1 && i !== undefined && isTeaser(units, i); i = prose.at(-1)) {
    dropTeaser(units, i, tail);
    prose.pop();
  }
  const last = prose.at(-1) ?? main.last;
  const end = last + 1;
  const footer = footerStart(units, last);
  for (let i = footer; i < units.length; i++) tail.add(i);
  // What stays after the run: its sentences that are no teasers, and list items.
  const anchors: number[] = [last];
  for (const run of proseRuns(units, end, footer))
    if (run.at.length === 1 && isTeaser(units, run.first)) dropTeaser(units, run.first, tail);
  for (let i = end; i < footer; i++) {
    const unit = units[i];
    if (unit === undefined || unit.furniture !== undefined || tail.has(i)) continue;
    if (isProseUnit(unit) || unit.marker !== undefined) anchors.push(i);
  }
  // Distances count the lines that are not furniture, as a reader sees them. Short lines set
  // directly under a sentence that stays, with no furniture between, are its block (a table,
  // an event's details); the page's furniture (a share bar, a rail's label) ends that block.
  let attached = true;
  const lines: number[] = [last];
  const loose = new Set<number>();
  for (let i = end; i < footer; i++) {
    const unit = units[i];
    if (unit === undefined) continue;
    if (unit.furniture !== undefined) attached = false;
    else {
      if (anchors.includes(i)) attached = true;
      else if (!attached && wordCount(unit.text) <= MAX_SHORT_WORDS) loose.add(i);
      lines.push(i);
    }
  }
  const near = lines.map((i) => anchors.includes(i));
  lines.forEach((i, at) => {
    if (!loose.has(i) || tail.has(i)) return;
    if (!near.slice(Math.max(0, at - MAX_GAP), at + MAX_GAP + 1).some(Boolean)) tail.add(i);
  });
  return tail;
}
