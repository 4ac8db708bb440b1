/**
 * A year that names a thing, in a sentence whose clause opens on the time of its happening: "Last year,
 * the company staged a revival of the 1998 musical", "In March, she reissued her 1979 debut album". The
 * year is the thing's own (when the musical or the album came out), a modifier of its noun; the
 * sentence's happening is where the opening time puts it, so analysis/timeline.ts does not list the
 * year as another date of the sentence.
 *
 * Read only where both hold: the sentence opens on a date and a comma ("Last year, …", "In 2013, …",
 * "But on Monday, …"), or a phrase before the year's closes on a date and a comma ("Where he won two
 * years ago, the 2012 race …"), and the year stands after a determiner or a possessive with a lower-case word
 * after it ("the 1998 musical", "her 1979 debut album"). A year after a preposition of time ("in 2004")
 * places a clause, and a year with no opening time beside it ("She reissued her 1979 album") may be all
 * the sentence says of when: both are left to be read.
 */
import { DETERMINER_BEFORE } from "./nonEvents.ts";

interface Span {
  readonly start: number;
  readonly end: number;
}

/** After the year: a lower-case word it modifies. */
const NOUN_AFTER = /^\s+\p{Ll}[\p{L}-]*/u;
/**
 * Before an opening date: the sentence's start, an opening quotation mark, a linking word and the date's
 * preposition at most ("But in 2012, …").
 */
const OPENING_BEFORE =
  /^[\s“"‘']*(?:(?:But|And|Then|So|Yet|Also|Even|Back|Later|Earlier)\s+)?(?:(?:[Ii]n|[Oo]n|[Dd]uring|[Bb]y|[Ss]ince)\s+)?$/u;

/**
 * True when the year at `span` names a thing ("the 2004 comedy") and another of the sentence's dates
 * (`dates`, absolute or relative, each with its span) opens the sentence before a comma. `dates` may be
 * given as a function, called only when the year's own shape fits: finding a sentence's relative dates
 * costs far more than the checks before it, which most dates fail.
 */
export function isAttributiveYear(
  sentence: string,
  span: Span,
  dates: readonly Span[] | (() => readonly Span[]),
): boolean {
  if (!/^(?:19|20)\d{2}$/u.test(sentence.slice(span.start, span.end))) return false;
  if (!DETERMINER_BEFORE.test(sentence.slice(0, span.start)) || !NOUN_AFTER.test(sentence.slice(span.end)))
    return false;
  return (typeof dates === "function" ? dates() : dates).some(
    (d) =>
      d.start !== span.start &&
      d.end <= span.start &&
      (isOpeningTime(sentence, d) || CLOSED_BEFORE.test(sentence.slice(d.end, span.start))),
  );
}

/**
 * Between a date that closes an opening phrase and the year: its comma and the year's determiner ("Where it
 * won two years ago, the 2012 race …"). The phrase's date is its own clause's, and the year that opens the
 * main clause's subject names its thing.
 */
const CLOSED_BEFORE = /^\s*,\s+(?:the|its|his|her|their)\s+$/u;

/**
 * True when the date at `span` opens the sentence before a comma ("Last year, …", "But in 2012, …"): the time
 * its clause is told in.
 */
export function isOpeningTime(sentence: string, span: Span): boolean {
  return OPENING_BEFORE.test(sentence.slice(0, span.start)) && /^\s*,/u.test(sentence.slice(span.end));
}
