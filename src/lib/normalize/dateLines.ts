/**
 * Lines that are one date, and what that date is to the article: its publication date
 * ("Published: Feb. 19, 2025", or a bare date), an update date (a different fact, never used
 * as the publication date), or the page's clock ("Today: …"), which is furniture whatever
 * day it shows. The dates themselves are read by the project's one parser (content/parseDate).
 */
import { MONTH_PATTERN } from "#lib/content/dates.ts";
import { parseDate } from "#lib/content/parseDate.ts";
import { CLOCK_TIME } from "#lib/text/clockTime.ts";
import { LAST_UPDATED, STAMP_WORDS, UPDATE_WORDS } from "#lib/text/stampLabels.ts";
import { wordCount } from "./lines.ts";

/**
 * Labels that introduce a publication date on its own line ("Published: …", "Posted on …", a
 * stamp row's "Original: …" beside its "Updated: …", "Originally published …"), and an archive's
 * notice of when a story ran ("This story is from October 9, 2019", "This article was first
 * published on …").
 */
const PUBLISHED_PREFIX =
  /^(?:published|posted|submitted|date|first published|originally published|original(?=\s*:)|publication date|publicado|publicada|fecha|publié|publiée|publicado\s+em|veröffentlicht|erschienen|erstellt|publikováno|publisert|publicerad|publiceret|offentliggjort|gepubliceerd|pubblicato|publikacja|opublikowano|(?:this\s+)?(?:story|article|report|post)\s+(?:(?:is|dates)\s+from|was\s+(?:first\s+)?published))(?:\s+(?:on|el|le|am|em|en))?\s*[:\-–—]?\s*/iu;
/** An update clause after the publication date on the same line ("…, mis à jour le 4 novembre 2025"). */
const UPDATE_CLAUSE = new RegExp(`\\s*[,;|·•(/]?\\s*(?:${UPDATE_WORDS.join("|")})\\b.*$`, "iu");
/**
 * Update labels of the Nordic, Dutch, Italian and Polish pages ("Sist oppdatert", "Uppdaterad"):
 * the date after them is an update, as after "Updated". Read before the publication labels, so
 * "Publisert … Sist oppdatert …" never takes the update's day.
 */
const NORDIC_UPDATE_WORDS: readonly string[] = [
  "sist\\s+oppdatert",
  "oppdatert",
  "senast\\s+uppdaterad",
  "uppdaterad",
  "opdateret",
  "bijgewerkt",
  "aggiornato",
  "zaktualizowano",
];

/** Labels that make a date the page's "now" (a clock), not the article's date. */
const CLOCK_PREFIX = /^(?:today(?:'s date| is)?|now|current date|local time)\s*[:\-–—,]?\s*/i;
/** An update date is a different fact from the publication date; it is never used as `published`. */
const UPDATED_PREFIX = new RegExp(
  `^(?:${[...UPDATE_WORDS, ...NORDIC_UPDATE_WORDS, "edited"].join("|")})(?:\\s+(?:on|el|le|am|em))?\\s*[:\\-–—]?\\s*`,
  "iu",
);

/** A month name or an ISO day, and a year: a date's shape, whether or not the day exists. */
const MONTH_WORD = new RegExp(`\\b${MONTH_PATTERN}(?![\\p{L}])`, "iu");
function isDateShaped(text: string): boolean {
  return (
    parseDate(text) !== undefined ||
    (wordCount(text) <= 8 && /\b\d{4}\b/.test(text) && (MONTH_WORD.test(text) || /^\d{4}-\d{1,2}-\d{1,2}\b/.test(text)))
  );
}

/**
 * A publication label whose date is elsewhere or relative: "Published 1 month ago on" (the
 * date follows on the next line), "Posted 3 hours ago", "Publish date:", a stamp row's
 * "Original:" (with its colon: "Original" alone is a button's word) and "Originally published".
 */
const LABEL_ONLY = new RegExp(
  `^(?:(?:${STAMP_WORDS.join("|")})\\b(?:\\s+[\\w ]{0,25}\\s+ago)?(?:\\s+on)?|(?:publish(?:ed)?|publication)\\s+date|date\\s+published|original(?=\\s*:)|originally\\s+published(?:\\s+on)?)\\s*:?$`,
  "i",
);
/** An update clock after a publication date: "2025-09-04 03:38 Last Updated At:03:40". */
const UPDATE_CLOCK = new RegExp(String.raw`\s*[|·,]?\s*${LAST_UPDATED}(?:\s+at)?\s*:?\s*${CLOCK_TIME}$`, "i");

/** A time zone's letters after a clock: "ET", "PST", "GMT". */
const ZONE = String.raw`(?:\s*[A-Z]{2,4}\b)?`;

/**
 * The time of day a stamp sets after its date, split from it by a slash, an "@", a comma or a
 * dash, with its zone and the same time in a second zone: "November 20, 2019 / 1:07 AM", "Nov 18,
 * 2019 @17:19 PM", "…, 04:05 pm PT (07:05 pm ET)", "November 18, 2019 -- 19:14 GMT (19:14 GMT)". The clock says when in that day, not which.
 */
const STAMP_CLOCK = new RegExp(
  String.raw`(?:\s*(?:[/@,]|--?|[–—])\s*@?|\s+)\s*${CLOCK_TIME}${ZONE}(?:\s*\(\s*${CLOCK_TIME}${ZONE}\s*\))?$`,
  "iu",
);

/**
 * A separator opening the line: the rest of a credit row the extraction split after the name
 * ("By Jason Cipriani" / "| November 18, 2019 -- 19:14 GMT (19:14 GMT)").
 */
const ROW_REST = /^[|·•]\s+/u;

/** "On" before the stamp's date ("On 11/13/19 at 4:00 PM EST"), capitalised as a label is. */
const ON_LABEL = /^On\s+/u;

/**
 * The provider a stamp credits after its date and time, split by a slash or a bar: "Dec. 22,
 * 2016, 3:36 PM UTC / Source: Zillow". ./outlets.ts reads the name; the date is the line's.
 */
export const SOURCE_CREDIT = /\s*[/|·•]\s*source:\s*(\p{Lu}[^/|·•]{0,40})$/iu;

/**
 * A reading time a page runs into its date stamp: "17.04.2024, 12:24Lesezeit: 5 Min.", "…
 * Lesedauer: 4 Minuten", "… · 4 min read". It says how long the article is, not when.
 */
const READING_TIME =
  /\s*[|·•]?\s*(?:(?:lesezeit|lesedauer|reading\s+time|read\s+time|tiempo\s+de\s+lectura|temps\s+de\s+lecture|lukuaika|lästid)\s*:?\s*\d{1,3}\s*\p{L}*\.?|\d{1,3}\s*(?:min(?:ute)?s?\.?)\s+read)$/iu;

/** A place's name glued to a German stamp's "Uhr" ("09:30 UhrStuttgart"): the page's next element, not the date's. */
const GLUED_PLACE = /(?<=\d\s?Uhr)\p{Lu}[\p{L}-]+$/u;

/** A time of day closing a stamp with its word for the hour, or a stray colon: "…, 12:30 Uhr", "…, 5:09: Uhr", "… 10:16 horas". */
const HOUR_CLOCK = /\s*[,|·•–-]?\s*\d{1,2}[:.]\d{2}:?\s*(?:uhr|horas|h)$/iu;

/**
 * A place set before a stamp's date, by a comma or a dash glued to the day: "Frankfurt, December
 * 16, 2024, 12:30 Uhr", "Madrid-29/05/2025 20:00". One to three capitalised words, then the date's
 * month or day; read only on a line that states the time of day too, as a stamp does (a place's
 * line with a bare date, "Mexico City - Nov 19, 2019", states no publication; a name before a
 * spaced dash is a byline's).
 */
const LEADING_PLACE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s+(?=\p{L}{3,9}\.?\s+\d|\d)|-(?=\d))/u;

/** A time of day anywhere on the line: a place's line with one is a stamp ("Lisbon, October 8, 2024, 9:30"). */
const ANY_CLOCK = /\b\d{1,2}[:.]\d{2}\b/u;

/**
 * What a page sets after the article's date on its line: the provider's credit (`SOURCE_CREDIT`),
 * an update clause ("… Updated 2 hours ago"), the section's name ("Mar 18, 2025 - Economy") or the time of day, each alone or, in
 * this order, one after another ("November 19, 2019 / 12:21 AM / Updated 14 hours ago"). Tried
 * only when the whole line is no date.
 */
const AFTER_DATE = [
  READING_TIME,
  GLUED_PLACE,
  SOURCE_CREDIT,
  UPDATE_CLAUSE,
  /\s+[-–—|·•]\s+\p{Lu}[\p{L}&' ]{0,30}$/u,
  STAMP_CLOCK,
  HOUR_CLOCK,
] as const;

/** The line without each tail alone, then without all of them in turn; each also without a place before the date. */
function withoutTails(text: string): string[] {
  const alone = AFTER_DATE.map((tail) => text.replace(tail, ""));
  const tails = [...alone, AFTER_DATE.reduce((rest, tail) => rest.replace(tail, ""), text)];
  const placed = ANY_CLOCK.test(text) ? [text, ...tails].map((rest) => rest.replace(LEADING_PLACE, "")) : [];
  return [...tails, ...[...tails, ...placed].map(compactDots)];
}

/** A German or Austrian numeric day spaced after its dots ("06. 01. 2026", "28. 4. 2023"): the same day, written tight. */
function compactDots(text: string): string {
  return text.replace(/\b(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})\b/u, "$1.$2.$3");
}

/** An update label alone on its line ("Updated", "Last updated:"): the date under it is an update date. */
const UPDATE_LABEL_ONLY = new RegExp(`^(?:${UPDATE_WORDS.join("|")})(?:\\s+(?:on|el|le|am|em|at))?\\s*:?$`, "iu");

/**
 * The date line under an update label standing alone ("Updated" / "Nov 13, 2019, 10:28am EST")
 * states when the page changed: an update date, never the publication date.
 */
export function underUpdateLabel(label: string, date: DateLine | undefined): DateLine | undefined {
  return date?.kind === "published" && UPDATE_LABEL_ONLY.test(label) ? { kind: "updated", iso: date.iso } : date;
}

/**
 * A label that ends on an update label standing alone ("Updated:", "Last updated"), or on one set
 * apart by a separator from the stamp before it ("Posted Dec 21, 2016 | Updated"): the date the
 * page sets next is an update.
 */
export function isUpdateLabel(label: string): boolean {
  return UPDATE_LABEL_ONLY.test((label.split(/[|·•/,;]/u).at(-1) ?? "").trim());
}

export type DateLine = { kind: "clock" | "label" } | { kind: "published" | "updated"; iso: string };

/** Where a second stamp starts on a line after a first one's time of day ("… 6:22 PM EST December 7, …"). */
const SECOND_STAMP = new RegExp(String.raw`(?<=${CLOCK_TIME}${ZONE})\s+(?=\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})`, "iu");

/**
 * Two stamps set on one line without labels ("December 6, 2016 — 6:22 PM EST December 7, 2016 —
 * 1:55 PM EST"): the page's first and last versions, so the earlier one, when it is the first,
 * is the publication date. Undefined unless both halves are dates in that order.
 */
function firstOfTwoStamps(text: string): string | undefined {
  const [first, second, ...more] = text.split(SECOND_STAMP);
  if (first === undefined || second === undefined || more.length > 0) return undefined;
  const dates = [first, second].map((t) => parseDate(t) ?? parseDate(t.replace(STAMP_CLOCK, "")));
  const [from, to] = dates;
  return from !== undefined && to !== undefined && from <= to ? from : undefined;
}

/** Where a second date starts right after a first one's year ("October 11, 2022 October 11, 2022"). */
const SECOND_DATE = new RegExp(String.raw`(?<=\b\d{4})\s+(?=\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}$)`, "u");

/**
 * The same day set twice on one line without labels or clocks ("October 11, 2022 October 11,
 * 2022"): a page's published and updated stamps side by side, which agree. Two different days so
 * set say nothing of which is the publication (pages order the pair either way): undefined.
 */
function sameDayTwice(text: string): string | undefined {
  const [first, second, ...more] = text.split(SECOND_DATE);
  if (first === undefined || second === undefined || more.length > 0) return undefined;
  const from = parseDate(first);
  return from !== undefined && from === parseDate(second) ? from : undefined;
}

/** The clock a stamp sets after its day with a word: "kl 10.23", "um 08:52 Uhr", "à 14h52", "at 9:45 am". */
const WORDED_CLOCK = /\s+(?:kl\.?|klo|um|à|a\s+las|at)\s+\d{1,2}[.:h]\d{2}(?:\s*(?:uhr|am|pm))?$/iu;

/** A weekday's name before the day a label introduces ("Publisert torsdag 09. mai 2024"): a word, then the day's digits. */
const LEADING_WEEKDAY = /^\p{L}{3,12}\.?,?\s+(?=\d)/u;

/**
 * The day a label introduces: the rest of the line as a date, or without the time of day after it
 * ("First published on November 19, 2019 / 8:16 AM", "23 okt 2025 kl 10.23") or the weekday's
 * name before it. Only after a label: the label says a stamp follows.
 */
function labelledDay(stated: string): string | undefined {
  const untimed = stated.replace(STAMP_CLOCK, "").replace(WORDED_CLOCK, "");
  return (
    parseDate(stated) ??
    parseDate(stated.replace(STAMP_CLOCK, "")) ??
    parseDate(untimed) ??
    parseDate(untimed.replace(LEADING_WEEKDAY, ""))
  );
}

/** Classifies a line that consists of one (optionally labelled) date. */
export function parseDateLine(line: string): DateLine | undefined {
  const text = line.replace(ROW_REST, "");
  const clock = CLOCK_PREFIX.exec(text);
  // Sites print impossible clock days too, so any date-shaped text after the label will do.
  if (clock && clock[0].length > 0) return isDateShaped(text.slice(clock[0].length)) ? { kind: "clock" } : undefined;
  if (LABEL_ONLY.test(text)) return { kind: "label" };
  for (const [prefix, kind] of [
    [UPDATED_PREFIX, "updated"],
    [PUBLISHED_PREFIX, "published"],
    [ON_LABEL, "published"],
  ] as const) {
    const match = prefix.exec(text);
    if (match && match[0].length > 0) {
      const rest = text.slice(match[0].length);
      const stated = kind === "published" ? rest.replace(UPDATE_CLAUSE, "") : rest;
      const date = labelledDay(stated);
      return date === undefined ? undefined : { kind, iso: date };
    }
  }
  const iso =
    parseDate(text.replace(UPDATE_CLOCK, "")) ??
    firstOfTwoStamps(text) ??
    sameDayTwice(text) ??
    withoutTails(text)
      .filter((rest) => rest !== text)
      .map((rest) => parseDate(rest))
      .find((date) => date !== undefined);
  return iso === undefined ? undefined : { kind: "published", iso };
}

/**
 * A publication label that names the act ("Published", "First published on", "Publicado el") or
 * the archive's "This story is from", not only "Date:".
 */
const PUBLICATION_WORD = /publi|veröffentlicht|erschienen|\b(?:is|dates)\s+from\b/iu;

/**
 * The day a line states under an explicit publication label ("First published on November 19,
 * 2019 / 8:16 AM", "Published: Feb. 19, 2025"), or undefined: a bare date, "Date:", "On …" or an
 * update is no statement of when this article was published.
 */
export function labelledPublication(line: string): string | undefined {
  const text = line.replace(ROW_REST, "");
  const label = PUBLISHED_PREFIX.exec(text)?.[0];
  if (label === undefined || !PUBLICATION_WORD.test(label)) return undefined;
  const date = parseDateLine(text);
  return date?.kind === "published" ? date.iso : undefined;
}
