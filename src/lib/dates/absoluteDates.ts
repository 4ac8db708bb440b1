/**
 * Absolute dates in a sentence: "September 3, 2025", "Sep 08, 2025", "07 September 2025" (day);
 * "March 3-5, 2024" (a span of days, by its first); "January 2021", "mid-August 2025" (month);
 * "spring 2024" (year); "In 2019", "the 2019 constitutional amendment"
 * (year, only after in/since/during/the/of/early/late, "as soon as", "until at least" or a verb reaching
 * back, "dating to 2007", so "through 2028" — a horizon, not an event — is left out); "during the
 * Falklands War (1982)" (year, a named happening's in brackets); "(2018-2024)", "in 2008-9" (range); "the summer
 * of 1898" (year); "Tuesday, 12/15/15", "12/15/2015" (day: a date in numbers, where its weekday or a
 * day past 12 fixes which number is the month, `numericDay`). The timeline (analysis/timeline.ts) and the claims
 * alignment read dates through this one reader.
 */
import { isoDay, isRealDay, MONTH_PATTERN, monthNumber, WEEKDAY_PATTERN, WEEKDAYS } from "#lib/content/dates.ts";
import { LruCache } from "#lib/lruCache.ts";
import { SPANISH_DATE_PATTERNS } from "./spanishDates.ts";

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

const YEAR = "((?:19|20)\\d{2})";
/** A year before 1900 (1500–1899): read only where a count cannot be meant (`OLD_YEAR_END`). */
const OLD_YEAR = "(1[5-8]\\d{2})";
/**
 * Words before "from" and a year that make the year a base or a start, not the thing's own date: a change
 * ("up 4 percent from 2012", "rose from"), a distance ("away from", "apart from"), a move or a span ("moved
 * from", "ran from", "dating from" is a start told as well).
 */
const FROM_NOT_DATED = [
  "up|down|rose|risen|rising|fell|fallen|falling|grew|grown|growing|increased?|increasing|decreased?|decreasing",
  "dropped|dropping|climbed|climbing|jumped|declined|declining|gained|lost|changed|changing|shifted|slipped",
  "percent|cent|points|away|apart|aside|moved|moving|ran|running|runs|lasted|lasting|stretched|stretching",
  "dating|dated|dates|onwards?|years|months|times",
].join("|");
/**
 * After an older year: punctuation, the end, a name, or a word that opens a clause or a phrase, never a count's
 * noun; "to" too, but not before a number ("born in 1857 to a tailor", not "in 1500 to 2000 homes").
 */
const OLD_YEAR_END = `(?=[,.;:)!?”"’—–]|\\s*$|\\s+(?:\\p{Lu}|(?:and|or|but|when|while|as|after|before|at|in|on|of|from|for|with|by|the|a|an|that|which|he|she|it|they|we|his|her|its|their|was|were|had)\\b|to\\s+(?![\\d$€£])))`;

const pad = (n: number) => String(n).padStart(2, "0");

/** The first day of a span of days in one month, when both days are real and in order. */
function dayOfSpan(year: number, month: number, first: number, last: number, label: string): EventDate | undefined {
  if (last <= first || !isRealDay(year, month, first) || !isRealDay(year, month, last)) return undefined;
  return { iso: `${year}-${pad(month)}-${pad(first)}`, precision: "day", label };
}

export interface Found {
  readonly start: number;
  readonly end: number;
  readonly date: EventDate;
}

/**
 * A date written in numbers with its year ("12/15/15", "15/12/2015", "Tuesday, 12/15/15"): the order of
 * month and day differs by country, and a two-digit year leaves its century. The day is read only where
 * one reading is left: a weekday written before it picks the readings that fall on that weekday (of
 * either order, either century); without one, only a four-digit year is read, and only where one number
 * is past 12 (the day). "6/8/2015" names no day the words fix.
 */
function numericDay(
  weekday: string | undefined,
  a: number,
  b: number,
  year: string,
  label: string,
): EventDate | undefined {
  const years = year.length === 4 ? [Number(year)] : weekday ? [1900 + Number(year), 2000 + Number(year)] : [];
  const readings = new Set(
    years.flatMap((y) => [isoDay(y, a, b), isoDay(y, b, a)]).filter((iso): iso is string => iso !== undefined),
  );
  const kept = [...readings].filter(
    (iso) => weekday === undefined || new Date(`${iso}T12:00:00Z`).getUTCDay() === WEEKDAYS.indexOf(weekday),
  );
  const [iso] = kept;
  return kept.length === 1 && iso !== undefined ? { iso, precision: "day", label } : undefined;
}

const PATTERNS: { re: RegExp; make: (m: RegExpExecArray) => EventDate | undefined }[] = [
  {
    // "on Tuesday, 12/15/15", "12/15/2015": a date in numbers, not part of a longer run of them (a path, a score).
    re: new RegExp(
      `(?:\\b(${WEEKDAY_PATTERN}),?\\s+)?(?<![\\d/.])\\b(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4}|\\d{2})\\b(?![/.]?\\d)`,
      "gu",
    ),
    make: (m) => numericDay(m[1], Number(m[2]), Number(m[3]), m[4] ?? "", m[0]),
  },
  {
    re: new RegExp(`\\b((?:early|mid|late)-?\\s?)${MONTH_PATTERN}\\s+(?:of\\s+)?${YEAR}\\b`, "giu"),
    make: (m) => ({ iso: `${m[3]}-${pad(monthNumber(m[2] ?? "") ?? 0)}`, precision: "month", label: m[0] }),
  },
  {
    // A span of days is dated by its first: "March 3-5, 2024", "3–5 March 2024".
    re: new RegExp(`\\b${MONTH_PATTERN}\\s+(\\d{1,2})\\s*[-–]\\s*(\\d{1,2}),?\\s+${YEAR}\\b`, "gu"),
    make: (m) => dayOfSpan(Number(m[4]), monthNumber(m[1] ?? "") ?? 0, Number(m[2]), Number(m[3]), m[0]),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s+${MONTH_PATTERN},?\\s+${YEAR}\\b`, "gu"),
    make: (m) => dayOfSpan(Number(m[4]), monthNumber(m[3] ?? "") ?? 0, Number(m[1]), Number(m[2]), m[0]),
  },
  {
    re: new RegExp(`\\b${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?${YEAR}\\b`, "gu"),
    make: (m) => {
      const [year, month, day] = [Number(m[3]), monthNumber(m[1] ?? "") ?? 0, Number(m[2])];
      return isRealDay(year, month, day)
        ? { iso: `${year}-${pad(month)}-${pad(day)}`, precision: "day", label: m[0] }
        : undefined;
    },
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN},?\\s+${YEAR}\\b`, "gu"),
    make: (m) => {
      const [year, month, day] = [Number(m[3]), monthNumber(m[2] ?? "") ?? 0, Number(m[1])];
      return isRealDay(year, month, day)
        ? { iso: `${year}-${pad(month)}-${pad(day)}`, precision: "day", label: m[0] }
        : undefined;
    },
  },
  {
    // A season with its year fixes the year only (seasons differ by hemisphere): "in spring 2024", "the summer
    // of 1898" (a season is a time, so an older year after it is a year too, not a count).
    re: new RegExp(`\\b(?:spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?((?:1[5-9]|20)\\d{2})\\b(?![-–]\\d)`, "giu"),
    make: (m) => ({ iso: m[1] ?? "", precision: "year", label: m[0] }),
  },
  {
    // "March 2018", "March of 2018", "March, 2018" (an older style; not "In March, 2018 was …", a clause's subject).
    re: new RegExp(
      `\\b${MONTH_PATTERN}(?:\\s+(?:of\\s+)?${YEAR}|,\\s+${YEAR}(?!['’]s|\\s+(?:was|is|has|had|saw|will|would|brought|became)\\b))\\b`,
      "gu",
    ),
    make: (m) => ({ iso: `${m[2] ?? m[3]}-${pad(monthNumber(m[1] ?? "") ?? 0)}`, precision: "month", label: m[0] }),
  },
  {
    re: new RegExp(`\\b${YEAR}\\s?[-–—]\\s?${YEAR}\\b`, "gu"),
    make: (m) =>
      Number(m[2]) > Number(m[1]) ? { iso: m[1] ?? "", precision: "range", label: m[0], end: m[2] ?? "" } : undefined,
  },
  {
    // A span whose last year is written short: "the downturn of 2008-9", "the 1998-99 season", "in 2019–20", "the
    // 1930s or 2008-9". A one-digit end is a later year of the same decade, a two-digit end only the next year (a
    // two-digit end further on may be a month: "2008-10"); not a part of a longer number or a day ("2008-9-12").
    // Only after a word that places it in time, as a bare year is read: not a label ("2019-20 Season Preview") or
    // a horizon ("pushed back to 2025-26").
    re: new RegExp(
      `(?<=\\b(?:in|In|during|During|since|Since|of|the|The|its|their)\\s|\\b(?:19|20)\\d{2}s?\\s(?:or|and)\\s)${YEAR}[-–](\\d{1,2})\\b(?![-–/.]?\\d)`,
      "gu",
    ),
    make: (m) => {
      const [first, short] = [Number(m[1]), m[2] ?? ""];
      const end = short.length === 1 ? first - (first % 10) + Number(short) : first + 1;
      if (end <= first || (short.length === 2 && String(end).slice(2) !== short)) return undefined;
      return { iso: m[1] ?? "", precision: "range", label: m[0], end: String(end) };
    },
  },
  {
    // A year split by a slash, the second the next one: a fiscal year or a season ("in the financial year of
    // 2016/17", "during 2024/2025"). It runs over both years, so neither alone is its date (the plain year below
    // is not read before "/" and a digit). Only after a preposition of time: after a determiner it names a thing
    // ("tabled the 2025/2026 budget"), as a plain year does; an end other than the next year is no such year.
    re: new RegExp(`(?<=\\b(?:in|In|during|During|since|Since|of)\\s)${YEAR}\\/(\\d{4}|\\d{2})\\b(?![/.]?\\d)`, "gu"),
    make: (m) => {
      const [first, second] = [Number(m[1]), m[2] ?? ""];
      const end = second.length === 4 ? Number(second) : first - (first % 100) + Number(second);
      return end === first + 1 ? { iso: m[1] ?? "", precision: "range", label: m[0], end: String(end) } : undefined;
    },
  },
  {
    // "from 2011 to 2013", "Between 2010 and 2015, …" (opening its sentence), "from at least 2002 to 2005"
    // (the text states both years; "at least" says the span may have begun earlier).
    re: new RegExp(
      `\\b(?:[Ff]rom|[Bb]etween)\\s+(?:at\\s+least\\s+)?${YEAR}\\s+(?:to|and|until|through)\\s+${YEAR}\\b`,
      "gu",
    ),
    make: (m) =>
      Number(m[2]) > Number(m[1]) ? { iso: m[1] ?? "", precision: "range", label: m[0], end: m[2] ?? "" } : undefined,
  },
  {
    re: new RegExp(`\\b(?:early|mid|late)-${YEAR}\\b`, "giu"),
    make: (m) => ({ iso: m[1] ?? "", precision: "year", label: m[0] }),
  },
  {
    // After a determiner the year is the thing's own: "the 2019 amendment", "a 2019 law", "Mexico’s 2024 election",
    // and "as soon as 2023" is the year a plan sets (a horizon, "through 2028", names none), "as recently as
    // 2007" (as late, as early, as far back) the year a thing happened, as are "until at
    // least 2021" and "not until 2021" (the earliest year something is to happen; a bare "until 2021" ends a span),
    // "this 2014 entry", "in the year 2000", "mid 2018" (as "mid-2018"), "in both 2018 and 2019" (the years joined after
    // "both" or "either"), also past a participle ("its planned 2024 moon shot", "a crewed 2024 mission"); not
    // one that tells a count ("an estimated 2000 people").
    re: new RegExp(
      `(?:\\b(in|In|since|Since|during|During|[Tt]he year|the|The|of|early|Early|mid|Mid|late|Late|a|A|an|An|its|Its|his|His|her|Her|their|Their|whose|this|This|as (?:soon|early|recently|late|far back) as|As (?:soon|early|recently|late|far back) as|until at least|[Nn]ot until|[Nn]o (?:earlier|sooner) than)|(?<=\\p{L})(['’]s))\\s+(?:(?:both|either)\\s+(?=(?:19|20)\\d{2}\\s+(?:and|or)\\s+(?:19|20)\\d{2}\\b))?(?:(?!(?:estimated|reported|expected|projected|added|combined|recorded|registered|unprecedented|unexpected|detained|wounded|killed|injured|armed|displaced)\\b)\\p{Ll}{3,}ed\\s+)?${YEAR}\\b(?![-–]|\\/\\d)`,
      "gu",
    ),
    make: (m) => ({ iso: m[3] ?? "", precision: "year", label: m[3] ?? "" }),
  },
  {
    // "With that 2016 redesign, …", "those 2008 bailouts.": a demonstrative before the year is a determiner only
    // when one lower-case noun after the year ends its phrase; "said that 2019 was …" and "that 2000 people" are
    // a conjunction before a year or a count, so nothing else is read after "that".
    re: new RegExp(`\\b(?:[Tt]hat|[Tt]hose)\\s+${YEAR}(?=\\s+\\p{Ll}+[,;:.](?:\\s|$))`, "gu"),
    make: (m) => ({ iso: m[1] ?? "", precision: "year", label: m[1] ?? "" }),
  },
  {
    // "as many as 80 by 2022", "By 2030, …", "had been legalized by 2016": the year a target or a state is
    // reached by, which dates it at year precision; not a count ("won by 2000 votes", "rose by 2019"), so only
    // where the year ends its phrase and no verb of change stands right before "by".
    re: new RegExp(
      `(?<!\\b(?:rose|fell|grew|increased|decreased|dropped|climbed|jumped|declined|gained|lost|won|led|trailed|up|down|rising|falling|growing|increasing)\\s)\\b([Bb]y)\\s+${YEAR}\\b(?=\\s*[,.;:)!?”"’—–]|\\s*$|\\s+(?:and|or|but|when|while|as|after|before|at|in|on|of|from|across|among|under|to|for|with|the|a|an|that|which|it|they|he|she|we|is|are|was|were|will|would|could|should|may|might|must|if|according)\\b)`,
      "gu",
    ),
    make: (m) => ({ iso: m[2] ?? "", precision: "year", label: m[2] ?? "" }),
  },
  {
    // "A survey from 2014 found …", "the last census, from 2011, counted …": a thing dated by the year it is
    // from, after a lower-case noun, the year ending its phrase; not the start of a span ("from 2012 to 2015",
    // "from 2012 on") nor a base a change is measured from ("up 4 percent from 2012", "rose from 2012 levels").
    re: new RegExp(
      `(?<=(?<![\\p{L}’'])(?!(?:${FROM_NOT_DATED})[,\\s])\\p{Ll}{3,},?\\s)from\\s+${YEAR}\\b(?![-–/]|['’]s\\b)(?=\\s*[,.;:)!?”"’—]|\\s*$|\\s+(?:\\p{Ll}{2,}ed|shows?|finds?|found|counts?|says|said|suggests?|puts?|lists?|reads?|notes?|was|were|is|are|has|had|which|that)\\b)`,
      "gu",
    ),
    make: (m) => ({ iso: m[1] ?? "", precision: "year", label: m[1] ?? "" }),
  },
  {
    // "a losing streak dating to 2007", "a feud that goes back to 1998", "Flash-forward to 2017, when …": the
    // year a thing began, or the year a telling jumps to, after a verb that reaches back (or forward) in time;
    // not a level or a count ("went back to 2015 levels"), so only where the year ends its phrase.
    re: new RegExp(
      `\\b(?:(?:dat(?:e|es|ed|ing)|go(?:es|ing|ne)?|went|trac(?:e|es|ed|ing)|stretch(?:es|ed|ing)?|reach(?:es|ed|ing)?)\\s+(?:all\\s+the\\s+way\\s+)?back|dat(?:e|es|ed|ing)|[Ff](?:lash|ast)[-\\s]?forward)\\s+to\\s+${YEAR}\\b(?![-–]|['’]s\\b)(?=\\s*[,.;:)!?”"’—–]|\\s*$|\\s+(?:and|or|but|when|while|as|after|before|at|in|on|of|from|under|to|for|with|the|a|an|that|which|it|they|he|she|we|is|are|was|were|will|would|could|should|may|might|must|if|according)\\b)`,
      "gu",
    ),
    make: (m) => ({ iso: m[1] ?? "", precision: "year", label: m[1] ?? "" }),
  },
  {
    // "during the Falklands War (1982)", "after the Beijing Olympics (2008)": a named happening with its year in
    // brackets, placed in time by a preposition only time takes; not after "in" or "of" ("in The Godfather
    // (1972)", "a remake of Dune (2021)": a work's year, not a happening in the telling).
    re: new RegExp(
      `\\b(?:during|During|after|After|before|Before|since|Since|following|Following|until|Until)\\s+the\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+(?:of\\s+)?){0,4}\\p{Lu}[\\p{L}'’.-]*\\s+\\(${YEAR}(?=\\))`,
      "gu",
    ),
    make: (m) => ({ iso: m[1] ?? "", precision: "year", label: m[1] ?? "" }),
  },
  {
    // A year that opens its line, then a colon or a dash and a capital: a chronology's entry ("2016: Apple
    // releases the butterfly keyboard", "2019 – Series A round"); not a figure ("2019: 12 goals") or a
    // phrase that goes on in lower case ("2019 – the year of protests").
    re: new RegExp(`(?<=^|\\n)[ \\t]*(?:[-*•][ \\t]+)?${YEAR}(?=[ \\t]*(?::|[-–—])[ \\t]+\\p{Lu})`, "gu"),
    make: (m) => ({ iso: m[1] ?? "", precision: "year", label: m[1] ?? "" }),
  },
  {
    // A date written in Chinese, Japanese or Korean, the year first and each part followed by its unit: "2015年9月3日",
    // "2011年9月", "1985年", "2019년 11월 20일". Not a decade ("1980年代", "1990년대"), a fiscal year ("2019年度"), a
    // count of years ("2000年前", "10년 전" as "years ago", "年間"/"년간" a span).
    re: new RegExp(
      `(?<!\\d)${YEAR}\\s?(?:年(?:\\s?(\\d{1,2})\\s?月(?:\\s?(\\d{1,2})\\s?日)?)?(?![代度間间前後后来來半]|以来)|년(?:\\s?(\\d{1,2})\\s?월(?:\\s?(\\d{1,2})\\s?일)?)?(?!\\s?(?:대|도|간|전|후|동안)))`,
      "gu",
    ),
    make: (m) => {
      const [year, month, day] = [Number(m[1]), Number(m[2] ?? m[4] ?? 0), Number(m[3] ?? m[5] ?? 0)];
      if (month === 0) return { iso: String(year), precision: "year", label: m[0] };
      if (month > 12) return undefined;
      if (day === 0) return { iso: `${year}-${pad(month)}`, precision: "month", label: m[0] };
      return isRealDay(year, month, day)
        ? { iso: `${year}-${pad(month)}-${pad(day)}`, precision: "day", label: m[0] }
        : undefined;
    },
  },
  {
    // A year in another language's words for "in" or "since": a unit after it says it is a year ("в 2014 году",
    // "w 2019 roku", "tahun 2014"), else it ends its phrase ("seit 2014.", "en 2019,", "em 2019;") so no count's
    // noun follows ("en 2000 casos").
    re: new RegExp(
      `(?<!\\p{L})(?:(?:[вВсС]|[Ww])\\s+${YEAR}(?=\\s*(?:году|года|год|г\\.|roku)(?!\\p{L}))|(?:[Tt]ahun)\\s+${YEAR}(?!\\d)|(?:en|En|em|Em|nel|Nel|seit|Seit|depuis|Depuis|desde|Desde|sejak|Sejak|im Jahr|Im Jahr|im Jahre|Im Jahre)\\s+${YEAR}(?=\\s*[,.;:)]|\\s*$))`,
      "gu",
    ),
    make: (m) => {
      const year = m[1] ?? m[2] ?? m[3] ?? "";
      return { iso: year, precision: "year", label: year };
    },
  },
  {
    // An older year ("since 1840,", "in 1855 that …") only where nothing follows that makes it a count ("in 1500
    // homes"): punctuation, a name or a word that opens a clause or a phrase.
    re: new RegExp(`\\b(in|In|since|Since|during|During)\\s+${OLD_YEAR}${OLD_YEAR_END}`, "gu"),
    make: (m) => ({ iso: m[2] ?? "", precision: "year", label: m[2] ?? "" }),
  },
  {
    // An older day ("April 14, 1865", "14 April 1865") or month ("in July 1776"), where no count's noun follows.
    re: new RegExp(
      `\\b(?:${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN},?|${MONTH_PATTERN}(?:\\s+of)?)\\s+${OLD_YEAR}${OLD_YEAR_END}`,
      "gu",
    ),
    make: (m) => {
      const month = monthNumber(m[1] ?? m[4] ?? m[5] ?? "") ?? 0;
      const [year, day] = [Number(m[6]), m[2] ?? m[3]];
      if (day === undefined) return { iso: `${year}-${pad(month)}`, precision: "month", label: m[0] };
      return isRealDay(year, month, Number(day))
        ? { iso: `${year}-${pad(month)}-${pad(Number(day))}`, precision: "day", label: m[0] }
        : undefined;
    },
  },
];

// Spanish dates with their year ("24 de mayo de 2025", "en marzo de 2023"): spanishDates.ts.
PATTERNS.push(...SPANISH_DATE_PATTERNS);

/** A year joined to the one before it: "in 2019 and 2020", "in 2015, 2016 or 2018" (not "between … and", a range). */
const JOINED_YEAR = new RegExp(
  `^(?:,?\\s+(?:and|or)\\s+${YEAR}(?=[,.;:)!?”"’]|\\s*$|\\s+(?:and|or|but|when|while|as|after|before|in|on|at|to|for|with|by|the|a|an|that|which|was|were|had|have|has|is|are)\\b)|,\\s+${YEAR}(?=,?\\s+(?:and|or)\\s+(?:19|20)\\d{2}\\b))`,
  "u",
);

/**
 * Texts' dates as `readEventDates` read them, kept across readers: an article's entities and its
 * timeline ask of each paragraph whether it is a caption (furniture.ts, which reads its dates), the
 * timeline then reads each sentence's dates, and a one-sentence paragraph is the same text; the date
 * stamps' check and the story comparisons read many of the same texts again. The reading is pure, so
 * a kept answer is the answer. Bounded, as the taggers' caches are (lruCache.ts).
 */
const readDates = new LruCache<string, readonly Found[]>(20_000);

/** Absolute dates in a sentence, left to right, without overlaps (earlier patterns win). Shared: never changed by a reader. */
export function findEventDates(sentence: string): readonly Found[] {
  return readDates.getOrMake(sentence, readEventDates);
}

function readEventDates(sentence: string): readonly Found[] {
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
  // A year read after its preposition carries it to the years joined to it ("in 2019 and 2020").
  for (let i = 0; i < found.length; i++) {
    const year = found[i];
    if (year?.date.precision !== "year" || !/^\d{4}$/u.test(year.date.label)) continue;
    const joined = JOINED_YEAR.exec(sentence.slice(year.end));
    if (!joined) continue;
    const end = year.end + joined[0].length;
    const next = {
      start: end - 4,
      end,
      date: { iso: joined[1] ?? joined[2] ?? "", precision: "year" as const, label: joined[1] ?? joined[2] ?? "" },
    };
    if (found.some((f) => next.start < f.end && next.end > f.start)) continue;
    found.push(next);
  }
  found.push(...monthsJoinedBefore(sentence, found));
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A month named without its year, joined to a following month that has one: "from March to May
 * 2019", "between October and December 2018", "in March and April 2020". The year written once
 * belongs to both; a span that runs past New Year ("from November to February 2020") opens in the
 * year before, and "and"/"or" joining a later month to an earlier one fixes no order, so no year.
 */
function monthsJoinedBefore(sentence: string, found: readonly Found[]): Found[] {
  const joined: Found[] = [];
  for (const second of found) {
    if (second.date.precision !== "month") continue;
    const m = JOINED_MONTH.exec(sentence.slice(0, second.start));
    const first = monthNumber(m?.[2] ?? "");
    const last = Number(second.date.iso.slice(5, 7));
    if (!m || first === undefined) continue;
    const span = !/^(?:and|or)$/u.test(m[3] ?? "");
    if (first >= last && !span) continue;
    const year = Number(second.date.iso.slice(0, 4)) - (first > last ? 1 : 0);
    const start = m.index + (m[1]?.length ?? 0);
    const date = { iso: `${year}-${pad(first)}`, precision: "month" as const, label: m[2] ?? "" };
    if (!found.some((f) => start < f.end && start + date.label.length > f.start))
      joined.push({ start, end: start + date.label.length, date });
  }
  return joined;
}

/** A month, then a joining word, ending where a dated month begins ("from March to ", "October and "). */
const JOINED_MONTH = new RegExp(
  `(\\b(?:from|From|between|Between|in|In|early|late|mid-?)?\\s*)\\b${MONTH_PATTERN}\\s+(to|through|until|till|and|or)\\s+(?:(?:early|mid|late)-?\\s?)?$`,
  "u",
);

/** A sentence's absolute dates, as `findEventDates` reads them. */
export type SentenceDates = (sentence: { readonly text: string }) => readonly Found[];

/**
 * A reader of sentences' dates that reads each sentence once: the later-stamp scan
 * (laterStamp.ts) and the timeline (analysis/timeline.ts) go over the same sentences, and share
 * one reader so neither reads them again.
 */
export function sentenceDates(): SentenceDates {
  const read = new Map<string, readonly Found[]>();
  return ({ text }) => {
    let found = read.get(text);
    if (found === undefined) {
      found = findEventDates(text);
      read.set(text, found);
    }
    return found;
  };
}
