/**
 * The project's one calendar: month names and numbers, the real-day check, and how a date is
 * shown. Dates are `YYYY-MM-DD` strings everywhere; they are formatted from their parts, with
 * no time zone or Intl formatter involved, so the page says the day the
 * source says, whatever the build machine's zone. Reading dates out of free text is
 * ./parseDate.ts, kept apart only because it loads chrono-node, which this browser-safe module
 * must not pull into the search page's bundle.
 */

/**
 * English month names, January first. A plain list, not read from an `Intl.DateTimeFormat`:
 * constructing one cost the search page 25–230 ms of its main thread on first use in Chromium
 * (locale data loading), one long task for every search link opened (docs/performance.md).
 */
export const MONTHS: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Month number (1–12) of an English month name or abbreviation ("Sept", "feb."), if it is one. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, "");
  if (key.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => {
    const full = month.toLowerCase();
    return full === key || (full.startsWith(key) && (key.length === 3 || key === "sept"));
  });
  return index === -1 ? undefined : index + 1;
}

/** The abbreviations of English month names a page prints ("Sept." and "Sep."; "May" has none). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sept",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** A regular-expression source matching one English month name or abbreviation (one group). */
export const MONTH_PATTERN = /* @__PURE__ */ alternation([MONTHS, MONTH_ABBREVIATIONS], "(", ")\\.?");

/** English weekday names, Sunday first (as `Date.getUTCDay` counts). */
export const WEEKDAYS: readonly string[] = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
];

/** A regular-expression source matching one English weekday name (no group). */
export const WEEKDAY_PATTERN = /* @__PURE__ */ alternation([WEEKDAYS], "(?:", ")");

/**
 * A regular-expression alternation of the words of the lists, between `open` and `close`. A
 * function call marked pure, so that a browser bundle importing only the formatters of this
 * module drops the patterns (the search page's script must stay small enough to be inlined).
 */
function alternation(lists: readonly (readonly string[])[], open: string, close: string): string {
  return `${open}${lists.flat().join("|")}${close}`;
}

/** True when the day exists in the Gregorian calendar (no 30 February, no month 13). */
export function isRealDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `YYYY-MM-DD` and names a day that exists. */
export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `YYYY-MM-DD` of a day given by its parts, or undefined when that day does not exist. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return isRealDay(year, month, day) ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : undefined;
}

/** "2025-02-21" → "21 February 2025" (the en-GB long form); anything else is returned unchanged. */
export function formatIsoDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match || !isRealIsoDate(iso)) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? ""} ${Number(match[1])}`;
}

/** "2025-02" → "February 2025"; anything else is returned unchanged. */
export function formatIsoMonth(iso: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(iso);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) return iso;
  return `${MONTHS[month - 1] ?? ""} ${Number(match[1])}`;
}

/** Newest first; undated articles last, then by title so the order is stable. */
export function compareNewestFirst(
  a: { published?: string | undefined; title: string },
  b: { published?: string | undefined; title: string },
): number {
  if (a.published !== b.published) {
    if (a.published === undefined) return 1;
    if (b.published === undefined) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.title.localeCompare(b.title, "en");
}
