/**
 * Line-level recognizers for the article's own parts: bylines, list markers, datelines and
 * the labels that introduce related-link and source lists (page furniture is ./chrome.ts).
 * Each recognizer matches a whole line (after whitespace cleaning) and is deliberately narrow.
 */
import { MONTH_PATTERN, WEEKDAY_PATTERN } from "#lib/content/dates.ts";
import { alternation, SPEECH_VERBS } from "#lib/text/attribution.ts";
import { labelCase, STAMP_WORDS } from "#lib/text/stampLabels.ts";
import { TIME_AGO } from "#lib/text/clockTime.ts";
import { creditStampDate, findDates, parseDate } from "#lib/content/parseDate.ts";
import { datelineEnd, dayDatelineEnd } from "#lib/dates/furniture.ts";
import { wordCount } from "./lines.ts";
import { isPersonName } from "./personName.ts";
import { parseCreditRow } from "./creditRow.ts";
import { knownOutlet } from "./outlets.ts";
import { VOCABULARY_ON } from "./vocabulary.ts";

export interface Byline {
  byline: string;
  /** `YYYY-MM-DD` when the byline line also carries a date ("By X // 2025-02-21"). */
  published?: string;
  /** The date exactly as written on the line, for the report. */
  dateText?: string;
  /** The outlet a credit line names beside the person ("Jane Doe, Reuters"). */
  outlet?: string;
  /**
   * `YYYY-MM-DD` of an update stamp run into the byline ("By X, CNNUpdated 6:02 PM EST, Thu
   * March 6, 2025"): the publication date only when the page states no other.
   */
  updated?: string;
}

/**
 * The kind of piece a credit names before its "by" or "von" ("Kolumne von Ana Ruiz", "Ein Kommentar
 * von …", "Analysis by …"): the piece's genre, then its writer.
 */
const PIECE_KIND = String.raw`(?:(?:ein|eine)\s+)?(?:kolumne|kommentar|gastbeitrag|analyse|essay|column|commentary|analysis)`;

/**
 * "By" (or "By:") and its equivalents in the corpus's other languages (par, por, von, di, door,
 * autor, автор, текст), after the separator a page sets between it and the date before it on one
 * row ("November 12 | By: Ana Ruiz", extracted as a line of its own: "| By: Ana Ruiz"); a label set
 * apart from a name that repeats it runs into it ("By" + "by Ana Ruiz" = "Byby Ana Ruiz").
 */
const CREDIT_LABEL = String.raw`(?:(?:${PIECE_KIND}\s+)?(?:by(?:\s*by)?\s*:?|von\s*:?)|written\s+by|words\s+by|story\s+by|posted\s+by|curated\s+by|author\s*:|curator\s*:|par|por|di|door|autor(?:a)?\s*:|auteur\s*:|автор\s*:|текст\s*:)`;
const BYLINE = new RegExp(String.raw`^(?:[|·•]\s*)?${CREDIT_LABEL}\s+(.+)$`, "iu");
const CREDIT_LABEL_ALONE = new RegExp(String.raw`^${CREDIT_LABEL}$`, "iu");

/** A byline's label on a line of its own, the name on the next ("By", "Author:", "Written by"). */
export const isCreditLabel = (text: string): boolean => CREDIT_LABEL_ALONE.test(text.trim());
const DATE_SEPARATOR = /\s*(?:\/\/|\||·|•|—|–|\s-\s|,|\bon\b|\b(?:published|posted)\b:?)\s*/i;
/**
 * A time stamp after the name, with a space or run into it without one as pages set them in
 * separate elements ("Jane Doe, CNNUpdated 6:02 PM EST, …", "Jane Doe Published 9:12 AM ET …").
 */
const STAMP = new RegExp(`(?<=[\\p{L}.)])\\s*(?:Last\\s+)?(${labelCase(STAMP_WORDS)})\\b\\s*:?\\s*(?=.*\\d)`, "u");

/**
 * A post's comment counter printed after its author ("by Jane Doe 0 Comments", "by Jane Doe
 * (3) Comments"): the page's link to the thread, no part of the name.
 */
const COMMENT_COUNTER =
  /\s+(?:[-–—|·•]\s+)?\(?\d[\d,.]*\)?\s+(?:comments?|kommentare?|ergänzungen|ergänzung|comentarios?|commentaires?|reacties|kommentarer)$/iu;

/**
 * A post's link to its comment form printed after its author, with a space or run into the
 * surname ("By Jane DoeLeave a comment", "by Jane Doe Add a comment"): no part of the name.
 */
const COMMENT_LINK = /\s*(?:leave|add|post|write)\s+a\s+comment$/iu;

/**
 * The author's e-mail address printed after the name ("By Jane Roe | jroe@example.com"): a way to
 * write to them, no part of the name.
 */
const CONTACT_ADDRESS = /\s*[|·•,/–—-]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

/**
 * The author's social handle printed beside the name, run into it or after a space ("By Jane
 * Roe@janeroe Dec 10, 2016"): a way to reach them, no part of the name. Not an e-mail address,
 * whose "@" runs on into a domain.
 */
const SOCIAL_HANDLE = /(?<=[\p{L}.])\s*(?:follow\s+)?@[\p{L}\d_]+(?=\s|$)/giu;

/** A follow button printed after the author's name ("Jane Roe Follow @janeroe"): the page's, no part of the name. */
const FOLLOW_BUTTON = /\s+(?:follow\s+)?@[\p{L}\d_]+$/iu;

/** A credit line without the follow button after it ("By Jane Roe Follow @janeroe" → "By Jane Roe"). */
export const withoutFollowButton = (line: string): string => line.replace(FOLLOW_BUTTON, "");

/**
 * A stamp without its year after the name ("By Jane Roe March 18 at 12:22 PM"): where the
 * name ends. It states no date a reader could give a year to, so none is read from it.
 */
const YEARLESS_STAMP = new RegExp(
  String.raw`\s+${MONTH_PATTERN}\s+\d{1,2}(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?)?$`,
  "iu",
);

/** An ISO 8601 instant closing the line ("2025-03-04T14:34:55Z", "…T14:34+01:00"). */
const ISO_INSTANT = /\s+\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/u;

/**
 * A numeric stamp closing the line after the name, with its clock ("By Jane Roe 10/ 5/11 09:19 PM
 * ET"): where the name ends. Its day is read only when its order is certain (`creditStampDate`).
 */
const NUMERIC_STAMP =
  /\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?)?$/iu;

/**
 * A stamp counted back from when the page was served, closing the line ("| AP – 1 hr 4 mins ago"):
 * no day a reader could fix, so none is read, and no part of the credit before it.
 */
const RELATIVE_STAMP = new RegExp(String.raw`\s*[|·•–—-]?\s*${TIME_AGO}$`, "iu");

/**
 * A weekday or a stamp's verb closing a name before the date ("Jane Roe Tuesday, Aug. 17, 2010",
 * "Jane Roe posted on March 4, 2025"), the weekday perhaps after "on" ("Jane Roe on Tuesday,
 * March 4, 2025"): the date's words, never the name's.
 */
const DATE_WORDS_AFTER_NAME = new RegExp(String.raw`\s+(?:(?:on\s+)?${WEEKDAY_PATTERN}|posted|published)$`, "iu");

/**
 * "By X", "By X // 2025-02-21", "By X | Sep 1, 2025", "Written by X". The name part must be
 * short and not a sentence, so "By 2026, the plan…" is never a byline.
 */
export function parseByline(text: string): Byline | undefined {
  const glued = gluedByline(text);
  if (glued !== undefined) return glued;
  const match = BYLINE.exec(text);
  const rest = match?.[1]
    ?.trim()
    .replace(COMMENT_COUNTER, "")
    .replace(COMMENT_LINK, "")
    .replace(CONTACT_ADDRESS, "")
    .replace(SOCIAL_HANDLE, "")
    .replace(RELATIVE_STAMP, "")
    // A separator that closes the line is the stamp's, set in an element of its own after it
    // ("By Jane Roe -" / "11/20/19 6:38 AM"): no part of the name.
    .replace(STAMP_SEPARATOR, "");
  if (rest === undefined || rest === "") return undefined;
  const stamp = STAMP.exec(rest);
  const stamped = stamp === null ? undefined : findDates(rest.slice(stamp.index + stamp[0].length))[0];
  // The separator a page sets before its stamp's label ("By Jane Doe / Published …") is no part of the name.
  const stampName = stamp === null ? "" : rest.slice(0, stamp.index).trim().replace(STAMP_SEPARATOR, "");
  if (stamp !== null && stamped !== undefined && isName(stampName)) {
    const dateText = rest.slice(stamp.index).trim();
    return /^updated$/iu.test(stamp[1] ?? "")
      ? { ...withOutlet(stampName), updated: stamped.iso, dateText }
      : { ...withOutlet(stampName), published: stamped.iso, dateText };
  }
  // Try every separator position from the right: the longest name whose remainder is a date.
  const separators = [...rest.matchAll(new RegExp(DATE_SEPARATOR.source, "gi"))];
  for (const sep of separators.reverse()) {
    const name = rest
      .slice(0, sep.index)
      .trim()
      .replace(DATE_WORDS_AFTER_NAME, "")
      .replace(STAMP_SEPARATOR, "")
      .replace(/,$/u, "");
    const dateText = rest.slice(sep.index + sep[0].length).trim();
    const published = parseDate(dateText) ?? creditStampDate(dateText);
    if (published === undefined) continue;
    // "By Jane Roe, Executive Editor | June 7, 2013": the name, its job beside it, then the date.
    const roled = /[,·|—–]/u.test(name) ? parseNameRoleByline(name, true) : undefined;
    if (roled !== undefined) return { ...roled, published, dateText };
    if (isName(name)) return { ...withOutlet(name), published, dateText };
  }
  // "By Jane Roe 10/ 5/11 09:19 PM ET": the name, then a numeric stamp.
  const numeric = NUMERIC_STAMP.exec(rest);
  const stampedName = numeric === null ? "" : rest.slice(0, numeric.index).trim();
  if (numeric !== null && isPersonName(stampedName)) {
    const [, a = "", b = "", year = ""] = numeric;
    const day = creditStampDate(`${a}/${b}/${year.slice(-2)}`);
    const dateText = numeric[0].trim();
    return day === undefined
      ? { ...withOutlet(stampedName), dateText }
      : { ...withOutlet(stampedName), published: day, dateText };
  }
  // "By Jane Roe and Tom Vale 2025-03-04T14:34:55Z": the names, then a machine's ISO instant,
  // whose day is UTC's, not the page's own: the name ends there, the day is not read.
  const instant = ISO_INSTANT.exec(rest);
  const instantName = instant === null ? "" : rest.slice(0, instant.index).trim();
  if (instant !== null && (isPersonName(instantName) || isNameList(instantName)))
    return { ...withOutlet(instantName), dateText: instant[0].trim() };
  // "By Steven Musil January 18, 2017 11:00 PM PST": a date set after the name with no separator.
  const [date] = findDates(rest);
  const named = date === undefined ? "" : rest.slice(0, date.index).trim();
  if (date !== undefined && date.index > 0 && (isPersonName(named) || isOneName(named)))
    return { ...withOutlet(named), published: date.iso, dateText: rest.slice(date.index).trim() };
  const undated = rest.replace(YEARLESS_STAMP, "");
  if (undated !== rest && isPersonName(undated)) return withOutlet(undated);
  // "By: Jane Doe, John Roe, The Associated Press": the names, then the known outlet they write for
  // (its "The" keeps the whole line from reading as a name).
  const credited = parseNameOutletByline(rest);
  if (credited !== undefined) return credited;
  // "Posted by Jane Doe, Software Engineer on Maps": the name, and the author's job after its comma.
  const roled = /[,·|—–]/u.test(rest) ? parseNameRoleByline(rest, true) : undefined;
  if (roled !== undefined) return roled;
  // "By Jane Roe Staff Writer": a role set apart by its capitals reads as more of a name, so the
  // name and role are tried first (a name alone has no role line after its second word).
  const capitalRole = parseNameRoleByline(rest);
  if (capitalRole !== undefined) return capitalRole;
  // "By Jane Roe and John Doe - AP Technology Writers | AP": several people, their one role, its desk.
  const team = /^(.+?)\s+[-–—|]\s+(.+)$/u.exec(rest);
  const teamRole = team?.[2]?.split(/\s*[|·•]\s*/u)[0] ?? "";
  if (team?.[1] !== undefined && isNameList(team[1]) && (isRoleLine(teamRole) || isDeskRole(teamRole)))
    return { byline: team[1] };
  if (isName(rest)) return withGluedOutlet(rest) ?? withOutlet(unglueNames(rest));
  // "By Mike Roe, A.B. Doe, and Jane Roe": several people, one credit, more words than one name has.
  if (isNameList(rest)) return { byline: rest };
  // "By Bill Hoppe | Special to the Pioneer Press": the name and the author's role beside it.
  return parseNameRoleByline(rest);
}

/**
 * "ByNatasha Daly", "byJane Roe": the label and the name a page sets in two elements, run together
 * by the extraction. Only "By" or "by" before a capitalized name, and only when the rest is
 * a person's name, so "Bygone Days" or "ByteDance Sues" reads as no credit.
 */
function gluedByline(text: string): Byline | undefined {
  const name = /^[Bb]y(\p{Lu}\p{Ll}.*)$/u.exec(text.trim())?.[1];
  return name !== undefined && isPersonName(name) ? { byline: name } : undefined;
}

/** A separator closing a name before a stamp's label: "Jane Doe /", "Jane Doe |". */
const STAMP_SEPARATOR = /\s*(?:\/\/?|\||·|•|—|–|-)$/u;

/**
 * Two or more people's names joined by commas and "and" ("Mike Roe, A.B. Doe, and Jane Roe"):
 * a credit of several authors, each a whole name (`isPersonName`).
 */
function isNameList(text: string): boolean {
  const people = text.split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/u);
  return people.length >= 2 && people.every((p) => isPersonName(p) && !isRoleLine(p) && knownOutlet(p) === undefined);
}

/** A weekday's or a month's name: a date's first word, never an author's. */
const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN})$`, "iu");

/**
 * One capitalized word that a blog signs with ("by Regan September 15, 2014"): read only where
 * a date closes the line after it, and never a weekday or a month ("By Tuesday …").
 */
function isOneName(text: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(text) && !CALENDAR_WORD.test(text);
}

/** "By Jane Doe | Reuters", "By Jane Doe, CNN": the name, and the outlet credited beside it. */
function withOutlet(name: string): Byline {
  return parseNameOutletByline(name) ?? { byline: name };
}

/**
 * Names a page set in separate elements and a scraper glued together: "Jack HealyLeo
 * Dominguez" → "Jack Healy, Leo Dominguez". Only a lower-case run of three letters or more
 * before the capital counts, so McDonald, DeSantis and LeBron stay whole.
 */
function unglueNames(names: string): string {
  return names.replace(/(\p{Lu}\p{Ll}{3,})(?=\p{Lu}\p{Ll})/gu, "$1, ");
}

/**
 * "Jonathan GarberFOXBusiness", "Jane DoeCNN": an outlet's name in capitals, set in its own
 * element and run into the surname by a scraper. A surname's lower case never runs into two
 * capitals (McDonald, DeSantis, LeBron have one), so the name ends there; the tail is credited
 * as the outlet only when it is a known one.
 */
function withGluedOutlet(text: string): Byline | undefined {
  const match = /^(.*\p{Ll})(\p{Lu}{2,}\p{L}*)$/u.exec(text);
  const name = match?.[1];
  if (name === undefined || match?.[2] === undefined || !isPersonName(name)) return undefined;
  const outlet = knownOutlet(match[2]);
  return outlet === undefined ? { byline: name } : { byline: name, outlet };
}

/**
 * "Ashhar Alam/New Delhi": an author and the place they file from, with no "By". Both sides
 * are short capitalized names; a photo credit ("Marco Ugarte/AP") is a caption and is
 * recognized before this.
 */
export function parseNamePlaceByline(text: string): Byline | undefined {
  const match =
    /^((?:\p{Lu}[\p{L}.'’-]+\s){1,3}\p{Lu}[\p{L}.'’-]+)\s*\/\s*(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2})$/u.exec(
      text,
    );
  return match?.[1] !== undefined && isName(match[1]) ? { byline: match[1] } : undefined;
}

/**
 * "Jane Doe, Reuters", "Jane Doe | CNN", "Jane Doe — AP": a credit line without "By" that pairs
 * a person's name (or several) with a well-known outlet. Only a known outlet counts, so a name and a place
 * ("Jane Doe, Mexico City") or a phrase with a comma is never read as one.
 */
export function parseNameOutletByline(text: string): Byline | undefined {
  const match = /^(.+?)\s*(?:,|\||[–—]|\s-)\s*([^,|–—]+)$/u.exec(text);
  const name = match?.[1];
  const outlet = match?.[2] === undefined ? undefined : knownOutlet(match[2]);
  // One person, or several joined by commas and "and" ("Jane Doe and John Roe, Reuters").
  const people = name?.split(/\s*,\s*|\s+(?:and|&)\s+/u) ?? [];
  if (name === undefined || outlet === undefined || !people.every(isPersonName) || knownOutlet(name) !== undefined)
    return undefined;
  return { byline: name, outlet };
}

/** A role line that ends on a job in the plural: "Writers", "Staff Editors", "Contributors". */
const PLURAL_ROLE = /(?:er|or|ist|ent)s$/u;

/**
 * "Jane Doe, Staff Writer", "Jane Doe · Reporter", "Jane Doe Staff Writer": a person's name and
 * their role on one line, with no "By". Both parts must be whole: a name, then a role line.
 * `jobs`, for a line a byline's label opens, also takes any job title after a separator
 * (`isJobTitle`); a line without the label may be a headline ("Jane Doe, New CEO at Harbour").
 */
function parseNameRoleByline(line: string, jobs = false): Byline | undefined {
  // A name and a role are a short line; a paragraph is never split into words here.
  if (line.length > 120) return undefined;
  const text = unglueRole(line);
  const words = text.trim().split(/\s+/u);
  for (let k = 2; k <= Math.min(4, words.length - 1); k++) {
    const joined = words.slice(0, k).join(" ");
    const name = joined.replace(/\s*[,·|—–-]$/u, "");
    const rest = words.slice(k).join(" ");
    const role = rest.replace(/^[,·|—–-]\s*/u, "");
    // Without a separator the role is set apart by its capital ("Jane Doe Staff Writer"), so a
    // place and a role ("White House correspondent") is not a name.
    const separated = name !== joined || role !== rest;
    const apart = separated || /^\p{Lu}/u.test(role);
    // A role in the plural ("Editorial Writers") is a group's, so the words before it are no one's name.
    if (PLURAL_ROLE.test(role)) continue;
    if (
      isPersonName(name) &&
      ((apart && isRoleLine(role)) || (separated && (isDeskRole(role) || (jobs && isJobTitle(role)))))
    )
      return { byline: name };
  }
  return undefined;
}

/** The labels of a social link an author's card sets between the name and the role. */
const SOCIAL_LABEL = /^(?:Twitter|Facebook|Instagram|LinkedIn|Email|E-mail|Threads|Bluesky)(?=\p{Lu})/u;

/**
 * "Howard BlumeStaff Writer", "Jane RoeTwitterNews & Culture Writer": an author's card whose
 * name, social link and role a scraper ran together. The role is split off where a lower-case
 * letter runs into a capital and what follows (past a social link's label) is a whole role, so
 * "McDonald" or "DeSantis", whose tails are no role, stay as they are. The line unchanged else.
 */
function unglueRole(text: string): string {
  for (const glue of text.matchAll(/\p{Ll}(?=\p{Lu})/gu)) {
    const cut = glue.index + glue[0].length;
    const role = text.slice(cut).replace(SOCIAL_LABEL, "");
    // A desk's words could be the rest of a surname ("McDonald Staff Writer" glues at "cD"):
    // read as a desk only when no role follows its first word alone.
    const desk = isDeskRole(role) && !isRoleLine(role.replace(/^\S+\s+/u, ""));
    // The glue set the two apart as a separator would, so a comma stands for it.
    if (isRoleLine(role) || desk) return `${text.slice(0, cut)}, ${role}`;
  }
  return text;
}

/**
 * A person's name and their newsroom role on one line with no "By" ("Jane Roe Senior Politics
 * Editor, The Daily Ledger"), as an author's card under a headline prints them: the name. The
 * role must be qualified ("Staff Writer", not "Editor"), since a headline has the shape of a name
 * and one role word ("Jane Roe Named Editor").
 */
export function nameWithRole(line: string): string | undefined {
  const name = parseNameRoleByline(line)?.byline;
  if (name === undefined) return undefined;
  const role =
    line
      .slice(line.indexOf(name) + name.length)
      .replace(/^[\s,·|—–-]+/u, "")
      .split(",")[0] ?? "";
  // "Online News Editor": the words read as a name are a desk's, so the line is a post, no one's.
  if (isDeskPost(`${name} ${role.split(/\s+/u)[0] ?? ""}`)) return undefined;
  return wordCount(role) >= 2 ? name : undefined;
}

/** A clock time in a stamp ("10:31 pm", "07:47 PM EST", "13:42"). */
const STAMP_CLOCK = /\b\d{1,2}:\d{2}\b/u;
/** "Posted on March 30, 2015 by Admin": a post's stamp, its date then its author. */
const POSTED_BY = /^(?:posted|published)(?:\s+on)?\s+(.+?)\s+by\s+(\S.*)$/iu;

/** "2/26/2015 7:11 AM PST BY TMZ STAFF": a stamp, then "By" and the credit. */
const STAMP_THEN_BY = /^(.+?)\s+by\s+(\S.*)$/iu;
/** What may follow a stamp's date and clock before its "By": a time zone ("PST", "GMT+1"). */
const STAMP_ZONE = /^\s*(?:\p{Lu}{2,5}(?:[+-]\d{1,2})?)?\s*[,|·•-]?\s*$/u;

/**
 * The credit after a page's date stamp ("2/26/2015 7:11 AM PST BY TMZ STAFF", "March 4, 2025 by
 * Jane Roe"): the line opens on one date (its clock and zone beside it) and "By" follows. The
 * stamp's date is the publication date, unless its day and month could be read either way.
 */
export function parseStampedByline(text: string): Byline | undefined {
  const match = STAMP_THEN_BY.exec(text.trim());
  const stamp = match?.[1];
  if (match === null || stamp === undefined || match[2] === undefined) return undefined;
  const [date, more] = findDates(stamp);
  if (date === undefined || more !== undefined || date.index !== 0) return undefined;
  if (!STAMP_ZONE.test(stamp.slice(date.text.length))) return undefined;
  const credit = parseByline(`By ${match[2]}`);
  if (credit === undefined || credit.published !== undefined || credit.updated !== undefined) return undefined;
  // A numeric day whose day and month could be either ("03/04/2025") is left to the date readers.
  const [first, second] = (/^(\d{1,2})[/.-](\d{1,2})[/.-]/u.exec(stamp) ?? []).slice(1).map(Number);
  const ambiguous = first !== undefined && second !== undefined && first <= 12 && second <= 12;
  return ambiguous ? credit : { ...credit, published: date.iso, dateText: stamp };
}

/**
 * A credit without "By" whose name is followed by the page's stamp: a person's name or a known
 * outlet, then one date and its clock ("Chris Davies - Nov 19, 2019, 10:31 pm CST", "Reuters
 * November 18, 2019 11:03 PM") or a slash set tight before the date ("Jane Roe/November 18,
 * 2016"), or a post's stamp "Posted on DATE by NAME". The date must fill
 * the rest of the line as a publication date line would (never an "Updated" one), and the name
 * must be a whole name: a brand or a phrase before a date ("Nissan November 20, 2019") is not.
 */
export function parseDatedCredit(text: string): Byline | undefined {
  const posted = POSTED_BY.exec(text);
  if (posted?.[1] !== undefined && posted[2] !== undefined) {
    const published = parseDate(posted[1]);
    const name = posted[2].trim();
    return published !== undefined && (isPersonName(name) || isOneName(name) || /^[\p{Ll}\d._-]+$/u.test(name))
      ? { byline: name, published, dateText: posted[1] }
      : undefined;
  }
  const stamped = parseStampedByline(text);
  if (stamped !== undefined) return stamped;
  const [date, more] = findDates(text);
  if (date === undefined || more !== undefined || date.index === 0) return undefined;
  const lead = text.slice(0, date.index);
  // A slash set tight between the name and the date ("Will Roe/November 18, 2016"): a stamp's
  // layout; a place's dateline sets a dash with spaces.
  const slashed = /\p{L}\/$/u.test(lead);
  const name = lead.replace(/\s*[-–—|·•/]?\s*$/u, "");
  const dateText = text.slice(date.index);
  const published = parseDate(dateText);
  if (published === undefined || CALENDAR_WORD.test(name.split(/\s+/u).at(-1) ?? "")) return undefined;
  const outlet = knownOutlet(name);
  if (outlet !== undefined) return { byline: name, outlet, published, dateText };
  // A place's dateline has the same shape ("New York - Nov 19, 2019"); an author's stamp
  // carries its clock time, which a dateline does not.
  return isPersonName(name) && (STAMP_CLOCK.test(dateText) || slashed)
    ? { byline: name, published, dateText }
    : undefined;
}

/** Any credit line that states a byline: "By X", "X / Place", "X, Outlet", "X, Staff Writer", "X - DATE". */
export function parseCreditLine(text: string): Byline | undefined {
  return (
    parseByline(text) ??
    parseByline(onceCredited(text)) ??
    parseDatedCredit(text) ??
    parseNamePlaceByline(text) ??
    parseNameOutletByline(text) ??
    parseNameRoleByline(text) ??
    parseCreditRow(text)
  );
}

/**
 * A credit the page prints twice on one line, the name's link and then the credit with its "By"
 * ("Jane Roe | jroe@example.com By Jane Roe | jroe@example.com"): the credit once, from its "By";
 * any other line as it is.
 */
function onceCredited(text: string): string {
  const twice = /^(.+?)\s+(by\s+(.+))$/iu.exec(text.trim());
  return twice?.[1] !== undefined && twice[2] !== undefined && twice[1] === twice[3] ? twice[2] : text;
}

function isName(name: string): boolean {
  return (
    name !== "" &&
    wordCount(name) <= 8 &&
    /^[\p{L}@]/u.test(name) &&
    // A run of three digits or more is a year, a count or a clock, never a name's ("… 2025 0 1747" glued).
    !/\d{3}/u.test(name) &&
    !/[.!?]$/.test(name.replace(/\b\p{Lu}\.$/u, "")) &&
    !/\b(?:the|this|that|was|were|is|are|has|have|will)\b/i.test(name) &&
    // A page's own pronouns name no author: "About Me/Contact", "About Us" are menu labels.
    !/\b(?:me|my|us|our|your)\b/i.test(name) &&
    // A colon opening a second capitalised phrase makes a headline's two parts, not a writer:
    // "Von München bis Aachen: Im Netz der Agenten" opens on German "from", not on a credit's "von".
    !(wordCount(name) >= 5 && /:\s+\p{Lu}/u.test(name))
  );
}

/** A word for a paper's own newsroom or the wires it takes, naming neither ("staff", "news service"). */
const NEWSROOM_SOURCE = String.raw`(?:staff|wire|news\s+services?|wire\s+services?|agency|agencies)`;

/**
 * A credit put together from those words alone, joined by "and" and closed by "reports"
 * ("Staff and news service reports", "From staff and wire reports"): still no one named.
 */
const NEWSROOM_SOURCES = new RegExp(
  String.raw`^(?:from\s+)?${NEWSROOM_SOURCE}(?:\s+(?:and|&)\s+${NEWSROOM_SOURCE})+(?:\s+reports?)?$`,
  "iu",
);

/**
 * A newsroom credited instead of a person ("Por Redacción", "By Staff", "Staff and wire
 * reports", "Editorial Staff": a staff named only by the newsroom's own word, where "Harbor Post
 * Staff" or "Our Foreign Staff" names one), the genre of an unsigned piece in the author's place ("Editorial"), or a site's
 * house account for its contributors, its initials before the word ("By HP Contributor"): no
 * byline to state.
 */
export function isNewsroomCredit(name: string): boolean {
  return (
    /^(?:(?:la\s+)?r[ée]dac(?:ci[óo]n|tion|ção)|redaktion|staff(?:\s+reports?)?|newsroom|(?:web|news)\s+desk|agencias?|agences?|agencies|wire\s+services?|editorial|(?:editorial|news(?:room)?)\s+(?:staff|team))$/iu.test(
      name.trim(),
    ) ||
    NEWSROOM_SOURCES.test(name.trim()) ||
    /^(?:\p{Lu}{1,5}\s+)?[Cc]ontributors?$/u.test(name.trim())
  );
}

/**
 * A desk's post with no one's name ("Online News Editor", "Staff Writer", "Senior Web Producer"):
 * every word is a newsroom's, so the credit names a job, not who holds it.
 */
const DESK_POST_ONLY =
  /^(?:(?:online|web|digital|news|senior|deputy|managing|assistant|associate|executive|chief|night|city|metro|sports?|business|features?|politics|political|local|staff|desk)\s+){1,3}(?:editor|writer|reporter|producer|correspondent)s?$/iu;

/** True for a desk's post with no one's name ("Online News Editor"), as a page's author field or byline line holds it. */
export const isDeskPost = (name: string): boolean => DESK_POST_ONLY.test(name.trim());

/** Most words of the name a desk's or wire-services credit opens with ("The Detroit News"). */
const WIRE_CREDIT_NAME_WORDS_MAX = 4;

/**
 * A newsroom's credit for a piece no one signs: its name, one to four capitalised words, then
 * "Staff" or "wire services" ("Reuters Staff", "TMZ STAFF", "Our Foreign Staff", "Detroit News
 * wire services"). A reader takes it as the piece's credit, as "By Reuters" is, so it is the
 * byline as stated (eval/README, "Bylines"); a bare "Staff" or "Wire services" names no one.
 */
export function isNamedDeskCredit(text: string): boolean {
  const name = /^(.+?)\s+(?:wire\s+services?|staff)$/iu.exec(text.trim())?.[1]?.split(/\s+/u);
  return (
    name !== undefined &&
    name.length <= WIRE_CREDIT_NAME_WORDS_MAX &&
    name.every((w) => /^\p{Lu}/u.test(w) && !isNewsroomCredit(w))
  );
}

/**
 * A journalist's role printed under their name ("Staff writer", "Reporter", "Corresponsal"), or
 * the credit of a piece written for the paper by an outsider ("Special to the Pioneer Press").
 */
export function isRoleLine(text: string): boolean {
  return (
    /^(?:(?:senior|chief|deputy|associate|contributing|managing|foreign|political|politics|special|staff|national|investigative|business|science|health|technology|tech|sports|culture|arts|opinion|world|metro|news)\s+){0,2}(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|producer)|^special\s+to\s+(?:the\s+)?\p{Lu}|^(?:corresponsal|periodista|redactora?|reportera?|journaliste|correspondante?|rédactrice|rédacteur|redakteurin|redakteur|korrespondentin|korrespondent|repórter|jornalista)\b/iu.test(
      text.trim(),
    ) &&
    wordCount(text) <= 8 &&
    !/[.!?]$/.test(text.trim())
  );
}

/**
 * A role printed after the outlet's or the desk's name ("Live Science Contributor", "AP Auto
 * Writer", "News & Culture Writer", "Harbour Post Editor-at-large"): read only after a separator
 * from the name ("Tim Childers - Live Science Contributor"), since without one a headline ("Jane
 * Doe Named Editor") has the same words.
 */
export function isDeskRole(text: string): boolean {
  return /^(?:(?:\p{Lu}[\p{L}&.'’-]*|&)\s+){1,3}(?:[Ss]taff\s+|[Ss]enior\s+|[Cc]ontributing\s+)?(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]ontributor|[Cc]olumnist)s?(?:[\s-]at[\s-][Ll]arge)?$/u.test(
    text.trim(),
  );
}

/** Nouns of a job a company's staff sign their posts with ("Software Engineer", "Developer Advocate", "Head of Design"). */
const WORK_NOUNS = new Set(
  (
    "engineer manager developer designer scientist researcher director lead advocate officer president founder " +
    "cofounder co-founder analyst architect specialist head professor fellow intern consultant strategist " +
    "evangelist programmer administrator coordinator ceo cto cfo coo vp partner lecturer"
  ).split(" "),
);
/** Where a job is held, after its title: the team, firm or field ("on Google Play", "at Harbour Labs"). */
const HELD_AT = /^(?:on|at|for|with|in)\s+(?:the\s+)?\p{Lu}[^,;.!?]{0,60}$/u;
/** Most words of a job's title before where it is held ("Senior Staff Software Engineer", "Head of Design"). */
const MAX_JOB_WORDS = 5;

/**
 * A job title set after a byline's name and its separator ("Jane Doe, Software Engineer on Google
 * Play", "Jane Doe | Head of Design at Harbour Labs", "Developer Advocate"): capitalised words
 * (with "of" or "and" between) that hold a job's noun, perhaps where it is held after them. Read
 * only after a separator, as a desk role is (`isDeskRole`): without one, a headline ("Jane Doe
 * Named Lead Designer") has the same words.
 */
function isJobTitle(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  const end = words.findIndex((word) => !/^\p{Lu}/u.test(word) && !/^(?:of|and|&)$/u.test(word));
  const title = end === -1 ? words : words.slice(0, end);
  if (title.length === 0 || title.length > MAX_JOB_WORDS || !/^\p{Lu}/u.test(title.at(-1) ?? "")) return false;
  if (!title.some((word) => WORK_NOUNS.has(word.toLowerCase().replace(/s$/u, "")))) return false;
  const after = end === -1 ? "" : words.slice(end).join(" ");
  return after === "" || HELD_AT.test(after);
}

/**
 * A person's name on its line with their newsroom role on the next ("Jane Roe" / "Games
 * Editor"), as a page prints its author's card under the headline: the line break sets the
 * role apart as a separator would.
 */
export function isNameOverRole(name: string, role: string): boolean {
  return isPersonName(name) && (isRoleLine(role) || isDeskRole(role));
}

export interface ListMarker {
  ordered: boolean;
  /** For ordered items, the number written. */
  start?: number;
  /** The item text without its marker. */
  content: string;
}

/** "- x", "* x", "• x", "· x", "1. x", "1) x" (leading whitespace already trimmed). */
export function parseListMarker(text: string): ListMarker | undefined {
  const bullet = /^[-*•·▪◦‣–]\s+(\S.*)$/u.exec(text);
  if (bullet?.[1] !== undefined) return { ordered: false, content: bullet[1] };
  const ordered = /^(\d{1,3})[.)]\s+(\S.*)$/.exec(text);
  if (ordered?.[1] !== undefined && ordered[2] !== undefined)
    return { ordered: true, start: Number(ordered[1]), content: ordered[2] };
  return undefined;
}

/**
 * Labels of related-story boxes in other languages and without a colon, when the label is the
 * whole line ("Related", "Most read", "Most Popular This Week", "Stories Chosen For You", "More from
 * this Author", "Trending News", "Sur le même sujet", "Te puede interesar"), or the site
 * pointing to more of its own pages by its address ("Also on rt.com", "More on NYPost.com").
 */
const BARE_RELATED =
  /^(?:related(?:\s+(?:stories|articles|posts|coverage|news|links|content|searches|videos|information|topics))?|more\s+(?:stories|news|coverage)|most\s+(?:read|popular|viewed)(?:\s+(?:this\s+week|today|now))?|(?:stories\s+)?(?:chosen|picked|selected|recommended)\s+for\s+you|more\s+from\s+this\s+(?:author|writer|reporter|columnist)|popular\s+(?:right\s+)?now|further\s+reading|trending\s+(?:news|stories|articles)|(?:also\s+)?read\s+(?:more|also|next)|see\s+also|what\s+to\s+read\s+next|next\s+up\s+in\s+\p{Lu}[\p{L}&'’]*(?:\s+\p{Lu}[\p{L}&'’]*){0,2}|you\s+(?:may|might)\s+also\s+like|sur\s+le\s+même\s+sujet|à\s+lire\s+aussi|lire\s+aussi|les\s+plus\s+lus|te\s+puede\s+interesar|lee\s+tambi[ée]n|(?:noticias\s+|not[íi]cias\s+|art[íi]culos\s+|artigos\s+|posts\s+|mat[ée]rias\s+)?relacionad[ao]s|articoli\s+correlati|weitere\s+(?:beiträge|artikel)(?:\s+zum\s+thema)?|ähnliche\s+(?:beiträge|artikel)|m[áa]s\s+le[ií]d[ao]s|leia\s+(?:mais|tamb[ée]m)|mais\s+lidas|mehr\s+zum\s+thema|weitere\s+themen|lesen\s+sie\s+auch|lest\s+auch|verwandte\s+(?:artikel|beiträge|themen)|meistgelesen|související(?:\s+články)?|nejčtenější|(?:also|more)\s+on\s+[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6})$/iu;

/**
 * A label over other stories of one subject or one writer, the subject capitalised as a section
 * is and the writer named ("MORE ON EDUCATION", "More on Immigration", "Read more from Jane
 * Roe", "More Stories By Jane"), or the subject set before the news ("More Alabama news"); "More on that later.", "More
 * from the meeting below." and "More Texans read local news." are sentences.
 */
const MORE_ON_TOPIC =
  /^(?:MORE\s+(?:ON|ABOUT|FROM)\s+[\p{Lu}&'’ .-]{2,40}|(?:Read\s+more|More(?:\s+(?:[Ss]tories|[Aa]rticles|[Pp]osts))?)\s+(?:[Oo]n|[Aa]bout|[Ff]rom|[Bb]y)\s+\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}|More\s+\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,2}\s+(?:news|stories))$/u;

/** A label introducing a block of other stories' headlines ("More related stories:", "Read more:", "For more, read:"). */
export function relatedLabel(text: string): { inline: string } | undefined {
  if (!VOCABULARY_ON) return undefined;
  const bare = text.replace(/\s*[:：]$/u, "");
  if (BARE_RELATED.test(bare) || MORE_ON_TOPIC.test(bare)) return { inline: "" };
  const inlineLabel =
    /^(?:lire\s+aussi|à\s+lire\s+aussi|te\s+puede\s+interesar|lee\s+tambi[ée]n|leia\s+(?:mais|tamb[ée]m)|lesen\s+sie\s+auch|lest\s+auch|verwandte\s+(?:artikel|beiträge|themen)|mehr\s+zum\s+thema|lire)\s*[:：]\s*(.+)$/iu.exec(
      text,
    );
  if (inlineLabel) return { inline: (inlineLabel[1] ?? "").trim() };
  // A label for one story ("Related post: Pickled Radish Recipe") only with that story's
  // headline after it: alone, a box whose link the page lost leaves it over the article's next
  // paragraph, which is not the box's.
  const one = /^related\s+(?:story|article|post|video)\s*[:：]\s*(\S.*)$/iu.exec(text);
  if (one) return { inline: (one[1] ?? "").trim() };
  const match =
    /^(?:more\s+)?(?:related(?:\s+(?:stories|articles|posts|coverage|news|reading|videos))?|read\s+(?:more|also|next)|for\s+more,?\s+read|see\s+also|also\s+read|more\s+(?:stories|on\s+this(?:\s+story)?|from\s+\S+)|you\s+(?:may|might)\s+also\s+like|recommended\s+reading|further\s+reading)\s*[:：]\s*(.*)$/i.exec(
      text,
    );
  return match ? { inline: (match[1] ?? "").trim() } : undefined;
}

/** A label introducing the sources an article cites ("Sources include:", "Sources:"). */
export function sourcesLabel(text: string): { inline: string } | undefined {
  const match = /^(?:sources?(?:\s+(?:include|used|cited))?|references|cited\s+sources)\s*[:：]\s*(.*)$/i.exec(text);
  return match ? { inline: (match[1] ?? "").trim() } : undefined;
}

/**
 * Splits a "Sources include:" line into items: on commas/semicolons, or on whitespace when the
 * line is a run of bare domains ("NYPost.com CNN.com Brighteon.com").
 */
export function splitSources(text: string): string[] {
  const content = parseListMarker(text)?.content ?? text;
  let items = content.split(/\s*[;,]\s*/);
  if (items.length === 1) {
    const tokens = content.split(/\s+/);
    if (tokens.length > 1 && tokens.every((t) => /^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/.test(t))) items = tokens;
  } else {
    // "A, B and C": the final "and" joins the last two items.
    const last = items[items.length - 1] ?? "";
    const and = /^(?:and|&)\s+(.+)$/i.exec(last) ?? /^(.+?)\s+(?:and|&)\s+(.+)$/i.exec(last);
    if (and) items.splice(items.length - 1, 1, ...and.slice(1));
  }
  return items
    .map((s) =>
      s
        .trim()
        .replace(/[.;,]$/, "")
        .trim(),
    )
    .filter((s) => s !== "");
}

/**
 * A wire-copy dateline opening a paragraph: "MEXICO CITY (Reuters) - …", "WASHINGTON — …".
 * The text is kept; the match only tells the dek rule that this paragraph is a lede.
 */
export function datelinePlace(text: string): string | undefined {
  const match =
    /^([\p{Lu}][\p{Lu} .,'’-]{1,40}?)(?:,\s*[\p{L}.]+(?:\s+\d{1,2})?)?\s*(?:\([^)]{1,40}\))?\s*[-–—]{1,2}\s+\S/u.exec(
      text,
    );
  const place = match?.[1]?.trim();
  return place !== undefined && place.length >= 3 && !/\s[-–—]$/.test(place) && !isTimeLead(place) ? place : undefined;
}

/**
 * The day a lede's dateline states: the paragraph opens on a full date, after the place it is
 * filed from or not, then a dash and the first sentence ("Feb. 23, 2015 -- Officials said …",
 * "WASHINGTON, March 4, 2025 — The …"). Where a dateline ends is the timeline's reading
 * (dates/furniture.ts), so ingest dates an article by the same dateline the timeline leaves out.
 * A date without its year states no day; undefined then.
 */
export function datelineDay(text: string): string | undefined {
  const end = dayDatelineEnd(text) || datelineEnd(text);
  return end === 0 ? undefined : findDates(text.slice(0, end))[0]?.iso;
}

const TIME_LEAD = new RegExp(
  `^(?:(?:early|late|earlier|later|this|last|on)\\s+)?(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|week|weekend|${WEEKDAY_PATTERN})(?:\\s+(?:morning|afternoon|evening|night))?$`,
  "i",
);

/**
 * A time word in a dateline's place and shape ("TONIGHT —", "TUESDAY NIGHT —", "EARLIER TODAY
 * —"): it says when, not where, so it is no wire dateline (a headline may open with it).
 */
export function isTimeLead(place: string): boolean {
  return TIME_LEAD.test(place);
}

/** A paragraph opening with a time word set like a dateline ("TONIGHT — Senators vote …"). */
export function opensWithTimeLead(text: string): boolean {
  const lead = /^([\p{Lu}][\p{Lu} ]{2,30}?)\s*[-–—]{1,2}\s+\S/u.exec(text)?.[1];
  return lead !== undefined && isTimeLead(lead.trim());
}

/** A lede attributes ("said", "according to"); a standfirst does not. The verbs are the shared list. */
export const ATTRIBUTION = new RegExp(`\\b(?:${alternation(SPEECH_VERBS)}|according\\s+to|reportedly)\\b`, "iu");

/**
 * Who says so, as a lede reports it: the past forms of the shared speech verbs ("said", "told")
 * and "according to". A headline's present "says", "warns" is left out: headlines use it.
 */
const LEDE_SOURCE = new RegExp(
  `\\b(?:${alternation(SPEECH_VERBS.filter((verb) => !/s$/u.test(verb) && verb !== "say" && verb !== "reveal"))}|according\\s+to|reportedly)\\b`,
  "iu",
);

/** A weekday or a day word: when a lede says the news happened. */
const LEDE_WHEN = new RegExp(`\\b(?:${WEEKDAY_PATTERN}|yesterday|today|tonight|last\\s+night)\\b`, "u");

/**
 * A lede reports: it tells when ("on Thursday", "yesterday"), who says so ("said", "according
 * to") or where (a wire dateline). A headline written as a sentence states the news without them.
 */
export function reportsLikeLede(text: string): boolean {
  return LEDE_WHEN.test(text) || LEDE_SOURCE.test(text) || datelinePlace(text) !== undefined;
}
