/**
 * The publication day in the publisher's own time zone when a page declares its moment in UTC.
 *
 * A CMS often declares `datePublished` as a UTC instant ("2019-11-19T01:19:34Z") for a story
 * posted at 8:19 PM in New York on November 18: the UTC day is a day off the day the page shows
 * and the text counts from ("on Monday"). The same page may also declare that moment in its own
 * zone, in words ("Monday, November 18, 2019, 08:19 PM"). When such a declaration has the
 * instant's minutes and lies a whole number of quarter hours from it, less than a day either way,
 * it is the same moment told locally, and its day is the publication's; so is the day the page
 * prints under its headline, when some zone puts the instant on it (`shownDayOfInstant`). Without
 * either the UTC day stands: nothing is guessed from where the site seems to be.
 */
import { findDates } from "#lib/content/parseDate.ts";
import { clockMinutes } from "#lib/text/clockTime.ts";

/**
 * A UTC instant with its time: "2019-11-19T01:19:34.819Z", "2019-11-19 01:19:34+00:00"; the
 * seconds as some CMSs write them unpadded ("2020-12-05T23:15:0Z") are still seconds.
 */
const UTC_INSTANT =
  /^(\d{4}-\d{2}-\d{2})[T\s](\d{2}):(\d{2})(?::\d{1,2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|\s*UTC|\s*GMT)$/iu;
/**
 * A timestamp that states no zone ("2019-11-19 02:24:00"): read as UTC only when the page tells
 * the same moment in a local clock (same minutes, a whole number of quarter hours away), as a
 * CMS writes its UTC clock without the "Z"; a clock equal to it is the same zone, and nothing else
 * says which zone it is in.
 */
const ZONELESS_INSTANT = /^(\d{4}-\d{2}-\d{2})[T\s](\d{2}):(\d{2})(?::\d{1,2}(?:\.\d+)?)?$/u;
/** A zone stated in the words: such a declaration is no local clock of its own. */
const ZONE_STATED = /(?:\bUTC\b|\bGMT\b|\bZ$|[+-]\d{2}:?\d{2}\b)/u;
/** The farthest a zone lies from UTC, in minutes (UTC−12 to UTC+14). */
const WIDEST_OFFSET = 14 * 60;

const minutesOfDay = (hour: number, minute: number) => hour * 60 + minute;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * How many minutes `other` (a day and a clock in words) lies ahead of the UTC instant `utc`
 * when it tells the same moment in another zone: a whole number of quarter hours, less than a
 * day either way, not zero; otherwise undefined.
 */
function zoneOffset(utc: RegExpExecArray, other: string): { offset: number; day: string } | undefined {
  const [, utcDay = "", hour = "", minute = ""] = utc;
  if (ZONE_STATED.test(other)) return undefined;
  const day = findDates(other)[0]?.iso;
  const local = clockMinutes(other);
  if (day === undefined || local === undefined) return undefined;
  const offset = (dayNumber(day) - dayNumber(utcDay)) * 1440 + local - minutesOfDay(Number(hour), Number(minute));
  return offset !== 0 && Math.abs(offset) <= WIDEST_OFFSET && offset % 15 === 0 ? { offset, day } : undefined;
}

/** A moment the page shows twice: a `<time>`'s UTC `datetime` and its text. */
export interface ShownMoment {
  readonly instant: string;
  readonly words: string;
}

/**
 * The local day of `declared` when it is a UTC instant (or a timestamp without a zone) and one of `others` (the page's other
 * declared dates, as written) tells the same moment in a local clock; or, failing that, when one
 * of `shown` (a `<time>` whose `datetime` is a UTC instant and whose text tells another moment
 * of the page, an update, in a local clock) shows the zone the page writes in: `declared` read
 * in that zone. Otherwise undefined.
 */
export function localDayOf(
  declared: string | undefined,
  others: readonly string[],
  shown: readonly ShownMoment[] = [],
): string | undefined {
  const zoneless = ZONELESS_INSTANT.exec(declared?.trim() ?? "");
  const instant = zoneless ?? UTC_INSTANT.exec(declared?.trim() ?? "");
  if (instant === null) return undefined;
  for (const other of others) {
    const local = zoneOffset(instant, other);
    if (local !== undefined) return local.day;
  }
  if (zoneless !== null) return undefined;
  for (const { instant: at, words } of shown) {
    const utc = UTC_INSTANT.exec(at.trim());
    const local = utc === null ? undefined : zoneOffset(utc, words);
    if (local === undefined) continue;
    const [, utcDay = "", hour = "", minute = ""] = instant;
    const minutes = minutesOfDay(Number(hour), Number(minute)) + local.offset;
    return new Date((dayNumber(utcDay) * 1440 + minutes) * 60_000).toISOString().slice(0, 10);
  }
  return undefined;
}

/** A timestamp with a stated offset other than UTC's: "2019-11-20T04:31:13-06:00". */
const OFFSET_INSTANT = /^(\d{4}-\d{2}-\d{2})[T\s](\d{2}):(\d{2})(?::\d{1,2}(?:\.\d+)?)?\s*([+-])(\d{2}):?(\d{2})$/u;

/**
 * The publication day when two declarations write the same clock with different offsets
 * (JSON-LD "2019-11-20T04:31:13-06:00", article:published_time "2019-11-20T04:31:13+00:00"):
 * one of them is the UTC clock given the site's offset, and the declarations alone cannot say
 * which. A stamp the page shows settles it when it tells the UTC one's moment in exactly that
 * offset ("Nov 19, 2019, 10:31 pm CST"): the UTC declaration is the moment, and the shown day
 * the publication's. Otherwise undefined, and the first declaration stands. `shownStamps` is
 * only read when two declarations disagree so.
 */
export function mislabelledOffsetDay(
  chosen: string,
  declared: readonly (string | undefined)[],
  shownStamps: () => readonly string[],
): string | undefined {
  const zoned = OFFSET_INSTANT.exec(chosen.trim());
  if (zoned === null) return undefined;
  const [, day = "", hour = "", minute = "", sign = "", hours = "", minutes = ""] = zoned;
  const offset = (sign === "-" ? -1 : 1) * minutesOfDay(Number(hours), Number(minutes));
  if (offset === 0) return undefined;
  const utc = declared
    .map((value) => UTC_INSTANT.exec(value?.trim() ?? ""))
    .find((match) => match !== null && match[1] === day && match[2] === hour && match[3] === minute);
  if (utc === undefined || utc === null) return undefined;
  for (const words of shownStamps()) {
    const local = zoneOffset(utc, words);
    if (local?.offset === offset) return local.day;
  }
  return undefined;
}

/**
 * The day the page prints under its headline (`shown`) when it is the declared UTC instant
 * (`stamp`, "2014-12-30T01:00:51Z") told in some zone's clock: a day earlier when the instant falls
 * before noon UTC (a zone as far as twelve hours west puts it on the day before), a day later when
 * it falls at 10:00 UTC or after (fourteen hours east). The page's printed day is then its own
 * clock's; the UTC day is only the conversion's. Undefined when `shown` is the UTC day, or lies
 * where no zone could put the instant.
 */
export function shownDayOfInstant(stamp: string | undefined, shown: string | undefined): string | undefined {
  const utc = UTC_INSTANT.exec(stamp?.trim() ?? "");
  if (utc === null || shown === undefined) return undefined;
  const [, utcDay = "", hour = "", minute = ""] = utc;
  const minutes = minutesOfDay(Number(hour), Number(minute));
  const apart = dayNumber(shown) - dayNumber(utcDay);
  const reachable = (apart === -1 && minutes < 12 * 60) || (apart === 1 && minutes + WIDEST_OFFSET >= 1440);
  return reachable ? shown : undefined;
}
