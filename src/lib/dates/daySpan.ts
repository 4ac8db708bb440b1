/**
 * The last day of a span of days that "between" names from one day of a month: "between October
 * 11 and 13", "between Sept. 28 and Oct. 3". The gold and a reader list such a span as its two
 * days, as a span of years is listed as its two years; the timeline (analysis/timeline.ts) reads
 * the first day as the date is read, and this gives the last, in the same month or a later one of
 * the same year, or in a month named before the first's, of the next year ("between Dec. 28 and Jan. 3").
 * "from … to" or "from … through" a day of another month names both ends too ("from December 22 through
 * January 4"). A span written with a dash or "to" ("from March 3–5", "Oct. 11-13, 2019") is
 * dated by its first day alone, as the gold writes it (synth-dates-trial-shapes).
 *
 * Not read: "and" without "between" before the first day ("on Oct. 3 and 19 people were hurt"),
 * a last day no later than the first, a figure that goes on as a count, a share or a time
 * ("between Oct. 11 and 13 percent").
 */
import { isoDay, MONTH_PATTERN, monthNumber } from "#lib/content/dates.ts";

const ORDINAL = "(?:st|nd|rd|th)?";
/** The first day, the joining word or dash, perhaps a month, and the last day (groups: month, day, joint, month, day). */
const SPAN = new RegExp(
  String.raw`^${MONTH_PATTERN}\s+(\d{1,2})${ORDINAL}\s*([-–]|\s(?:to|through|and)\s)\s*(?:${MONTH_PATTERN}\s+)?(\d{1,2})${ORDINAL}\b(?![.:,]?\d|\s*(?:%|percent|per\s*cent|[ap]\.?m\b))`,
  "u",
);

/**
 * The ISO day a span ends on, where the date read at `start` of `sentence` (its day `iso`,
 * `YYYY-MM-DD`) opens one; undefined for a lone day.
 */
export function spanEndDay(sentence: string, start: number, iso: string): string | undefined {
  const m = SPAN.exec(sentence.slice(start));
  if (m === null) return undefined;
  const [, , first, joint = "", secondMonth, last] = m;
  // "from March 3–5" is dated by its first day as the gold writes it (synth-dates-trial-shapes); "between" names both ends,
  // and so does "from … through" or "from … to" a day of another month ("from December 22 through January 4").
  const before = sentence.slice(0, start);
  const between = joint.trim() === "and" && /\bbetween\s+$/iu.test(before);
  const across =
    /^(?:to|through)$/u.test(joint.trim()) &&
    secondMonth !== undefined &&
    monthNumber(secondMonth) !== Number(iso.slice(5, 7)) &&
    /\bfrom\s+$/iu.test(before);
  if (!between && !across) return undefined;
  const firstMonth = Number(iso.slice(5, 7));
  const month = secondMonth === undefined ? firstMonth : monthNumber(secondMonth);
  if (month === undefined) return undefined;
  // A named month before the first's is the next year's: the span runs over the new year.
  const year = Number(iso.slice(0, 4)) + (month < firstMonth ? 1 : 0);
  const end = isoDay(year, month, Number(last));
  const from = isoDay(Number(iso.slice(0, 4)), firstMonth, Number(first));
  return end !== undefined && from === iso && end > iso ? end : undefined;
}
