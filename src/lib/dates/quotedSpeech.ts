/**
 * A relative date inside a quotation counts from when its speaker spoke, and the sentence often
 * says when that was: "“Yesterday was the worst day,” she told reporters on Monday" (Sunday, not
 * the day before publication), "“Last year they promised us a new law,” she said in a 2019
 * interview" (2018), "“We will strike on Monday,” he said last week" (which Monday is not fixed).
 * The quotation's words are read from the first and the last day of each time the sentence states
 * outside the quotation marks; where every reading agrees, that is the date, and where they do not
 * (or a time outside is written but not read), the date is left unresolved. With no time outside the
 * marks the speaker spoke by publication, and the date stands as counted from it.
 */
import { addDays, addMonths } from "./calendar.ts";

/** A date the sentence states outside the quotation: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export interface SpeechTime {
  readonly iso: string;
}

/** The first and last day of a day, a month or a year. */
function daysOf(iso: string): [string, string] | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/u.test(iso)) return [iso, iso];
  const month = /^(\d{4})-(\d{2})$/u.exec(iso);
  if (month) return [`${iso}-01`, addDays(`${addMonths(Number(month[1]), Number(month[2]), 1)}-01`, -1)];
  if (/^\d{4}$/u.test(iso)) return [`${iso}-01-01`, `${iso}-12-31`];
  return undefined;
}

/**
 * What a quoted relative date reads as, given the times stated outside the quotation (`outside`),
 * whether a relative time outside was written but not read (`unreadOutside`) and how the date
 * reads counted from a day (`readFrom`, undefined where it does not read there): its date counted
 * from publication (`iso`) where nothing outside says otherwise, the date every speech time agrees
 * on, or undefined (unresolved).
 */
export function quotedDate(
  iso: string,
  outside: readonly SpeechTime[],
  unreadOutside: boolean,
  readFrom: (day: string) => string | undefined,
): string | undefined {
  if (unreadOutside) return undefined;
  if (outside.length === 0) return iso;
  const readings = new Set<string | undefined>();
  for (const time of outside) {
    const days = daysOf(time.iso);
    if (days === undefined) return undefined;
    const [first, last] = days;
    readings.add(readFrom(first));
    readings.add(readFrom(last));
  }
  const [only] = readings;
  return readings.size === 1 ? only : undefined;
}
