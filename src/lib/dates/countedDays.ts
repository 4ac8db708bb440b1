/**
 * Days or years counted from the moment the telling stands at: "Two days later, officials closed
 * the schools", "The next day, he resigned", "a week earlier", "later that day"; "The next year,
 * Waite published a guide", "16 years later". Such words fix a day only from the day the text last
 * stated, a year from the year it last stated (analysis/timeline.ts finds it: the last dated
 * sentence, in this paragraph or the one before, with one date or one year). "Two days before the vote" counts from the
 * vote, not from the telling (the timeline's "the day after the strike" rule reads that), and
 * "days later" or "weeks later" with no count fixes no day: neither is read here.
 */
import { countOf } from "./calendar.ts";

export interface CountedDays {
  readonly start: number;
  readonly end: number;
  /** Days (or years, for `unit` "year") from the telling's moment: positive later, negative earlier. */
  readonly days: number;
  /** "day" counts from a day the text told; "year" ("two years later", "the next year") from a year. */
  readonly unit: "day" | "year";
  readonly label: string;
}

/**
 * Words that make a count loose ("less than a year later", "nearly two weeks later", "some days
 * later"): the day or year it leads to is a guess, so no count after them is read.
 */
const LOOSE = `(?<!\\b(?:than|nearly|almost|about|around|roughly|some|over|under|within|approximately|perhaps|maybe)\\s)`;

const COUNT = `${LOOSE}(an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})`;

/** "two days later", "a week earlier", "three days afterwards" — not followed by a noun it counts from. */
const COUNTED = new RegExp(
  `\\b${COUNT}\\s+(days?|weeks?)\\s+(later|earlier|afterwards?)\\b(?!\\s+(?:than|on|in|that|the)\\b)`,
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

/** The first count of days or years from the telling's moment in `sentence`, if any. */
export function countedDays(sentence: string): CountedDays | undefined {
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
  for (const m of sentence.matchAll(YEARS)) {
    const which = (m[2] ?? m[4] ?? m[3] ?? "").toLowerCase();
    const sign = /^(?:earlier|previous|before)$/u.test(which) ? -1 : 1;
    const n = m[1] === undefined ? 1 : countOf(m[1]);
    if (!Number.isFinite(n) || n < 1) continue;
    found.push({ start: m.index, end: m.index + m[0].length, days: sign * n, unit: "year", label: m[0] });
  }
  return found.sort((a, b) => a.start - b.start)[0];
}
