/**
 * Days, months or years counted from the moment the telling stands at: "Two days later, officials
 * closed the schools", "The next day, he resigned", "a week earlier", "later that day"; "Seven months
 * later"; "The next year, Waite published a guide", "16 years later". Such words fix a day only from the day the text last
 * stated, a year from the year it last stated (analysis/timeline.ts finds it: the last dated
 * sentence, in this paragraph or the one before, with one date or one year). "Two days before the vote" counts from the
 * vote, not from the telling (`daysFromHappening` reads that), and "days later" or "weeks later"
 * with no count fixes no day, though it moves the telling's time (`shiftsTime`).
 */
import { WEEKDAY_PATTERN, WEEKDAYS } from "#lib/content/dates.ts";
import { countOf, NOT_LOOSE } from "./calendar.ts";

export interface CountedDays {
  readonly start: number;
  readonly end: number;
  /** Days (or years, for `unit` "year") from the telling's moment: positive later, negative earlier. */
  readonly days: number;
  /**
   * "day" counts from a day the text told; "month" ("seven months later") from a month or a day; "year" ("two
   * years later", "the next year") from a year.
   */
  readonly unit: "day" | "month" | "year";
  readonly label: string;
}

/** A count not made loose by the word before it ("nearly two weeks later": calendar.ts `NOT_LOOSE`). */
const COUNT = `${NOT_LOOSE}(an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})`;

/** "two days later", "a week earlier", "three days afterwards" — not followed by a noun it counts from. */
const COUNTED = new RegExp(
  `\\b${COUNT}\\s+(days?|weeks?)\\s+(later|earlier|afterwards?)\\b(?!\\s+(?:than|on|in|that|the)\\b)`,
  "giu",
);

/** "seven months later", "a month earlier" (no noun after). */
const MONTHS_COUNTED = new RegExp(
  `\\b${COUNT}\\s+months?\\s+(later|earlier|afterwards?)\\b(?!\\s+(?:than|on|in|that|the)\\b)`,
  "giu",
);

/** "two years later", "a year earlier", "the next year", "the following year", "the year before," (no noun after). */
const YEARS = new RegExp(
  `\\b(?:${COUNT}\\s+years?\\s+(later|earlier|afterwards?)\\b(?!\\s+(?:than|on|in|that|the)\\b)|(?<!\\b(?:over|during|within|for|throughout|through|of)\\s)the\\s+(next|following|previous)\\s+year\\b(?!\\s+(?:and|or|to|of|in)\\b)(?!['’])|the\\s+year\\s+(before|after)(?=\\s*[,.;)]|\\s*$))`,
  "giu",
);

/** A part of the day, or the day. */
const DAY_PART = "(?:day|morning|afternoon|evening|night)";

/**
 * "the next day", "the following morning", "the day before," (no noun after), "later that day", "later that
 * afternoon", "that same day", and "that evening" where it opens the sentence or its clause ("Also that day,
 * …", "Indeed, that evening …"): the telling's day. Not a day's possessive ("the next day’s paper": a thing of
 * that day, not when the sentence's happening was), nor a span or a purpose ("for the next day", "over the
 * next day"), nor "that night" after another word ("said that night falls early": "that" is a conjunction).
 */
const NAMED = new RegExp(
  `(?:(?<!\\b(?:for|over|during|within|through|throughout|of|until|till|into)\\s)\\bthe\\s+(next|following|previous)\\s+${DAY_PART}|\\bthe\\s+day\\s+(before|after)(?=\\s*[,.;)]|\\s*$)|\\b(?:later|earlier)\\s+that\\s+(?:same\\s+)?${DAY_PART}|\\b(?:that|the)\\s+same\\s+${DAY_PART}|(?:^|(?<=^[\\p{L}]+,?\\s)|(?<=[,;—–]\\s))(?:(?:[Aa]lso|[Tt]hen|[Oo]n|[Bb]y)\\s+)?[Tt]hat\\s+${DAY_PART})\\b(?!['’])`,
  "giu",
);

/**
 * A word every count above needs (COUNTED's days or weeks, NAMED's part of the day, a month, a year),
 * read with their flags: most sentences have none, and are not run through the four patterns.
 */
const COUNTED_UNIT = /day|week|month|year|morning|afternoon|evening|night/iu;

/** The first count of days or years from the telling's moment in `sentence`, if any. */
export function countedDays(sentence: string): CountedDays | undefined {
  if (!COUNTED_UNIT.test(sentence)) return undefined;
  const found: CountedDays[] = [];
  for (const m of sentence.matchAll(COUNTED)) {
    const n = countOf(m[1] ?? "");
    if (!Number.isFinite(n) || n < 1) continue;
    const unit = /^week/iu.test(m[2] ?? "") ? 7 : 1;
    const sign = /^earlier$/iu.test(m[3] ?? "") ? -1 : 1;
    found.push({ start: m.index, end: m.index + m[0].length, days: sign * n * unit, unit: "day", label: m[0] });
  }
  for (const m of sentence.matchAll(NAMED)) {
    const which = (m[1] ?? m[2] ?? "").toLowerCase();
    const days = which === "previous" || which === "before" ? -1 : which === "" ? 0 : 1;
    found.push({ start: m.index, end: m.index + m[0].length, days, unit: "day", label: m[0] });
  }
  for (const m of sentence.matchAll(MONTHS_COUNTED)) {
    const n = countOf(m[1] ?? "");
    if (!Number.isFinite(n) || n < 1) continue;
    const sign = /^earlier$/iu.test(m[2] ?? "") ? -1 : 1;
    found.push({ start: m.index, end: m.index + m[0].length, days: sign * n, unit: "month", label: m[0] });
  }
  for (const m of sentence.matchAll(YEARS)) {
    const which = (m[2] ?? m[4] ?? m[3] ?? "").toLowerCase();
    const sign = /^(?:earlier|previous|before)$/u.test(which) ? -1 : 1;
    const n = m[1] === undefined ? 1 : countOf(m[1]);
    if (!Number.isFinite(n) || n < 1) continue;
    found.push({ start: m.index, end: m.index + m[0].length, days: sign * n, unit: "year", label: m[0] });
  }
  return found.sort((a, b) => a.start - b.start)[0];
}

/**
 * "the day after the strike", "two days before the vote", "three days after Carlson’s suit was filed", "a week
 * after the raid": a count of days from a happening named by its noun (after "the" or a name's possessive).
 */
const FROM_HAPPENING = new RegExp(
  `\\b(?:the day|${COUNT} (days?|weeks?)) (after|before) (?:the|\\p{Lu}[\\p{L}.-]*['’]s) ([\\p{L}-]{3,})`,
  "iu",
);

export interface DaysFromHappening {
  /** Days from the happening: positive after it, negative before. */
  readonly days: number;
  /** The noun that names the happening ("strike", "suit"). */
  readonly noun: string;
  readonly label: string;
}

/**
 * The count of days from a happening that `sentence` names by its noun, if any. A count names it by
 * a common noun ("the raid", "Carlson’s suit"); after a name ("a day after the Taliban swapped …") a
 * clause follows, whose happening no noun names, so a count there is read only as "the day".
 */
export function daysFromHappening(sentence: string): DaysFromHappening | undefined {
  const m = FROM_HAPPENING.exec(sentence);
  if (m === null) return undefined;
  const counted = m[1] !== undefined;
  const count = counted ? countOf(m[1] ?? "") * (/^week/iu.test(m[2] ?? "") ? 7 : 1) : 1;
  const noun = m[4] ?? "";
  if (!Number.isFinite(count) || count < 1 || (counted && !/^\p{Ll}/u.test(noun))) return undefined;
  return { days: (m[3] ?? "").toLowerCase() === "after" ? count : -count, noun, label: m[0] };
}

/** Whether a sentence moves the telling's time by a count or a named lapse ("Days later", "three days after the raid"). */
export function shiftsTime(text: string): boolean {
  return (
    countedDays(text) !== undefined ||
    FROM_HAPPENING.test(text) ||
    /\b(?:days|weeks|months|hours|years)\s+(?:later|afterwards?|earlier)\b|\bthe\s+(?:following|next)\s+(?:week|month)\b/iu.test(
      text,
    )
  );
}

/** A weekday set right after a count, as its apposition ("Two days later, on Tuesday,", "The next day, Monday,"). */
const WEEKDAY_AFTER = new RegExp(`^,?\\s+(?:on\\s+)?(${WEEKDAY_PATTERN})\\b`, "u");
/** A weekday set right before a count ("On Tuesday, two days later, …"). */
const WEEKDAY_BEFORE = new RegExp(`\\b(${WEEKDAY_PATTERN}),?\\s+$`, "u");

/**
 * The weekday a sentence sets beside its count of days from the telling, as its apposition ("Two days later,
 * on Tuesday, the workers returned", "The next day, Monday, …"): the counted day's own name, not a day counted
 * from publication. Empty when the sentence has no such count, or names its weekday apart from it ("A poll
 * released on Friday showed 13%, down from 19% a week earlier": the week is a comparison's, the Friday the
 * publication's).
 */
export const weekdaysBesideCount = (sentence: string): string[] =>
  weekdaysBesideCounted(sentence, countedDays(sentence));

/** `weekdaysBesideCount` for a caller that has read the sentence's `countedDays` already (`count`). */
export function weekdaysBesideCounted(sentence: string, count: CountedDays | undefined): string[] {
  if (count?.unit !== "day") return [];
  const name =
    WEEKDAY_AFTER.exec(sentence.slice(count.end))?.[1] ?? WEEKDAY_BEFORE.exec(sentence.slice(0, count.start))?.[1];
  return name === undefined ? [] : [name];
}

/** Whether the day `iso` (`YYYY-MM-DD`) is each of the weekdays `names`: a counted day the text names agrees. */
export function fallsOn(iso: string, names: readonly string[]): boolean {
  const weekday = WEEKDAYS[new Date(`${iso}T12:00:00Z`).getUTCDay()];
  return names.every((name) => name === weekday);
}
