/**
 * The publication day a page declares as a machine-readable instant on the element that shows
 * its stamp (`<span data-publishtime="1425913200851">3/09/15 8:00am</span>`: Unix milliseconds
 * or seconds), read together with the day that element shows readers. The instant is in UTC and
 * leaves the publisher's zone open; the shown day is local but may be ambiguous ("3/09/15" is
 * 9 March or 3 September). Each settles the other: the shown reading that lies within a day of
 * the instant's UTC day is the publication day. Nothing is guessed when they disagree, when the
 * element shows no day, or when both readings fit.
 */
import { isoDay as realDay } from "#lib/content/dates.ts";
import { findDates } from "#lib/content/parseDate.ts";
import { pageOwnElements } from "./embeddedPosts.ts";

/** An attribute that names its value the publication instant: "data-publishtime", "data-published-date", "data-pubdate". */
const INSTANT_ATTRIBUTE = /^data-(?:publish(?:ed)?|pub)[-_]?(?:time|date|timestamp)$/iu;

/** Unix seconds (10 digits) or milliseconds (13 digits). */
const EPOCH = /^(\d{10})(\d{3})?$/u;

/** Instants before this year are no publication of a web page: a placeholder or another number. */
const FIRST_YEAR = 1995;

const DAY_MS = 86_400_000;

/** A numeric date as pages print it: "3/09/15", "09.03.2015", "2015-03-09" is left to findDates. */
const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/gu;

/** Every day `text` may show: both readings of a numeric date (month first, day first) and the dates written out. */
export function shownDays(text: string): string[] {
  const days = findDates(text).map((d) => d.iso);
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const [a, b, y] = match.slice(1).map(Number) as [number, number, number];
    const year = match[3]?.length === 2 ? 2000 + y : y;
    days.push(...[realDay(year, a, b), realDay(year, b, a)].filter((d): d is string => d !== undefined));
  }
  return [...new Set(days)];
}

/** The UTC day of an epoch value, when it is one of a plausible year. */
function epochUtcDay(value: string): string | undefined {
  const match = EPOCH.exec(value.trim());
  if (match === null) return undefined;
  const ms = match[2] === undefined ? Number(match[1]) * 1000 : Number(value.trim());
  const date = new Date(ms);
  return date.getUTCFullYear() >= FIRST_YEAR ? date.toISOString().slice(0, 10) : undefined;
}

/**
 * The day shown by `text` that lies within a day of the UTC instant `utcDay` (the publisher's
 * zone may put its local day one either side); undefined unless exactly one does.
 */
export function agreeingDay(text: string, utcDay: string): string | undefined {
  const near = shownDays(text).filter((day) => Math.abs(Date.parse(day) - Date.parse(utcDay)) <= DAY_MS);
  return near.length === 1 ? near[0] : undefined;
}

/**
 * The publication day from the first element after the page's `<h1>` (or of the page, when it
 * has none) that declares a publication instant in a data attribute: replies and teasers that
 * carry their own instants come after the article's.
 */
export function publishInstantDay(document: Document): string | undefined {
  const all = pageOwnElements(document, "body *");
  const h1 = all.findIndex((e) => e.tagName.toUpperCase() === "H1");
  for (const el of all.slice(h1 + 1)) {
    const attribute = [...el.attributes].find((a) => INSTANT_ATTRIBUTE.test(a.name));
    if (attribute === undefined) continue;
    const utcDay = epochUtcDay(attribute.value);
    return utcDay === undefined ? undefined : agreeingDay(el.textContent.replace(/\s+/gu, " "), utcDay);
  }
  return undefined;
}
