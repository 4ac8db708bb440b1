/**
 * Dates read out of text as pages print them — "Wednesday, 19 Feb 2025", "Feb. 19, 2025",
 * "3:45 PM EST, Wed February 19, 2025", "2025-02-19T14:05:00Z", "19 de febrero de 2025" —
 * parsed by chrono-node
 * (strict mode: no "tomorrow", no guessed year) and returned as the day the page states,
 * `YYYY-MM-DD`, not shifted to UTC. An impossible day is no date (chrono never rolls 30 February
 * over to March), and numeric day/month orders such as 09/07/2025 are ambiguous between
 * countries and deliberately not read: an absent date is better than a wrong one.
 */
import * as chrono from "chrono-node";
import { isoDay } from "./dates.ts";

/** A date found in a line: the day and where its words stand. */
export interface FoundDate {
  iso: string;
  /** Offset and text of the date's words in the line. */
  index: number;
  text: string;
}

/** All-numeric day and month with a slash or dot ("09/07/2025", "9.7.25"): ambiguous, never read. */
const NUMERIC_DAY_MONTH = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;
/** Lines longer than this are prose, not a date line; chrono is not asked. */
const MAX_DATE_LINE = 120;
/** A date as written fixes its own year, so chrono's reference date never shows through. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** Every full date (day, month and year all stated) in `text`, left to right. */
export function findDates(text: string): FoundDate[] {
  if (text.length > MAX_DATE_LINE || !/\d/.test(text)) return [];
  const found: FoundDate[] = [];
  // English first; Spanish ("19 de febrero de 2025") only when English reads no date.
  const english = chrono.en.strict.parse(text, REFERENCE);
  for (const result of english.length > 0 ? english : chrono.es.strict.parse(text, REFERENCE)) {
    const { start } = result;
    if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) continue;
    if (NUMERIC_DAY_MONTH.test(result.text)) continue;
    const iso = isoDay(start.get("year") ?? 0, start.get("month") ?? 0, start.get("day") ?? 0);
    if (iso !== undefined) found.push({ iso, index: result.index, text: result.text });
  }
  return found;
}

/** An ISO 8601 day or timestamp, any fraction of a second (chrono reads at most milliseconds). */
const ISO_TIMESTAMP =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?)?$/;

/** Weekdays a page may print beside a date, in English and Spanish. */
const WEEKDAY =
  /^[\s,.]*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)?[\s,.]*$/i;

/** `YYYY-MM-DD` when the whole of `text` is one date (with optional weekday and time), else undefined. */
export function parseDate(text: string): string | undefined {
  const trimmed = text.trim();
  const iso = ISO_TIMESTAMP.exec(trimmed);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const [only, ...more] = findDates(trimmed);
  if (only === undefined || more.length > 0) return undefined;
  const rest = trimmed.slice(0, only.index) + trimmed.slice(only.index + only.text.length);
  // Only a weekday chrono left out, and separators, may stand beside the date.
  return WEEKDAY.test(rest) ? only.iso : undefined;
}
