/**
 * Dated events: sentences that carry a date, with the date's precision and an ISO value for
 * `<time datetime>`.
 *
 * Recognised: "September 3, 2025", "Sep 08, 2025", "07 September 2025" (day); "January 2021",
 * "mid-August 2025" (month); "In 2019", "the 2019 constitutional amendment" (year, only after
 * in/since/during/the/of/early/late, so "through 2028" — a horizon, not an event — is left out);
 * "(2018-2024)" (range). Relative dates are kept only when the article itself fixes them:
 * "the day after the strike" resolves against the nearest earlier day-precise date whose
 * sentence or paragraph mentions that strike, and "later that year" against the nearest
 * earlier year in the same paragraph; such events are `derived` and say which sentence they
 * derive from. Dates relative to the publication ("on Tuesday", "earlier today", "last year",
 * "Sept. 2") are resolved against the article's own `published` date
 * (content/relativeDates.ts), marked `derived` with `relativeTo: "published"`; an article
 * without a date keeps them unresolved. Page furniture never becomes an event: a sentence that
 * is nothing but a date (a dateline, a page clock "Updated 3:45 PM EST, Feb 19, 2025") is the
 * publication date, a byline ("By Jane Doe, Reuters, January 3, 2025") and a photo caption (a
 * paragraph that ends in its date, "… in Washington, January 24, 2023.", or describes a picture,
 * "… is seen on the podium …") are not the article's telling; nor are a byline without "By"
 * ("Jane Doe - Mar 2, 2025 8:02 pm UTC"), a caption with its credit ("Photograph: …"), a print
 * note, a copyright line, an author's note or a gallery's date stamp.
 */
import { findRelativeDates } from "#lib/content/relativeDates.ts";
import { isRealDay, MONTH_PATTERN, monthNumber } from "#lib/content/dates.ts";
import type { Block } from "#lib/text/sentences.ts";

export type DatePrecision = "day" | "month" | "year" | "range";

export interface EventDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; for a range, its start year. */
  readonly iso: string;
  readonly precision: DatePrecision;
  /** The words as written ("mid-August 2025", "(2018-2024)" → "2018-2024"). */
  readonly label: string;
  /** Last year of a range. */
  readonly end?: string;
}

export interface TimelineEvent {
  readonly date: EventDate;
  readonly sentence: string;
  readonly anchor: string;
  readonly articleSlug: string;
  /** True when the date was worked out from another sentence ("the day after the strike"). */
  readonly derived?: boolean;
  /** Anchor of the sentence the derived date comes from. */
  readonly derivedFrom?: string;
  /** Set when the derived date was counted from the article's publication date. */
  readonly relativeTo?: "published";
}

export interface EventOptions {
  /** The article's publication date, `YYYY-MM-DD`; relative dates resolve only against it. */
  readonly published?: string | undefined;
}

const MONTH = MONTH_PATTERN;
const YEAR = "((?:19|20)\\d{2})";

const pad = (n: number) => String(n).padStart(2, "0");

interface Found {
  readonly start: number;
  readonly end: number;
  readonly date: EventDate;
}

const PATTERNS: { re: RegExp; make: (m: RegExpExecArray) => EventDate | undefined }[] = [
  {
    re: new RegExp(`\\b((?:early|mid|late)-?\\s?)${MONTH}\\s+${YEAR}\\b`, "giu"),
    make: (m) => ({ iso: `${m[3]}-${pad(monthNumber(m[2] ?? "") ?? 0)}`, precision: "month", label: m[0] }),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, "gu"),
    make: (m) => {
      const [year, month, day] = [Number(m[3]), monthNumber(m[1] ?? "") ?? 0, Number(m[2])];
      return isRealDay(year, month, day)
        ? { iso: `${year}-${pad(month)}-${pad(day)}`, precision: "day", label: m[0] }
        : undefined;
    },
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, "gu"),
    make: (m) => {
      const [year, month, day] = [Number(m[3]), monthNumber(m[2] ?? "") ?? 0, Number(m[1])];
      return isRealDay(year, month, day)
        ? { iso: `${year}-${pad(month)}-${pad(day)}`, precision: "day", label: m[0] }
        : undefined;
    },
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, "gu"),
    make: (m) => ({ iso: `${m[2]}-${pad(monthNumber(m[1] ?? "") ?? 0)}`, precision: "month", label: m[0] }),
  },
  {
    re: new RegExp(`\\b${YEAR}\\s?[-–—]\\s?${YEAR}\\b`, "gu"),
    make: (m) =>
      Number(m[2]) > Number(m[1]) ? { iso: m[1] ?? "", precision: "range", label: m[0], end: m[2] ?? "" } : undefined,
  },
  {
    re: new RegExp(`\\b(?:from|between)\\s+${YEAR}\\s+(?:to|and|until|through)\\s+${YEAR}\\b`, "gu"),
    make: (m) =>
      Number(m[2]) > Number(m[1]) ? { iso: m[1] ?? "", precision: "range", label: m[0], end: m[2] ?? "" } : undefined,
  },
  {
    re: new RegExp(`\\b(?:early|mid|late)-${YEAR}\\b`, "giu"),
    make: (m) => ({ iso: m[1] ?? "", precision: "year", label: m[0] }),
  },
  {
    // After a determiner the year is the thing's own: "the 2019 amendment", "a 2019 law", "Mexico’s 2024 election".
    re: new RegExp(
      `(?:\\b(in|In|since|Since|during|During|the|The|of|early|Early|late|Late|a|A|an|An|its|Its|his|His|her|Her|their|Their|whose)|(?<=\\p{L})(['’]s))\\s+${YEAR}\\b(?![-–])`,
      "gu",
    ),
    make: (m) => ({ iso: m[3] ?? "", precision: "year", label: m[3] ?? "" }),
  },
  {
    // An older year ("since 1840,") only where nothing follows that makes it a count ("in 1500 homes").
    re: /\b(in|In|since|Since|during|During)\s+(1[5-8]\d{2})(?=[,.;:)]|\s+and\b|$)/gu,
    make: (m) => ({ iso: m[2] ?? "", precision: "year", label: m[2] ?? "" }),
  },
];

/** Absolute dates in a sentence, left to right, without overlaps (earlier patterns win). */
export function findDates(sentence: string): Found[] {
  const found: Found[] = [];
  for (const { re, make } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const date = make(m);
      if (!date) continue;
      // For the year pattern the date itself starts at the year, not at "in".
      const start = date.precision === "year" && /^\d{4}$/u.test(date.label) ? m.index + m[0].length - 4 : m.index;
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ start, end, date });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Words a page prints beside a date in a dateline or page clock, not the article's telling. */
const CLOCK_WORDS =
  /(?<!\p{L})(?:today|updated|published|posted|last|modified|originally|first|on|at|am|pm|a\.m|p\.m|[ecmp][sd]?t|gmt|utc|bst|cet|mon|tue|tues|wed|thu|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|ago|mins?|minutes?|hours?|hrs?|read|reading|time|by)(?!\p{L})/giu;
/** A time zone in capitals ("HKT", "AEDT"). */
const ZONE = /\b\p{Lu}{1,3}T\b/gu;

/**
 * True when the sentence is only a date (a dateline, "07 September 2025", "Updated 3:45 PM EST,
 * Feb 19, 2025", "16 November 2017 • 2:15pm"), or a date beside a name and nothing else (a
 * byline without "By": "Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Jane Doe | Fox News").
 */
function isDateline(sentence: string, dates: readonly { start: number; end: number }[]): boolean {
  let rest = sentence;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + rest.slice(d.end);
  const words =
    rest
      .replace(ZONE, " ")
      .replace(CLOCK_WORDS, " ")
      .match(/\p{L}[\p{L}’'.-]*/gu) ?? [];
  if (words.length === 0) return true;
  // Only capitalised words around a stated date, with no sentence punctuation: a name, a byline
  // ("JANE DOE and JOHN ROE, Associated Press Jan 21, 2025").
  const names = words.filter((w) => w !== "and");
  return (
    dates.length > 0 &&
    names.length <= 8 &&
    (names.length <= 5 || names.length < words.length) &&
    names.every((w) => /^\p{Lu}/u.test(w)) &&
    !/[,;:!?]\s*$/u.test(rest.trim())
  );
}

/** A byline with its date: "By Jane Doe, Reuters, January 3, 2025". */
const BYLINE = /^By\s+\p{Lu}/u;
/** The signature line of an embedded post: "— Name (@handle) January 20, 2026". */
const EMBED_SIGNATURE = /^[—–-]\s*[^\n]{0,80}\(@\w+\)/u;
/** A caption's credit or a page's note on the article, wherever it stands in the paragraph. */
const PAGE_NOTE =
  /\b(?:Credit|Photograph|Photo|Foto|Image|Picture)s?:\s|\bappears in print\b|\bon Page [A-Z]?\d|^(?:©|Copyright\b|\(c\)\s)|^(?:Factbox|Explainer|Related(?: \p{L}+)?|Read more|Read also|Also read|See also|Watch|Listen|More|Recommended|Trending|Don['’]t miss|Must read|Editor['’]s note|Correction|Clarification|Updated)\s*:|^Updated\s+(?:at|on)\b|^(?:Sign up|Subscribe)\b|\bthis (?:article|story|report|piece) (?:was|has been) (?:first |originally )?(?:published|updated|posted|amended)\b|\b(?:first|originally) (?:published|appeared|posted)\b/iu;
/** A photo credit or a caption's own words on its picture ("(Photo by …)", "In this Jan. 21, 2025 file photo, …"). */
const PHOTO_NOTE =
  /\((?:Photo|Image|Picture)s? (?:by|courtesy|credit)\b|\bAP Photo\/|\bGetty Images\b|\b(?:REUTERS|AFP|EPA)\s*\/|\bLicensing Rights\b|^(?:In )?[Tt]his\b.{0,40}?\b(?:photo|photograph)\b/u;
/** An author's note: "Dan is the Security Editor at Ars Technica, which he joined in 2012". */
const AUTHOR_NOTE =
  /\b(?:editor|reporter|correspondent|columnist|journalist|writer|contributor)\b[^.]*\b(?:joined|has been writing|has written|has covered|covers)\b/iu;
/** What a caption says of its picture wherever its date stands ("… speaks during a debate on December 29 …"). */
const PICTURE_VERB =
  /\b(?:is|are) (?:seen|pictured|shown|photographed)\b|\b(?:speaks|gestures|poses|looks on|waves|listens|reacts|arrives) (?:during|at|in|to|on|as|with|after)\b/u;
/** What a photo caption says of its picture. */
const CAPTION_VERB =
  /\b(?:is|are) (?:seen|pictured|shown|photographed)\b|\b(?:stand|stands|gestures|speaks|poses|walks|looks on|arrives|waves|attend|attends|holds|hold|sits|wait|waits|ride|rides|march|patrol|patrols) (?:guard|at|in|on|during|as|with|near|outside|inside|the|a|an|along|past|for)\b/u;

/**
 * True when a paragraph is a photo caption or a byline rather than the article's telling: a
 * byline line, or a short paragraph (60 words at most) that ends in a stated day after a comma ("… in
 * Washington, January 24, 2023.") or describes a picture in the present tense and is dated.
 */
function isFurniture(block: Block): boolean {
  // Photo credits after a caption: "(Reuters File)", "(AP Photo/Jane Doe," cut off, "(AFP) PREMIUM".
  // "[REUTERS/YONHAP]", "REUTERS/Henry Romero".
  const text = block.text
    .trim()
    .replace(/(?:\s*\([^()]*\)?|\s*\[[^[\]]*\]?|\s+\p{Lu}{3,}(?:\s*\/\s*[\p{L} .-]*)*)+\s*$/u, "");
  if (/^FILE(?: PHOTO\b|\s*[-–—:])/iu.test(text)) return true;
  if (BYLINE.test(text) && text.split(/\s+/u).length <= 20) return true;
  if (EMBED_SIGNATURE.test(text)) return true;
  if (text.split(/\s+/u).length > 60) return false;
  if (PAGE_NOTE.test(block.text) || PHOTO_NOTE.test(block.text) || AUTHOR_NOTE.test(text)) return true;
  const dates = findDates(text);
  // A gallery caption opens on its date stamp: "March 18, 2015 Tunisian security forces …".
  const first = dates[0];
  if (first?.start === 0 && first.date.precision === "day" && /^ \p{Lu}/u.test(text.slice(first.end))) return true;
  if (text.split(/\s+/u).length <= 40 && PICTURE_VERB.test(text)) return true;
  if (isTeaser(text, dates)) return true;
  const last = dates.at(-1);
  const dateAt = (span: Found | undefined) => (span ? text.slice(span.end).replace(/[\s.)"”]/gu, "") === "" : false);
  const commaBefore =
    last !== undefined && /,\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s*)?$/iu.test(text.slice(0, last.start));
  if (last?.date.precision === "day" && dateAt(last) && commaBefore) return true;
  if (!CAPTION_VERB.test(text)) return false;
  // A caption in the present tense ends on its day, stated in full, without its year ("on November 28"), or
  // by its weekday alone ("… in Culiacan on Tuesday."), or names the place after it ("…, November 28, in New York.").
  const day = [...dates.filter((d) => d.date.precision === "day"), ...yearlessDays(text)]
    .sort((a, b) => a.start - b.start)
    .at(-1);
  return (
    dateAt(day) ||
    (day !== undefined && CAPTION_PLACE.test(text.slice(day.end))) ||
    /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[.)"”\s]*$/u.test(text)
  );
}

/**
 * A related story's headline rather than a sentence: a line without closing punctuation that
 * ends on a date after a separator ("Mexico extradites 29 cartel figures — Feb. 27, 2025") or is
 * written in title case ("Mexico Extradites 29 Cartel Figures in February 2025").
 */
function isTeaser(text: string, dates: readonly Found[]): boolean {
  const line = text.trim();
  if (/[.!?:;,"”’)]$/u.test(line)) return false;
  const last = dates.at(-1);
  if (last && last.end >= line.length && /\s[—–|·•-]\s*$/u.test(line.slice(0, last.start))) return true;
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  return (
    dates.length > 0 &&
    words.length >= 4 &&
    words.length <= 20 &&
    words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length
  );
}

/** What may follow a caption's date: ", in New York." */
const CAPTION_PLACE = /^,?\s+(?:in|at|near|outside)\s+\p{Lu}[\p{L}.'’ -]*[.)"”]*\s*$/u;

/** Days named without their year ("November 28", "28 November"), as a caption states them. */
function yearlessDays(text: string): Found[] {
  const re = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\b(?!,?\\s*\\d)|\\b(\\d{1,2})\\s+${MONTH}\\b(?!,?\\s*\\d)`, "gu");
  return [...text.matchAll(re)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    date: { iso: "", precision: "day", label: m[0] },
  }));
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Events of one article in document order. */
export function findEvents(slug: string, blocks: readonly Block[], options: EventOptions = {}): TimelineEvent[] {
  const events: (TimelineEvent & { blockIndex: number; blockText: string })[] = [];
  for (const block of blocks) {
    if (block.kind === "heading" || isFurniture(block)) continue;
    /** Years the paragraph has stated so far. */
    const yearsTold = new Set<string>();
    for (const sentence of block.sentences) {
      const dates = findDates(sentence.text);
      const base = {
        sentence: sentence.text,
        anchor: sentence.anchor,
        articleSlug: slug,
        blockIndex: block.blockIndex,
        blockText: block.text,
      };
      for (const { date } of dates) if (/^\d{4}/u.test(date.iso)) yearsTold.add(date.iso.slice(0, 4));
      const relatives = findRelativeDates(sentence.text, options.published).filter(
        (relative) =>
          !dates.some((d) => relative.start < d.end && relative.end > d.start) &&
          // "In 2019 … In March, …": the paragraph tells of another year, so the month is not this one.
          !(relative.yearInferred && [...yearsTold].some((year) => year !== relative.iso.slice(0, 4))),
      );
      const spans = [...dates, ...relatives].sort((a, b) => a.start - b.start);
      if (spans.length > 0 && isDateline(sentence.text, spans)) continue;
      for (const { date } of dates) events.push({ ...base, date });
      for (const relative of relatives) {
        const { iso, precision, label } = relative;
        events.push({ ...base, date: { iso, precision, label }, derived: true, relativeTo: "published" });
      }

      const dayAfter = /\bthe day (after|before) the ([\p{L}-]+)/iu.exec(sentence.text);
      if (dayAfter && dates.every((d) => d.date.precision !== "day")) {
        const noun = (dayAfter[2] ?? "").toLowerCase();
        const source = [...events]
          .reverse()
          .find(
            (e) =>
              e.date.precision === "day" &&
              !e.derived &&
              (e.sentence.toLowerCase().includes(noun) || e.blockText.toLowerCase().includes(noun)),
          );
        if (source && source.anchor !== sentence.anchor) {
          const iso = addDays(source.date.iso, dayAfter[1]?.toLowerCase() === "after" ? 1 : -1);
          events.push({
            ...base,
            date: { iso, precision: "day", label: dayAfter[0] },
            derived: true,
            derivedFrom: source.anchor,
          });
        }
      }
      const thatYear = /\b(?:later|earlier) (?:that|the same) year\b|\bthat same year\b/iu.exec(sentence.text);
      if (thatYear && dates.length === 0) {
        const source = [...events]
          .reverse()
          .find((e) => e.blockIndex === block.blockIndex && !e.derived && e.date.precision !== "range");
        if (source && source.anchor !== sentence.anchor) {
          events.push({
            ...base,
            date: { iso: source.date.iso.slice(0, 4), precision: "year", label: thatYear[0] },
            derived: true,
            derivedFrom: source.anchor,
          });
        }
      }
    }
  }
  return events.map((event) => {
    const { blockIndex, blockText, ...rest } = event;
    return rest;
  });
}

/**
 * Events of an article with its standfirst and key points (`front`, ../text/sentences.ts
 * `frontBlocks`): the front's own words are the article's too, so a date only they state
 * ("adjourned until July") is an event, anchored to them; a date the body also states is
 * listed once, at its place in the body.
 */
export function findArticleEvents(
  slug: string,
  front: readonly Block[],
  body: readonly Block[],
  options: EventOptions = {},
): TimelineEvent[] {
  const events = findEvents(slug, body, options);
  const told = new Set(events.map((e) => e.date.iso));
  return [...findEvents(slug, front, options).filter((e) => !told.has(e.date.iso)), ...events];
}

/** Chronological order (by ISO start, then article and position), for a corpus timeline. */
export function sortEvents<E extends TimelineEvent>(events: readonly E[]): E[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.date.iso.localeCompare(b.event.date.iso) || a.index - b.index)
    .map(({ event }) => event);
}
