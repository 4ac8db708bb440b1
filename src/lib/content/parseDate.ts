/**
 * Dates read out of text as pages print them — "Wednesday, 19 Feb 2025", "Feb. 19, 2025",
 * "3:45 PM EST, Wed February 19, 2025", "2025-02-19T14:05:00Z", "19 de febrero de 2025" —
 * parsed by chrono-node
 * (strict mode: no "tomorrow", no guessed year) and returned as the day the page states,
 * `YYYY-MM-DD`, not shifted to UTC. An impossible day is no date (chrono never rolls 30 February
 * over to March), and numeric day/month orders such as 09/07/2025 are ambiguous between
 * countries and deliberately not read: an absent date is better than a wrong one. Numeric
 * dates are read only where the order is certain: with dots ("08.04.2015", the day-first
 * order of most countries that write dots, unless the second part is above 12: "11.14.2019")
 * or with a part above 12 ("21/12/2018"); a two-digit year only in a time stamp
 * ("11/19/19 06:56 AM").
 * Month names are read in English, Spanish, French, German, Portuguese, Italian, Dutch,
 * Indonesian, Russian and Arabic, and
 * year-month-day dates in Chinese and Japanese; a numeric date written year first with a dot
 * after each part ("2020. 08. 18.", as Hungarian and Korean write it) is year-month-day.
 */
import * as chrono from "chrono-node";
import { LruCache } from "#lib/lruCache.ts";
import { ANY_CLOCK, MERIDIEM } from "#lib/text/clockTime.ts";
import { isoDay } from "./dates.ts";

/** A date found in a line: the day and where its words stand. */
export interface FoundDate {
  iso: string;
  /** Offset and text of the date's words in the line. */
  index: number;
  text: string;
}

/**
 * All-numeric day and month with a slash or dot ("09/07/2025", "9.7.25"): ambiguous, never read
 * by chrono, also after a clock time chrono takes in with it ("11:15 05.10.18").
 */
const NUMERIC_DAY_MONTH = /(?<![\d.])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;
/** Lines longer than this are prose, not a date line; chrono is not asked. */
const MAX_DATE_LINE = 120;
/** A date as written fixes its own year, so chrono's reference date never shows through. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** The languages month names are read in, English first; the first that reads a full date wins. */
const LOCALES = [
  chrono.en,
  chrono.es,
  chrono.fr,
  chrono.de,
  chrono.pt,
  chrono.it,
  chrono.nl,
  chrono.zh,
  chrono.ja,
] as const;

/**
 * A numeric date whose order is certain, with an optional time: "08.04.2015 12:46",
 * "21/12/2018", "11.14.2019 09:00 AM"; "2019-01-21" is ISO and read by chrono.
 */
const NUMERIC_DATE = new RegExp(
  String.raw`(?<![\d./])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d./])(?:[,\s-]+(?:um\s+|à\s+|a\s+las\s+|às\s+)?\d{1,2}[:h.]\d{2}(?:\s*(?:uhr|h)\b|\s*${MERIDIEM}(?![\p{L}]))?)?`,
  "giu",
);

/**
 * A numeric date with a two-digit year, read only as a page's time stamp: a clock time follows
 * it ("11/19/19 06:56 AM EST", "11/13/19 at 4:00 PM", "Do 25.04.24 | 14:07 Uhr" across a stamp's
 * separator), which a score, a fraction or a code
 * number never has. The year is this century's, and only up to '39: a stamp's "98" may be 1998,
 * so a later two-digit year is no date.
 */
const STAMP_SHORT_YEAR =
  /(?<![\d./])(\d{1,2})([./-])(\d{1,2})\2([0-3]\d)(?![\d./])(?=,?\s+(?:[|·•]\s+)?(?:at\s+)?\d{1,2}:\d{2})/gu;

/**
 * The day a numeric date's parts give when their order is certain: dots are day-first unless the
 * second part cannot be a month; otherwise only a part above 12 fixes which is the day. A
 * two-digit year is this century's.
 */
function numericDay(a: string, sep: string, b: string, yearText: string): string | undefined {
  const year = Number((yearText.length === 2 ? "20" : "") + yearText);
  const first = Number(a);
  const second = Number(b);
  const dayFirst = first > 12 || (sep === "." && second <= 12);
  if (!dayFirst && second <= 12) return undefined;
  return dayFirst ? isoDay(year, second, first) : isoDay(year, first, second);
}

/**
 * A numeric date written year first, a dot after each part and a space after the first two
 * ("2020. 08. 18.", "2020. 8. 18."): the year leads only in the year-month-day order, so the
 * order is certain. Without the spaces ("2020.08.18") chrono reads it.
 */
const YEAR_FIRST_DOTTED = /(?<![\d.])((?:19|20)\d{2})\.\s(\d{1,2})\.\s(\d{1,2})\.(?!\d)/gu;

function numericDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const matches = [...text.matchAll(NUMERIC_DATE), ...text.matchAll(STAMP_SHORT_YEAR)];
  for (const match of matches) {
    const [whole, a = "", sep = "", b = "", year = ""] = match;
    const iso = numericDay(a, sep, b, year);
    if (iso !== undefined) found.push({ iso, index: match.index, text: whole });
  }
  for (const match of text.matchAll(YEAR_FIRST_DOTTED)) {
    const iso = isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
    if (iso !== undefined) found.push({ iso, index: match.index, text: match[0] });
  }
  return found.sort((x, y) => x.index - y.index);
}

/**
 * The Gregorian months in Arabic, each in the forms the Arab press prints: the Egyptian and Gulf
 * names ("أكتوبر"), the Levantine ones ("تشرين الأول") and the Maghreb's ("أكتوبر", "جوان",
 * "غشت"). Hijri months are none of these, so a Hijri date is never read as a Gregorian one.
 */
const ARABIC_MONTHS: readonly (readonly string[])[] = [
  ["يناير", "كانون الثاني", "جانفي"],
  ["فبراير", "شباط", "فيفري"],
  ["مارس", "آذار"],
  ["أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل"],
  ["مايو", "أيار", "ايار", "ماي"],
  ["يونيو", "يونيه", "حزيران", "جوان"],
  ["يوليو", "يوليه", "يوليوز", "تموز", "جويلية"],
  ["أغسطس", "اغسطس", "آب", "أوت", "غشت"],
  ["سبتمبر", "أيلول", "ايلول", "شتنبر"],
  ["أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"],
  ["نوفمبر", "تشرين الثاني", "نونبر"],
  ["ديسمبر", "كانون الأول", "كانون الاول", "دجنبر"],
];
const ARABIC_MONTH_OF = new Map(ARABIC_MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
/** Any Arabic month name, longest first so "مايو" is not read as "ماي". */
const ARABIC_MONTH = [...ARABIC_MONTH_OF.keys()].sort((a, b) => b.length - a.length).join("|");
/** Western, Arabic-Indic and Persian digits. */
const DIGIT = "[0-9\u0660-\u0669\u06F0-\u06F9]";
/**
 * A day, an Arabic month name (or two naming the same month, "نيسان / أبريل") and a four-digit
 * year, after an optional weekday: "الأربعاء، 07 أكتوبر 2020", "24 نيسان / أبريل 2020".
 */
const ARABIC_DATE = new RegExp(
  `(?:(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)[،,]?\\s+)?(?<!\\p{L}|${DIGIT})(${DIGIT}{1,2})\\s+(${ARABIC_MONTH})(?:\\s*/\\s*(${ARABIC_MONTH}))?(?!\\p{L})[،,]?\\s+(${DIGIT}{4})(?!${DIGIT})`,
  "gu",
);

/** A number written in any of `DIGIT`'s scripts. */
const numberOf = (digits: string) =>
  Number(digits.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => String((d.codePointAt(0) ?? 0) & 0xf)));

/** Dates with an Arabic month name; two names that disagree on the month give none. */
function arabicDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(ARABIC_DATE)) {
    const [whole, day = "", name = "", other, year = ""] = match;
    const month = ARABIC_MONTH_OF.get(name);
    if (month === undefined || (other !== undefined && ARABIC_MONTH_OF.get(other) !== month)) continue;
    const iso = isoDay(numberOf(year), month, numberOf(day));
    if (iso !== undefined) found.push({ iso, index: match.index, text: whole });
  }
  return found;
}

/** A numeric date with a two-digit year and nothing else: "12.29.14", "10/26/16". */
const SHORT_YEAR_ONLY = /^(\d{1,2})([./-])(\d{1,2})\2([0-3]\d)$/u;

/**
 * The day a credit row's stamp states with a two-digit year and no clock ("By Jane Roe • 12.29.14"):
 * set after the author's name and its separator it is the post's stamp, as a clock beside it
 * makes one elsewhere (`STAMP_SHORT_YEAR`), never a score or a fraction. Read only when a part
 * above 12 makes the order certain ("12.29.14", not "05.10.14") and the year is '00 to '39.
 */
export function creditStampDate(text: string): string | undefined {
  const match = SHORT_YEAR_ONLY.exec(text.trim());
  if (match === null) return undefined;
  const [, a = "", sep = "", b = "", year = ""] = match;
  // Without a clock or a known order, dots alone do not make 05.10.14 day-first: a US page's is May 10.
  if (Number(a) <= 12 && Number(b) <= 12) return undefined;
  return numericDay(a, sep, b, year);
}

/**
 * Indonesian month names that English does not share (April, September and November it does):
 * only a line holding one is read with chrono's Indonesian locale, last, since "Juli" and "Juni"
 * are German too and "Mei" Dutch, and asking one more locale of every line would cost ingest time.
 */
const INDONESIAN_MONTH = /(?<![\p{L}])(?:januari|februari|maret|mei|juni|juli|agustus|oktober|desember)(?![\p{L}])/iu;

/**
 * Russian month names as a date writes them (the genitive, "24 сентября 2018"): only a line
 * holding one is read with chrono's Russian locale, last, for the same reason as Indonesian.
 */
const RUSSIAN_MONTH =
  /(?<![\p{L}])(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![\p{L}])/iu;

/** The locales a line is read in: the common ones, then any whose month names it holds. */
function readingsOf(text: string): readonly { readonly strict: chrono.Chrono }[] {
  const more = [...(INDONESIAN_MONTH.test(text) ? [chrono.id] : []), ...(RUSSIAN_MONTH.test(text) ? [chrono.ru] : [])];
  return more.length === 0 ? LOCALES : [...LOCALES, ...more];
}

/** Every full date (day, month and year all stated) in `text`, left to right. */
export function findDates(text: string): FoundDate[] {
  if (text.length > MAX_DATE_LINE || !/[\d\u0660-\u0669\u06F0-\u06F9]/u.test(text)) return [];
  // Arabic script: no locale chrono reads holds its month names.
  if (/[\u0600-\u06FF]/u.test(text)) {
    const arabic = arabicDates(text);
    if (arabic.length > 0) return mergeDates(arabic, numericDates(text));
  }
  const numeric = numericDates(text);
  const readings = readingsOf(text);
  for (const locale of readings) {
    const found: FoundDate[] = [];
    for (const result of locale.strict.parse(text, REFERENCE)) {
      const { start } = result;
      if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) continue;
      // "2 days ago" is counted back from chrono's reference day, which is no day the page states.
      if (start.tags().has("result/relativeDate")) continue;
      if (NUMERIC_DAY_MONTH.test(result.text)) continue;
      const iso = isoDay(start.get("year") ?? 0, start.get("month") ?? 0, start.get("day") ?? 0);
      if (iso !== undefined) found.push({ iso, index: result.index, text: result.text });
    }
    if (found.length > 0) return mergeDates(found, numeric);
  }
  return numeric;
}

/** Month-name dates and numeric ones together, left to right, without overlaps. */
function mergeDates(named: FoundDate[], numeric: FoundDate[]): FoundDate[] {
  const overlaps = (a: FoundDate, b: FoundDate) =>
    a.index < b.index + b.text.length && b.index < a.index + a.text.length;
  return [...named, ...numeric.filter((n) => !named.some((d) => overlaps(d, n)))].sort((a, b) => a.index - b.index);
}

/** An ISO 8601 day or timestamp, any fraction of a second (chrono reads at most milliseconds). */
const ISO_TIMESTAMP =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?)?$/;

/** Weekdays a page may print beside a date, in English, Spanish, French, German and Portuguese. */
const WEEKDAY =
  /^[\s,.|·•–—-]*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?)?[\s,.|·•–—-]*$/iu;
/** A clock time printed beside a date ("| 14:20", "- 10:21 h", "às 12h55", "5:01 PM ET"). */
const TIME_OF_DAY = new RegExp(
  String.raw`\b${ANY_CLOCK}(?:\s*(?:${MERIDIEM}|uhr|hrs?|h)(?![\p{L}])|[ap](?![\p{L}]))?(?:\s+[A-Z]{2,4}\b)?`,
  "giu",
);

/**
 * Lines already read, by their trimmed text (null: no date). Ingest asks of most lines twice (as
 * a line, then as the unit it makes) and chrono's parse is its costliest step; bounded, and only
 * lines chrono would read are kept.
 */
const readLines = new LruCache<string, string | null>(4_096);

/** `YYYY-MM-DD` when the whole of `text` is one date (with optional weekday and time), else undefined. */
export function parseDate(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length > MAX_DATE_LINE || !/\d/.test(trimmed)) return readDate(trimmed);
  const known = readLines.get(trimmed);
  if (known !== undefined) return known ?? undefined;
  const date = readDate(trimmed);
  readLines.set(trimmed, date ?? null);
  return date;
}

/** `parseDate` of a trimmed text, not kept. */
function readDate(trimmed: string): string | undefined {
  const iso = ISO_TIMESTAMP.exec(trimmed);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const [only, ...more] = findDates(trimmed);
  if (only === undefined || more.length > 0) return undefined;
  const rest = trimmed.slice(0, only.index) + trimmed.slice(only.index + only.text.length);
  // Only a weekday chrono left out, and separators, may stand beside the date.
  const withoutTime = rest
    .replace(TIME_OF_DAY, " ")
    .replace(/(?<![\p{L}])(?:h|uhr|hrs?|à|às|a\s+las|um|at|@)(?![\p{L}])/giu, " ");
  return WEEKDAY.test(withoutTime) ? only.iso : undefined;
}
