/**
 * Publication dates as sites print them ("07 September 2025", "Sep 8, 2025", "2025-02-21",
 * "Monday, September 8, 2025 10:30 AM") converted to `YYYY-MM-DD`. Numeric day/month orders
 * such as 09/07/2025 are ambiguous between countries and are deliberately not converted:
 * an absent date is better than a wrong one.
 */
import { isRealIsoDate } from "../../schemas/isoDate.ts";

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
const TIME =
  "(?:(?:\\s*,?\\s*(?:at\\s+)?|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:Z|[+-]\\d{2}:?\\d{2}|[A-Z]{2,4}))?)?";

const ISO = new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${TIME}$`, "i");
const DAY_MONTH_YEAR = new RegExp(
  `^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})${TIME}$`,
  "i",
);
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`, "i");

function iso(year: number, month: number, day: number): string | undefined {
  const value = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isRealIsoDate(value) ? value : undefined;
}

function monthNumber(name: string | undefined): number | undefined {
  return name === undefined ? undefined : MONTHS[name.toLowerCase().replace(/\.$/, "")];
}

/** Year, month and day as written, when the whole of `text` has a date's shape; the day may not exist. */
function dateParts(text: string): { year: number; month: number; day: number } | undefined {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const month = monthNumber(m[2]);
    return month === undefined ? undefined : { year: Number(m[3]), month, day: Number(m[1]) };
  }
  m = MONTH_DAY_YEAR.exec(t);
  if (m) {
    const month = monthNumber(m[1]);
    return month === undefined ? undefined : { year: Number(m[3]), month, day: Number(m[2]) };
  }
  return undefined;
}

/** `YYYY-MM-DD` when the whole of `text` is one date (with optional weekday and time), else undefined. */
export function parseDate(text: string): string | undefined {
  const parts = dateParts(text);
  return parts && iso(parts.year, parts.month, parts.day);
}

/** Labels that introduce a publication date on its own line ("Published: …", "Posted on …"). */
const PUBLISHED_PREFIX = /^(?:published|posted|date|first published|publication date)(?:\s+on)?\s*[:\-–—]?\s*/i;
/** Labels that make a date the page's "now" (a clock), not the article's date. */
const CLOCK_PREFIX = /^(?:today(?:'s date| is)?|now|current date|local time)\s*[:\-–—,]?\s*/i;
/** An update date is a different fact from the publication date; it is never used as `published`. */
const UPDATED_PREFIX = /^(?:(?:last\s+)?updated|modified|edited)(?:\s+on)?\s*[:\-–—]?\s*/i;

export type DateLine = { kind: "clock" } | { kind: "published" | "updated"; iso: string };

/** Classifies a line that consists of one (optionally labelled) date. */
export function parseDateLine(text: string): DateLine | undefined {
  const clock = CLOCK_PREFIX.exec(text);
  // A page clock is furniture whatever day it shows (sites print impossible ones too), so any
  // date-shaped text after the label will do.
  if (clock && clock[0].length > 0) return dateParts(text.slice(clock[0].length)) ? { kind: "clock" } : undefined;
  for (const [prefix, kind] of [
    [UPDATED_PREFIX, "updated"],
    [PUBLISHED_PREFIX, "published"],
  ] as const) {
    const match = prefix.exec(text);
    if (match && match[0].length > 0) {
      const date = parseDate(text.slice(match[0].length));
      return date === undefined ? undefined : { kind, iso: date };
    }
  }
  const date = parseDate(text);
  return date === undefined ? undefined : { kind: "published", iso: date };
}
