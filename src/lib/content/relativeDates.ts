/**
 * Relative dates in a sentence — "on Tuesday", "Thursday morning", "earlier today", "last
 * night", "last year", "last week", "in June", "nine months ago", "this fall", "Sept. 2" with
 * no year — resolved against the article's publication date, and only where the words fix the
 * date, at the precision they fix it:
 *
 * - a bare "today" after a past verb, an act's noun, a schedule's verb ("launches today") or in a
 *   clause of "will" or "is due to" and a verb ("will vote on it today") is the publication day;
 * - a weekday (the full, capitalised name: "sat" is a verb) is the last such day on or before
 *   publication (news reports what happened), the next one when the sentence speaks of the
 *   future ("will", "scheduled", "adjourned") and the future words govern that date, not a
 *   saying before them ("In March, Mexico said it will …": dates/direction.ts) nor a past verb's
 *   clause before them ("approved the measure on Tuesday that will …"), or a modal of the present
 *   governs it ("landing on Saturday must register"); "last"/"next"
 *   skip the publication day itself, and before a day of the publication's own week ("last
 *   Tuesday" written on a Thursday) leave it unresolved, that week's or the one beside it;
 * - "last week"/"this week" name a month only when the whole week lies in one month;
 * - a bare month name ("in June", "November marked …") is the last such month up to the
 *   publication's, or the next one in a sentence about the future; its year is inferred, so it
 *   is flagged `yearInferred` and the timeline drops it where the paragraph tells of another
 *   year; "last/this/next July" counts from the publication whatever the paragraph tells, so
 *   is not flagged, but "last October" written in November is left out (the month just gone is "last
 *   month", so the words may mean the October before); "May" counts only after a preposition (it is also a verb);
 * - "N years/months/days ago", "a decade ago" and "it's been a year since" count back; "in ’91" is the last
 *   such year up to publication; "this summer/fall" fixes
 *   only the year (seasons differ by hemisphere), and "last fall/spring" the year before, when
 *   published by May;
 * - "the last year", "the past year" and "over the past month" are spans, not dates: left out.
 *
 * Day-and-month without a year ("Sept. 2", "12 April") is read by chrono-node; in a relative
 * clause told in the present ("the tour that stops there on July 22") it is a coming day, never
 * the last. Dates that state their own year are not relative and are read elsewhere
 * (analysis/timeline.ts). Without a publication date nothing is resolved: an unknown date is
 * honest, a guessed one is not.
 */
import * as chrono from "chrono-node";
import nlp from "#lib/text/nlp.ts";
import { addDays, addMonths, countOf, holiday, NOT_LOOSE } from "#lib/dates/calendar.ts";
import { spanishDays } from "#lib/dates/spanishDays.ts";
import {
  awaitedInPresent,
  clauseAt,
  inComingTimeClause,
  inPresentRelativeClause,
  isPresentOnly,
  looksAhead,
  looksAheadAt,
  namedDayIs,
  PAST,
  pastGovernsAcross,
  presentModalFollows,
  presentModalGoverns,
  scheduleParticipleEnds,
  scheduleParticipleHeads,
  scheduleVerbEnds,
  scheduledInPresent,
  schedulesAhead,
  SETS_AHEAD,
  toBeDoneBefore,
  toldInClause,
} from "#lib/dates/direction.ts";
import { isComparisonBase } from "#lib/dates/nonEvents.ts";
import { HALF_OF_DAY, HOUR_CLOCK } from "#lib/text/clockTime.ts";
import { isoDay, MONTH_PATTERN, monthNumber, MONTHS, WEEKDAY_PATTERN, WEEKDAYS } from "./dates.ts";

export interface RelativeDate {
  /** Offsets of the words in the sentence: [start, end). */
  readonly start: number;
  readonly end: number;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  readonly iso: string;
  readonly precision: "day" | "month" | "year";
  /** The words as written ("on Tuesday", "last year"). */
  readonly label: string;
  /** Set when a month is named and its year is taken from the publication ("in June", "Sept. 2"). */
  readonly yearInferred?: true;
  /**
   * Which reading gave the date (the finder's name: "weekdays", "monthDays", "countedBack", …): a
   * route is judged by how often its readings are right, so a stricter rule is written per route.
   */
  readonly route?: string;
}

/** The publication date as numbers, and the sentence's direction in time. */
interface Context {
  readonly published: string;
  readonly year: number;
  readonly month: number;
  readonly future: boolean;
  /** Whether the future words govern the date at [start, end) (dates/direction.ts). */
  readonly aheadAt: (start: number, end: number) => boolean;
  /** Only where the dates are is asked (relativeDateSpans): a day whose year is not fixed still counts. */
  readonly locateOnly: boolean;
}

/** The words of the clause before `start`: back to the last comma, semicolon, colon or dash. */
const clauseBefore = (sentence: string, start: number): string =>
  sentence
    .slice(0, start)
    .split(/[,;:—–]/u)
    .at(-1) ?? "";

type Finder = (sentence: string, context: Context) => RelativeDate[];

/**
 * Every match of `re` (global) turned into a date by `make` (which may decline). The matches are
 * those `sentence.matchAll(re)` gives, read on `re` itself and its `lastIndex` put back: `matchAll`
 * copies the pattern on every call, and the finders ask each of the article's sentences.
 */
function matchAll<T extends Omit<RelativeDate, "start" | "end" | "label">>(
  sentence: string,
  re: RegExp,
  make: (m: RegExpExecArray) => T | undefined,
): (T & Pick<RelativeDate, "start" | "end" | "label">)[] {
  if (!re.global) throw new TypeError("matchAll needs a global pattern");
  const from = re.lastIndex;
  const matches: RegExpExecArray[] = [];
  for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
    matches.push(m);
    // An empty match steps past its place, a whole code point in a unicode pattern.
    if (m[0] === "") re.lastIndex += re.unicode && (sentence.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = from;
  const found: (T & Pick<RelativeDate, "start" | "end" | "label">)[] = [];
  for (const m of matches) {
    const date = make(m);
    if (date) found.push({ ...date, start: m.index, end: m.index + m[0].length, label: m[0] });
  }
  return found;
}

/**
 * Bare "today" told of a past happening in its clause: "NASA announced today", "the findings were
 * published today", "Clarke said in a telecon with reporters today", "the price has dropped
 * today". A verb in the past tense stands before it, with no clause break (a comma, a colon, a
 * dash, a bracket), no verb in the present, no joining word and no year between ("said the economy
 * is weaker today", "founded in 1990 and employs 500 people today": then and now; "yet another" is
 * no joining word) and no comparison after ("today than"); a preposition of a span ("as of today",
 * "until today", "from today") or a possessive ("today's") reads no day. A participle after "is" or
 * "are" is a present passive ("the way power is generated today"): a state, no past; after a bare "be" it is
 * an infinitive's ("will always be remembered today", "has yet to be matched today"), no past either, and a
 * "have" or "has" between is the present of a clause of its own ("the home it helped build and I have today").
 * Without a past
 * verb bare "today" is as often "nowadays" ("as it is today", "continues to suffer today"): left out.
 */
const TOLD_TODAY = new RegExp(
  String.raw`(?<!\b(?:is|are|am|be)\s+)(?:${PAST.source})(?:\s+(?!(?:is|are|am|have|has|remains?|stays?|seems?|looks?|feels?|and|but|or|while|whereas|yet(?!\s+(?:another|again)\b)|still|now|(?:19|20)\d{2})\b)[\p{L}\d'’-]+){0,7}?\s+(?<!\b(?:of|until|till|from|to|since|before|after|by|than)\s)(today)\b(?!['’]s|\s+than\b)`,
  "gu",
);

/** A plural noun with no determiner before it, ending where a participle begins ("top-secret messages "). */
const GENERIC_PLURAL_BEFORE =
  /(?:^|[,;:]\s*|\s)(?!(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hese|[Tt]hose|[Tt]hat|[Ss]ome|[Aa]ll|[Aa]ny|[Mm]any)\s)(?:[\p{L}-]+\s+)?\p{L}\p{Ll}{2,}s\s+$/u;

/**
 * Bare "today" right after a noun of one act of saying or deciding, with its determiner or owner:
 * "The Wrap’s report today claims", "in a statement today", "the ruling today means". The act
 * happened on a day, and "today" places it there whatever the tense after it; a state's noun ("the
 * economy today", "the situation today") is not one, and is left to `TOLD_TODAY`.
 */
const ACT_TODAY = new RegExp(
  String.raw`(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his)\s+|\p{L}['’]s\s+)(?:(?:new|latest|own|joint|written|brief|final|second|first)\s+)?(?:report|statement|announcement|letter|release|memo|ruling|decision|verdict|filing|study|testimony|speech|briefing|vote)\s+(today)\b(?!['’]s|\s+than\b)`,
  "gu",
);

/**
 * Bare "today" in a clause whose verb is "will" and a verb, or a schedule's "is due to", "is set to" and
 * a verb: "will undergo a medical at the club today", "the board will vote on the merger today", "the
 * accused is due to appear in court today". A happening foreseen is placed on the day the
 * words stand in; "nowadays" is a state, which no foreseen act has ("will still be relevant today",
 * "will be as useful today as"). No clause break, joining word, relative or question word ("will
 * find that the app works differently today") or year between, and no comparison, alternative
 * ("today or tomorrow") or span's preposition, as for `TOLD_TODAY`.
 */
const FORESEEN_TODAY = new RegExp(
  String.raw`\b(?:will|(?:is|are)\s+(?:due|set|scheduled|slated)\s+to)\s+(?!(?:be|remain|stay|seem|look|feel|still|continue|always|never|not)\b)\p{Ll}+(?:\s+(?!(?:is|are|am|be|remains?|stays?|and|but|or|while|whereas|yet|still|now|that|which|who|what|when|where|whether|if|(?:19|20)\d{2})\b)[\p{L}\d'’-]+){0,6}?\s+(?<!\b(?:of|until|till|from|to|since|before|after|by|than|as|or)\s)(today)\b(?!['’]s|\s+(?:than|as|or)\b)`,
  "gu",
);

/**
 * "Today" opening a sentence, then a clause that tells one happening of the day: "Today marks …",
 * "Today, the agency's spacecraft will engage its thrusters", "Today, we're excited to share …",
 * "Today, the company announced …". Its subject comes first (no clause break), then "will" and a
 * verb of an act, an announcement's "is pleased to announce", or a past verb of announcing, saying or
 * deciding ("Today, the agency said it …", "Today, the board voted to …"). An
 * opening "Today," is as often "nowadays" ("Today, most homes have a phone", "Today, the plant
 * employs 300 people", "Today, it will still be relevant"): a state, a present or "will be" is no day.
 * A quotation's opening "Today" ('the statement read: "Today marks …"') is its speaker's day, which may
 * be before publication: not read here.
 */
const OPENING_TODAY = new RegExp(
  String.raw`^\s*(Today)(?:\s+marks\b|,\s+(?:[^\s,;:—–]+\s+){0,8}?(?:will\s+(?!(?:be|remain|stay|seem|look|feel|still|continue|always|never|not|have|need|find|see|get|probably|likely)\b)\p{Ll}+|(?:[^\s,;:]*['’](?:re|m|s)|is|are|am)\s+(?:(?:very|so)\s+)?(?:excited|pleased|proud|happy|thrilled|delighted)\s+to\s+(?:announce|share|introduce|launch|release|unveil|present|welcome)|(?:announced|unveiled|released|launched|introduced|published|revealed|confirmed|said|told|warned|urged|agreed|decided|voted|ruled|approved|rejected|ordered|filed|signed|issued)\b))`,
  "u",
);

/** Words of a habit or an average: what they tell is of any day ("four hours a day", "every year", "on average"). */
const HABITUAL =
  /\b(?:(?:a|per|each|every)\s+(?:day|week|month|year|night)|every\w*|on average|typically|usually|often|generally)\b/iu;

/**
 * "today's" before the noun of one act of saying, deciding or meeting: "today's announcement of a cut", "the
 * details of today's action", "Today's vote"; or of one fixture, perhaps with its part of the day ("today's
 * match", "through today's morning session"). The act is the day's; a thing's or a state's noun ("today's
 * economy", "today's readers", "today's world") is nowadays', and is not read.
 */
const TODAYS_ACT =
  /\b([Tt]oday['’]s)\s+(?:(?:surprise|new|latest|joint|final|formal|official|morning|afternoon|evening|night)\s+)?(?:announcement|action|decision|ruling|verdict|vote|statement|meeting|hearing|briefing|speech|testimony|move|filing|election|session|match|game|race)\b/gu;

/** A bare "today" that no span's preposition, possessive or comparison makes other than a day (`toldToday`). */
const SCHEDULED_TODAY = /(?<!\b(?:of|until|till|from|to|since|before|after|by|than)\s)\btoday\b(?!['’]s|\s+than\b)/gu;

/** "today" words: bare "today" is as often "nowadays" as the day, so it needs "earlier"/"later", a past verb (`TOLD_TODAY`), an act's noun (`ACT_TODAY`) or a schedule's verb in the present. */
const toldToday: Finder = (sentence, { published }) => {
  const found: RelativeDate[] = [];
  const opening = OPENING_TODAY.exec(sentence);
  // "Today, the average reader will spend four hours a day …": a habit's words make it any day's.
  // A quotation mark in the sentence may close a quotation that "Today" opens: its speaker's day.
  if (opening !== null && !HABITUAL.test(sentence) && !/["“”]/u.test(sentence)) {
    const start = opening[0].indexOf("Today");
    found.push({ start, end: start + 5, iso: published, precision: "day", label: "Today" });
  }
  for (const m of sentence.matchAll(TODAYS_ACT)) {
    const label = m[1] ?? "today's";
    found.push({ start: m.index, end: m.index + label.length, iso: published, precision: "day", label });
  }
  // Each of the four patterns ends on "today" as written (case-sensitive): without it, none can
  // match, and most sentences have none (they were tried at every position of each).
  if (!sentence.includes("today")) return found;
  for (const m of sentence.matchAll(ACT_TODAY)) {
    const start = m.index + m[0].length - "today".length;
    found.push({ start, end: start + 5, iso: published, precision: "day", label: "today" });
  }
  // "The platform launches today", "the law takes effect today", "rules coming into force today": a schedule's verb
  // in the present, or its participle, tells one happening, which "today" right after it places on the day
  // (dates/direction.ts); not "as of today".
  for (const m of sentence.matchAll(SCHEDULED_TODAY)) {
    const before = sentence.slice(0, m.index);
    if ((scheduleVerbEnds(before) || scheduleParticipleEnds(before)) && !found.some((f) => f.start === m.index))
      found.push({ start: m.index, end: m.index + 5, iso: published, precision: "day", label: "today" });
  }
  for (const m of sentence.matchAll(FORESEEN_TODAY)) {
    const start = m.index + m[0].length - "today".length;
    if (!found.some((f) => f.start === start))
      found.push({ start, end: start + 5, iso: published, precision: "day", label: "today" });
  }
  TOLD_TODAY.lastIndex = 0;
  for (let m = TOLD_TODAY.exec(sentence); m; m = TOLD_TODAY.exec(sentence)) {
    const start = m.index + m[0].length - "today".length;
    if (found.some((f) => f.start === start)) continue;
    // A present verb contracted between ("said we're happy today", "found it's cheaper today") tells a state.
    if (/['’](?:re|s|m)\b/iu.test(m[0].slice(0, -"today".length).replace(/^\S+/u, ""))) continue;
    // "messages sent today could still be read": a participle after a bare plural, then a modal, names a kind of
    // thing ("cars built today", nowadays), and the modal is the sentence's verb: no day is told.
    if (
      GENERIC_PLURAL_BEFORE.test(sentence.slice(0, m.index)) &&
      /^\s+(?:could|would|may|might|can|will|should|must)\b/u.test(sentence.slice(start + 5))
    )
      continue;
    // "published today (Nov. 18)": the bracketed day restates it, and is read as that day.
    if (/^\s*\(/u.test(sentence.slice(start + 5))) continue;
    found.push({ start, end: start + 5, iso: published, precision: "day", label: sentence.slice(start, start + 5) });
  }
  return found;
};

/**
 * After "tomorrow", a possessive whose noun is people by their role or the time to come itself: "building
 * tomorrow's leaders", "tomorrow's engineers", "tomorrow's workforce", "tomorrow's jobs". The
 * future in general, not the next day ("tomorrow's game", "tomorrow's vote" are the day's).
 */
const TOMORROWS_PEOPLE =
  /^['’]s\s+(?:\p{Ll}+\s+)?(?:\p{Ll}{2,}(?:ers|ors|ists|ians)|generations?|workforce|world|economy|jobs|talent|technolog(?:y|ies)|cities|children|kids|youth)\b/u;

/**
 * Before "tomorrow", a determiner or owner and an adjective of hope or a comparative: "a better tomorrow",
 * "our brighter tomorrow", "a safe and prosperous tomorrow". The word is a noun there, the future in general,
 * never the next day ("a meeting tomorrow" has no adjective before it; "the better tomorrow" is as rare).
 */
const TOMORROW_AS_NOUN =
  /(?<!\p{L})(?:an?|our|their|your|his|her|its|my)\s+(?:(?:better|brighter|safer|greener|cleaner|fairer|healthier|kinder|stronger|happier|freer|richer|new|bright|good|great|safe|secure|sustainable|prosperous|peaceful|hopeful|just|shared|common|different|brave|promising|green|clean|and)\s+)+$/iu;

/**
 * "today" words: bare "today" is as often "nowadays" as the day, so it needs "earlier"/"later" (or `toldToday`).
 * "The day before yesterday" and "the day after tomorrow" are read whole: two days from publication, not one.
 * Capitalised after a word ("the film See You Yesterday", "The Tonight Show") the words are a title's.
 */
const dayWords: Finder = (sentence, { published }) =>
  matchAll(
    sentence,
    /\b(?:(?:earlier|later) today|(?:the day before )?yesterday|last night|(?:the day after )?tomorrow|tonight|this (?:morning|afternoon|evening))\b/giu,
    (m) => {
      const words = m[0].toLowerCase();
      // "See You Yesterday", "The Tonight Show", "The Day After Tomorrow": capitalised after a word, it is a title's.
      if (/^\p{Lu}/u.test(m[0]) && /[\p{L}\d]\s+$/u.test(sentence.slice(0, m.index))) return undefined;
      // "Hong Kong today, Taiwan tomorrow", "the leaders of tomorrow", "tomorrow's leaders", "a better tomorrow":
      // the future, not a day.
      if (
        /tomorrow$/u.test(words) &&
        (/\btoday\b/iu.test(sentence) ||
          /\bof\s+$/iu.test(sentence.slice(0, m.index)) ||
          TOMORROW_AS_NOUN.test(sentence.slice(0, m.index)) ||
          TOMORROWS_PEOPLE.test(sentence.slice(m.index + m[0].length)))
      )
        return undefined;
      const offset = {
        yesterday: -1,
        "last night": -1,
        tomorrow: 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
      }[words];
      return { iso: addDays(published, offset ?? 0), precision: "day" };
    },
  );

/** `weekdayOfWeek`'s pattern, built once. */
const WEEKDAY_OF_WEEK = new RegExp(
  `\\b(?:(?:[Oo]n\\s+)?(${WEEKDAY_PATTERN})(?:\\s+(?:morning|afternoon|evening|night))?\\s+(?:of\\s+)?(last|this|next)\\s+week(?!['’]s)|(last|this|next)\\s+week,?\\s+on\\s+(${WEEKDAY_PATTERN}))\\b`,
  "gu",
);

/**
 * A weekday told with its week: "on Thursday last week", "Tuesday of next week", "last week on
 * Friday", "Monday this week". The words fix the day: that weekday of the week before, of, or
 * after publication's, the week counted from Monday. Read whole, as the weekday alone would be
 * counted back from publication (or left unresolved six days back) and "last week" alone names
 * only its month. Sunday is left out: a week counted from Sunday puts it seven days away.
 */
const weekdayOfWeek: Finder = (sentence, { published }) =>
  matchAll(sentence, WEEKDAY_OF_WEEK, (m) => {
    const name = m[1] ?? m[4] ?? "";
    const week = (m[2] ?? m[3] ?? "").toLowerCase();
    const weekday = WEEKDAYS.indexOf(name);
    if (weekday < 1) return undefined;
    const offset = { last: -7, this: 0, next: 7 }[week as "last" | "this" | "next"];
    const from = new Date(`${published}T12:00:00Z`).getUTCDay();
    const monday = addDays(published, offset - ((from + 6) % 7));
    return { iso: addDays(monday, weekday - 1), precision: "day" };
  });

/**
 * Words that make a weekday part of a name, not a day of this week: the day of a season or a
 * feast ("Black Friday", "Super Tuesday", "Ash Wednesday", "Good Friday", "Easter Sunday") before
 * it; a newspaper or a show ("Sunday Express", "Sunday Times", "Monday Night Football", "Saturday
 * Night Live") after it.
 */
const NAMED_DAY_BEFORE = "Easter|Black|Cyber|Super|Good|Holy|Ash|Palm|Maundy|Bloody|Giving";
/** The season's days that a page also writes in lower case ("the black Friday sales"); not "good", "holy" (a good Monday is a day). */
const NAMED_DAY_LOWER = "black|cyber|super|giving";
const NAMED_DAY_AFTER =
  "Times|Express|Telegraph|Mirror|Post|Herald|Observer|Mail|Star|Tribune|Edition|Magazine|Night (?:Live|Football|Raw|Fever)";

/**
 * After "the" and a weekday, a lower-case word that is the noun the day names a happening of ("the Monday
 * alert", "the Tuesday vote"), as "The Monday alert" opening a sentence: not a part of the day, a preposition
 * or a verb ("the Monday after the vote", "the Monday of Holy Week", "the Monday is a holiday"), which count
 * from another day or speak of any.
 */
const ATTRIBUTE_NOUN =
  "(?!(?:morning|afternoon|evening|night|after|before|of|and|or|to|through|until|in|on|at|for|is|was|were|will|would|that|which|when|following|prior)\\b)\\p{Ll}{3,}";

/**
 * After "a" and a weekday, the noun of one happening, as after "the" ("in a Monday statement", "a Tuesday
 * filing"): not a kind of day or a habit ("a Monday holiday", "a Friday routine"), which names no one day.
 */
const ONE_HAPPENING_NOUN = `(?!(?:holiday|holidays|routine|ritual|habit|schedule|slot|shift|shifts|job|class|classes|service|services|market|special|deadline)\\b)${ATTRIBUTE_NOUN}`;

/**
 * A weekday by its full name, with "on/last/next" before it and a part of the day after it; not
 * one that opens a full date ("Thursday, November 28", "Tuesday 12 March", "Tuesday, 12/15/15"), read as a
 * day (or, where its numbers leave the day open, as no day: the weekday is that date's), nor
 * one the story counts from its own past ("a Tuesday", "that Friday", "the following Monday",
 * "that long Monday night", "one cold Sunday"), nor one placed in a month or a year of its own ("a
 * Tuesday in December 1999", "on Friday in early March", "one Sunday of 2004"): that month's or year's
 * weekday, which counting from publication would put in the wrong week.
 */
const WEEKDAY = new RegExp(
  `(?:\\b([Oo]n|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate)\\s+)?(?<!\\b(?:every|each|that|one|following|previous|same|${NAMED_DAY_BEFORE}|${NAMED_DAY_LOWER})\\s)(?:(?<!\\b[Aa]n?\\s)|(?=(?:${WEEKDAYS.join("|")})\\s+${ONE_HAPPENING_NOUN}))(?<!\\b(?:[Tt]hat|[Tt]hose|one)\\s+(?!(?:past|coming)\\s)\\p{Ll}+\\s)(?:(?<!\\bthe\\s)|(?=(?:${WEEKDAYS.join("|")})\\s+${ATTRIBUTE_NOUN}))\\b(${WEEKDAYS.join("|")})(?:['’]s)?(?:\\s+(?:morning|afternoon|evening|night))?\\b(?!,?\\s+(?:${MONTH_PATTERN}\\s+\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}|\\d{1,2}\\/\\d{1,2}\\/\\d{2}))(?!,?\\s+(?:in|of)\\s+(?:(?:early|mid|late)[-\\s]+)?(?:${MONTH_PATTERN}|(?:1[5-9]|20)\\d{2})\\b)(?!\\s+(?:${NAMED_DAY_AFTER})\\b)`,
  "gu",
);

/**
 * Before a bare weekday: a word that makes it no kind of a noun's thing — a preposition or conjunction ("until
 * Monday sessions end", "and Friday crowds"), a determiner or owner, or a verb of being or saying whose
 * complement or clause follows ("is Tuesday", "says Monday talks").
 */
const CLASSIFIER_BLOCKED_BEFORE =
  /\b(?:on|in|at|by|for|to|from|of|with|until|till|since|before|after|during|through|over|about|and|or|but|than|as|the|a|an|this|that|these|those|its|his|her|their|our|my|your|every|each|is|are|was|were|be|been|being|says|say|said|told|tells)\s+$/iu;

/** Words compromise may take for a noun or an adjective after a weekday that are prepositions taking an object. */
const PREPOSITION_AFTER =
  /^(?:against|amid|amidst|despite|versus|vs|toward|towards|near|inside|outside|without|within|between|among|across|along|around|behind|beyond|under|via|per|like|unlike|off|onto|into|upon|alongside|ahead|following|including)$/iu;

/**
 * Whether the lower-case word after a bare weekday is a noun the weekday modifies ("Saturday publication of …",
 * "Sunday deliveries"): compromise tags it a noun in "<weekday> <words>", it is no preposition or participle
 * ("Monday demanding a vote" opens a clause), and no determiner or pronoun follows it, as one would a preposition's
 * or a verb's object ("play Saturday against the Wildcats").
 */
function modifiedNoun(weekday: string, after: string): boolean {
  const words = /^\s+(\p{Ll}[\p{L}-]*)(?:\s+([\p{L}'’-]+))?/u.exec(after);
  const [, word = "", next = ""] = words ?? [];
  if (words === null || PREPOSITION_AFTER.test(word) || /ing$/u.test(word)) return false;
  if (/^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|it|us|me|you)$/iu.test(next))
    return false;
  const terms = (nlp(`${weekday} ${word} ${next}`).terms().json() as { terms: { tags: string[] }[] }[]).flatMap(
    (t) => t.terms,
  );
  const tags = terms[1]?.tags ?? [];
  return tags.includes("Noun") && !tags.includes("Pronoun") && !tags.includes("Date");
}

/** A present perfect right before a weekday: "has|have|’s" and a verb in the past ("That’s reversed Wednesday"). */
const PRESENT_PERFECT = new RegExp(`^(?:has|have|s) (?:${PAST.source})$`, "u");

/**
 * A fixture's verb in the present right before its day, as a team's schedule writes it ("The
 * Gophers play Saturday", "the sides face on Friday"): the game is to come. Only next to the day:
 * with its object between ("plays a shot on Tuesday") it may be a caption telling its picture.
 */
const FIXTURE = /^(?:play|face|host)s?$/u;

/**
 * The last such day up to publication, the next one in a sentence about the future; "last"/"next"
 * skip the day itself. A weekday right after a past-tense verb ("officials said late Thursday
 * that Obama plans to …") dates that verb, so it is past whatever else the sentence foresees.
 */
const weekdayReadings = (sentence: string, { published, aheadAt, locateOnly }: Context) =>
  matchAll(sentence, WEEKDAY, (m) => {
    const from = new Date(`${published}T12:00:00Z`).getUTCDay();
    const weekday = WEEKDAYS.indexOf(m[2] ?? "");
    const lead = (m[1] ?? "").toLowerCase();
    // "holds a Monday meeting every week": a happening named by "a" and its weekday in a habit is any week's.
    if (/(?<!\p{L})an?\s+$/iu.test(sentence.slice(0, m.index)) && HABITUAL.test(sentence)) return undefined;
    const back = (from - weekday + 7) % 7 || (lead === "last" ? 7 : 0);
    const ahead = (weekday - from + 7) % 7 || (lead === "next" ? 7 : 0);
    // "said Thursday" is told; "will be made Thursday" is a participle after "be", still ahead, and so is a
    // passive in the present ("More storms are expected Sunday", "a vote is scheduled Tuesday"):
    // the present "is"/"are" tells no time gone, and the sentence's own words of the future place the day.
    const [, auxiliary = "", verbBefore = ""] = /(?:(\p{L}+)\s+)?(\p{L}+)\s+$/u.exec(sentence.slice(0, m.index)) ?? [];
    const told =
      (PAST_WORD_ONLY.test(verbBefore) && !/^(?:be|been|being|have|is|are|am)$/iu.test(auxiliary)) ||
      /^since$/iu.test(verbBefore);
    // "The show opens to the public on Friday": a schedule's verb in a sentence told wholly in the present sets the day ahead;
    // so does a fixture's verb right before the day ("The Gophers play Saturday", "they host Ohio State" is no day).
    const fixture = (lead === "" || lead === "on") && FIXTURE.test(verbBefore);
    // "before the bank concludes two days of meetings Thursday": a clause of time in the present speaks of the future;
    // so does a relative clause in the present ("our list, which drops on Thursday"), as for a day of a month.
    const scheduled =
      lead === "" || lead === "on"
        ? scheduledAhead(sentence, m.index) ||
          (fixture && isPresentOnly(sentence)) ||
          inComingTimeClause(sentence.slice(0, m.index)) ||
          awaitedInPresent(sentence.slice(0, m.index)) ||
          inPresentRelativeClause(sentence.slice(0, m.index)) ||
          // "The launch day is Tuesday": the coming one, but not six days ahead, which a page dated a day
          // after the writing makes the day before publication, as for a past day six days back below.
          (ahead !== 6 && namedDayIs(sentence.slice(0, m.index)))
        : false;
    // "Saturday is the 75th anniversary of …", "Monday marks a year since …": a weekday that opens its sentence as the
    // subject of "marks", or of "is" an anniversary, a deadline or a first or last day, names the day to come (or the
    // day itself), never one gone; "Sunday is a day of rest", "Monday is the busiest day" are any week's.
    const named =
      lead === "" &&
      /^[\s“"‘']*$/u.test(sentence.slice(0, m.index)) &&
      /^\s+(?:marks\s+(?:the|a|an|\d+|one|two|three|four|five|ten)\b|is\s+the\s+(?:[\p{L}\d-]+\s+)?(?:anniversary|deadline|(?:first|last|final|opening|closing)\s+day)\b)/u.test(
        sentence.slice(m.index + m[0].length),
      );
    // "Visitors landing after noon on Friday must register", "you can collect it on Monday": a modal of the present
    // governs the day, which is owed or allowed from then, a coming one (dates/direction.ts); not where a verb in
    // the past is the day's own ("anyone who saw the crash on Monday should call").
    const owed =
      lead !== "last" &&
      !told &&
      !pastGovernsAcross(sentence.slice(0, m.index)) &&
      (presentModalGoverns(sentence.slice(0, m.index)) || presentModalFollows(sentence.slice(m.index + m[0].length)));
    const forward =
      named ||
      lead === "next" ||
      (lead !== "last" && (aheadAt(m.index, m.index + m[0].length) || scheduled || owed) && !told);
    // "The Gophers play Saturday": a clause with no verb in the past and no word of the future tells a
    // schedule as often as a past day, and "said the show opens on Friday" keeps the speaker's present: which
    // Friday is not fixed. Only a past verb of the day's own clause puts it in the week gone ("The council
    // voted on Monday"); one in a clause joined to it ("She resigned, and her successor starts Monday") does not.
    // "lands in Kenya later on Friday" is the day the page was written, in whichever tense.
    const sameDay = /\b(?:later|earlier)\s+$/iu.test(sentence.slice(0, m.index));
    // "Tuesday’s vote", "Wednesday morning’s hearing": a possessive day places the happening its noun names.
    const possessive = /['’]s$/u.test(m[0]) || /^['’]s\b/u.test(sentence.slice(m.index + m[0].length));
    // "plans to end Saturday publication", "cut Sunday delivery": a bare weekday between a lower-case word that is no
    // preposition, determiner or owner and a noun it modifies names the kind of the noun's thing, any week's, as a
    // holiday's name does ("Valentine's Day candies"); "the Tuesday vote", "Trump's Saturday visit" name one happening,
    // and "said Tuesday profits fell" or "on Tuesday" tell a day.
    if (
      lead === "" &&
      !told &&
      !possessive &&
      !/\s(?:morning|afternoon|evening|night)$/u.test(m[0]) &&
      /(?:^|\s)\p{Ll}+\s+$/u.test(sentence.slice(0, m.index)) &&
      !CLASSIFIER_BLOCKED_BEFORE.test(sentence.slice(0, m.index)) &&
      modifiedNoun(m[0], sentence.slice(m.index + m[0].length))
    )
      return undefined;
    if (
      !locateOnly &&
      !forward &&
      lead !== "last" &&
      !told &&
      !sameDay &&
      !possessive &&
      (!PAST.test(dayClause(sentence, m.index, m.index + m[0].length)) ||
        fixture ||
        scheduledInPresent(sentence.slice(0, m.index)) ||
        schedulesAhead(sentence.slice(0, m.index)))
    )
      return undefined;
    // A past day six days back is the day after publication's weekday: a page dated in a zone behind the
    // story's ("ended close to 2 a.m. local time on Wednesday", dated Tuesday) or updated the next day tells
    // that next day as often as the week before, which a writer marks with "last". Which one is not fixed.
    // "That’s reversed Wednesday", "has risen Monday": a present perfect tells the day of writing, never a week
    // back, so it is the publication day or, six days back, the next one (a page dated in a zone behind the
    // story's); another weekday is not fixed.
    if (!locateOnly && !forward && lead === "" && !possessive && PRESENT_PERFECT.test(`${auxiliary} ${verbBefore}`)) {
      if (back !== 0 && back !== 6) return undefined;
      return {
        iso: addDays(published, back === 0 ? 0 : 1),
        precision: "day" as const,
        outsideThisWeek: false,
        afterThisWeek: false,
      };
    }
    if (!locateOnly && !forward && back === 6 && lead !== "last") return undefined;
    // "last Tuesday" written on a Thursday, "next Friday" on a Wednesday: a day of the publication's own week
    // (Sunday or Monday first) may be that one or the week's before or after, as writers use "last" and "next"
    // either way. Only a day outside that week is fixed ("last Friday" on a Tuesday, "next Tuesday" on a Thursday).
    if (!locateOnly && lead === "last" && back <= Math.min(from, (from + 6) % 7)) return undefined;
    if (!locateOnly && lead === "next" && ahead <= Math.min(6 - from, (7 - from) % 7)) return undefined;
    const iso = addDays(published, forward ? ahead : -back);
    // "… set to descend this week, … likely to reach severe levels on Wednesday", published on a Friday: the
    // sentence puts the day in the week of publication, and a day counted outside it contradicts the page.
    const monday = addDays(published, -((from + 6) % 7));
    const inThisWeekOf = (lead === "" || lead === "on") && /\bthis week\b/iu.test(sentence);
    // A day ahead past the week's end says the sentence's own "now" is later than publication.
    const afterThisWeek = inThisWeekOf && iso > addDays(monday, 6);
    const outsideThisWeek = afterThisWeek || (inThisWeekOf && iso < monday);
    return { iso, precision: "day" as const, outsideThisWeek, afterThisWeek };
  });

/** The weekdays a sentence dates: not one its own "this week" contradicts (`weekdayReadings`). */
const weekdays: Finder = (sentence, context) =>
  weekdayReadings(sentence, context)
    .filter((d) => !d.outsideThisWeek)
    .map(({ iso, precision, start, end, label }) => ({ iso, precision, start, end, label }));

/** A schedule's verb in the present heads the date's clause in a sentence with no past and no future words. */
const scheduledAhead = (sentence: string, start: number): boolean =>
  isPresentOnly(sentence) && schedulesAhead(sentence.slice(0, start));

/**
 * An ordinal or a superlative before the year in its phrase: "the second award this year", "her
 * first session … this year", "the best cast of this year" count or rank within the year, which
 * is then a span, not the date of an event.
 */
const RANKED =
  /\b(?!(?:first|second|third|fourth)\s+(?:half|quarter)\b)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|best|worst|biggest|largest|highest|lowest|most|least)\b(?:\s+\S+){0,7}\s+(?:of\s+)?$/iu;

/**
 * True in the first week of January for "earlier this year", or "this year" in a sentence told
 * in the past: a year a few days old has no "earlier", so the words were written in the old
 * year and the page cannot say which one they mean.
 */
const pastOfNewYear = (words: string, sentence: string, { published, future }: Context): boolean =>
  /^\d{4}-01-0[1-7]$/u.test(published) &&
  /\bthis\s+year$/iu.test(words) &&
  (/^earlier\b/iu.test(words) || (!future && PAST.test(sentence)));

/**
 * "This Week", "Last Month", "Next Year" with the unit capitalised: a name or a label ("the “This Week” folder", a
 * "This Month:" heading, a show's title), which prose would write "this week" even opening a sentence. No time told.
 */
const titleCasedUnit = (words: string): boolean => /\b(?:Week|Month|Year)\b/u.test(words);

/**
 * "last year", "earlier this year"; not "the last year" or "the past year" (spans), nor "her last year
 * of school", "his whole last year in office" (an owner's last year is a final one), nor a year
 * something is ranked in.
 */
const yearWords: Finder = (sentence, context) =>
  matchAll(
    sentence,
    /(?<!\b(?:the|my|his|her|its|our|your|their|whole|entire)\s)(?<!\bthe\s(?:earlier|later)\s)\b(?:(?:earlier|later)\s+)?(last|this|next)\s+year\b/giu,
    (m) => {
      const { year } = context;
      if (
        titleCasedUnit(m[0]) ||
        RANKED.test(clauseBefore(sentence, m.index)) ||
        pastOfNewYear(m[0], sentence, context)
      )
        return undefined;
      const offset = { last: -1, this: 0, next: 1 }[(m[1] ?? "").toLowerCase() as "last" | "this" | "next"];
      return { iso: String(year + offset), precision: "year" };
    },
  );

/**
 * "by the end of the year", "at the end of the year" in a sentence that looks ahead to it ("will be available to all
 * subscribers by the end of the year"): the year of publication, a deadline within it. Told in the past, the end of
 * the year may be any year's the story stands in, and is left out; the year is flagged inferred, so the timeline
 * drops it where the paragraph tells of another year.
 */
const endOfTheYear: Finder = (sentence, { year, aheadAt }) =>
  matchAll(sentence, /\b(?:[Bb]y|[Aa]t|[Bb]efore)\s+the\s+end\s+of\s+the\s+year\b/gu, (m) =>
    aheadAt(m.index, m.index + m[0].length) ? { iso: String(year), precision: "year", yearInferred: true } : undefined,
  );

/** "last month", "earlier this month"; not "the last month" (a span). */
const monthWords: Finder = (sentence, { year, month }) =>
  matchAll(sentence, /(?<!\bthe\s)\b(?:(?:earlier|later)\s+)?(last|this|next)\s+month\b/giu, (m) => {
    if (titleCasedUnit(m[0])) return undefined;
    const offset = { last: -1, this: 0, next: 1 }[(m[1] ?? "").toLowerCase() as "last" | "this" | "next"];
    return { iso: addMonths(year, month, offset), precision: "month" };
  });

/**
 * "last week", "earlier this week": the month, when the whole week (Sunday or Monday first) lies in one.
 * Not "this week" beside a weekday that, as the sentence's tense reads it, lies ahead past the
 * publication's week ("set to descend this week, … likely to reach severe levels on Wednesday",
 * published on a Friday): the sentence counts its week from a later day (an update), so which
 * week, and which month, is not fixed. A past weekday before the week ("… this week, after talks
 * stalled on Friday") contradicts nothing in it.
 */
const weekWords: Finder = (sentence, context) =>
  matchAll(sentence, /(?<!\bthe\s)\b(?:(?:earlier|later)\s+)?(last|this|next)\s+week\b/giu, (m) => {
    const { published } = context;
    if (titleCasedUnit(m[0])) return undefined;
    const offset = { last: -7, this: 0, next: 7 }[(m[1] ?? "").toLowerCase() as "last" | "this" | "next"];
    if (offset === 0 && !context.locateOnly && weekdayReadings(sentence, context).some((d) => d.afterThisWeek))
      return undefined;
    const weekday = new Date(`${published}T12:00:00Z`).getUTCDay();
    const monday = addDays(published, offset - ((weekday + 6) % 7));
    const [first, last] = [addDays(monday, -1), addDays(monday, 6)];
    return first.slice(0, 7) === last.slice(0, 7) ? { iso: first.slice(0, 7), precision: "month" } : undefined;
  });

/**
 * Words before a count that make it loose or one of a span: "about five years ago", "more than a year ago",
 * "two or three years ago", "three to four years ago", "five-six years ago". The day or year it leads to is a guess.
 */
const LOOSE_COUNT = `${NOT_LOOSE}(?<!\\b(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:or|to)\\s|[-–]\\s?)`;

/** A count `countedBack` reads, in words or figures. */
const BACK_COUNT = "(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})";
/** `countedBack`'s patterns, built once (see there). */
const UNITS_AGO = new RegExp(`${LOOSE_COUNT}\\b${BACK_COUNT}\\s+(year|month|day)s?\\s+ago\\b`, "giu");
const DECADES_AGO = new RegExp(`${NOT_LOOSE}\\b${BACK_COUNT}\\s+(decade)s?\\s+ago\\b`, "giu");
const BEEN_SINCE = new RegExp(
  `(?<=\\b(?:has|have)\\s+(?:now\\s+)?|['’]s\\s+(?:now\\s+)?)been\\s+${BACK_COUNT}\\s+(year)s?\\s+since\\b`,
  "giu",
);
const YEARS_AFTER = new RegExp(`(?<=,\\s+)${BACK_COUNT}\\s+(year)s?\\s+after\\b`, "giu");

/** "nine months ago", "2 years ago", "It's now been a year since …", "…, 18 years after …" after a clause in the present. */
const countedBack: Finder = (sentence, { published, year, month }) => {
  const back = (n: number, unit: string): Omit<RelativeDate, "start" | "end" | "label"> | undefined => {
    if (!Number.isFinite(n) || n < 1) return undefined;
    if (unit === "year") return { iso: String(year - n), precision: "year" };
    if (unit === "month") return { iso: addMonths(year, month, -n), precision: "month" };
    return { iso: addDays(published, -n), precision: "day" };
  };
  return [
    // "two or three years ago", "about five years ago" fix no year, and "50 years ago" is a round figure (as "a
    // decade ago" said loosely is): counts of years from 20 on in tens are left out, "10 years ago" is read.
    ...matchAll(sentence, UNITS_AGO, (m) => {
      const n = countOf(m[1] ?? "");
      const unit = (m[2] ?? "").toLowerCase();
      if (unit === "year" && n >= 20 && n % 10 === 0) return undefined;
      return back(n, unit);
    }),
    // "a decade ago", "two decades ago": ten years a decade; a decade is a round count, so one said loosely
    // ("more than a decade ago", "nearly two decades ago") fixes no year and is left out.
    ...matchAll(sentence, DECADES_AGO, (m) => back(countOf(m[1] ?? "") * 10, "year")),
    // "It's been a year since": counted from now; "had been" counts from the story's past.
    ...matchAll(sentence, BEEN_SINCE, (m) => back(countOf(m[1] ?? ""), "year")),
    // "Roughly 13,000 US troops remain in Afghanistan, 18 years after Washington invaded": after a clause in
    // the present, the count runs back from now; after one in the past ("He was freed in 2010, 18 years
    // after …") or the future it runs from that time, and a word like "nearly" leaves the count loose.
    ...matchAll(sentence, YEARS_AFTER, (m) => {
      const head = sentence.slice(0, m.index);
      if (PAST.test(head) || looksAhead(head) || /\b(?:19|20)\d{2}\b/u.test(head)) return undefined;
      return back(countOf(m[1] ?? ""), "year");
    }),
  ];
};

/** "this summer", "this fall": the publication's year (a season has no one month worldwide). */
const seasons: Finder = (sentence, { year, month }) => [
  ...matchAll(sentence, /\bthis\s+(?:spring|summer|fall|autumn)\b/giu, () => ({
    iso: String(year),
    precision: "year",
  })),
  // "Last fall": spring and fall end by May in one hemisphere and by November in the other, so
  // from January to May the last one lay in the year before wherever the writer was; later in
  // the year, it could be this year's or last year's. Summer and winter straddle New Year in the south.
  ...matchAll(sentence, /\blast\s+(?:spring|fall|autumn)\b/giu, () =>
    month <= 5 ? { iso: String(year - 1), precision: "year" } : undefined,
  ),
];

const MONTH_NAMES = MONTHS.join("|");

/**
 * A thing named by its year, then the clause that tells of it, up to a month: "their 2020
 * session that starts in early January", "the 2024 election, which takes place in November".
 * The month is that year's: the clause tells when the thing of that year happens. Not a year of
 * accounts or of a season, which may open in the year before ("the 2020 fiscal year that begins
 * in October").
 */
const NAMED_YEAR_CLAUSE =
  /(?:\b(?:the|its|their|his|her|our|this|a)\s+|\p{L}['’]s\s+)((?:19|20)\d{2})\s+(?!(?:[\p{L}-]+\s+){0,2}(?:fiscal|financial|school|academic|season|tax|budget|model)\b)(?:\p{Ll}[\p{L}-]*\s+){1,3},?\s*(?:that|which),?\s+(?:\p{Ll}+\s+){1,3}$/u;

/**
 * Before "in" and a month: a habit's slot, a word of custom and perhaps a day or week counted within the month ("its
 * traditional first Saturday in May", "the usual week in June"): a rule of the calendar, every year's, not one month.
 */
const CUSTOMARY_SLOT = new RegExp(
  `\\b(?:traditional|customary|usual|normal|regular|typical|annual)\\s+(?:(?:first|second|third|fourth|fifth|last|final)\\s+(?:${WEEKDAY_PATTERN}|weekend|week|day)\\s+|(?:slot|spot|date|time|place)\\s+)?$`,
  "iu",
);

/** `bareMonths`'s pattern, built once. */
const BARE_MONTH = new RegExp(
  `(?:\\b(in|In|since|Since|during|During|until|Until|by|By|from|From|early-?|Early-?|late-?|Late-?|mid-|last|Last|this|This|next|Next|(?:end|beginning|start|middle) of|[Aa]s of|(?<=\\b(?:[Ff]rom|[Bb]etween)\\s+(?:${MONTH_NAMES})\\s+)(?:to|through|and)|(?<=\\b(?:[Ii]n|[Dd]uring)\\s+(?:${MONTH_NAMES})\\s+)and)\\s*|^[“"‘']?)\\b(${MONTH_NAMES})\\b(?![-–]?\\s*\\d)(?:(?<=(?:mid|early|late|Early|Late)-(?:${MONTH_NAMES}))|(?!\\s+\\p{Lu}))`,
  "gu",
);

/**
 * A month named without day or year: after a preposition ("in June", "until July", "at the end of
 * August") or a part of the month, hyphenated too ("late-September", whose hyphen makes it the month even
 * before a capitalised word: "his late-September Ukraine trip"), or opening
 * the sentence as its subject ("November marked …"). The second month of a span ("from March to
 * May", "between October and December") or of a pair ("in March and April", "during June and
 * July") is the first one after the first month, which is read as any other: both in one telling,
 * in order ("in March or April" names neither for sure).
 */
const bareMonths: Finder = (sentence, { year, month, future, aheadAt }) => {
  /** The month the last match read, and where its words end. */
  let previous: { end: number; named: number; offset: number; inferred: boolean } | undefined;
  return matchAll(sentence, BARE_MONTH, (m) => {
    const lead = (m[1] ?? "").toLowerCase();
    const named = MONTHS.indexOf(m[2] ?? "") + 1;
    const before = sentence.slice(0, m.index);
    const first = previous;
    previous = undefined;
    if (lead === "to" || lead === "through" || lead === "and") {
      // Only right after the span's first month, read: "from March to May", not "from March 3 to May".
      if (first === undefined || !/^\s+$/u.test(sentence.slice(first.end, m.index))) return undefined;
      if (lead === "and" && named <= first.named) return undefined;
      const offset = first.offset + ((named - first.named + 12) % 12);
      // A span told in the past that would end after publication ("rose from March to May", in April) is an
      // earlier year's, which the words do not fix.
      if (first.offset <= 0 && offset > 0) return undefined;
      const iso = addMonths(year, month, offset);
      return first.inferred ? { iso, precision: "month", yearInferred: true } : { iso, precision: "month" };
    }
    // "postponed from its traditional first Saturday in May": a rule of the calendar, every year's.
    if (lead === "in" && CUSTOMARY_SLOT.test(before)) return undefined;
    const namedYear = NAMED_YEAR_CLAUSE.exec(before)?.[1];
    if (namedYear !== undefined && lead !== "last" && lead !== "next" && lead !== "this")
      return { iso: `${namedYear}-${String(named).padStart(2, "0")}`, precision: "month" };
    // "has fallen since June" (a span from that month up to now) and "up from 15% in August" (the base a figure
    // is measured against, dates/nonEvents.ts) count back whatever the tense: the month is a past one.
    const countsBack = lead === "since" || isComparisonBase(sentence, { start: m.index, end: m.index + m[0].length });
    // "The planting season ends in April" is every year's April: only a told past or a stated future fixes one.
    if (lead !== "last" && lead !== "next" && lead !== "this" && !future && !countsBack && !PAST.test(sentence))
      return undefined;
    // Opening the sentence, a month must be its subject ("November marked"), and "May" is a verb.
    if (lead === "" && !/^\s+\p{Ll}/u.test(sentence.slice(m.index + m[0].length))) return undefined;
    if (named === 5 && lead === "") return undefined;
    const diff = named - month;
    let offset: number;
    if (lead === "this") offset = diff;
    // "last October" written in November: the month just gone is "last month" to a writer, so the words may mean
    // the October a year before as well as that one; which, they do not fix.
    else if (lead === "last") {
      offset = diff < 0 ? diff : diff - 12;
      if (offset === -1) return undefined;
    } else if (lead === "next") offset = diff > 0 ? diff : diff + 12;
    // "a less hawkish decision next week than in April": the base of a comparison with a time to come is the
    // other time, gone or to come; the sentence's future does not place it, and which April the words do not fix.
    else if (!countsBack && /\bthan\s+$/iu.test(before) && aheadAt(m.index, m.index + m[0].length)) return undefined;
    // "have shifted since January", "will stay up from 15% in August": counts back whatever the sentence foresees.
    else if (!countsBack && aheadAt(m.index, m.index + m[0].length)) offset = diff >= 0 ? diff : diff + 12;
    // "said the tariffs take effect in June": the speaker's present, which June the words do not fix.
    else if (scheduledInPresent(before)) return undefined;
    // "you can return it by January": a deadline or a possibility, which January the words do not fix.
    else if (presentModalGoverns(before)) return undefined;
    // A month later in the year than publication, told in the past, is last year's only when a past verb
    // tells it: "closed in November" is; "published its schedule, with the first matches in April" is not.
    else if (diff > 0 && !countsBack && !toldInClause(sentence, m.index, m.index + m[0].length)) return undefined;
    else offset = diff <= 0 ? diff : diff - 12;
    const iso = addMonths(year, month, offset);
    const inferred = lead !== "last" && lead !== "this" && lead !== "next";
    previous = { end: m.index + m[0].length, named, offset, inferred };
    return inferred ? { iso, precision: "month", yearInferred: true } : { iso, precision: "month" };
  });
};

/** `attributiveMonths`'s pattern, built once. */
const ATTRIBUTIVE_MONTH = new RegExp(
  `(?<=\\b(?:an?|An?|the|The|its|Its|their|Their|his|His|her|Her)\\s+(?:(?!(?:following|next|previous|preceding|prior|same|last|past|coming|this|that|every|each|annual|yearly|usual|regular)\\b)\\p{Ll}{2,}\\s+)?|\\p{L}['’]s\\s+)(${MONTH_NAMES})\\b(?=\\s+\\p{Ll})(?!\\s+(?:of|and|or|to|through|until|quarters?|issues?|covers?|editions?)\\b)|\\b(${MONTHS.filter((month) => month !== "May").join("|")})['’]s(?=\\s)`,
  "gu",
);

/**
 * A month named as an attribute of a happening, without day or year: "an October news conference",
 * "Norway’s October oil production", "at October’s conference", "a key September conversation" (one
 * adjective between, not a word that counts from another time, "the following September", or of a
 * habit, "the annual October meeting"). A quarter named by its last month ("the September quarter
 * earnings") is a span of three months, no month's happening; nor is an issue's ("the magazine's
 * January cover", "its March issue"), the label a periodical is dated by, often ahead of its sale.
 * Read as a bare month is (told in the past, or stated for the future; its year inferred); "May’s"
 * is left out, as it is also a name's.
 */
const attributiveMonths: Finder = (sentence, context) =>
  matchAll(sentence, ATTRIBUTIVE_MONTH, (m) => {
    const named = MONTHS.indexOf(m[1] ?? m[2] ?? "") + 1;
    const { month, year, future, aheadAt } = context;
    if (!future && !PAST.test(sentence)) return undefined;
    const diff = named - month;
    const ahead = aheadAt(m.index, m.index + m[0].length);
    // "haven't yet qualified for the December debate", written in November: a later month is last year's only
    // when a past verb tells it, as for a bare month ("missed the December debate").
    if (!ahead && diff > 0 && !toldInClause(sentence, m.index, m.index + m[0].length)) return undefined;
    const offset = ahead ? (diff >= 0 ? diff : diff + 12) : diff <= 0 ? diff : diff - 12;
    return { iso: addMonths(year, month, offset), precision: "month", yearInferred: true };
  });

/**
 * The year of a day and month the text gives without one. A weekday stated with it ("Saturday,
 * May 18") fixes the year when exactly one year beside publication's has that day on that
 * weekday. Otherwise the tense of the day's own clause fixes the direction: the future (`ahead`, or
 * `maybe`: "might", "could") the next such day, the past the last one, the present a coming one within
 * a month, a verb that sets the day (`set`: "planned for", "moved to") the nearer one within a month; a reading against the tense's direction is left unresolved rather than guessed (the nearest
 * day, chrono's reading, was a guess where the tense did not fix it).
 */
export function yearOfMonthDay(
  month: number,
  day: number,
  weekday: number | null,
  {
    published,
    year,
    ahead,
    maybe,
    set = false,
    past = false,
    pastGoverns = past,
  }: {
    published: string;
    year: number;
    ahead: boolean;
    maybe: boolean;
    set?: boolean;
    past?: boolean;
    pastGoverns?: boolean;
  },
): string | undefined {
  const candidates = [year - 1, year, year + 1].flatMap((y) => {
    const iso = isoDay(y, month, day);
    return iso === undefined ? [] : [iso];
  });
  if (weekday !== null) {
    const matching = candidates.filter((iso) => new Date(`${iso}T12:00:00Z`).getUTCDay() === weekday);
    // None: the text's weekday and day disagree, and neither is taken over the other; two (years
    // apart): the weekday does not decide, and nothing is guessed.
    return matching.length === 1 ? matching[0] : undefined;
  }
  const daysFrom = (iso: string) => (Date.parse(iso) - Date.parse(published)) / 86_400_000;
  const last = candidates.findLast((iso) => daysFrom(iso) <= 0);
  const next = candidates.find((iso) => daysFrom(iso) >= 0);
  if (last === undefined || next === undefined) return undefined;
  if (last === next) return last;
  const nextIsNearer = daysFrom(next) <= -daysFrom(last);
  // The tense of the day's own clause says which way the day lies from publication, and the reading never
  // goes against it. Told of what is to come ("will open on March 10", "could face trial on May 2"): the next
  // such day, where it is the nearer one; told in the past ("was arrested in April for a March 21 call"): the
  // last one, unless the next lies within a month ("was freed on Jan. 9" in a page dated Jan. 5: the page was
  // written after its date, or the day is of another year). Told in the present ("the shop stays open from
  // Dec. 23", "the March 21 call is at the heart of the case"): the next such day within a month, a schedule;
  // a present clause does not tell a day gone by, and one further ahead is as likely last year's.
  if (ahead || maybe) return nextIsNearer ? next : undefined;
  // "was postponed to July 25", "an increase planned for Oct. 15": the verb tells when the day was set, not which
  // way it lies; the nearer one within a month either side of publication, else unresolved.
  if (set) {
    const nearer = nextIsNearer ? next : last;
    return Math.abs(daysFrom(nearer)) <= DAYS_AHEAD_UNMARKED ? nearer : undefined;
  }
  // A past verb elsewhere in the clause, not the day's own ("has become consumed by the Senate's desire to approve
  // the pick before the Nov. 3 election", in September), tells nothing of a day the next such one is nearer than:
  // last year's would be a guess. The day's own verb ("closed on Nov. 3") still tells the last one.
  if (past) return !nextIsNearer || (daysFrom(next) > DAYS_AHEAD_UNMARKED && pastGoverns) ? last : undefined;
  return nextIsNearer && daysFrom(next) <= DAYS_AHEAD_UNMARKED ? next : undefined;
}

/** How far after publication a day told in the present may lie and still be read as a coming one. */
const DAYS_AHEAD_UNMARKED = 31;

/** Words of what may be: a day in such a sentence is still to come. Lower case only: "May" is a month. */
const MAYBE = /\b(?:might|could|may)\b/u;

/**
 * The sentence with its parts of the day blanked out, letter for letter (offsets stay): chrono reads
 * "the night of Nov. 12" or "March 3 in the afternoon" as a time whose day it leaves unsure, and
 * gives no day; the part of the day adds nothing to the day the words fix.
 */
const withoutPartsOfDay = (sentence: string): string =>
  sentence.replace(/\b(?:night|morning|evening|afternoon|noon|midnight)\b/giu, (word) => " ".repeat(word.length));

/** A determiner or an owner right before a day: the day may be a thing's attribute ("the Jan. 6 committee"). */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|his|her|their|this|that|those|these)|\p{L}['’]s)\s+$/iu;
/**
 * After the day, a noun for what outlives a happening and is named by its day: a body or an inquiry
 * set up after it, its people, its legacy ("the Jan. 6 committee", "the Jan. 6 defendants", "the May
 * 4 movement"). The happening is of an earlier time than such a noun's, of whichever year.
 */
const NAMED_AFTER_A_DAY =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:committees?|commissions?|panels?|probes?|inquiry|inquiries|investigations?|hearings?|defendants|rioters|prosecutions|movements?|memorials?|museums?|generations?|era|legacy|survivors)\b/u;
/** After the day, a lower-case word that is no joining word: the noun the day modifies ("attacks", "vote"). */
const NOUN_AFTER =
  /^,?\s+(?!(?:and|or|to|through|until|till|of|in|at|on|for|with|when|as|is|was|were|will|had|has|have)\b)\p{Ll}/u;
/** Words that count years from the day: its happening is of another year than the day's last return. */
const YEARS_COUNTED = /\banniversar(?:y|ies)\b|\b(?:years?|decades?)\s+(?:ago|since|after|on|later)\b/iu;
/** A past verb that places a day ahead of it ("postponed to", "set for"): not a past act on that day. */
const SETS_A_DAY =
  /^(?:scheduled|rescheduled|set|planned|slated|postponed|delayed|moved|pushed|adjourned|deferred|called|announced|fixed|booked|expected|due)$/iu;
const PAST_WORD_ONLY = new RegExp(`^(?:${PAST.source})$`, "u");

/**
 * The verb right before a day, or before a particle or a pronoun it takes ("took place on", "found him on",
 * "went into effect on", "was set for").
 */
const verbBeforeDay = (before: string): string =>
  /(\p{L}+)\s+(?:(?:(?:into\s+)?effect|place|up|out|off|down|back|home|there|it|him|her|them)\s+)?(?:on\s+|for\s+|to\s+)?$/u.exec(
    before,
  )?.[1] ?? "";

/** A month's name, any case (`yearlessDayHolds`). */
const MONTH_NAME = new RegExp(MONTH_PATTERN, "iu");

/**
 * Whether a day and month without a year keeps the year `iso` gives it. Not when the month is
 * written in lower case ("prices may 10 times"): "may" and "march" are verbs first. Not a day that
 * names what outlived its happening ("the Jan. 6 committee", "the May 4 movement"), or a happening
 * the sentence counts years from ("the fifth anniversary of the March 3 flood"): that happening may
 * be of any year before ("the March 21 call", an act's noun alone, is the nearest). Not a past act on a day after publication ("the ceremony took place on Jan. 15" in a
 * page dated Jan. 2, "in custody since Jan. 15"): the page was written later than its date says, or the day is of another
 * year; which, the words do not fix ("was postponed to Jan. 15" sets a day ahead, and stays).
 */
function yearlessDayHolds(
  sentence: string,
  index: number,
  text: string,
  iso: string,
  published: string,
  ahead: boolean,
): boolean {
  const month = MONTH_NAME.exec(text);
  if (month && !/^\p{Lu}/u.test(month[0])) return false;
  const before = sentence.slice(0, index);
  const after = sentence.slice(index + text.length);
  if (DETERMINER_BEFORE.test(before) && NOUN_AFTER.test(after))
    if (NAMED_AFTER_A_DAY.test(after) || YEARS_COUNTED.test(sentence)) return false;
  if (iso > published && !ahead) {
    const verb = verbBeforeDay(before);
    // "in custody since Jan. 15": a state that began on the day, which is past.
    if ((PAST_WORD_ONLY.test(verb) && !SETS_A_DAY.test(verb)) || /^since$/iu.test(verb)) return false;
  }
  return true;
}

/**
 * Whether the words before a day set it rather than tell it: a participle that sets a day right before it ("planned
 * for Oct. 15", "moved to March 20"), or before the infinitive that governs it ("had planned to impose Dec. 15",
 * "was expected to open March 3"): the day was fixed ahead of the act, which may not have come.
 */
const setsTheDay = (before: string): boolean =>
  SETS_AHEAD.test(verbBeforeDay(before)) ||
  SETS_AHEAD.test(/(\p{L}+)\s+to\s+\p{Ll}+\s+(?:on\s+)?$/u.exec(before)?.[1] ?? "");

/** After a day that opens an entry: its clock time, then the separator ("Nov. 18, 9:30 a.m. — …", "Nov. 4: …"). */
const ENTRY_SEPARATOR = new RegExp(
  String.raw`^\.?(?:,?\s*${HOUR_CLOCK}\s*(?:${HALF_OF_DAY})?)?\s*(?::|[-—–]|\|)\s+`,
  "u",
);

/** Nothing but opening marks and perhaps a weekday (`dayClause`). */
const ONLY_WEEKDAY = new RegExp(String.raw`^[\s“"‘']*(?:${WEEKDAY_PATTERN},?\s*)?$`, "u");

/**
 * The clause a day at [start, end) is told in (dates/direction.ts `clauseAt`); for a day that opens an entry
 * ("Nov. 18, 9:30 a.m. — The governor signed the decree"), the entry after its separator, whose verb tells it.
 */
function dayClause(sentence: string, start: number, end: number): string {
  const entry = ENTRY_SEPARATOR.exec(sentence.slice(end));
  if (entry && ONLY_WEEKDAY.test(sentence.slice(0, start))) return sentence.slice(end + entry[0].length);
  return clauseAt(withoutDashedAsides(sentence, start), start);
}

/**
 * The sentence with an aside set between two dashes blanked out, letter for letter (offsets stay), where it
 * does not hold `at`: "on Dec. 19 — about five hours before the vote — she posted photos" is one clause, whose
 * verb lies past the aside ("she posted"); a single dash still joins two clauses.
 */
const withoutDashedAsides = (sentence: string, at: number): string =>
  sentence.replace(/\s[—–]\s[^—–]*?\s[—–]\s/gu, (aside, index: number) =>
    at >= index && at < index + aside.length ? aside : " ".repeat(aside.length),
  );

/** The longest span of days, from its first to its last, that `runningSpanStart` reads as running at publication. */
const RUNNING_SPAN_DAYS = 92;

/**
 * The first day of a span of days without their year that runs through the publication day, told in the present
 * ("From December 22 through January 4 we are closed", written on December 28): the last such first day on or
 * before publication, where the next such last day on or after it closes a span of a season at most. A present
 * clause fixes no year for a lone day (`yearOfMonthDay`), but a span that holds the day of writing is the one
 * under way; one wholly ahead or behind is left as a lone day is.
 */
function runningSpanStart(result: chrono.ParsedResult, published: string, year: number): string | undefined {
  const { start, end } = result;
  if (!end || !end.isCertain("month") || !end.isCertain("day") || end.isCertain("year")) return undefined;
  const days = (y: number, month: number | null, day: number | null) =>
    [y - 1, y, y + 1].flatMap((candidate) => isoDay(candidate, month ?? 0, day ?? 0) ?? []);
  const first = days(year, start.get("month"), start.get("day")).findLast((iso) => iso <= published);
  const last = days(year, end.get("month"), end.get("day")).find((iso) => iso >= published);
  if (first === undefined || last === undefined) return undefined;
  const length = (Date.parse(last) - Date.parse(first)) / 86_400_000;
  return length > 0 && length <= RUNNING_SPAN_DAYS ? first : undefined;
}

/**
 * Whether a past verb in a day's clause tells nothing of the day: the day names a happening as its noun's attribute
 * ("before the Nov. 3 election", "ahead of the June 9 vote"), or a participle of what is coming heads its phrase
 * ("coming in paperback June 9"). Such a day is the nearer of last year's and this year's as often as the last, so a
 * past verb elsewhere ("has become consumed by the desire to approve the pick before the Nov. 3 election") does not
 * make it last year's (`yearOfMonthDay`).
 */
function untoldByPast(before: string, after: string, clause: string): boolean {
  // "He was arrested in April for the March 21 call": a clause told in the simple past places its happening's day
  // before it; a present perfect's participle ("has become consumed") tells no time gone, nor does one in a
  // compound adjective ("the Republican-led Senate").
  const perfectsOut = clause.replace(PERFECT_OR_PASSIVE, " ").replace(/[\p{L}\d]+-[\p{L}-]+/gu, " ");
  if (DETERMINER_BEFORE.test(before) && NOUN_AFTER.test(after) && !PAST.test(perfectsOut)) return true;
  const coming = /\bcoming\s+((?:[\p{L}-]+\s+){0,5})$/u.exec(before);
  return coming !== null && !PAST.test(coming[1] ?? "");
}

/** A participle after "has", "have", "be", "is" or "become": a present perfect or a passive in the present. */
const PERFECT_OR_PASSIVE =
  /\b(?:has|have|be|been|being|is|are|am|become|becomes)\s+(?:\p{L}+ly\s+)?(?:become\s+)?\p{Ll}+ed\b/gu;

/** Day and month without a year ("Sept. 2", "12 April", "Thursday, November 28"), read by chrono. */
const monthDays: Finder = (sentence, { published, year, aheadAt, locateOnly }) => {
  // chrono is slow: ask it only when a month name or abbreviation is there, and a digit (a day
  // written in words, "March third", is no date this keeps: its words must hold a digit).
  if (!/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/iu.test(sentence) || !/\d/u.test(sentence))
    return [];
  const instant = new Date(`${published}T12:00:00Z`);
  return chrono.en.casual.parse(withoutPartsOfDay(sentence), { instant, timezone: 0 }).flatMap((result) => {
    const { start } = result;
    // The words as the sentence writes them, parts of the day and all ("Tuesday morning, Nov. 19").
    const text = sentence.slice(result.index, result.index + result.text.length).replace(/[\s,.;:]+$/u, "");
    if (!start.isCertain("month") || !start.isCertain("day") || start.isCertain("year") || !/\d/u.test(text)) return [];
    // "6/8" names its month by a number whose place differs by country (and is as often a ratio): no day is fixed.
    if (!/\p{L}{3}/u.test(text)) return [];
    const weekday = start.isCertain("weekday") ? start.get("weekday") : null;
    // "the tour that stops at the arena on July 22": a clause in the present tells a schedule, and a day it
    // names is a coming one, never the last (dates/direction.ts); one already past this year is left unresolved.
    const scheduled =
      scheduledAhead(sentence, result.index) ||
      inPresentRelativeClause(sentence.slice(0, result.index)) ||
      namedDayIs(sentence.slice(0, result.index)) ||
      (isPresentOnly(sentence) && scheduleParticipleHeads(sentence.slice(0, result.index)));
    const ahead =
      aheadAt(result.index, result.index + text.length) || scheduled || toBeDoneBefore(sentence.slice(0, result.index));
    const clause = dayClause(sentence, result.index, result.index + text.length);
    const maybe = MAYBE.test(clause);
    const since = /\bsince\s+$/iu.test(sentence.slice(0, result.index));
    const told = yearOfMonthDay(start.get("month") ?? 0, start.get("day") ?? 0, weekday, {
      published,
      year,
      ahead,
      maybe,
      set: setsTheDay(sentence.slice(0, result.index)),
      // "in custody since July 5": a span from the day up to the telling, which is past.
      past: PAST.test(clause) || since,
      pastGoverns:
        since || !untoldByPast(sentence.slice(0, result.index), sentence.slice(result.index + text.length), clause),
    });
    const running = told === undefined && !ahead && !maybe ? runningSpanStart(result, published, year) : undefined;
    const iso = told ?? running;
    if (
      (iso === undefined || (scheduled && weekday === null && iso < published && running === undefined)) &&
      !locateOnly
    )
      return [];
    if (
      !locateOnly &&
      iso !== undefined &&
      !yearlessDayHolds(sentence, result.index, text, iso, published, ahead || maybe)
    )
      return [];
    return [
      {
        start: result.index,
        end: result.index + text.length,
        iso: iso ?? published,
        precision: "day" as const,
        label: text,
        yearInferred: true as const,
      },
    ];
  });
};

/**
 * After a holiday's name, a noun it modifies: "Valentine's Day candies", "a Christmas Eve tradition", "the
 * Easter Sunday service". The name tells what kind of thing it is, not a day anything happened (and not which
 * year's); a part of the day ("Christmas Eve night") is still the day.
 */
function namesAThing(after: string): boolean {
  const next = /^\s+(\p{Ll}[\p{L}-]*)(?:\s+([\p{L}'’-]+))?/u.exec(after);
  if (!next || /^(?:morning|afternoon|evening|night|midnight|noon)$/u.test(next[1] ?? "")) return false;
  const terms = (
    nlp(`the ${next[1]} ${next[2] ?? ""}`)
      .terms()
      .json() as { terms: { tags: string[] }[] }[]
  ).flatMap((t) => t.terms);
  const tags = terms[1]?.tags ?? [];
  return tags.includes("Noun") && !tags.includes("Pronoun");
}

/**
 * A holiday named as a day: "Christmas Day", "New Year's Eve", "Easter Sunday", "Valentine's Day",
 * and "Easter" after "on" or "the day after/before" ("Easter eggs", "over Easter" are not one day),
 * as "Christmas" and "Halloween" (perhaps with a part of the day: "on Halloween night"; "before
 * Christmas" is a deadline, no day). The
 * last one on or before publication, the next one in a sentence about the future.
 */
const holidays: Finder = (sentence, { published, year, aheadAt }) =>
  matchAll(
    sentence,
    /\b(?:(?:[Tt]he day (after|before)|[Oo]n)\s+)?(Easter(?= Sunday)|(?<=\b(?:after|before|[Oo]n)\s)Easter(?!\s+\p{L})|Christmas (?:Day|Eve)|New Year['’]s (?:Day|Eve)|Valentine['’]s Day|(?<=\b(?:[Tt]he day after|[Tt]he day before|[Oo]n)\s)(?:Christmas|Halloween)(?!\s+(?!(?:morning|afternoon|evening|night|in|of)\b)\p{L}))(?: Sunday)?\b(?:,?\s+(?:in\s+|of\s+)?((?:1[6-9]|20)\d{2})\b(?![-–]?\d))?/gu,
    (m) => {
      const day = holiday((m[2] ?? "").toLowerCase().replace("’", "'"));
      if (day === undefined || namesAThing(sentence.slice(m.index + m[0].length))) return undefined;
      // "on New Year's Eve in 1946", "Christmas Day, 2003": the year the words give.
      if (m[3] !== undefined)
        return { iso: addDays(day(Number(m[3])), m[1] === "after" ? 1 : m[1] === "before" ? -1 : 0), precision: "day" };
      const [before, this_, after] = [day(year - 1), day(year), day(year + 1)];
      const ahead = aheadAt(m.index, m.index + m[0].length);
      const iso = ahead ? (this_ >= published ? this_ : after) : this_ <= published ? this_ : before;
      const shift = m[1] === "after" ? 1 : m[1] === "before" ? -1 : 0;
      return { iso: addDays(iso, shift), precision: "day" };
    },
  );

/**
 * A holiday told with its year counted from publication: "at last year's Thanksgiving dinner", "this year's
 * Christmas Eve", "next year's Easter". The words fix the year, and the holiday its day in it; not before a
 * noun of a season or of another day ("last year's Christmas party", "Thanksgiving weekend", "Easter
 * holidays"). Thanksgiving is the United States' (calendar.ts).
 */
const yearsHoliday: Finder = (sentence, { year }) =>
  matchAll(
    sentence,
    /\b(last|this|next)\s+year['’]s\s+(Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Valentine['’]s Day|Halloween|Easter|Thanksgiving)\b(?!['’]|\s+(?:part(?:y|ies)|season|shopping|sales?|weekend|week|holidays?|break|vacation|period|rush|trees?|lights|cards?|bonus(?:es)?|markets?|specials?|episodes?|album|films?|movies?|songs?|concerts?|shows?|travel)\b)/giu,
    (m) => {
      const day = holiday((m[2] ?? "").toLowerCase().replace("’", "'"));
      const offset = { last: -1, this: 0, next: 1 }[(m[1] ?? "").toLowerCase() as "last" | "this" | "next"];
      return day === undefined ? undefined : { iso: day(year + offset), precision: "day" };
    },
  );

/** `monthOfYearWords`'s pattern, built once. */
const MONTH_OF_YEAR_WORDS = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${MONTH_PATTERN}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`,
  "gu",
);

/**
 * A month or a day of a month with its year told relative to publication: "in October last year",
 * "Oct. 3 of last year", "early March this year", "in January next year". The words fix the year,
 * so the month is that year's whatever the tense; read apart, the month would take the nearest
 * such month's year (October 2019 in a November 2019 article) beside a "last year" of 2018.
 * Matched whole, so chrono never reads the day alone.
 */
const monthOfYearWords: Finder = (sentence, context) =>
  matchAll(sentence, MONTH_OF_YEAR_WORDS, (m) => {
    const month = monthNumber(m[2] ?? "");
    const day = m[1] ?? m[3];
    if (month === undefined || (m[1] !== undefined && m[3] !== undefined)) return undefined;
    if (pastOfNewYear(m[0], sentence, context)) return undefined;
    const offset = { last: -1, this: 0, next: 1 }[(m[4] ?? "").toLowerCase() as "last" | "this" | "next"];
    const year = context.year + offset;
    // A day that year has not ("Feb. 29 last year" in 2020) is a slip: the month and year still stand.
    const iso = day === undefined ? undefined : isoDay(year, month, Number(day));
    return iso === undefined
      ? { iso: `${year}-${String(month).padStart(2, "0")}`, precision: "month" }
      : { iso, precision: "day" };
  });

/**
 * "Two years ago this month", "a year ago this week": the count goes back from the month or the
 * week of publication, so the month is that many years back ("this month") and the week's words
 * are no date of their own (read alone, "this month" dated the sentence now). Only the year is
 * kept for a week, which may straddle two months.
 */
const agoThisPeriod: Finder = (sentence, { year, month }) =>
  matchAll(
    sentence,
    /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+years?\s+ago\s+this\s+(month|week)\b/giu,
    (m) => {
      const back = countOf(m[1] ?? "");
      if (!Number.isFinite(back) || back < 1) return undefined;
      return (m[2] ?? "").toLowerCase() === "month"
        ? { iso: addMonths(year - back, month, 0), precision: "month" }
        : { iso: String(year - back), precision: "year" };
    },
  );

/**
 * A year written with an apostrophe for its century: "ran afoul of Bush in ’91", "since '08", "the class
 * of ’75". The words leave the century to the reader, who takes the last such year up to the publication
 * (the next one in a sentence about the future, "by ’30"); a decade ("the ’90s") is no year.
 */
const shortYears: Finder = (sentence, { year, aheadAt }) =>
  matchAll(
    sentence,
    /(?<=\b(?:in|In|since|Since|during|During|of|by|until|from|to|and|or)\s)['’](\d{2})\b(?!['’]?s\b|[-–]?\d|,\d|\.\d)/gu,
    (m) => {
      const short = Number(m[1]);
      const past = year - ((((year - short) % 100) + 100) % 100);
      const iso = aheadAt(m.index, m.index + m[0].length) && past < year ? past + 100 : past;
      return { iso: String(iso), precision: "year" };
    },
  );

/** Spanish "ayer" and weekdays ("el pasado martes", "este domingo"): dates/spanishDays.ts. */
const spanishWeekdays: Finder = (sentence, { published }) =>
  spanishDays(sentence, published).map((d) => ({ ...d, precision: "day" as const }));

/** The finders, most specific first: a later one never takes words an earlier one has read. */
const FINDERS: readonly Finder[] = [
  spanishWeekdays,
  agoThisPeriod,
  monthOfYearWords,
  monthDays,
  yearsHoliday,
  holidays,
  dayWords,
  toldToday,
  weekdayOfWeek,
  weekdays,
  weekWords,
  monthWords,
  yearWords,
  endOfTheYear,
  countedBack,
  shortYears,
  seasons,
  bareMonths,
  attributiveMonths,
];

/**
 * True when the words at `start` stand in a condition ("if I wake up tomorrow", "unless they
 * vote on Friday"): a supposed day, not one the article reports. A day written with its month
 * ("if you land after Saturday 3 October") is not asked: it is a day of the calendar, whatever the
 * condition supposes of it.
 */
const inCondition = (sentence: string, start: number): boolean =>
  /\b(?:if|If|unless|Unless)\b/u.test(clauseBefore(sentence, start));

/** The day `relativeDateSpans` reads phrases on: any real day locates them. */
const SPAN_READING_DAY = "2000-01-01";

/**
 * Where relative dates stand in `sentence`, left to right, for a reader that needs their places
 * and not their days (analysis/entities.ts, a dated listing line). The phrases are read as
 * `findRelativeDates` reads them on a fixed day; which day it is only changes the rare phrase a
 * finder declines by its day ("this year" in the first week of January).
 */
export function relativeDateSpans(sentence: string): { start: number; end: number }[] {
  return datesIn(sentence, SPAN_READING_DAY, true).map(({ start, end }) => ({ start, end }));
}

/** Relative dates in `sentence`, left to right; `published` is the article's `YYYY-MM-DD`. */
export function findRelativeDates(sentence: string, published: string | undefined): RelativeDate[] {
  return datesIn(sentence, published, false);
}

function datesIn(sentence: string, published: string | undefined, locateOnly: boolean): RelativeDate[] {
  if (published === undefined || !/^\d{4}-\d{2}-\d{2}$/u.test(published)) return [];
  const [year, month] = published.split("-").map(Number) as [number, number];
  const context: Context = {
    published,
    year,
    month,
    future: looksAhead(sentence),
    aheadAt: (start, end) => looksAheadAt(sentence, start, end),
    locateOnly,
  };
  const found: RelativeDate[] = [];
  /** Days written with their month ("from 4am Saturday 3 October"): a calendar's day, which no condition supposes. */
  const written = new Set<RelativeDate>();
  for (const finder of FINDERS) {
    for (const reading of finder(sentence, context)) {
      if (found.some((f) => reading.start < f.end && reading.end > f.start)) continue;
      const date = { ...reading, route: finder.name };
      found.push(date);
      if (finder === monthDays) written.add(date);
    }
  }
  return found
    .filter((date) => written.has(date) || !inCondition(sentence, date.start))
    .sort((a, b) => a.start - b.start);
}
