/**
 * A dated list: three or more list items in a row, each opening on a day of a month and a
 * separator ("April 18: Dunmore vs. Leeds Rovers", "May 2 – Boston, TD Garden", "Oct. 6, 2025:
 * Customs officers begin inspections"), as a season's or a tour's schedule and a chronology print
 * them. Each item names a happening on its day, with or without a verb, so the timeline
 * (analysis/timeline.ts) reads an item that a lone verbless line ("Nov. 18: Prices and times")
 * would not be read from.
 *
 * An item's year is the one it states; else the list's order carries it from an item that states
 * one (a day earlier in the calendar than the item before it turns the year in a list that runs
 * forward, a later one in a list that runs back); else the words that lead into the list fix it:
 * a lead-in that looks ahead ("What comes next:", "The band will play:") makes the first item the
 * first such day from publication on, one told in the past ("Here is how it unfolded.") makes the
 * last item the last such day up to publication; or the one year the lead-in states is the first
 * item's ("Here are the 2019 tour dates:"). Where none of these fixes it, no year is guessed and
 * the items date nothing.
 */
import { isoDay, MONTH_PATTERN, monthNumber, WEEKDAY_PATTERN } from "#lib/content/dates.ts";
import type { Block } from "#lib/text/sentences.ts";
import { looksAhead, PAST } from "./direction.ts";

/** Fewest items in a row that make a dated list: two could be any pair of lines. */
const MIN_ITEMS = 3;

/** An item's opening day: weekday allowed, month and day, its year if stated, then the separator and the rest. */
const OPENING = new RegExp(
  String.raw`^(?:${WEEKDAY_PATTERN},?\s+)?${MONTH_PATTERN}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\s*(?::|-{1,2}|[–—|])\s+\S`,
  "u",
);

/** Words of a lead-in that say the list is to come, beside direction.ts's words of the future ("next", "upcoming"). */
const AHEAD_WORDS = /\b(?:coming|ahead|schedules?)\b/iu;

interface Opening {
  readonly month: number;
  readonly day: number;
  readonly year?: number;
  /** The item's opening words up to its separator: the event's label. */
  readonly label: string;
}

/** The day an item opens on, or undefined when it opens on none. */
export function itemOpening(text: string): Opening | undefined {
  const match = OPENING.exec(text);
  if (match === null) return undefined;
  const month = monthNumber(match[1] ?? "");
  const day = Number(match[2]);
  if (month === undefined || isoDay(2000, month, day) === undefined) return undefined;
  const label = text.slice(0, match[0].length - 1).replace(/\s*(?::|-{1,2}|[–—|])\s*$/u, "");
  return match[3] === undefined ? { month, day, label } : { month, day, year: Number(match[3]), label };
}

/** "ahead", "past" or undefined: which way the words leading into a list look in time. */
export function leadInDirection(text: string): "ahead" | "past" | undefined {
  if (looksAhead(text) || AHEAD_WORDS.test(text)) return "ahead";
  return PAST.test(text) ? "past" : undefined;
}

/** The one year a lead-in states ("Here are the 2019 tour dates:"), or undefined for none or several. */
export function leadInYear(text: string): number | undefined {
  const years = new Set(text.match(/\b(?:19|20)\d{2}\b/gu) ?? []);
  return years.size === 1 ? Number([...years][0]) : undefined;
}

/**
 * The year a lead-in that is nothing but a year states ("2018", "2019:"), as a chronology heads
 * each year's entries: every entry under it that states no year of its own is of that year, so
 * one entry is enough to read.
 */
export function yearHeading(text: string): number | undefined {
  const year = /^\s*((?:19|20)\d{2}):?\s*$/u.exec(text)?.[1];
  return year === undefined ? undefined : Number(year);
}

/** A day's place in a year of twelve 31-day months: its order in the year, and near enough how far apart two days fall. */
const place = (a: { month: number; day: number }) => (a.month - 1) * 31 + a.day;
const YEAR = 372;

/**
 * Which way a list runs through the calendar: 1 forward, -1 back, 0 when unclear. Each step is
 * read both ways round the year, and the list runs the way its steps are shorter: October,
 * December, February runs forward across the new year (two months a step, not ten). A list with
 * a step of more than half a year that way zigzags or skips a year unsaid: no way is clear.
 */
function travel(openings: readonly Opening[]): 1 | -1 | 0 {
  const steps = openings
    .slice(1)
    .map((o, i) => (place(o) - place(openings[i] ?? o) + YEAR) % YEAR)
    .filter((ahead) => ahead !== 0);
  const forward = steps.reduce((sum, ahead) => sum + ahead, 0);
  const back = steps.reduce((sum, ahead) => sum + YEAR - ahead, 0);
  const way = forward < back ? 1 : back < forward ? -1 : 0;
  // A list that zigzags (a step of more than half a year the way it runs) runs no clear way.
  const longest = Math.max(0, ...steps.map((ahead) => (way === 1 ? ahead : YEAR - ahead)));
  return longest > YEAR / 2 ? 0 : way;
}

/**
 * The years of a run of openings, in order: stated, carried through the list's direction of
 * travel from a stated one, or anchored at publication by the lead-in; undefined where unfixed.
 */
export function runYears(
  openings: readonly Opening[],
  published: string | undefined,
  direction: "ahead" | "past" | undefined,
  leadYear?: number,
): (number | undefined)[] {
  const runs = travel(openings);
  const years: (number | undefined)[] = openings.map((o) => o.year);
  const carry = (from: number, step: 1 | -1) => {
    for (let i = from + step; i >= 0 && i < openings.length; i += step) {
      if (openings[i]?.year !== undefined) return;
      const before = years[i - step];
      const here = openings[i];
      const prev = openings[i - step];
      if (before === undefined || here === undefined || prev === undefined || runs === 0) return;
      // Read in the list's own direction, a day that comes earlier in the calendar turns the year.
      const turns = step * runs * Math.sign(place(here) - place(prev)) < 0;
      years[i] = turns ? before + step * runs : before;
    }
  };
  openings.forEach((o, i) => {
    if (o.year !== undefined) {
      carry(i, 1);
      carry(i, -1);
    }
  });
  // The one year the lead-in states ("The 2019 tour dates:") is the first item's, when no item states one.
  if (leadYear !== undefined && !years.some((y) => y !== undefined) && runs !== 0) {
    years[0] = leadYear;
    carry(0, 1);
    return years;
  }
  if (years.some((y) => y !== undefined) || published === undefined || direction === undefined || runs === 0)
    return years;
  const [pubYear, pubMonth, pubDay] = published.split("-").map(Number);
  if (pubYear === undefined || pubMonth === undefined || pubDay === undefined) return years;
  const today = place({ month: pubMonth, day: pubDay });
  // The item nearest publication: the earliest of a list to come, the latest of a list told.
  const anchor = (direction === "ahead") === (runs === 1) ? 0 : openings.length - 1;
  const at = openings[anchor];
  if (at === undefined) return years;
  years[anchor] =
    direction === "ahead" ? (place(at) >= today ? pubYear : pubYear + 1) : place(at) <= today ? pubYear : pubYear - 1;
  carry(anchor, anchor === 0 ? 1 : -1);
  return years;
}

export interface DatedItem {
  readonly iso: string;
  readonly label: string;
  /** True when the year is not stated on the item. */
  readonly derived: boolean;
  /** The block the item stands in, and where in its text the item's line starts. */
  readonly blockIndex: number;
  readonly start: number;
}

/** One line the list may hold: a list item's text, or a line of a paragraph set with line breaks. */
interface Line {
  readonly blockIndex: number;
  readonly start: number;
  /** The day the line opens on, if it opens on one. */
  readonly opening: Opening | undefined;
  /** The words before it that lead into it: the paragraph's line before, or the block before. */
  readonly lead: string;
  /** True at a list item that follows another list item, and at a paragraph's second line on. */
  readonly continues: boolean;
}

/** The article's lines in order: each list item, and each line of a paragraph (split at its line breaks). */
function linesOf(blocks: readonly Block[]): Line[] {
  const lines: Line[] = [];
  /** The last block that is no list item: what a list's items are led into by. */
  let aboveList = "";
  blocks.forEach((block, i) => {
    const before = blocks[i - 1];
    if (block.kind !== "listItem") aboveList = block.text;
    if (block.linkOnly === true) return;
    if (block.kind === "listItem") {
      lines.push({
        blockIndex: block.blockIndex,
        start: 0,
        opening: itemOpening(block.text),
        lead: aboveList,
        continues: before?.kind === "listItem" && before.linkOnly !== true,
      });
      return;
    }
    if (block.kind !== "paragraph") return;
    let at = 0;
    let lead = before?.text ?? "";
    // A paragraph of one line right after a paragraph whose last line opened on a day goes on its run:
    // a chronology set as paragraphs, one entry each ("Nov. 4 – The firm files suit", "Nov. 6 – …").
    const last = lines.at(-1);
    const afterEntry =
      before?.kind === "paragraph" && last?.blockIndex === before.blockIndex && last.opening !== undefined;
    const parts = block.text.split("\n");
    parts.forEach((text, n) => {
      const opening = itemOpening(text);
      const continues = n > 0 || (afterEntry && parts.length === 1);
      lines.push({ blockIndex: block.blockIndex, start: at, opening, lead, continues });
      if (opening === undefined) lead = text;
      at += text.length + 1;
    });
  });
  return lines;
}

/**
 * The day of each item of the article's dated lists: runs of three or more lines in a row that
 * open on a day, as list items or as the lines of one paragraph set with line breaks ("April 4:
 * Boston⏎April 6: Chicago⏎…").
 */
export function datedListItems(blocks: readonly Block[], published: string | undefined): DatedItem[] {
  const items: DatedItem[] = [];
  let run: { line: Line; opening: Opening }[] = [];
  const close = () => {
    const lead = run[0]?.line.lead ?? "";
    const heading = yearHeading(lead);
    if (run.length >= MIN_ITEMS || (heading !== undefined && run.length > 0)) {
      const years =
        heading === undefined
          ? runYears(
              run.map((r) => r.opening),
              published,
              leadInDirection(lead),
              leadInYear(lead),
            )
          : run.map((r) => r.opening.year ?? heading);
      run.forEach(({ line, opening }, i) => {
        const year = years[i];
        const iso = year === undefined ? undefined : isoDay(year, opening.month, opening.day);
        if (iso !== undefined)
          items.push({
            iso,
            label: opening.label,
            derived: opening.year === undefined,
            blockIndex: line.blockIndex,
            start: line.start,
          });
      });
    }
    run = [];
  };
  for (const line of linesOf(blocks)) {
    const { opening } = line;
    // A run holds list items in a row or the lines of one paragraph, never both.
    if (opening === undefined || !line.continues) close();
    if (opening !== undefined) run.push({ line, opening });
  }
  close();
  return items;
}
