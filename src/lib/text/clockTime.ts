/**
 * A clock time as pages print it, in one place: the pattern parts every reader builds its own
 * view from, and the reading of a clock into minutes after midnight.
 *
 * Two shapes, on purpose. A colon clock ("10:31", "17:19:05") is a time wherever it stands, so
 * readers that must tell a stamp from a sentence (a stamp line, a headline) accept only it. Next
 * to a date already found, the separators of other languages are a time too ("14h20", "10.21"),
 * which alone would be a score or a decimal.
 */

/** Hours and minutes with a colon, seconds optional: "10:31", "17:19:05". */
export const COLON_CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;

/** Hours and minutes with any separator a page prints beside a date: "14:20", "14h20", "10.21". */
export const ANY_CLOCK = String.raw`\d{1,2}[:h.]\d{2}(?::\d{2})?`;

/** The half of a 12-hour clock: "pm", "p.m.", "AM" (match case-insensitively). */
export const MERIDIEM = String.raw`[ap]\.?m\.?`;

/**
 * An hour as a time line prints it, minutes optional, by colon or dot: "9", "9:30", "9.30". A
 * bare hour is a time only with its half of the day (`HALF_OF_DAY`) or beside a date.
 */
export const HOUR_CLOCK = String.raw`\d{1,2}(?:[:.]\d{2})?`;

/** The half of a 12-hour clock in any case, spaced or not: "PM", "p.m.", "a. m." (no flag needed). */
export const HALF_OF_DAY = String.raw`[AaPp]\.?\s?[Mm]\.?`;

/** A colon clock with its half of the day: "8:19 PM", "21:17", "10:28am". */
export const CLOCK_TIME = String.raw`${COLON_CLOCK}\s*(?:${MERIDIEM})?`;

/** A unit of a time counted back, as pages abbreviate it or not: "s", "mins", "hr", "days", "weeks". */
const AGO_UNIT = String.raw`(?:s|m|h|d|w|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)`;

/**
 * A time counted back from when the page was served, in one or more units: "2 hours ago", "32M
 * ago", "1 hr 4 mins ago". No day a reader could fix: ingest drops it from credits and clock
 * lines, and a comment thread's stamp has this shape (match case-insensitively).
 */
export const TIME_AGO = String.raw`(?:\d+\s*${AGO_UNIT}\.?\s*)*\d+\s*${AGO_UNIT}\.?\s+ago`;

/** A colon clock's parts: hour, minute, and the "a" or "p" of its half of the day. */
const CLOCK_PARTS = new RegExp(String.raw`\b(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:([ap])\.?m\.?)?(?![\p{L}\d])`, "iu");

/**
 * Minutes after midnight of the first colon clock in `text` ("08:19 PM" → 1219, "20:19" → 1219),
 * or undefined when there is none or it is no time of day ("25:10").
 */
export function clockMinutes(text: string): number | undefined {
  const clock = CLOCK_PARTS.exec(text);
  if (clock === null) return undefined;
  const [, hourText = "", minuteText = "", half] = clock;
  const minute = Number(minuteText);
  let hour = Number(hourText);
  if (half !== undefined) hour = (hour % 12) + (half.toLowerCase() === "p" ? 12 : 0);
  return hour > 23 || minute > 59 ? undefined : hour * 60 + minute;
}
