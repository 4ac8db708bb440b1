/**
 * A relative day with the day it stands for written right beside it: "posted this morning, 14
 * Oct. 15", "yesterday (Monday, March 3)", "today — 12 June —". The text states the day, and the
 * relative word only restates it. Counted from the page's date instead, it can fall a day off (a
 * page dated in UTC, a post written the evening before), so where the day written beside it is
 * not read as the same date (read otherwise, or not read at all: "14 Oct. 15" may be a day and a
 * two-digit year or a month's 15th), analysis/timeline.ts does not read the relative word either:
 * a date the text states beats one derived from the publication, and an unread date is honest.
 */
import { MONTH_PATTERN } from "#lib/content/dates.ts";

/** After the relative day: a comma, a bracket or a dash, an optional "on" and weekday, then a day and a month in either order. */
const STATED_DAY = new RegExp(
  String.raw`^(\s*(?:,|\(|[—–])\s*(?:on\s+)?(?:\p{Lu}\p{Ll}+day,?\s+)?)(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_PATTERN}|${MONTH_PATTERN}\s+\d{1,2}(?!\d))`,
  "u",
);

/**
 * Whether a relative date of day precision in `sentence` has a day written right after it that
 * `dates` (every date read in the sentence, with its start and ISO date) does not read as the same day.
 */
export function dayStatedOtherwise(
  sentence: string,
  relative: { readonly end: number; readonly precision: string; readonly iso: string },
  dates: readonly { readonly start: number; readonly iso: string }[],
): boolean {
  if (relative.precision !== "day") return false;
  const stated = STATED_DAY.exec(sentence.slice(relative.end));
  if (!stated) return false;
  const at = relative.end + (stated[1]?.length ?? 0);
  return !dates.some((d) => d.start === at && d.iso === relative.iso);
}
