/**
 * Calendar arithmetic for resolving relative dates (content/relativeDates.ts): days and months
 * counted from an ISO date, and the days of the holidays a news sentence names.
 */

export const pad = (n: number) => String(n).padStart(2, "0");

/** Counts written as words, by their value ("a" is one): "nine months ago", "two days later". */
const NUMBER_WORDS = [
  "a",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

/**
 * Words before a count that make it loose ("about five years ago", "more than a year ago", "at least
 * two days later", "some days after the raid"): the day or year it leads to is a guess. One list for
 * every reader of counted time (content/relativeDates.ts, dates/countedDays.ts).
 */
const LOOSE_COUNT_WORDS = [
  "than",
  "over",
  "under",
  "nearly",
  "almost",
  "about",
  "around",
  "roughly",
  "some",
  "approximately",
  "least",
  "few",
  "several",
  "within",
  "perhaps",
  "maybe",
];

/** A regular-expression source: not right after a word of `LOOSE_COUNT_WORDS` (put before the count). */
export const NOT_LOOSE = `(?<!\\b(?:${LOOSE_COUNT_WORDS.join("|")})\\s)`;

/** "a", "an", "nine", "21" → a count (NaN for anything else). */
export function countOf(word: string): number {
  const lower = word.toLowerCase();
  if (lower === "an") return 1;
  const index = NUMBER_WORDS.indexOf(lower);
  return index === -1 ? Number(word) : Math.max(index, 1);
}

/** `YYYY-MM-DD` `days` days from `iso` (noon UTC, so no time zone shifts the day). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM` of the month `offset` months from (year, month). */
export function addMonths(year: number, month: number, offset: number): string {
  const index = year * 12 + (month - 1) + offset;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** Easter Sunday of `year` (Gregorian computus, the anonymous algorithm), `YYYY-MM-DD`. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const [b, c] = [Math.floor(year / 100), year % 100];
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const HOLIDAYS: Readonly<Record<string, (year: number) => string>> = {
  easter: easterSunday,
  "christmas day": (year) => `${year}-12-25`,
  "christmas eve": (year) => `${year}-12-24`,
  "new year's day": (year) => `${year}-01-01`,
  "new year's eve": (year) => `${year}-12-31`,
  christmas: (year) => `${year}-12-25`,
  halloween: (year) => `${year}-10-31`,
  "valentine's day": (year) => `${year}-02-14`,
  // The United States' (the fourth Thursday of November); only read with its year's words ("last year's Thanksgiving").
  thanksgiving: (year) =>
    addDays(`${year}-11-01`, ((4 - new Date(`${year}-11-01T12:00:00Z`).getUTCDay() + 7) % 7) + 21),
};

/** The day-of-year function of a holiday named in lower case ("christmas day"), if it is one. */
export function holiday(name: string): ((year: number) => string) | undefined {
  return HOLIDAYS[name];
}
