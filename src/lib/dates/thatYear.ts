/**
 * "That year" as a date: a sentence that places its happening in a year the telling named just
 * before ("But by 1995, things had reached a breaking point. In October of that year, NBC hired
 * …", "Even in 1976, the shelters were forgotten. A reporter surveying them that year …"). The
 * words fix the year only through the sentence they point back to, so the timeline
 * (analysis/timeline.ts) reads them against the last dated sentence of the paragraph, and only
 * where that sentence names one year.
 *
 * Read: "later that year", "earlier that year", "that same year", in any tense; and "that year"
 * in a sentence told in the past, "in October of that year" (the month of that year), "in the
 * fall of that year" (the year). Not read: a span or a horizon ("since that year", "by that
 * year", "until that year", "after that year"), a thing of that year ("that year's budget"), the year
 * as the subject of a state ("That year was a turning point", "That year is remembered as …"), and
 * "that year" in a sentence with no verb in the past, which tells of no happening.
 */
import { MONTH_PATTERN, monthNumber } from "#lib/content/dates.ts";
import { PAST } from "./direction.ts";

export interface ThatYear {
  /** The words that point back ("later that year", "October of that year"). */
  readonly label: string;
  /** The month the words name in that year (10 for "in October of that year"), if any. */
  readonly month?: number;
}

/** "later that year", "earlier the same year", "that same year": dated in any tense. */
const LATER_THAT_YEAR = /\b(?:later|earlier) (?:that|the same) year\b|\bthat same year\b/iu;

/**
 * "that year" after no word of a span or a horizon, and not a possessive; a month right before it
 * ("October of that year") is group 1.
 */
const THAT_YEAR = new RegExp(
  `(?:\\b${MONTH_PATTERN}\\s+(?:of\\s+)?)?(?<!\\b(?:[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough|[Ss]ince|[Aa]fter|[Bb]efore|[Ff]rom|[Ff]or|[Tt]o)\\s+(?:\\p{Lu}\\p{Ll}+\\.?\\s+(?:of\\s+)?)?)\\b[Tt]hat year\\b(?!['’]s)(?!\\s+(?:is|was|were|are|has|had|have|remains|remained|will|would)\\b)`,
  "u",
);

/** The year the sentence points back to with "that year", or undefined where it names none. */
export function thatYear(sentence: string): ThatYear | undefined {
  const later = LATER_THAT_YEAR.exec(sentence);
  if (later) return { label: later[0] };
  const m = THAT_YEAR.exec(sentence);
  if (m === null || !PAST.test(sentence)) return undefined;
  const month = m[1] === undefined ? undefined : monthNumber(m[1]);
  return month === undefined ? { label: m[0] } : { label: m[0], month };
}
