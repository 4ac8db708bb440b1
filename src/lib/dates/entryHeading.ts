/**
 * A heading that is a dated entry of a live blog or a chronology: it opens on a date, then a
 * colon or a dash, then a clause that tells what happened ("Nov. 18: Senate returns to vote",
 * "March 3, 2025 — Mexico extradites 29 cartel figures"). Such a heading states a fact with its
 * day, as a chronology's list item does, so the timeline reads it. A heading that is only a date
 * ("Monday, March 3") dates nothing by itself, a section label ("2019: The year in review", "Nov.
 * 18: Prices and times") has no verb, and a date inside a heading's words ("Stadia is a beta until
 * 2020") is a headline's, not an entry's.
 */
import { WEEKDAY_PATTERN } from "#lib/content/dates.ts";
import { HALF_OF_DAY, HOUR_CLOCK } from "#lib/text/clockTime.ts";
import { hasFiniteVerb } from "./furniture.ts";

/** What may stand before the entry's date: nothing, or its weekday ("Monday, Nov. 18: …"). */
const BEFORE_DATE = new RegExp(`^\\s*(?:${WEEKDAY_PATTERN},?\\s*)?$`, "u");
/** The separator after the date, its clock time allowed between ("Nov. 18, 9:30 a.m. — …"), then the clause. */
const AFTER_DATE = new RegExp(
  String.raw`^\.?(?:,?\s*${HOUR_CLOCK}\s*(?:${HALF_OF_DAY})?(?:\s*[A-Z]{2,4})?)?\s*(?::|[-—–]|\|)\s+(\S.*)$`,
  "u",
);

/**
 * True when `text` (a heading's one sentence) opens on the first of `spans` (the dates read in
 * it, any order) and what follows the separator is a clause with a finite verb of two words or
 * more. The opening date must name a day, a month or a year in figures or words ("Nov. 18",
 * "November 2019", "2019"); a weekday alone ("Monday: …") is a live blog's day with no week.
 */
export function isDatedEntryHeading(
  text: string,
  spans: readonly { start: number; end: number; label?: string }[],
): boolean {
  const first = [...spans].sort((a, b) => a.start - b.start)[0];
  if (first === undefined || !BEFORE_DATE.test(text.slice(0, first.start))) return false;
  if (!/\d/u.test(text.slice(first.start, first.end))) return false;
  const what = AFTER_DATE.exec(text.slice(first.end))?.[1];
  return what !== undefined && what.trim().split(/\s+/u).length >= 2 && hasFiniteVerb(what);
}
