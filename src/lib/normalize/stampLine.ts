/**
 * A page's own stamp on a line of its own inside the body's run: a date with its clock time,
 * perhaps labelled and perhaps with the author's name beside it ("Updated Nov 19, 6:55 AM;Posted
 * Nov 19, 6:51 AM", "Chris Davies - Nov 19, 2019, 10:31 pm CST", "Monday November 18, 2019 7:45
 * am PST by Joe Rossignol"), and a "By" standing alone over the author's name. These say who and
 * when of the page, never what happened: the body reader (./body.ts) takes them out as credits.
 * A sentence that names a time has words around it that are no name and no label ("The vote
 * opens Nov 19 at 6:55 AM"), so it stays. So do the author's social handle on its own line or
 * glued to their name ("@BryanDeArdo", "Natasha Turak@NatashaTurak", a name over its handle),
 * and a line that is only a name the article's byline holds ("Phil Helsel" under "By Phil
 * Helsel"): a profile card's text, never a sentence of the article.
 */
import { MONTH_PATTERN, WEEKDAY_PATTERN } from "#lib/content/dates.ts";
import { CLOCK_TIME } from "#lib/text/clockTime.ts";
import { STAMP_WORDS, UPDATE_WORDS } from "#lib/text/stampLabels.ts";
import type { Unit } from "./classify.ts";
import { wordCount } from "./lines.ts";
import { parseCreditLine } from "./patterns.ts";
import { isPersonName } from "./personName.ts";

/** A colon clock time (never "10.21", which may be a score), with its half of the day and zone when given ("10:31 pm CST", "17:19"). */
const TIME = String.raw`${CLOCK_TIME}(?:\s+[A-Z]{2,5}\b)?`;
/** A day: "Monday, November 18, 2019", "Nov 19", "19 Nov 2019", "21/06/2014", "2019-11-19". */
const DAY = String.raw`(?:${WEEKDAY_PATTERN},?\s+)?(?:${MONTH_PATTERN}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH_PATTERN}(?:,?\s+\d{4})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})`;
/** A day and its clock time, joined as pages join them (", ", " at ", " @", " - "). */
const DAY_TIME = new RegExp(String.raw`${DAY},?\s*(?:at\s+|@\s*|[-–—|]\s*)?${TIME}`, "giu");
/** A stamp's labels and joiners: "Updated", "Posted on", "by", separators. */
const LABEL = new RegExp(
  String.raw`\b(?:(?:${[...STAMP_WORDS, ...UPDATE_WORDS].join("|")})(?:\s+(?:on|at))?|by)\b\s*:?|[;|·•/,–—-]`,
  "giu",
);
/** A person's or an outlet's name: one to four capitalised words ("Troy L. Smith", "Reuters"). */
const NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** Most words of a stamp line; a name with two stamps runs to about a dozen. */
const MAX_STAMP_WORDS = 16;

/** A line that is the page's date-and-time stamp, with at most its labels and one name beside it. */
export function isStampLine(text: string): boolean {
  if (wordCount(text) > MAX_STAMP_WORDS) return false;
  const rest = text.replace(DAY_TIME, " ");
  if (rest === text) return false;
  const left = rest.replace(LABEL, " ").replace(/\s+/gu, " ").trim();
  return left === "" || NAME.test(left);
}

/** "By" or "Author:" alone on its line: the byline's name follows on the next line. */
export const LONE_BY =
  /^(?:by|por|von|par|di|door|de|author|authors|written\s+by|words\s+by|autor|autora|auteur)\s*:?$/iu;

/** Most words of the name line under a lone "By" ("Amy Kuperinsky | NJ Advance Media for NJ.com"). */
const MAX_NAME_WORDS = 10;

/** A social handle closing a line: "@" and up to fifteen letters, digits or underscores. */
const HANDLE = /@[\p{L}\d_]{2,15}$/u;

/** A line that is a social handle, alone or after a person's name ("@BryanDeArdo", "Natasha Turak@NatashaTurak"). */
export function isHandleLine(text: string): boolean {
  return HANDLE.exec(text.trim())?.index === 0 || nameBeforeHandle(text) !== undefined;
}

/** The person's name a handle line opens with ("Natasha Turak@NatashaTurak" → "Natasha Turak"); undefined for a bare handle or any other line. */
export function nameBeforeHandle(text: string): string | undefined {
  const line = text.trim();
  const handle = HANDLE.exec(line);
  const name = handle === null ? "" : line.slice(0, handle.index).trim();
  return name !== "" && isPersonName(name) ? name : undefined;
}

/** A line that is only a person's name the article's byline holds ("Phil Helsel", "Malcolm Owen"). */
export function isBylineName(text: string, byline: string | undefined): boolean {
  const name = text.trim();
  if (byline === undefined || !isPersonName(name)) return false;
  return byline
    .split(/\s*(?:,|\||&|\band\b|\s[-–—]\s)\s*/u)
    .some((part) => part.trim().toLowerCase() === name.toLowerCase());
}

/**
 * How many units at `idx` are a credit left in the body's run: a stamp line or a stamp's label
 * alone (1), a lone "By"
 * (1), or a lone "By" and the name under it (2), a handle line (1), a
 * person's name over a lone handle (2), a name the byline holds (1); 0 otherwise.
 */
export function creditLength(units: readonly Unit[], idx: number, byline?: string): number {
  const unit = units[idx];
  if (unit === undefined || unit.marker !== undefined || unit.lines.length > 1) return 0;
  // A stamp's label whose date stands elsewhere ("Published:", "Publish date:") is the page's too.
  if (unit.date?.kind === "label") return 1;
  if (isStampLine(unit.text) || isHandleLine(unit.text) || isBylineName(unit.text, byline)) return 1;
  const below = units[idx + 1];
  if (
    isPersonName(unit.text) &&
    below !== undefined &&
    below.lines.length === 1 &&
    !below.gapBefore &&
    /^@/u.test(below.text.trim()) &&
    isHandleLine(below.text)
  )
    return 2;
  if (!LONE_BY.test(unit.text)) return 0;
  const name = units[idx + 1];
  const named =
    name !== undefined &&
    name.furniture === undefined &&
    name.marker === undefined &&
    name.lines.length === 1 &&
    wordCount(name.text) <= MAX_NAME_WORDS &&
    // A person the credit parser reads, or a newsroom's or a newsletter's name ("The Harbour
    // Desk"): the label's value either way, though only a person becomes the byline.
    (parseCreditLine(`By ${name.text}`) !== undefined || NAME.test(name.text));
  return named ? 2 : 1;
}
