/**
 * Page furniture: paragraphs and sentences a page prints around an article — datelines and page
 * clocks, bylines, photo captions and credits, page notes, related-story teasers — that carry a
 * date but are not the article's telling, so never become timeline events (analysis/timeline.ts).
 * Decided by what the text is, whatever ingest left in the body.
 */
import { MONTH_PATTERN, WEEKDAY_PATTERN } from "#lib/content/dates.ts";
import { findEventDates, type Found } from "./absoluteDates.ts";
import { IRREGULAR_PAST, isPresentOnly, opensOnScheduleParticiple, PAST, schedulesAhead } from "./direction.ts";
import { relativeDateSpans } from "#lib/content/relativeDates.ts";
import nlp from "#lib/text/nlp.ts";
import type { Block } from "#lib/text/sentences.ts";
import { LruCache } from "#lib/lruCache.ts";
import { COPYRIGHT_OPENING, PLATFORM } from "#lib/normalize/uiText.ts";
import { endsOnPhotographerCredit, wireTrailerOpening } from "#lib/text/credits.ts";
import { labelCase, STAMP_WORDS } from "#lib/text/stampLabels.ts";
import { HALF_OF_DAY, HOUR_CLOCK } from "#lib/text/clockTime.ts";

/** Words a page prints beside a date in a dateline or page clock, not the article's telling. */
const CLOCK_WORDS =
  /(?<!\p{L})(?:today|updated|published|posted|last|modified|originally|first|on|at|am|pm|a\.m|p\.m|[ecmp][sd]?t|gmt|utc|bst|cet|cest|eest|ist|jst|kst|hkt|sgt|aest|aedt|msk|wib|pht|sast|mon|tue|tues|wed|thu|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|ago|mins?|minutes?|hours?|hrs?|read|reading|time|by)(?!\p{L})/giu;
/** A time zone in capitals ("HKT", "AEDT"). */
const ZONE = /\b\p{Lu}{1,3}T\b/gu;

/** The sentence without its dates, and the words left that are not a clock's or a zone's. */
function wordsBesideDates(
  sentence: string,
  dates: readonly { start: number; end: number }[],
): { rest: string; words: string[] } {
  let rest = sentence;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + rest.slice(d.end);
  const words =
    rest
      .replace(ZONE, " ")
      .replace(CLOCK_WORDS, " ")
      .match(/\p{L}[\p{L}’'.-]*/gu) ?? [];
  return { rest, words };
}

/**
 * True when a line is a stamp and nothing else: a stated date or a clock time with only the
 * words a page clock prints beside it ("Wednesday, April 16, 2025", "Published April 2, 2025",
 * "4:12 p.m. ET", "Posted: 2025-04-15 09:30"). Stricter than `isDateline` (no name beside it, a
 * day or a time stated): ingest removes such a line from a body (normalize/pageNotes.ts).
 */
export function isDateStamp(line: string): boolean {
  const dates = findEventDates(line);
  // A day or a time: a year or a month alone may head a chronology's section ("2019", "June 2025").
  const clock = /\b\d{1,2}[:.]\d{2}\b/u.test(line);
  if (!clock && !dates.some((d) => d.date.precision === "day")) return false;
  const { rest, words } = wordsBesideDates(line, dates);
  // Digits left over are a clock's ("09:30") or a date's; any other figure is a number of the telling.
  return words.length === 0 && /^[\s\d:.,·•|/()–—-]*$/u.test(rest.replace(CLOCK_WORDS, "").replace(ZONE, ""));
}

/**
 * True when the sentence is only a date (a dateline, "07 September 2025", "Updated 3:45 PM EST,
 * Feb 19, 2025", "16 November 2017 • 2:15pm"), or a date beside a name and nothing else (a
 * byline without "By": "Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Jane Doe | Fox News").
 */
export function isDateline(sentence: string, dates: readonly { start: number; end: number }[]): boolean {
  const { rest, words } = wordsBesideDates(sentence, dates);
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

/**
 * True when the date at `span` stands on a line of its own within a sentence that runs over
 * several lines — a page clock ingest left glued above the headline or the text
 * ("Friday, March 29, 2024\nLatin America remains …"): that line alone is a dateline
 * (`isDateline`). `spans` are all the dates read in the sentence.
 */
export function isOnClockLine(
  sentence: string,
  span: { start: number; end: number },
  spans: readonly { start: number; end: number }[],
): boolean {
  if (!sentence.includes("\n")) return false;
  const start = sentence.lastIndexOf("\n", span.start - 1) + 1;
  const newline = sentence.indexOf("\n", span.end);
  const end = newline < 0 ? sentence.length : newline;
  if (start === 0 && end === sentence.length) return false;
  const inLine = spans
    .filter((s) => s.start >= start && s.end <= end)
    .map((s) => ({ start: s.start - start, end: s.end - start }));
  return isDateline(sentence.slice(start, end), inLine);
}

/**
 * What a page prints right before its stamp's date, capitalised as a label is: "Updated 6:02 PM
 * EST, Thu", "Published:", "Last modified on", "Posted at 10:14," (prose's "was updated on March
 * 3" is a happening). The date after it is when the page changed, wherever
 * ingest glued the stamp ("By Pedro Lima, CNNUpdated 6:02 PM EST, Thu March 6, 2025").
 */
const STAMP_LABEL = new RegExp(
  `(?:${labelCase(STAMP_WORDS)}|Modified|Last [Mm]odified|LAST MODIFIED|(?:First|Originally) (?:[Pp]ublished|[Aa]ired|[Bb]roadcast))\\s*(?:on|at)?\\s*:?\\s*(?:\\d{1,2}[:.]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*(?:\\p{Lu}{2,4})?\\s*,?\\s*)?(?:\\p{Lu}\\p{Ll}{2,8}\\.?,?\\s*)?$`,
  "u",
);

/**
 * What stands right before a stamp's date that is no label: the copyright sign or word ("©1996-2019
 * Ziff Davis", "contents are © 2019 …", "© Autonomous Nonprofit Organization “TV-Novosti”, 2005–2019"),
 * a label in any case with its colon ("updated: Nov 20 2019"), a listing's separator ("Cartel leader extradited · 3
 * days ago", "… | March 3, 2025"), or an update's label with a comma ("UPDATE, March 4, 2025, 10
 * a.m.: …", whose own words may still tell a dated event), or a stamp's label in any case opening the
 * sentence or glued after one ("… go on. posted on April 21, 2015, at 11:29 a.m.", "Posted by admin on …").
 */
const COPYRIGHT_BEFORE =
  /(?:©|\bCopyright\b|\(c\))\s*(?:©\s*)?$|©[^.!?©\n]{0,80}$|\s[·|•]\s*$|^\s*[[(]?(?:UPDATE|Update|Updated),\s*$|\b(?:updated|published|posted|modified):\s*$|(?:^|[.!?]\s+)(?:(?:last|first|originally)\s+)?(?:updated|published|posted|modified)\s*(?:by\s+[^.!?,]{1,40}?\s+)?(?:on|at)?\s*$/iu;

/**
 * A byline's "By" and the author's name right before the stamp's date, opening the sentence or
 * glued after one ("… go on. by Jane Roe December 23, 2016 at 7:18am", "By Jane Roe | May 3,
 * 2025"): the credit's date, when the article went up. Not "By March 2025, …", "By Monday, …"
 * (a deadline the telling sets: no name between), nor "signed by Jane Roe on May 3" (no "By"
 * opening the sentence).
 */
const BYLINE_BEFORE = new RegExp(
  String.raw`(?:^|[.!?]["”’]?\s+)[Bb]y\s+(?!(?:${MONTH_PATTERN}|${WEEKDAY_PATTERN}|The|Then))\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*[,|·•–—-]?\s*$`,
  "u",
);

/**
 * True when the date at `span` is a page stamp's: it follows the stamp's label (`STAMP_LABEL`),
 * a listing's separator or a byline's name (`BYLINE_BEFORE`), or it is a copyright's year, which
 * says whose the page is, wherever the sentence goes on.
 */
export function isStampDate(sentence: string, span: { start: number }): boolean {
  const before = sentence.slice(Math.max(0, span.start - 60), span.start);
  return (
    STAMP_LABEL.test(before) ||
    COPYRIGHT_BEFORE.test(before) ||
    BYLINE_BEFORE.test(before) ||
    (CLOCKED_STAMP_BEFORE.test(before) && CLOCKED_DAY.test(sentence.slice(span.start)))
  );
}

/**
 * What opens a page's stamp of a day and its clock time that has no label of its own: a lower-case "on"
 * opening the sentence or glued after one, and ", updated" after the first stamp ("… go on. on December 27,
 * 2014 at 4:28 PM, updated December 29, 2014 at 1:59 PM"). Prose opens no sentence on a lower-case word, and
 * tells a change with its verb ("was updated on March 3").
 */
const CLOCKED_STAMP_BEFORE = /(?:^|[.!?]["”’]?\s+)on\s+$|\p{L}\.?,\s+updated\s+(?:on\s+)?$/u;
/** A day in full with its year, then "at" and a clock time: "December 27, 2014 at 4:28 PM". */
const CLOCKED_DAY = new RegExp(
  `^${MONTH_PATTERN}\\.?\\s+\\d{1,2},?\\s+\\d{4},?\\s+at\\s+\\d{1,2}:\\d{2}\\s*[AaPp]\\.?[Mm]\\b`,
  "u",
);

/**
 * True when the day at `span` is a picture's, told in the present: a sentence with no verb in the
 * past, no word of the future and no saying ("A drone flies over the Rio Grande on Feb. 3.",
 * "Teachers hold a rally at the Statehouse, Tuesday, Nov. 19, 2019, calling for …") that dates a
 * day on or before publication describes what a caption's picture shows, as news tells a past day
 * in the past tense. A schedule's verb ("The show opens to the public on Wednesday") sets the day
 * and stays; without a publication date nothing says the day is past, and a chronology's item
 * opens on its day.
 */
export function isPresentTenseDay(
  sentence: string,
  span: { start: number; end?: number },
  date: { iso: string; precision: string },
  published: string | undefined,
): boolean {
  if (published === undefined || date.precision !== "day" || date.iso > published) return false;
  // "Sondland’s appearance at Wednesday morning’s hearing … is of particular concern": a day named as a
  // possessive places the happening its noun names, which the present tense tells about; a caption dates
  // its picture with the day itself ("on Tuesday", ", Tuesday, Nov. 19, 2019,").
  if (
    span.end !== undefined &&
    (/['’]s$/u.test(sentence.slice(span.start, span.end)) || /^['’]s\b/u.test(sentence.slice(span.end)))
  )
    return false;
  const before = sentence.slice(0, span.start);
  // "in force since Jan. 1": a state that holds from a past day, which the present tells; a day that opens its
  // line heads a chronology's item, which tells in the present ("June 1, 2025: Voters elect 881 judges").
  // "lands in Kenya later on Friday" is the day the page was written, told as it happens.
  if (
    /\b(?:since|from|as of|later|earlier)\s+(?:\p{L}+,?\s+)?$/iu.test(before.slice(-20)) ||
    /^[\s\-–—*•·]*$/u.test(before)
  )
    return false;
  // A quotation or a cry ("VOTE on November 5th!") is a speaker's present, not a picture's.
  if (!isPresentOnly(sentence) || schedulesAhead(before) || /[“”"!]/u.test(sentence)) return false;
  // The words list only common past forms ("drew" is not one): the tagger must read a present and no past.
  const tags = verbPhraseTags(sentence).flatMap((verb) => verb.flatMap((term) => [...term]));
  return tags.includes("PresentTense") && !tags.some((tag) => tag === "PastTense" || tag === "Perfect");
}

/** What follows a listing's date: its time, if any ("· 6 p.m."), a colon or a dash, then the phrase (group 1). */
const LABEL_AFTER_DATE = new RegExp(
  String.raw`^\s*(?:[·|•,]?\s*${HOUR_CLOCK}\s*${HALF_OF_DAY}\s*)?(?::|[-—–])\s+(\S.*)$`,
  "u",
);

/**
 * True when the date at `span` opens a line of a listing: "April 22: Town hall on trade, Laredo
 * College", "May 6 — Chamber of commerce breakfast". The date, a colon or a dash, then a phrase
 * with no verb names what is scheduled on a page's events list or a table, not a happening; a
 * chronology's line tells one with a verb ("June 1: Voters elect 881 judges") and stays.
 */
export function isListingLine(sentence: string, span: { start: number; end: number }): boolean {
  const lineStart = sentence.lastIndexOf("\n", span.start - 1) + 1;
  if (sentence.slice(lineStart, span.start).trim() !== "") return false;
  const newline = sentence.indexOf("\n", span.end);
  const rest = sentence.slice(span.end, newline < 0 ? sentence.length : newline);
  // Its time may stand between ("Thursday, Oct. 30 · 6 p.m. — Public forum …").
  const what = LABEL_AFTER_DATE.exec(rest)?.[1];
  return what !== undefined && what.split(/\s+/u).length <= 20 && nlp(what).verbs().length === 0;
}

/** A byline with its date: "By Jane Doe, Reuters, January 3, 2025" (not "By March 2025, …", "By Tuesday, …"). */
const BYLINE = new RegExp(`^By\\s+(?!${MONTH_PATTERN}\\b|${WEEKDAY_PATTERN}\\b|The\\b|Then\\b)\\p{Lu}`, "u");
/** The signature line of an embedded post: "— Name (@handle) January 20, 2026". */
const EMBED_SIGNATURE = /^[—–-]\s*[^\n]{0,80}\(@\w+\)/u;
/**
 * The label of a box the page sets between paragraphs, opening its line: "Live updates: …",
 * "Podcast: …", "Related: …", "You may also like: …", "Most read: …", "Video: …", "More from
 * April 2025", "Upcoming events", "Sponsored stories".
 * Shared with ingest (normalize/pageNotes.ts), which removes a short unpunctuated line opening
 * on one.
 */
export const PAGE_LABEL =
  /^(?:Factbox|Explainer|Related(?: \p{L}+)?|You (?:may|might) also like|Breaking(?: news)?|Developing(?: story)?|Just in|Most (?:read|popular|viewed|shared)|Top stories|Video|Audio|Gallery|Slideshow|Read more|Read also|Also read|See also|Watch|Listen|More|Recommended|Trending|Don['’]t miss|Must read|Editor['’]s note|Correction|Clarification|Updated|Archives?|Filed under|Tags|Topics|Categor(?:y|ies)|Previous(?: article| story| episode)?|Next(?: article| story| episode)?|Up next|Podcast|Episode \d+|Ep\. \d+|Events?|Date|When|Where|About the authors?|Live(?: updates| coverage| blog)?)\s*[:|»›]|(?:^|:\s*)Live (?:updates|coverage|blog)\b|^More (?:from|coverage|stories|news|on)\b|^(?:Upcoming|Coming) events\b|^Sponsored (?:stories|content|links)\b/iu;
/**
 * A pointer to a graphic the page links in parentheses, opening: "(Graphic: …", "(Chart: …".
 * Shared with ingest (normalize/pageNotes.ts), which removes such a pointer set as a line.
 */
export const GRAPHIC_POINTER_OPENING = /\((?:Graphic|Chart|Map|Interactive|Video|Table)s?:\s/iu;
/** A caption's credit or a page's note on the article, wherever it stands in the paragraph. */
const PAGE_NOTE = new RegExp(
  `\\b(?:Credit|Photograph|Photo|Foto|Image|Picture)s?:\\s|${GRAPHIC_POINTER_OPENING.source}|(?:^|[.!?]\\s+)Sources?:\\s|\\bappears in print\\b|\\bon Page [A-Z]?\\d|^Updated\\s+(?:at|on)\\b|^(?:Sign up|Subscribe|Join now|Become a (?:member|subscriber|supporter))\\b|\\bappeared in print\\b|\\ba version of this (?:article|story)\\b|\\bthis (?:article|story|report|piece) (?:was|has been) (?:first |originally )?(?:published|updated|posted|amended)\\b|(?:^|[.!?]\\s+)[([]?\\s*(?:first|originally) (?:published|appeared|posted)\\b|\\b(?:article|story|report|piece|post|column|essay|version)\\b[^.!?]{0,40}?\\b(?:first|originally) (?:published|appeared|posted)\\b|${PAGE_LABEL.source}`,
  "iu",
);
/**
 * A photo credit or a caption's own words on its picture ("(Photo by …)", "Photo courtesy of …", "Credit...Jane Roe/The Ledger", "[File: Reuters]", "In this Jan. 21, 2025
 * file photo, …", "Chart shows homicides by month since January 2024"), or a caption's label as a page prints it before the caption ("Image caption
 * Mr Obama spoke in Lima on Sunday", "Media caption …").
 */
const PHOTO_NOTE =
  /^\s*\d{1,3}\s+(?:of|\/)\s+\d{1,3}\s+\p{Lu}|\[\s*(?:File|Photo|Image|Picture|Video)(?: photo)?\s*:\s*[^\]\n]{1,60}\]|^(?:[Tt]his |[Tt]he )?(?:[Cc]hart|[Mm]ap|[Gg]raphic|[Gg]raph|[Tt]able|[Ii]nfographic)\s+(?:above\s+|below\s+)?(?:shows|showing)\b|\b(?:Image|Media|Photo|Video) caption\b|\((?:Photo|Image|Picture)s? (?:by|courtesy|credit)\b|^\s*(?:Photo|Image|Picture)s? (?:by|courtesy of|credit)\s+\S|\bCredit(?:\.{3}|…)\s*\p{Lu}|\bAP Photo\/|\bGetty Images\b|\b(?:REUTERS|AFP|EPA)\s*\/|\bLicensing Rights\b|^(?:In )?[Tt]his\b.{0,40}?\b(?:photo|photograph)\b|^[Tt]his\b.{0,40}?\b(?:image|picture|screenshot|screen grab|video still)\b[^.]{0,60}?\b(?:shows|showing|taken|provided|released)\b|\bin this (?:[\p{L}-]+ ){0,2}(?:photo|photograph|picture|image|screenshot|screen grab|video still|handout)\b/u;
/**
 * A call to the reader opening its sentence: "Join us on June 5 …", "Join our newsletter: …",
 * "Register here", "Sign up for our newsletter", "Listen to this episode", "Read the full report", "Follow
 * Jane Roe on Twitter", "Please follow Money Desk on Twitter and Facebook", "Ask Jane a question". Shared with ingest
 * (normalize/pageNotes.ts), which removes a paragraph made only of such calls.
 */
export const READER_CALL = new RegExp(
  String.raw`^\s*(?:Join us|Join (?:our|the) [\p{L} ]{0,30}?(?:newsletter|mailing list|webinar|waitlist)|Register (?:here|now|today|for)|RSVP|Sign up|Subscribe|Tune in|Watch (?:live|it live|the full)|Follow (?:us|him|her|them|me) on|(?:Please )?Follow \[?[\p{L}'’.&-]+(?: [\p{L}'’.&-]+){0,3}\]?(?:\([^)\s]*\))? on \[?${PLATFORM}|Ask (?:[\p{L}'’.-]+ ){1,3}a question|(?:Have|Got) a (?:news )?tip|Get (?:our|the) [\p{L} ]{0,30}newsletter|(?:Listen to|Read|Follow|Watch|Download) (?:this|our|the full|the latest)|Click here|Tap here)\b`,
  "iu",
);
/**
 * A sentence that is a note of the page's own, not the article's telling, wherever ingest left
 * it: a wire trailer ("Reporting by …; Editing by …"), a
 * correction or update stamp ("Correction, March 5, 2025: …", "Correction appended March 4", "This story was corrected on …",
 * "An earlier version of this article …"), a call to the reader ("Join us on June 5 …",
 * "Register here", "Sign up …", "Listen to this episode", "Read the full report"), a contributor's credit
 * ("… contributed reporting from …") or a funder's ("produced with support from …"), a
 * comment's header ("Ana on March 4, 2025 at 9:12 pm said:"), a rights notice ("… material from
 * Acme Wire, which is copyright and cannot be reproduced") or a file photo's own line. A copyright line is
 * `isCopyrightNote`'s, which keeps a lede glued after a long one.
 */
const SENTENCE_NOTE = new RegExp(
  `${READER_CALL.source}|^\\s*${wireTrailerOpening({ desk: true })}|;\\s*(?:Editing|Writing|Edited) by\\b|^\\s*(?:Correction|Clarification|Editor['’]s note)\\b[^:.!?]{0,40}:|^\\s*(?:Correction|Clarification)s?\\s+(?:appended|added|made|issued)\\b|\\b(?:republished|reprinted|reproduced) with permission\\b|\\bcopyright\\b[^.!?]{0,80}\\b(?:cannot|can not|may not|must not) be (?:reproduced|republished|redistributed|rebroadcast|copied)\\b|\\bfirst ran (?:on|in)\\b|^\\s*@\\w{1,30}\\s+(?:replied|commented|wrote)\\b|\\bproduced with (?:the )?(?:support|funding|a grant)\\b|\\b\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s+(?:said|says|wrote):\\s*$|\\bthis (?:article|story|report|piece|post|page|version)\\b[^.]{0,40}\\b(?:was|has been|had been|is being)\\s+(?:\\p{L}+\\s+)?(?:corrected|updated|amended|revised|changed|edited|published|posted|republished|reviewed|fact-checked)\\b|\\b(?:an earlier|a previous|a prior) version of this\\b|\\bcontributed (?:reporting|to this (?:report|article|story))\\b|^\\s*FILE(?: PHOTO\\b|\\s*[-–—:])`,
  "iu",
);
/**
 * A reference list's entry or its note: "Archived from the original on October 4, 2002.", "Retrieved 1 May
 * 2016.", "Eich, Brendan; David Hyatt (April 2, 2003). "mozilla development roadmap"." (a surname, a comma,
 * the source's date in brackets, then its title in marks), perhaps after a wiki's backlink "^". The dates are
 * the sources' and their retrieval, not the article's telling. So is a citation's retrieval note anywhere in its
 * sentence, a day with its year and then the address it was fetched from ("Citation: Title (2021, March 3)
 * retrieved 5 March 2021 from https://…"): prose does not give a web address as where it "retrieved" a text.
 */
const CITATION =
  /^\s*(?:\^\s*(?:[a-z]\s+){0,3})?(?:(?:Archived from the original on|Retrieved(?: on)?)\s+(?:\d{1,2}\s+\p{Lu}\p{L}+|\p{Lu}\p{L}+\.?\s+\d{1,2}|\d{4}-\d{2}-\d{2})|\p{Lu}[\p{L}'’-]+,\s+\p{Lu}[\p{L}.;,'’ -]{0,60}\([^()]{0,30}\d{4}\)\.\s+["“])|\bretrieved\s+(?:on\s+)?(?:\d{1,2}\s+\p{Lu}\p{L}+\.?,?\s+\d{4}|\p{Lu}\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})\s+from\s+(?:https?:\/\/|www\.)/iu;
/** An e-mail address, or a social handle (with the network's name before it or not). */
const EMAIL_OR_HANDLE = String.raw`[\w.+-]+@[\w-]+\.[\w.]+|(?:twitter\s+|x\s+)?@\w{2,15}\b`;

/**
 * How to reach the writer, with the address: "Jane Roe may be reached at jroe@example.com",
 * "He can be contacted on Twitter @jroe". The page's note on its author, not the article's telling.
 * Also the same note as an order to the reader, the address closing it: "Write to Jane Roe at
 * jroe@example.com", "Email the writer at jroe@example.com.", "Contact him at @jroe". Only the
 * order, whom it names and the address: a story that reports someone writing to someone goes on
 * past the address or has no address at all.
 */
export const AUTHOR_CONTACT = new RegExp(
  String.raw`\b(?:can|may) be (?:reached|contacted|emailed)\b[^!?]{0,60}?(?:${EMAIL_OR_HANDLE})|^\s*(?:write to|e-?mail|contact|reach)\s+(?:the\s+(?:writer|writers|author|authors|reporter|reporters|columnist|editor)|him|her|them|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:at|via|on)\s*:?\s*(?:${EMAIL_OR_HANDLE})(?:\s*(?:,|or|and)\s*(?:${EMAIL_OR_HANDLE}))?\s*[.!]?\s*$`,
  "iu",
);

/**
 * The same note as a clause of purpose: "To reach the reporter behind this story, contact
 * jroe@example.com." Whom to reach is the story's writer or editor; the address closes it.
 */
export const AUTHOR_CONTACT_PURPOSE = new RegExp(
  String.raw`^\s*to\s+(?:reach|contact)\s+(?:the\s+)?(?:reporters?|writers?|authors?|editors?)\b[^.!?]{0,40},\s*(?:contact|e-?mail|write\s+to)\s+(?:${EMAIL_OR_HANDLE})\s*[.!]?\s*$`,
  "iu",
);

/**
 * An update's stamp, its label and time and nothing of the news ("UPDATE: Dec. 22, 2016, 2:16
 * p.m. EST", then perhaps "Updated with further clarification from …"), or that closing note
 * alone: the editor's record of a change, which also dates no event.
 */
const UPDATE_STAMP = String.raw`update[ds]?\s*:\s*${MONTH_PATTERN}\.?\s+\d{1,2},?\s*(?:\d{4})?,?\s*(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\p{Lu}{2,4})?)?\s*(?:$|updated\s+(?:with|to)\b)|updated\s+with\s+(?:further|new|more|additional)\s+(?:clarification|information|details|comments?)\b`;

/**
 * A note the page prints on the article itself, opening its sentence: when it was first
 * published, updated or corrected ("This story was first published on March 4, 2025, and has
 * been updated …", a wiki's "This page was last edited on 2 April 2024, at 13:18 (UTC).", "Originally published 2025-06-03T14:22:00Z", "An earlier version of this
 * article …", "A previous version …"), which series or project it belongs to ("This story is part of our series on …, which began in January 2024"), who supplied it ("This story was provided by …", a syndicated story's source, "This article originally appeared on …"), how old it is ("This article is more than 1 year old"), or that its picture is a
 * file photo ("(File photo, 2023)"). Shared with ingest (normalize/pageNotes.ts), which removes
 * a paragraph made only of such sentences.
 */
export const PAGE_STAMP = new RegExp(
  String.raw`^\s*[([]?\s*(?:this (?:article|story|report|piece|post|page|version)\b[^.]{0,40}?\b(?:was|has been|had been|is)\s+(?:(?:first|originally|last)\s+)?(?:corrected|updated|amended|revised|edited|modified|published|posted|republished|provided|distributed|supplied|syndicated|more than (?:a|one|\d+) (?:years?|months?) old)\b|(?:an earlier|a previous|a prior) version of this (?:article|story|report|piece)\b|this (?:article|story|report|piece|post) is (?:part|one) of (?:an? |our |the )\b|a version of this (?:article|story|report|piece) (?:appears|appeared) in print\b|this (?:article|story|report|piece|post|column|essay) (?:first|originally) (?:appeared|ran) (?:on|in|at)\b|(?:first|originally) (?:published|posted|appeared)\b|(?:file|archive) (?:photo|picture|image)\b|${UPDATE_STAMP})`,
  "iu",
);

/**
 * True when a text is a copyright note: it opens on one and is short (20 words at most: "© 2025
 * Pacific Coast Media Group. All rights reserved."). A longer one is a note an extractor glued
 * onto the lede ("© Provided by Business Insider Inc Nintendo/Apple Nintendo and Apple shocked
 * the world …"), whose telling stays.
 */
function isCopyrightNote(text: string): boolean {
  const words = text.trim().split(/\s+/u).length;
  // "The contents of this site are ©2019 Capitol Hill Publishing Corp.": a dated © sign inside a short line.
  return (COPYRIGHT_OPENING.test(text) && words <= 20) || (/©\s*(?:19|20)\d{2}\b/u.test(text) && words <= 25);
}

/**
 * A sentence whose subject is the reader and whose object is the page ("You have reached your
 * limit of free articles this month", "Your subscription renews …"): the page speaking to its
 * reader about itself, not the article telling what happened ("You can play a sample for free"
 * in a review is the article's). A quotation opens on its mark, so a speaker's "you" is not this.
 */
const TO_READER =
  /^\s*(?:You|Your)\b(?!['’](?!ve\b)\p{L})[^.!?\n]*\b(?:articles?|stor(?:y|ies)|subscri\p{L}*|newsletters?|account|page|site|limit|trial|reading)\b/mu;
/**
 * The site's own terms, told in its own voice: "please read our Privacy Policy, which … became
 * effective May 23rd, 2018", "we have updated our Terms of Service". A quotation's "our" is its
 * speaker's, so a sentence with quotation marks is not this.
 */
const SITE_POLICY =
  /^[^"“”]*\bour (?:privacy (?:policy|notice|statement)|cookie (?:policy|notice)|terms (?:of (?:service|use)|and conditions)|user agreement)\b[^"“”]*$/iu;
/**
 * A page's mark notice, the whole sentence: "Examplio ℠ is a service mark of Jane Roe.", "Acme® is a
 * registered trademark of Acme Inc." Its owner is named by the page's legal footer, not its telling.
 */
const MARK_NOTICE =
  /^\s*[^\s"“”.!?]+(?:\s+[^\s"“”.!?]+){0,3}\s+(?:is|are)\s+(?:an?\s+)?(?:(?:registered\s+)?(?:trademarks?|trade\s+marks?)|service\s*marks?)\s+of\s+[^"“”!?]{2,80}?\.?\s*$/iu;
/** A mark's sign, or a word only a notice uses: what tells a notice from a sentence on a trademark dispute. */
const MARK_SIGN = /[™®℠]|\bregistered\s+trade|\bservice\s*mark/iu;
/**
 * A writer's career in a bio's sentence: "She has been writing about local politics for the Post
 * since 2008." Writing for an outlet since a year is what a page says of its author.
 */
const WRITER_CAREER =
  /^\s*(?:He|She|They|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+has\s+been\s+(?:writing|reporting|covering)\b[^.!?]{0,100}?\bfor\s+(?:the\s+)?\p{Lu}[^.!?]{0,60}?\bsince\b/u;
/**
 * An embedded post's signature inside a paragraph: "… pic.twitter.com/x — Name (@handle) March 3,
 * 2025", "A post shared by Name (@handle) on Mar 3, 2025 at 4:12pm PST".
 */
const EMBED_IN_TEXT = new RegExp(
  `\\(@\\w{1,30}\\)\\s*(?:on\\s+)?${MONTH_PATTERN}\\s+\\d|\\bpic\\.twitter\\.com/|^\\s*A (?:post|photo|video) shared by\\b`,
  "u",
);
/**
 * A line of an issue's contents: a section's name and a colon, then its stories' titles run together with
 * semicolons and cut off with an ellipsis ("Distributions: A look at Debian's 2015 DPL candidates; Debian,
 * Fedora, ..."). Titles of other pages, whose dates are theirs; prose never trails off on a list so.
 */
const CONTENTS_LINE = /^\p{Lu}[\p{L}&' -]{0,30}:\s+[^.!?]+;[^.!?]*(?:\.{3}|…)\s*$/u;
/** Words that make a short paragraph a promotion: "Register here", "RSVP", "Tickets are free", an issue's "OUT NOW!". */
const PROMO =
  /\bRegister (?:here|now|today)\b|\bRSVP\b|\b(?:Get|Buy|Book) (?:your )?tickets\b|\bTickets (?:are|cost|start)\b|\b(?:OUT|On sale) NOW\b/iu;

/**
 * That the writer joined the newsroom: "joined the paper in 2019". Shared with ingest
 * (normalize/authorBio.ts), which removes the author's bio that says it after the article.
 */
export const JOINED_NEWSROOM =
  /\bjoined (?:the|our) (?:paper|newspaper|newsroom|magazine|publication|staff|news desk)\b/iu;
/** An author's note: "Dan is the Security Editor at Ars Technica, which he joined in 2012". */
const AUTHOR_NOTE = new RegExp(
  `\\b(?:editor|reporter|correspondent|columnist|journalist|writer|contributor)\\b[^.]*\\b(?:joined|has been writing|has written|has covered|covers)\\b|\\bhas been with (?:the|our|this) (?:paper|newspaper|newsroom|magazine|publication|site|station|network)\\b|${JOINED_NEWSROOM.source}`,
  "iu",
);
/**
 * An author's bio opens on what the writer is or does, in the present: "Jane Doe is a reporter
 * based in Mexico City.", "Jane Doe covers crime in central Mexico.", "Jane Doe has covered the
 * region for the Notebook since 2019." What follows in its paragraph ("She has covered Latin
 * America since 2015") is the writer's career, not the article's telling.
 */
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:is\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:reporter|correspondent|columnist|journalist|writer|editor|contributor|producer|photographer)\b|(?:covers|reports on|writes about|has covered|has reported on|has (?:been )?(?:written|writing|reporting|covering) (?:about|on)?)\s(?:[\p{L},'’-]+\s+){0,8}?(?:for|from|in|since|at)\b)/u;
/**
 * What a caption says of its picture wherever its date stands ("… speaks during a debate on
 * December 29 …", "Dorsett, photographed in his home December 19, 2013, faces …": the participle
 * set off after the name says when the picture was taken, not what the article tells). Not "is seen
 * as a hard-liner": seen so is regarded so, what prose says of someone, not what a picture shows.
 */
export const PICTURE_VERB =
  /\b(?:is|are) (?:seen(?! as (?:an?|one|being|too|more|less|very|likely)\b)|pictured|shown|photographed)\b|,\s+(?:photographed|pictured)\s+(?:in|at|on|during|outside|inside|near|with)\b|\b(?:speaks|gestures|poses|looks on|waves|listens|reacts|arrives) (?:during|at|in|to|on|as|with|after)\b/u;
/**
 * Where a person stands in the picture, as only a caption says: "Morgan Tsvangirai, right, meets
 * church leaders …", "(L to R)", "second from left", "from left". Prose has no picture to point into.
 * An "(R)" after a lawmaker's title and name is their party ("Gov. Ana Ruiz (R)"), not the right.
 */
const IN_PICTURE =
  /,\s*(?:left|right|center|centre|top|bottom|second from (?:left|right)|in the (?:foreground|background))\s*,|\((?:L|C|left|right|center|centre|L to R|R to L|from left)\)|\(R\)(?<!\b(?:Gov|Sen|Rep|Del|Governor|Senator|Representative|Congressman|Congresswoman)\.?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\(R\))|\b(?:second|third) from (?:left|right)\b|^(?:From|Left to right|L-R)\s*(?:left)?\s*[:,]/u;
/**
 * What a photo caption says of its picture: a verb of the picture ("is seen", "stands guard"), or
 * the present passive of what is being done in it ("The balloon is partially inflated on
 * Wednesday, November 27, in New York.") — not a schedule ("is expected on", "are set for").
 */
export const CAPTION_VERB =
  /\b(?:is|are) (?:seen(?! as (?:an?|one|being|too|more|less|very|likely)\b)|pictured|shown|photographed)\b|\b(?:is|are) (?:\p{Ll}+ly )?(?!(?:expected|scheduled|set|due|planned|slated|supposed|based|located|accused|charged|required|allowed|used|known|believed|thought|said|reported|alleged)\b)\p{Ll}+ed (?:on|in|at|during|near|outside|by|as|after|before)\b|\b(?:stand|stands|gestures|speaks|poses|walks|looks on|arrives|waves|attend|attends|holds|hold|sits|wait|waits|ride|rides|march|patrol|patrols) (?:guard|at|in|on|during|as|with|near|outside|inside|the|a|an|along|past|for)\b/u;

/**
 * A paragraph that opens by naming a picture: "A still from the 1957 TV movie …", "A photo of the
 * flooded square …", "An aerial view of …". Without a verb of its own (`hasFiniteVerb`) it is the
 * picture's caption, and a year in it is the pictured thing's, not a happening the article tells; with
 * one ("A photo of the crash shows …") it is prose about the picture, and is read as prose.
 */
const PICTURE_OPENING =
  /^(?:An?|The)\s+(?:[\p{L}-]+\s+)?(?:still|photo|photograph|image|picture|frame|screenshot|screen grab|scene|view)\s+(?:from|of)\s/u;

/**
 * True when a paragraph is a photo caption or a byline rather than the article's telling: a
 * byline line, or a short paragraph (60 words at most) that ends in a stated day after a comma ("… in
 * Washington, January 24, 2023.") or describes a picture in the present tense and is dated.
 */
export function isFurniture(block: Block): boolean {
  let known = furnitureBlocks.get(block);
  if (known === undefined) {
    known = readsAsFurniture(block);
    furnitureBlocks.set(block, known);
  }
  return known;
}

/**
 * True when a paragraph is the writer's aside set wholly in brackets, "(Trump, it's also worth noting,
 * sought to make her health an issue in the 2016 campaign.)": a sentence of eight words or more with
 * its verb and its closing stop inside the brackets, which the furniture's credit check strips as if it
 * were a photo's "(AP Photo/Jane Doe)". Read without its brackets, it is prose unless it reads as
 * furniture so ("(Photo taken on March 3, 2025.)"). The timeline reads it as the telling it is.
 */
export function isProseAside(block: Block): boolean {
  if (block.kind !== "paragraph") return false;
  const inner = /^\((.+)\)$/su.exec(block.text.trim())?.[1]?.trim();
  if (inner === undefined || !/[.!?]["”’]?$/u.test(inner) || inner.split(/\s+/u).length < 8) return false;
  // A picture's or a source's note opens on its label ("Photo taken on …", "Courtesy of …").
  if (
    /^(?:Photos?|Pictures?|Images?|File|Video|Credit|Source|Courtesy|Pictured|Above|Below|Top|Left|Right|Inset)\b/iu.test(
      inner,
    )
  )
    return false;
  return hasFiniteVerb(inner) && !readsAsFurniture({ ...block, text: inner });
}

/**
 * Each block's answer, kept while the block lives: an article's entities and its timeline both
 * ask of every block, and the reading (dates, caption patterns) is a large part of both.
 */
const furnitureBlocks = new WeakMap<Block, boolean>();

function readsAsFurniture(block: Block): boolean {
  // Photo credits after a caption: "(Reuters File)", "(AP Photo/Jane Doe," cut off, "(AFP) PREMIUM".
  // "[REUTERS/YONHAP]", "REUTERS/Henry Romero", "© Reuters / David Mercado".
  const trimmed = block.text.trim();
  const text = trimmed.replace(
    /(?:\s*\([^()]*\)?|\s*\[[^[\]]*\]?|\s+\p{Lu}{3,}(?:\s*\/\s*[\p{L} .-]*)*|\s*©\s*[\p{L} ./&'’-]*)+\s*$/u,
    "",
  );
  if (isCreditedCaption(block, trimmed)) return true;
  if (/^FILE(?: PHOTO\b|\s*[-–—:])/iu.test(text)) return true;
  if (endsOnPhotographerCredit(text)) return true;
  if (BYLINE.test(text) && text.split(/\s+/u).length <= 20) return true;
  if (EMBED_SIGNATURE.test(text)) return true;
  if (text.split(/\s+/u).length > 60) return false;
  if (PICTURE_OPENING.test(text) && !hasFiniteVerb(text)) return true;
  if (
    PAGE_NOTE.test(block.text) ||
    isCopyrightNote(block.text) ||
    PHOTO_NOTE.test(block.text) ||
    IN_PICTURE.test(text) ||
    AUTHOR_NOTE.test(text) ||
    AUTHOR_BIO.test(text) ||
    PROMO.test(text) ||
    CONTENTS_LINE.test(trimmed)
  )
    return true;
  const dates = findEventDates(text);
  // A gallery caption opens on its date stamp: "March 18, 2015 Tunisian security forces …".
  const first = dates[0];
  if (first?.start === 0 && first.date.precision === "day" && /^ \p{Lu}/u.test(text.slice(first.end))) return true;
  if (text.split(/\s+/u).length <= 40 && PICTURE_VERB.test(text)) return true;
  if (isTeaser(text, dates) || isDatedListItem(block.text)) return true;
  if (isCaptionDateline(block, text)) return true;
  const last = dates.at(-1);
  const dateAt = (span: Found | undefined) => (span ? text.slice(span.end).replace(/[\s.)"”]/gu, "") === "" : false);
  const commaBefore = last !== undefined && COMMA_BEFORE_DATE.test(text.slice(0, last.start));
  if (last?.date.precision === "day" && dateAt(last) && commaBefore) return true;
  if (isPresentTenseCaption(block, dates)) return true;
  if (!CAPTION_VERB.test(text)) return false;
  // A caption in the present tense ends on its day, stated in full, without its year ("on November 28"), or
  // by its weekday alone ("… in Culiacan on Tuesday."), or names the place after it ("…, November 28, in New York.").
  const day = [...dates.filter((d) => d.date.precision === "day"), ...yearlessDays(text)]
    .sort((a, b) => a.start - b.start)
    .at(-1);
  return dateAt(day) || (day !== undefined && CAPTION_PLACE.test(text.slice(day.end))) || ENDS_ON_WEEKDAY.test(text);
}

/**
 * A photo caption's own dateline: a place, then the weekday and the full date with its year, set
 * off by commas with no "on" ("… at the Statehouse in Indianapolis, Tuesday, Nov. 19, 2019,
 * calling for …"). Prose dates a happening of its week by the weekday ("on Tuesday") and an older
 * one by "on" and its date; a wire caption stamps its picture so, whatever its verbs.
 */
const CAPTION_DATELINE = new RegExp(
  `\\p{L}[.'’]?,\\s+${WEEKDAY_PATTERN},\\s+${MONTH_PATTERN}\\s+\\d{1,2},\\s+(?:19|20)\\d{2}\\b(?:[,.)]|\\s*$)`,
  "u",
);

/**
 * Whether `text` carries `CAPTION_DATELINE`. Its weekday is a name ending in "day" right before a
 * comma: a text without "day," is not tried (the pattern is tried at every letter otherwise).
 */
const hasCaptionDateline = (text: string): boolean => text.includes("day,") && CAPTION_DATELINE.test(text);

/** True when a paragraph of one sentence (60 words at most) carries a caption's dateline (`CAPTION_DATELINE`). */
function isCaptionDateline(block: Block, text: string): boolean {
  return block.sentences.length === 1 && text.split(/\s+/u).length <= 60 && hasCaptionDateline(text);
}

/** A credit in brackets after a caption's full stop: "(Tucson Police Department)", "(Photo: Jane Doe/AP)". */
const BRACKETED_CREDIT =
  /[.!?]["”’]?\s*\((?:(?:Photo|Image|Video|Credit|Courtesy)(?: of| by)?:?\s*)?(\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}.'’&-]*){1,5}(?:\s*\/\s*[\p{L}. ]+)?)\)\s*$/u;

/**
 * True when a paragraph is one sentence and then a credit in brackets: "Surveillance video
 * released by police shows a pickup truck backing into a pharmacy on Jan. 9. (Tucson Police
 * Department)". The name of who took or gave the picture, after the caption's full stop, is how
 * a page credits an image; prose does not close a paragraph on a bare name in brackets.
 */
function isCreditedCaption(block: Block, text: string): boolean {
  if (block.sentences.length > 2 || text.split(/\s+/u).length > 60) return false;
  return endsOnBracketedCredit(text);
}

/** True when `text` closes on a credit in brackets that names no act ("(Tucson Police Department)"). */
function endsOnBracketedCredit(text: string): boolean {
  const credit = BRACKETED_CREDIT.exec(text)?.[1];
  return credit !== undefined && nlp(credit).verbs().length === 0;
}

/** A weekday, as a caption states its day ("on Sunday, November 24"). */
const WEEKDAY = new RegExp(`\\b${WEEKDAY_PATTERN}\\b`, "u");
/** A caption that ends on its weekday ("… in Culiacan on Tuesday."). */
const ENDS_ON_WEEKDAY = new RegExp(`\\b${WEEKDAY_PATTERN}[.)"”\\s]*$`, "u");
/** A comma, and perhaps a weekday and a comma, right before a caption's closing date. */
const COMMA_BEFORE_DATE = new RegExp(`,\\s*(?:${WEEKDAY_PATTERN},\\s*)?$`, "iu");
/**
 * What may follow a caption's day: nothing, its place (its parts after commas in capitals: "in
 * Washington, D.C."), a clause of the moment, or a participle's clause ("…, Nov. 19, 2019, calling
 * for higher pay").
 */
const AFTER_CAPTION_DAY =
  /^(?:,?\s+(?:in|at|near|outside|inside|after|before|as(?! well as)|while|during)\s[^,;]*(?:,\s*\p{Lu}[^,;]*)*|,\s*\d{4}|,\s+\p{Ll}+ing\s[^;]*)?[\s.)"”]*$/u;
/** Verbs whose simple present tells a schedule ("The trial begins on Monday"), or says who said it. */
const NOT_CAPTION_HEAD =
  /^(?:begin|start|open|close|end|resume|expire|take|run|meet|vote|face|go|come|return|arrive|leave|launch|say|tell|warn|claim|report|announce|plan|hope|want|need|expect)$/u;

/**
 * True when a short paragraph is a photo caption told in the simple present: its first sentence
 * (40 words at most, the paragraph two sentences at most) states a day — "November 26", "March 3,
 * 2025", a weekday — and every verb in it is in the present ("A pedestrian walks through snow
 * showers along Penn Ave in Pittsburgh on November 26.", "A fallen tree is removed from a car in
 * Odessa, Texas, on November 25."). News tells a dated happening in the past tense; a caption
 * describes its picture as it is. Verbs that tell a schedule in the present ("begins", "meets")
 * or an attribution ("says") keep the sentence. compromise tags the tenses; the timeline asks
 * only of a paragraph with a date.
 */
function isPresentTenseCaption(block: Block, dates: readonly Found[]): boolean {
  const [first, ...more] = block.sentences;
  if (!first || more.length > 1 || block.kind === "listItem") return false;
  const sentence = first.text;
  if (sentence.split(/\s+/u).length > 40) return false;
  // The caption's day ends the sentence, or is followed only by its place or a clause of the moment
  // ("… on November 26 after arriving at Pittsburgh International Airport.").
  const days = [
    ...dates.filter((d) => d.date.precision === "day" && d.end <= sentence.length),
    ...yearlessDays(sentence),
    ...[...sentence.matchAll(new RegExp(WEEKDAY.source, "gu"))].map((m) => ({ end: m.index + m[0].length })),
  ];
  const dayEnd = days.reduce((end, d) => Math.max(end, d.end), -1);
  if (dayEnd < 0 || !AFTER_CAPTION_DAY.test(sentence.slice(dayEnd))) return false;
  if (/\b(?:later|tomorrow|tonight|next|upcoming)\b/iu.test(sentence)) return false;
  // "Both men are due in court on March 14": a schedule, not a picture.
  if (/\b(?:is|are)\s+(?:due|expected|set|scheduled|slated|poised|likely)\b/iu.test(sentence)) return false;
  // "… on this season's show, kicking off on January 5": a day whose clause a schedule's participle opens.
  if (
    opensOnScheduleParticiple(
      sentence
        .slice(0, dayEnd)
        .split(/[,;:—–]/u)
        .at(-1) ?? "",
    )
  )
    return false;
  const verbs = nlp(sentence).verbs().json() as {
    terms: { text: string; tags: string[] }[];
    verb?: { infinitive?: string };
  }[];
  const [head] = verbs;
  if (!head || NOT_CAPTION_HEAD.test((head.verb?.infinitive ?? "").toLowerCase())) return false;
  // A past the tagger missed ("… last rose 7/32 in price to yield 1.786%", "rose" read as a noun) tells, not describes.
  if (IRREGULAR_PAST.test(sentence)) return false;
  const tags = verbs.flatMap((v) => v.terms.flatMap((t) => t.tags));
  return (
    !tags.some((tag) => tag === "PastTense" || tag === "Modal" || tag === "Auxiliary" || tag === "FutureTense") &&
    head.terms.some((t) => t.tags.includes("PresentTense"))
  );
}

/** Closing punctuation of a sentence or a clause, the full-width marks of Chinese and Japanese too ("。", "！"). */
const CLOSING = /[.!?:;,"”’)。！？，；：」』）]$/u;

/**
 * A related story's headline rather than a sentence: a line without closing punctuation that
 * ends on a date after a separator ("Mexico extradites 29 cartel figures — Feb. 27, 2025") or is
 * written in title case ("Mexico Extradites 29 Cartel Figures in February 2025").
 */
function isTeaser(text: string, dates: readonly Found[]): boolean {
  const line = text.trim();
  if (CLOSING.test(line)) return false;
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

/**
 * A listed item with its date in brackets at its end and no sentence before them: "Episode 12:
 * How judges are elected (June 1, 2025)", "Mexico extradites 29 cartel figures (Feb. 27, 2025,
 * 3 min read)". A sentence of the telling ends on its full stop, after any bracket.
 */
function isDatedListItem(text: string): boolean {
  const line = text.trim();
  const bracket = /\([^()]*\)$/u.exec(line);
  if (!bracket || /[.!?]["”’]?\s*$/u.test(line.slice(0, bracket.index))) return false;
  return findEventDates(bracket[0]).length > 0;
}

/** What may follow a caption's date: ", in New York." */
const CAPTION_PLACE = /^,?\s+(?:in|at|near|outside)\s+\p{Lu}[\p{L}.'’ -]*[.)"”]*\s*$/u;

/** Days named without their year ("November 28", "28 November"), as a caption states them. */
function yearlessDays(text: string): Found[] {
  const re = new RegExp(
    `\\b${MONTH_PATTERN}\\s+(\\d{1,2})\\b(?!,?\\s*\\d)|\\b(\\d{1,2})\\s+${MONTH_PATTERN}\\b(?!,?\\s*\\d)`,
    "gu",
  );
  return [...text.matchAll(re)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    date: { iso: "", precision: "day", label: m[0] },
  }));
}

/**
 * True when one sentence is page furniture though its paragraph reads as the article's: ingest
 * glued a caption, credit or note onto a paragraph, or the paragraph holds a note after the
 * telling. A page note or photo credit anywhere in the sentence, a sentence note
 * (`SENTENCE_NOTE`), or a caption in the present tense that ends on its day ("A soldier stands
 * guard at a checkpoint in Culiacan on January 15, 2025."): news tells a dated past in the past
 * tense, a caption describes its picture in the present.
 */
export function isFurnitureSentence(sentence: string): boolean {
  return furnitureSentences.getOrMake(sentence, readsAsFurnitureSentence);
}

/** The last sentences' answers: an article's entities and then its timeline ask of the same sentences. */
const furnitureSentences = new LruCache<string, boolean>(2_000);

function readsAsFurnitureSentence(sentence: string): boolean {
  if (
    isCopyrightNote(sentence) ||
    [
      SENTENCE_NOTE,
      PAGE_STAMP,
      PAGE_NOTE,
      PHOTO_NOTE,
      EMBED_IN_TEXT,
      TO_READER,
      IN_PICTURE,
      SITE_POLICY,
      WRITER_CAREER,
      CITATION,
    ].some((note) => note.test(sentence)) ||
    (MARK_NOTICE.test(sentence) && MARK_SIGN.test(sentence))
  )
    return true;
  if (!CAPTION_VERB.test(sentence) && !PICTURE_VERB.test(sentence)) return false;
  const text = sentence.trim();
  const day = [...findEventDates(text).filter((d) => d.date.precision === "day"), ...yearlessDays(text)]
    .sort((a, b) => a.start - b.start)
    .at(-1);
  return day !== undefined && text.slice(day.end).replace(/[\s.)"”]/gu, "") === "";
}

/** A dateline in title case with its day: "Mexico City, March 3 — ", "Culiacán, Sinaloa, Jan. 5, 2025 -". */
const TITLE_CASE_DATELINE = new RegExp(
  `^\\s*(?!(?:On|In|By|From|Since|Until|Before|After|During|Last|Next|This|Early|Late|${WEEKDAY_PATTERN})\\b)\\p{Lu}[\\p{L} .'’-]{1,30}(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,30}){0,2},\\s*${MONTH_PATTERN}\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*(?:\\([^()]{2,40}\\))?\\s*(?:[-—–]{1,2}|\\.-)\\s`,
  "u",
);

/**
 * A dateline of the day alone, with its year, then a dash and the sentence's capital: "Feb. 23, 2015 -- ",
 * "Monday, March 3, 2025 — ", "3 March 2025 (Reuters) - ". A telling opens on a clause; a day and a dash at
 * the start of its first paragraph is the filing day (`dayDatelineEnd`), where a chronology's entries open on
 * their days too. "March 4, 2025 — the day the vote was held" goes on in lower case: a phrase, no dateline.
 */
const DAY_DATELINE = new RegExp(
  `^\\s*(?:${WEEKDAY_PATTERN},?\\s+)?(?:${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\s+${MONTH_PATTERN}),?\\s+\\d{4}\\s*(?:\\([^()]{2,40}\\))?\\s*(?:[-—–]{1,2}|\\.-)\\s+(?=["“‘]?\\p{Lu})`,
  "u",
);

/**
 * Where a dateline of the day alone ends at the start of the body's first paragraph ("Feb. 23, 2015 -- Peanut
 * allergies have …"): the filing day, not an event; 0 when the sentence opens on none. Asked only of the
 * lede: a chronology's heading, item or paragraph ("March 3, 2025 — Mexico sends 29 men") opens on its day too.
 */
export function dayDatelineEnd(sentence: string): number {
  return DAY_DATELINE.exec(sentence)?.[0].length ?? 0;
}

/**
 * Where a wire dateline ends at the start of a sentence: "MEXICO CITY, Jan 5 (Reuters) - ",
 * "WASHINGTON, March 3, 2025 (AP) — ", "Mexico City, March 3 (EFE).- ", "MONTERREY, Mexico — ".
 * The dateline's date is the filing day, not an event; 0 when the sentence opens on none. A
 * place in capitals needs only the dash; a place in title case needs the outlet in brackets.
 */
export function datelineEnd(sentence: string): number {
  const m =
    TITLE_CASE_DATELINE.exec(sentence) ??
    /^\s*\p{Lu}{2,}[\p{Lu} .'’-]*(?:,[^()—–\n]{1,60}?)?\s*(?:\([^()]{2,40}\))?\s*(?:[-—–]{1,2}|\.-)\s/u.exec(
      sentence,
    ) ??
    /^\s*\p{Lu}[\p{L} .'’-]{1,30}(?:,[^()—–\n]{1,60}?)?\s*\([^()]{2,40}\)\s*(?:[-—–]{1,2}|\.-|:)\s/u.exec(sentence);
  return m ? m[0].length : 0;
}

/**
 * True when a paragraph is a caption or a label rather than a telling: one short sentence (30
 * words at most) with no verb that ends on its date or has no closing punctuation at all ("United
 * Nations peacekeepers at a refugee camp in Sudan on Monday.", "How the 1944 water treaty
 * works"). An event is something that happened, and English states it with a verb; a caption
 * names what its picture shows and when, a teaser's headline names its story. compromise reads
 * the verbs, and misreads some ("drew" as a name), so the shape must agree too; the timeline asks
 * only of a paragraph that has a date (`spans`: the dates found in its sentence).
 */
export function isVerblessLabel(block: Block, spans: readonly { end: number }[]): boolean {
  const [only, ...more] = block.sentences;
  if (!only || more.length > 0) return false;
  const text = withoutCredit(only.text);
  const unpunctuated = !CLOSING.test(text);
  return (endsOnDate(text, spans) || unpunctuated) && text.split(/\s+/u).length <= 30 && !hasFiniteVerb(text);
}

/**
 * True when a sentence anywhere in a paragraph is a caption without a verb that ends on its date
 * ("President Trump at the Economic Club of New York last week.", "Protesters in Hong Kong on
 * Sunday."): a caption ingest glued to the prose around it says what its picture shows, as
 * `isVerblessLabel` reads a paragraph of one. Only one that ends on its date: a paragraph's
 * sentence that merely lacks its full stop may be prose that lost it.
 */
export function isVerblessCaption(sentence: string, spans: readonly { end: number }[]): boolean {
  const text = withoutCredit(sentence);
  return endsOnDate(text, spans) && text.split(/\s+/u).length <= 30 && !hasFiniteVerb(text);
}

/** A caption's credit in brackets at its end ("… on March 3, 2025 (Jane Doe/The Ledger)") is no part of what it says. */
const withoutCredit = (sentence: string): string => sentence.trimEnd().replace(/\s*\([^()]*\/[^()]*\)$/u, "");

/** Closing punctuation alone, after a clock time and zone if any (`endsOnDate`). */
const ENDS_ON_DATE = new RegExp(
  String.raw`^(?:,?\s*(?:at\s+)?${HOUR_CLOCK}\s*${HALF_OF_DAY}(?:\s*\p{Lu}{1,4}\b)?)?[\s.)"”]*$`,
  "u",
);

/**
 * Whether nothing but closing punctuation follows the last of the dates (`spans`) in `text`, or its
 * clock time and zone ("Data as of Nov 19, 2019 at 4:00 PM EST").
 */
function endsOnDate(text: string, spans: readonly { end: number }[]): boolean {
  const last = spans.reduce((end, span) => Math.max(end, span.end), 0);
  return last > 0 && ENDS_ON_DATE.test(text.slice(last));
}

/**
 * True when compromise reads a verb in `text` that makes a clause: a present or past tense, a
 * modal or an auxiliary, not only a gerund ("Delivering videogame justice since 2008.",
 * "Protesters marching in Lima on Monday."). A phrase that opens on a gerund and has no other
 * verb names an activity, as a slogan or a caption does; it tells nothing that happened.
 */
export function hasFiniteVerb(text: string): boolean {
  return finiteVerbs.getOrMake(text, readsFiniteVerb);
}

/**
 * `hasFiniteVerb`'s answers for the last texts asked: the timeline asks of a paragraph of one
 * sentence as a label and again as a caption, and a tagging costs milliseconds.
 */
const finiteVerbs = new LruCache<string, boolean>(2_000);

function readsFiniteVerb(text: string): boolean {
  const doc = nlp(text);
  return (
    doc.docs.some((terms) => terms.some(keptFiniteVerb)) ||
    phraseTags(doc).some((verb) => verb.some((term) => term.has("Verb") && !term.has("Gerund"))) ||
    doc.docs.some(pastAfterSubject)
  );
}

/** A common irregular past form as a whole word ("rose", "fell"): `IRREGULAR_PAST`, anchored. */
const IRREGULAR_PAST_WORD = new RegExp(`^(?:${IRREGULAR_PAST.source})$`, "u");

/**
 * Whether a common irregular past form ("rose", "held", "won") stands right after a noun or a
 * pronoun that is no possessive: the clause's verb after its subject ("Revenue rose in the third
 * quarter of 2018."), which compromise may tag as a noun (a rose). After a determiner or a
 * possessive the word is a noun ("a rose garden", "Trump's rose garden"); capitalised, a name.
 */
function pastAfterSubject(terms: readonly { text?: string; tags?: ReadonlySet<string> }[]): boolean {
  return terms.some((term, i) => {
    const subject = terms[i - 1];
    return (
      i > 0 &&
      IRREGULAR_PAST_WORD.test(term.text ?? "") &&
      subject?.tags?.has("Noun") === true &&
      !subject.tags.has("Possessive") &&
      !/['’]s?$/u.test(subject.text ?? "")
    );
  });
}

/**
 * A word `.verbs()` surely lists that is a finite verb: one of a verb chunk's words (every one is
 * in a phrase its `<Verb>` match starts from) without the tags it takes out of them (a
 * conjunction, a preposition, an adjective, a reflexive); its phrase has a verb, so it is kept.
 * Most captions' verbs read so, and finding the phrases (compromise's `findVerbs`, a third of
 * the question's cost) is then not needed for the answer.
 */
function keptFiniteVerb(term: { chunk?: string; tags?: ReadonlySet<string> }): boolean {
  const tags = term.tags;
  return (
    term.chunk === "Verb" &&
    tags !== undefined &&
    tags.has("Verb") &&
    !tags.has("Gerund") &&
    !["Conjunction", "Preposition", "Adjective", "Reflexive"].some((tag) => tags.has(tag))
  );
}

/**
 * The tags of each word of each verb phrase compromise reads in `text`: what `.verbs().json()`
 * lists as each phrase's terms' tags, without the parse of each verb's grammar and conjugations
 * that `.json()` adds (most of its cost), which these readers do not use.
 */
export function verbPhraseTags(text: string): ReadonlySet<string>[][] {
  return phraseTags(nlp(text));
}

const phraseTags = (doc: ReturnType<typeof nlp>): ReadonlySet<string>[][] =>
  doc.verbs().docs.map((terms) => terms.map((term) => term.tags ?? new Set<string>()));

/**
 * A headline's passive without its "were": a subject of a few words, then the participle of a
 * verb that takes an object, then a preposition ("Customs agents arrested in Veracruz on
 * Thursday", "Heat warning issued for the valley through Friday", "Five killed in Sinaloa
 * attack"). Prose says "were arrested"; an active past keeps its object ("Agents arrested two
 * men"), an intransitive verb ("The curfew ended on Wednesday") is not in the list, and a
 * subject with a verb of its own ("Police said two men were arrested in …") is prose.
 */
const HEADLINE_PASSIVE =
  /^(?:(?!(?:were|was|are|is|been|be|being|have|has|had|said|says|who|that|which)\s)\S+\s+){1,5}(?:arrested|detained|killed|shot|injured|wounded|seized|issued|charged|sentenced|extradited|deported|kidnapped|abducted|rescued|captured|convicted|indicted|evacuated|named|elected|banned|approved|freed|attacked|slammed|blamed|sued|fined|jailed)\s+(?:in|on|at|for|after|over|near|by|during|amid|outside|inside)\s/u;

/**
 * True when a paragraph is a headline's line rather than prose: one sentence of 40 words at most
 * that ends on a word, with no closing punctuation, its head verb in the headline's present tense
 * ("Troops arrive at the border on Monday", "RELATED: Rubio says talks with Mexico failed",
 * "From Mulan to the next Fast and Furious film, these are the new movies fans are most looking
 * forward to in 2020"), as a related story's link, its summary, a teaser or a label prints it. A headline's "on Monday" is its own
 * story's Monday, and who it says spoke is that story's source, not this article's. Prose that
 * lost its full stop tells in the past ("Bong Joon Ho said backstage that …", "Trump had
 * indicated plans …") and stays; a list item is not asked (a chronology's item tells without
 * a full stop). compromise tags the tenses.
 */
export function isHeadlineLine(block: Block): boolean {
  const [only, ...more] = block.sentences;
  if (block.kind !== "paragraph" || !only || more.length > 0) return false;
  return readsAsHeadline(only.text.trim());
}

/**
 * True when the last sentence of a paragraph of several is a headline's or a teaser's line that
 * ingest glued after the prose ("… would go on. China completes landing test for Mars mission in
 * 2020", "… go on. 7 key moments from Tuesday's hearing"): no closing punctuation, and either the
 * headline's present tense (`isHeadlineLine`) or no verb at all. Its dates are another story's.
 */
export function isGluedHeadline(block: Block, sentence: Block["sentences"][number]): boolean {
  if (block.kind !== "paragraph" || block.sentences.length < 2 || block.sentences.at(-1) !== sentence) return false;
  const text = sentence.text.trim();
  return readsAsHeadline(text) || (/[\p{L}\d]$/u.test(text) && text.split(/\s+/u).length <= 30 && !hasFiniteVerb(text));
}

/**
 * True when a sentence of a paragraph of several is a photo caption that ingest glued onto the
 * prose: one followed only by a credit in brackets that ends the paragraph ("… would go on.
 * Surveillance video … shows a pickup truck backing into a pharmacy on Jan. 9. (Tucson Police
 * Department)", as `isCreditedCaption` reads a paragraph of its own), or one that carries a wire
 * caption's dateline (`CAPTION_DATELINE`: "… at the Statehouse in Indianapolis, Tuesday, Nov. 19,
 * 2019, calling for …"). Its date is the picture's, not the article's telling.
 */
export function isGluedCaption(block: Block, sentence: Block["sentences"][number]): boolean {
  if (block.kind !== "paragraph" || block.sentences.length < 2) return false;
  const text = sentence.text.trim();
  if (text.split(/\s+/u).length > 60) return false;
  if (hasCaptionDateline(text)) return true;
  const at = block.sentences.indexOf(sentence);
  const credit = block.sentences[at + 1];
  if (credit === undefined || at + 2 !== block.sentences.length || !/^\(.*\)$/u.test(credit.text.trim())) return false;
  return endsOnBracketedCredit(`${text} ${credit.text.trim()}`);
}

/** A verb in the past tense opening the text after its spaces. */
const PAST_NEXT = new RegExp(`^\\s+(?:${PAST.source})`, "u");

/**
 * A perfect with a date between "have" and its participle ("Chelsea have this morning paid the
 * fee", "Police have on Tuesday arrested two men"): compromise reads "have" as a present verb of
 * its own, but the line tells a past happening, as prose that lost its full stop does.
 */
function isPerfectAroundDate(text: string): boolean {
  return relativeDateSpans(text).some(
    (span) => /\b(?:have|has)\s+$/iu.test(text.slice(0, span.start)) && PAST_NEXT.test(text.slice(span.end)),
  );
}

/**
 * A headline's future in the passive: a subject without a verb of its own, then "to be" and a participle
 * ("Harbour board to be dissolved this week", "New council to be seated in January"), as "Apple to unveil
 * …" is its active. Prose keeps the verb before the infinitive ("The board is to be dissolved", "voted to
 * be dissolved").
 */
function isHeadlinePassiveFuture(text: string): boolean {
  const m = /\s+to\s+be\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|t)\b/u.exec(text);
  return m !== null && m.index > 0 && /^\p{Lu}|^\d/u.test(text) && !hasFiniteVerb(text.slice(0, m.index));
}

/** A line in a headline's shape: unpunctuated, 40 words at most, its head verb in the present (`isHeadlineLine`). */
function readsAsHeadline(text: string): boolean {
  if (text.split(/\s+/u).length > 40 || !/[\p{L}\d]$/u.test(text) || text.includes("\n")) return false;
  if (HEADLINE_PASSIVE.test(text) || isHeadlinePassiveFuture(text)) return true;
  if (isPerfectAroundDate(text)) return false;
  // The head verb tells the tense: what it reports may be past ("Rubio says talks failed").
  const [head] = verbPhraseTags(text);
  const tags = head?.flatMap((t) => [...t]) ?? [];
  return (
    tags.includes("PresentTense") &&
    !tags.some((tag) => tag === "PastTense" || tag === "Auxiliary" || tag === "Modal" || tag === "Perfect")
  );
}
