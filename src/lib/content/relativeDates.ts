/**
 * Relative dates in a sentence — "on Tuesday", "earlier today", "yesterday", "last year",
 * "Sept. 2" with no year — resolved against the article's publication date with chrono-node,
 * and only where the words fix the date: a weekday is the last such day on or before
 * publication (news reports what happened), or the next one when the sentence speaks of the
 * future ("will", "next", "scheduled"); "last week" or a bare "March" name no single day or
 * unambiguous month and are left alone. Dates that state their own year are not relative and
 * are read elsewhere (analysis/timeline.ts). Without a publication date nothing is resolved:
 * an unknown date is honest, a guessed one is not.
 */
import * as chrono from "chrono-node";

export interface RelativeDate {
  /** Offsets of the words in the sentence: [start, end). */
  readonly start: number;
  readonly end: number;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  readonly iso: string;
  readonly precision: "day" | "month" | "year";
  /** The words as written ("on Tuesday", "last year"). */
  readonly label: string;
}

/** Bare "today" is as often "nowadays" ("a robust complex today") as the day, so it needs "earlier"/"later". */
const DAY_WORDS = /^(?:(?:earlier|later) today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening))$/iu;
const YEAR_WORDS = /^(?:last|this|next|previous|past) year$/iu;
const MONTH_WORDS = /^(?:last|this|next|previous) month$/iu;
/** The sentence looks ahead: a weekday in it is the next one, not the last. */
const FUTURE = /\b(?:will|next|upcoming|scheduled|is set to|are set to|plans? to|is expected to|are expected to)\b/iu;

const pad = (n: number) => String(n).padStart(2, "0");
const isoOf = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoOf(date);
}

/** The weekday `weekday` (0 = Sunday) nearest `published` in the sentence's direction. */
function weekdayNear(published: string, weekday: number, future: boolean): string {
  const from = new Date(`${published}T12:00:00Z`).getUTCDay();
  const back = (from - weekday + 7) % 7;
  return future ? addDays(published, (weekday - from + 7) % 7) : addDays(published, -back);
}

/** Words without which no phrase above can be there: chrono is asked only when one is (it is slow). */
const MAY_HOLD =
  /\b(?:today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|year|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/iu;

/** Relative dates in `sentence`, left to right; `published` is the article's `YYYY-MM-DD`. */
export function findRelativeDates(sentence: string, published: string | undefined): RelativeDate[] {
  if (published === undefined || !/^\d{4}-\d{2}-\d{2}$/u.test(published) || !MAY_HOLD.test(sentence)) return [];
  const [year, month, day] = published.split("-").map(Number) as [number, number, number];
  const instant = new Date(Date.UTC(year, month - 1, day, 12));
  const found: RelativeDate[] = [];
  for (const result of chrono.en.casual.parse(sentence, { instant, timezone: 0 })) {
    const { start } = result;
    // chrono keeps a trailing comma ("on Tuesday,") and leaves "earlier" out of "earlier today".
    const text = result.text.replace(/[\s,.;:]+$/u, "");
    const lead = /\b(?:earlier|later)\s+$/iu.exec(sentence.slice(0, result.index))?.[0] ?? "";
    const words = `${lead}${text}`.replace(/^(?:on|in|at|by)\s+/iu, "");
    const at = { start: result.index - lead.length, end: result.index + text.length, label: `${lead}${text}` };
    const certain = (unit: "year" | "month" | "day" | "weekday") => start.isCertain(unit);
    if (DAY_WORDS.test(words)) {
      found.push({ ...at, iso: isoOf(start.date()), precision: "day" });
    } else if (YEAR_WORDS.test(words)) {
      found.push({ ...at, iso: String(start.get("year")), precision: "year" });
    } else if (MONTH_WORDS.test(words)) {
      found.push({ ...at, iso: `${start.get("year")}-${pad(start.get("month") ?? 0)}`, precision: "month" });
    } else if (certain("weekday") && !certain("day") && !certain("month") && /^\p{L}+\.?$/u.test(words)) {
      found.push({
        ...at,
        iso: weekdayNear(published, start.get("weekday") ?? 0, FUTURE.test(sentence)),
        precision: "day",
      });
    } else if (certain("month") && certain("day") && !certain("year") && /\d/u.test(words)) {
      found.push({ ...at, iso: isoOf(start.date()), precision: "day" });
    }
  }
  return found;
}
