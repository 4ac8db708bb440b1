/**
 * The headline of a whole page's text, found from the article up: a page extraction (every
 * visible line of a web page) sets menus, sign-in and share prompts, captions and other
 * stories' headlines above the article, so the first heading-shaped line is seldom its
 * headline. The article's own header is what locates it: the body starts at the first run of
 * prose, and the headline stands above its credit (byline, "By", date) — often with a
 * standfirst or a photo caption between — over the body. Walking up from that credit over what
 * a header holds (names, dates, a standfirst, captions, share links) reaches the headline.
 * Used by ./headline.ts, which keeps the first heading-shaped line when nothing says otherwise.
 */
import { CLOCK_TIME } from "#lib/text/clockTime.ts";
import { contentAbove, nextContentIndex, type Unit } from "./classify.ts";
import { isPictureCaption } from "./captionCredit.ts";
import { isGluedLabels } from "./chrome.ts";
import { isHeadingLike, isLabelOfLabels, isSiteName, TITLE_SEPARATOR } from "./headings.ts";
import { wordCount } from "./lines.ts";
import { sameText } from "./sections.ts";
import { knownOutlet } from "./outlets.ts";
import { LONE_BY } from "./stampLine.ts";
import { TERMINAL } from "./units.ts";

/** Longest headline, in words (./headline.ts uses the same bound). */
const MAX_HEADLINE_WORDS = 30;

/** Longest headline written with a full stop; a standfirst or a caption sentence runs longer. */
const MAX_STOPPED_WORDS = 20;

/** How far above the body a header's credit may stand, in units (share bars, captions between). */
const MAX_HEADER_UNITS = 40;

/** Most short lines (a name, a handle, an e-mail) between two credit lines of one header. */
const MAX_CREDIT_GAP = 8;

/** Most words of a short line between two credit lines (a name with its role, a handle). */
const MAX_GAP_LINE_WORDS = 6;

/** Most paragraphs (a standfirst, a caption written as a sentence) between headline and credit. */
const MAX_PROSE_BETWEEN = 2;

/** "By Jane Doe | Special to …": a byline the credit parser does not read, by its first words. */
const BY_NAME = /^(?:[Bb]y|[Pp]or|[Vv]on|[Pp]ar)\s+\p{Lu}\p{Ll}*\.?\s+\p{Lu}/u;

/** A time of day ("8:19 PM", "21:17", "10:28am"): a date stamp, never in a headline's shape. */
const CLOCK = new RegExp(String.raw`\b${CLOCK_TIME}(?!\d)`, "iu");

/** A date stamp's label: "Updated …", "Posted …", "Published: …". */
const STAMP_LABEL =
  /^(?:updated|posted|published|last\s+updated|actualizado|publicado|aktualisiert|mis\s+à\s+jour)\b/iu;

/** A line that credits the article: a byline, a date, or a date stamp the date parser leaves. */
export function isCreditUnit(unit: Unit): boolean {
  if (unit.byline !== undefined || (unit.date !== undefined && unit.date.kind !== "clock")) return true;
  return (
    LONE_BY.test(unit.text) ||
    BY_NAME.test(unit.text) ||
    NAME_TO_AUTHOR_PAGE.test(unit.text) ||
    isDateStamp(unit.text) ||
    isRoleLine(unit.text) ||
    isDeskInPlace(unit.text)
  );
}

/** "Associated Press in Valencia", "Harbour Wire staff in Lima": a known outlet or a desk, then where it reported from. */
const DESK_IN_PLACE = /^(.{2,40}?)\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/**
 * A credit naming the agency or the desk that reported the article and the place it reported
 * from, as a page sets it over the date: the outlet's name (a known one) or a desk's ("… staff",
 * "… correspondent"), " in ", a place. A headline names no wire in its place.
 */
export function isDeskInPlace(text: string): boolean {
  const who = DESK_IN_PLACE.exec(text)?.[1];
  return who !== undefined && (knownOutlet(who) !== undefined || /\s(?:staff|correspondents?|reporters?)$/iu.test(who));
}

/**
 * An author's name run into the link to their page ("Jane DoeView More Articles", "Jane Doe
 * See all posts"): the byline, as its link label says.
 */
const NAME_TO_AUTHOR_PAGE =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}?\s*(?:View|See|Read|Browse)\s+(?:[Mm]ore|[Aa]ll)\s+(?:[Aa]rticles|[Pp]osts|[Ss]tories)$/u;

/** Most words of a line naming an author by role ("Tom Krisher, AP Auto Writer", "Detroit News wire services"). */
const MAX_ROLE_WORDS = 6;

/** A newsroom role closing a short line: the author's or the desk's credit, not a headline. */
const ROLE_END =
  /\b(?:staff|writer|reporter|correspondent|contributor|columnist|editor|wire\s+services?|wire\s+reports?)$/iu;

function isRoleLine(text: string): boolean {
  return wordCount(text) <= MAX_ROLE_WORDS && ROLE_END.test(text);
}

/** Most words of a photo caption set as a short line over its credit ("Quarterback Sam Reed"). */
const MAX_CAPTION_WORDS = 12;

/** How far under a photo credit the article's own byline may stand, in units. */
const MAX_CREDIT_TO_BYLINE = MAX_CREDIT_GAP;

/** A line naming the article's author: a byline, a lone "By" or "Author:", "By Jane Doe". */
const isAuthorCredit = (unit: Unit): boolean =>
  unit.byline !== undefined || LONE_BY.test(unit.text) || BY_NAME.test(unit.text);

/**
 * Unit `k` is a photographer's credit, "Name, Agency" ("Sam Reed, Associated Press"), which the
 * byline parser reads as a byline: it stands directly under a short caption line, and the
 * article's own byline stands further down the header. A page credits its author once; a
 * second "Name, Agency" over the picture is the picture's, so neither it nor its caption heads
 * the article.
 */
export function isPhotoCredit(units: readonly Unit[], k: number): boolean {
  if (creditedCaption(units, k) === undefined) return false;
  for (
    let i = nextContentIndex(units, k), n = 0;
    i < units.length && n < MAX_CREDIT_TO_BYLINE;
    i = nextContentIndex(units, i), n++
  )
    if (isAuthorCredit(units[i] as Unit) && !sameCredit(units[k] as Unit, units[i] as Unit)) return true;
  return false;
}

/** Letters only, lower case: the same names however a scraper spaced or glued them. */
const letters = (text: string): string => text.toLowerCase().replace(/[^\p{L}]/gu, "");

/**
 * Two credit lines naming the same people ("Jane Doe, John Roe, Reuters" and, by the author's
 * box, "Jane DoeJohn Roe, Reuters"): the article's credit set twice, not a picture's credit
 * over the article's own.
 */
function sameCredit(a: Unit, b: Unit): boolean {
  const [x, y] = [a.byline?.byline, b.byline?.byline];
  return x !== undefined && y !== undefined && letters(x) === letters(y);
}

/**
 * The short caption over unit `k` when `k` has a photographer's credit's shape, "Name, Agency"
 * under a short line without final punctuation that credits nothing itself.
 */
function creditedCaption(units: readonly Unit[], k: number): Unit | undefined {
  const unit = units[k];
  if (unit?.byline?.byline === undefined || unit.byline.outlet === undefined || !unit.text.includes(","))
    return undefined;
  const caption = contentAbove(units, k);
  if (caption === undefined || isCreditUnit(caption) || TERMINAL.test(caption.text)) return undefined;
  return wordCount(caption.text) > MAX_CAPTION_WORDS ? undefined : caption;
}

/**
 * Unit `k` is a photographer's "Name, Agency" under its short caption, set under the article's
 * credit or date line ("Published 11:11 PM EST Nov 19, 2019" / "Quarterback Sam Reed" / "Ann
 * Lee, Associated Press"): a page sets its standfirst over its credits, so the caption and
 * credit under them are the picture's. Only the header reader asks, once the headline is
 * known: above a headline, a date line is the page's and the line under it may be that headline.
 */
function isPhotoCreditUnderCredits(units: readonly Unit[], k: number): boolean {
  const caption = creditedCaption(units, k);
  const above = caption === undefined ? undefined : contentAbove(units, units.indexOf(caption));
  return above !== undefined && isCreditUnit(above);
}

/** Unit `k` is, in the article's header, a photo's caption or its credit (see `isPhotoCreditUnderCredits`). */
export function inHeaderPhotoCaption(units: readonly Unit[], k: number): boolean {
  return (
    inPhotoCaption(units, k) ||
    isPhotoCreditUnderCredits(units, k) ||
    isPhotoCreditUnderCredits(units, nextContentIndex(units, k))
  );
}

/** Unit `k` is a photo's caption or its credit (see `isPhotoCredit`). */
export function inPhotoCaption(units: readonly Unit[], k: number): boolean {
  return isPhotoCredit(units, k) || isPhotoCredit(units, nextContentIndex(units, k));
}

/** The first unit under `k` that is neither furniture nor a photo's caption or credit. */
export function nextPastPhoto(units: readonly Unit[], k: number): number {
  let next = nextContentIndex(units, k);
  while (next < units.length && inPhotoCaption(units, next)) next = nextContentIndex(units, next);
  return next;
}

/**
 * A date stamp line: labelled, holding a time of day (a headline names no clock time), or a
 * post's age alone, as a feed prints it beside the author's name ("8h", "3d", "12 min").
 */
function isDateStamp(text: string): boolean {
  return (
    STAMP_LABEL.test(text) ||
    POST_AGE.test(text) ||
    ((CLOCK.test(text) || DATE_LED_PARTS.test(text)) && wordCount(text) <= 16)
  );
}

/** A post's age alone, in a feed's short units: "8h", "3d", "45m", "2w", "12 min", "5 hrs". */
const POST_AGE = /^\d{1,2}\s?(?:m|h|d|w|mins?|hrs?)$/iu;

/**
 * A blog's post line: a date, then the post's other facts split by slashes or bars
 * ("October 12, 2018/0 Comments/in Promotion /by admin", "12 Oct 2018 | News").
 */
const DATE_LED_PARTS =
  /^(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\.?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*[/|·•]\s*\S/u;

/** Words a phrase cannot end on: a line ending on one was cut from a sentence. */
const DANGLING = /\b(?:a|an|the|of|on|in|at|to|for|from|by|with|and|or|but|as|is|are|was|than|that)$/iu;

/**
 * Words a line leading into a link ends on ("Powered by", "A project of", "Photo from"): the
 * line under it is the link's text. Fewer than `DANGLING`'s, so "Sign in" leads into nothing.
 */
const LINK_LEAD = /\b(?:by|of|from|via)$/iu;

/** First and last word of a line, to tell a run of look-alike links ("Click to share on …"). */
function ends(text: string): [string, string] {
  const words = text.toLowerCase().split(/\s+/u);
  return [words[0] ?? "", words.at(-1) ?? ""];
}

/**
 * Unit `k` is one of three or more lines in a row that open or close with the same word: a
 * share bar or a menu of links ("Click to share on Facebook (Opens in new window)"), not a headline.
 */
function inLinkRun(units: readonly Unit[], k: number): boolean {
  const text = units[k]?.text ?? "";
  const [first, last] = ends(text);
  // The same line twice is the headline repeated (page title and heading), not a run of links.
  const alike = (i: number): boolean => {
    const u = units[i];
    if (u === undefined || u.furniture !== undefined || u.text === text) return false;
    const [f, l] = ends(u.text);
    return f === first || l === last;
  };
  let run = 1;
  for (let i = k - 1; alike(i) && run < 3; i--) run++;
  for (let i = k + 1; alike(i) && run < 3; i++) run++;
  return run >= 3;
}

/** Most words of a line set in capitals that reads as a label ("MORE STORIES LIKE THIS ONE"). */
const MAX_CAPS_LABEL_WORDS = 6;

/** A few words all in capitals: a rail's or a section's label, not a headline. */
function isCapsLabel(text: string): boolean {
  return wordCount(text) <= MAX_CAPS_LABEL_WORDS && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** A writer credited after a comma at a line's end, in the languages pages print it: "…, by Ana Ruiz", "…, por Ana Ruiz". */
const TEASER_CREDIT = /,\s+(?:by|por|von|par|di|av|af|door)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u;

/** A sentence's end inside a line, after a word of four small letters or more (so no "Sen." or "U.S."). */
const INNER_SENTENCE_END = /\p{Ll}{4}[.!?]["”’]?\s+(?=\p{Lu})/gu;

/**
 * A unit that may be the headline: three words or more, heading-shaped, not ending on a word
 * that leaves a phrase open, and not a credit, a label in capitals, glued menu labels or one
 * link of a run.
 */
function isCandidate(units: readonly Unit[], k: number): boolean {
  const unit = units[k];
  if (unit === undefined || unit.furniture !== undefined || unit.marker !== undefined || unit.crumb) return false;
  // A line holding a web address is a link, never a headline.
  if (unit.dateline || unit.lines.length > 2 || isCreditUnit(unit) || /https?:\/\//u.test(unit.text)) return false;
  // A picture's caption, its credit closing it or under it, heads nothing; nor does a standfirst
  // of three sentences or more, as a headline is one (or two short ones).
  if (isPictureCaption(units, k) || (unit.text.match(INNER_SENTENCE_END) ?? []).length >= 2) return false;
  // Another story's link that credits its own writer after a comma ("…, por Ana Ruiz"): a headline's
  // writer stands in the credit under it.
  if (TEASER_CREDIT.test(unit.text)) return false;
  const words = wordCount(unit.text);
  // Two words head an article only when its title bar names them ("Standings | Site").
  if (
    words < 2 ||
    (words === 2 && !namedByPageTitle(units, k)) ||
    !isHeadingLike(unit.text, MAX_HEADLINE_WORDS) ||
    DANGLING.test(unit.text)
  )
    return false;
  return !isCapsLabel(unit.text) && !isGluedLabels(unit.text) && !inLinkRun(units, k);
}

/**
 * A headline written with its full stop (or two short sentences: "… ‘Meth. We’re on it.’ They
 * just might be."), known as one because a credit stands directly under it. A sentence under a
 * stamp's label standing alone ("Published:" / a sentence / "Posted:") is not one: the label
 * opens the header's credit block, which stands under the headline, so what follows it is the
 * page's text.
 */
function isStoppedHeadline(units: readonly Unit[], k: number): boolean {
  const unit = units[k];
  if (unit === undefined || unit.furniture !== undefined || unit.marker !== undefined || unit.lines.length > 1)
    return false;
  if (contentAbove(units, k)?.date?.kind === "label") return false;
  const words = wordCount(unit.text);
  if (words < 3 || words > MAX_STOPPED_WORDS || !/^[^\p{Ll}]/u.test(unit.text) || !TERMINAL.test(unit.text))
    return false;
  // A photo's caption and credit may stand between the headline and its own credit.
  const next = units[nextPastPhoto(units, k)];
  return next !== undefined && isCreditUnit(next);
}

/** A paragraph of prose: a standfirst, a caption written as a sentence (or the article's text). */
const isParagraph = (unit: Unit): boolean => TERMINAL.test(unit.text) || wordCount(unit.text) > MAX_HEADLINE_WORDS;

/** Most capitalized words of a name line; the small words of names and of two names joined aside. */
const MAX_NAME_WORDS = 5;
const NAME_JOINS = /^(?:de|da|van|von|der|del|la|le|and|y|e|et|und|&)$/u;

/**
 * A line shaped like a name, not a phrase: up to five words, each capitalized (or the line in
 * capitals), "Jane Doe", "VICTOR TANGERMANN, FUTURISM", "Sioux Falls Argus Leader" — the
 * author or the outlet over a credit, or a label.
 */
function isNameShaped(text: string): boolean {
  const words = text.split(/[\s,|–—-]+/u).filter((w) => w !== "" && !NAME_JOINS.test(w));
  return words.length <= MAX_NAME_WORDS && words.every((w) => /^[\p{Lu}\d@]/u.test(w));
}

/** A social handle alone on its line ("@janeroe"), as an author's card prints it under the name. */
const SOCIAL_HANDLE_LINE = /^@[\p{L}\d_]{2,}$/u;

/** Under unit `k` stand only name lines (authors, the outlet), then a credit: `k` is in the byline. */
function namesToCredit(units: readonly Unit[], k: number): boolean {
  for (let i = nextContentIndex(units, k); i < units.length; i = nextContentIndex(units, i)) {
    const unit = units[i];
    if (unit === undefined || isCreditUnit(unit)) return unit !== undefined;
    // The author's handle under the name ("Jane Roe" / "@janeroe" / the date) is part of the credit.
    if (SOCIAL_HANDLE_LINE.test(unit.text)) continue;
    // A name has two words or more; one word is a section's label, which no byline holds.
    if (!isNameShaped(unit.text) || wordCount(unit.text) < 2) return false;
  }
  return false;
}

/** A lone "By" (or "Von", "Author:") stands directly over unit `k` (furniture aside): `k` is the author's name. */
export function underLoneBy(units: readonly Unit[], k: number): boolean {
  const above = contentAbove(units, k);
  return above !== undefined && LONE_BY.test(above.text);
}

/** A credit stands directly over unit `k` (furniture aside): "By" over the author's name. */
function creditOver(units: readonly Unit[], k: number): boolean {
  const above = contentAbove(units, k);
  return above !== undefined && isCreditUnit(above);
}

/** Fewest entries (a headline over its date) that make a list of other stories. */
const MIN_LIST_ENTRIES = 3;

/** Farthest apart two entries of a list of other stories stand, in units (a label between). */
const MAX_ENTRY_SPAN = 4;

/**
 * Unit `k` is one entry of a list of other stories, each a headline directly over its date
 * ("More stories", "Most popular"): three or more such entries stand within a few lines of
 * each other.
 */
function inDatedList(units: readonly Unit[], k: number): boolean {
  const entry = (i: number): boolean => isCandidate(units, i) && units[nextContentIndex(units, i)]?.date !== undefined;
  if (!entry(k)) return false;
  let count = 1;
  for (let i = k - 1, last = k; i >= last - MAX_ENTRY_SPAN && i >= 0; i--) if (entry(i)) [count, last] = [count + 1, i];
  for (let i = k + 1, last = k; i <= last + MAX_ENTRY_SPAN && i < units.length; i++)
    if (entry(i)) [count, last] = [count + 1, i];
  return count >= MIN_LIST_ENTRIES;
}

/**
 * The top of the header's credit block over the body that starts at `runStart`: the credit
 * line nearest above the body, then any credit lines above it separated only by short lines
 * (the author's name, a handle, an outlet). Undefined when no credit stands close above the body.
 */
function creditTop(units: readonly Unit[], runStart: number): number | undefined {
  let top: number | undefined;
  for (let k = runStart - 1; k >= Math.max(0, runStart - MAX_HEADER_UNITS); k--) {
    const unit = units[k];
    if (unit !== undefined && unit.furniture === undefined && isCreditUnit(unit) && !inDatedList(units, k - 1)) {
      top = k;
      break;
    }
  }
  if (top === undefined) return undefined;
  for (let k = top - 1, gap = 0; k >= 0 && gap <= MAX_CREDIT_GAP; k--) {
    const unit = units[k];
    if (unit === undefined) break;
    if (unit.furniture !== undefined) continue;
    if (isCreditUnit(unit)) {
      if (inDatedList(units, k - 1)) break;
      top = k;
      gap = 0;
      continue;
    }
    if (isParagraph(unit) || wordCount(unit.text) > MAX_GAP_LINE_WORDS) break;
    gap++;
  }
  return top;
}

/**
 * Walking up from a headline written with its full stop: past credit lines and furniture, a
 * heading-shaped line is the headline and the stopped one its standfirst or a caption.
 */
function headlineOverStopped(units: readonly Unit[], k: number): number {
  for (let i = k - 1; i >= 0; i--) {
    const unit = units[i];
    if (unit === undefined) break;
    if (unit.furniture !== undefined || isCreditUnit(unit) || inPhotoCaption(units, i)) continue;
    return isCandidate(units, i) ? i : k;
  }
  return k;
}

/** Fewest words of a line that a page repeats as its headline (share prompts are shorter). */
const MIN_REPEATED_WORDS = 4;

/**
 * A page sets its headline again under the credit, before the body (share text, a gallery's
 * title): a headline-shaped line between credit `top` and the body that also stands over the
 * credit is the headline, and the upper one is where it heads the article.
 */
function repeatedOverCredit(
  units: readonly Unit[],
  top: number,
  runStart: number,
): { upper: number; lower: number } | undefined {
  for (let k = top + 1; k < runStart; k++) {
    const text = units[k]?.text.toLowerCase();
    if (!isCandidate(units, k) || wordCount(text) < MIN_REPEATED_WORDS) continue;
    for (let m = top - 1; m >= Math.max(0, top - MAX_HEADER_UNITS); m--)
      if (units[m]?.text.toLowerCase() === text && isCandidate(units, m)) return { upper: m, lower: k };
  }
  return undefined;
}

/**
 * The index of the article's headline, read upward from the credit over the body that starts
 * at `runStart`, or undefined when no credit stands there or no headline-shaped line stands
 * over it (then the first heading-shaped line of the page is all there is to go by). A line
 * shaped like a name (the author, the outlet, a label) is taken only when no phrase stands
 * above it in the header.
 */
export function anchoredHeadline(units: readonly Unit[], runStart: number): number | undefined {
  const found = anchoredAt(units, runStart);
  if (found !== undefined) return found;
  // The main run can start far below the article's top, when its first paragraphs stand between
  // subheadings or table cells: the first paragraph standing under a credit starts the body then.
  const body = creditedParagraph(units, runStart);
  return body === undefined ? undefined : anchoredAt(units, body);
}

/** Fewest words of a paragraph that starts an article's body (a sentence, not a label or a prompt). */
const MIN_BODY_WORDS = 10;

/** A paragraph of running prose that may start the body: a sentence of some length, not a credit or furniture. */
function isBodyParagraph(unit: Unit): boolean {
  return (
    unit.furniture === undefined &&
    unit.marker === undefined &&
    !isCreditUnit(unit) &&
    TERMINAL.test(unit.text) &&
    wordCount(unit.text) >= MIN_BODY_WORDS
  );
}

/** The first paragraph of prose above `end` that a credit stands close above (see `creditTop`). */
function creditedParagraph(units: readonly Unit[], end: number): number | undefined {
  for (let k = 0; k < Math.min(end, units.length); k++) {
    const unit = units[k];
    // A sentence standing over a credit heads it (a headline with its "!"), it does not start the body.
    const over = units[nextContentIndex(units, k)];
    if (over !== undefined && isCreditUnit(over)) continue;
    if (unit !== undefined && isBodyParagraph(unit) && creditTop(units, k) !== undefined) return k;
  }
  return undefined;
}

/** The headline over the body that starts at `runStart` (see `anchoredHeadline`). */
function anchoredAt(units: readonly Unit[], runStart: number): number | undefined {
  // Without a run of prose there is no article body to stand over.
  if (runStart >= units.length) return undefined;
  const top = creditTop(units, runStart);
  if (top === undefined) return undefined;
  const stamped = underStamp(units, top, runStart);
  if (stamped !== undefined) return stamped;
  const walked = walkUp(units, top);
  // The walk met a label inside the site's menu ("Rentals" / "Shopping el Nuevo Herald" /
  // "Miami.com"): no headline stands over the date, and the line under it heads the body.
  const found = walked !== undefined && inMenuRun(units, walked) ? (headlineUnderStamp(units, top) ?? walked) : walked;
  const repeated = repeatedOverCredit(units, top, runStart);
  const again = repeated?.upper;
  // The repeated line over the one the walk found, only a counter or a button between: the
  // found one is its standfirst.
  if (found !== undefined && again !== undefined && again < found) {
    const between = units.slice(again + 1, found);
    if (between.every((u) => u.furniture !== undefined || wordCount(u.text) < 3)) return again;
  }
  // The walk found only a name (the author's, over the credit), while the page's title line
  // stands again between the credit and the body: that lower line heads the article.
  if (repeated !== undefined && (found === undefined || isNameShaped(units[found]?.text ?? ""))) return repeated.lower;
  return found === undefined ? undefined : overStandfirst(units, titledOver(units, found));
}

/** Most words of a menu's label ("Business Monday", "Public Notices"). */
const MAX_MENU_WORDS = 3;

/** A short label of the site's menu: a few words, heading-shaped, not a date, a credit or a list item. */
const isMenuWord = (unit: Unit): boolean =>
  unit.marker === undefined &&
  unit.date === undefined &&
  wordCount(unit.text) <= MAX_MENU_WORDS &&
  isHeadingLike(unit.text) &&
  !isCreditUnit(unit);

/** Fewest labels around a line that make it one entry of a menu. */
const MIN_MENU_RUN = 3;

/**
 * Unit `k` stands inside a run of the site's menu: short labels directly above it and below it
 * (furniture aside), three or more with it. A headline stands over its credit or text, never
 * between two menu labels.
 */
function inMenuRun(units: readonly Unit[], k: number): boolean {
  const count = (step: number): number => {
    let n = 0;
    for (let i = k + step; i >= 0 && i < units.length; i += step) {
      const unit = units[i] as Unit;
      if (unit.furniture !== undefined) continue;
      if (!isMenuWord(unit)) break;
      n++;
    }
    return n;
  };
  const [above, below] = [count(-1), count(1)];
  return above > 0 && below > 0 && 1 + above + below >= MIN_MENU_RUN;
}

/** Most short lines (a share button's label, "Order Reprint") between a headline and its first paragraph. */
const MAX_LABELS_TO_BODY = 2;

/**
 * The headline a page sets under its date stamp `top` with no byline ("December 12, 2016 7:00
 * AM" / "From Metrorail to bike paths, …" / share labels / the first paragraph): the first
 * heading-shaped line under the stamp, of four words or more, when a paragraph follows it with
 * only a couple of short labels between.
 */
function headlineUnderStamp(units: readonly Unit[], top: number): number | undefined {
  const stamp = units[top];
  if (stamp === undefined || stamp.byline !== undefined || (stamp.date === undefined && !isDateStamp(stamp.text)))
    return undefined;
  const k = nextContentIndex(units, top);
  const line = units[k];
  if (line === undefined || !isCandidate(units, k) || isNameShaped(line.text)) return undefined;
  if (wordCount(line.text) < MIN_REPEATED_WORDS) return undefined;
  let labels = 0;
  for (let i = nextContentIndex(units, k); i < units.length; i = nextContentIndex(units, i)) {
    const unit = units[i] as Unit;
    if (isParagraph(unit)) return k;
    if (TERMINAL.test(unit.text) || wordCount(unit.text) > MAX_GAP_LINE_WORDS || ++labels > MAX_LABELS_TO_BODY)
      return undefined;
  }
  return undefined;
}

/** A line shaped like a person's name (two to five capitalized words, a handle), as a byline's. */
const isAuthorName = (unit: Unit): boolean => wordCount(unit.text) >= 2 && isNameShaped(unit.text);

/**
 * A page may set the date stamp above its headline ("Last Updated : … | Source: …" over the
 * headline, its standfirst and the author's name): the headline then stands under the credit
 * top `top` — a heading-shaped line with its author's name under it (one standfirst paragraph
 * between allowed), then the body. A headline stands over its byline; a photo caption or a
 * subheading under a date has none.
 */
function underStamp(units: readonly Unit[], top: number, runStart: number): number | undefined {
  const stamp = units[top];
  if (stamp === undefined || stamp.byline !== undefined || (stamp.date === undefined && !isDateStamp(stamp.text)))
    return undefined;
  let k = nextContentIndex(units, top);
  while (k < runStart && units[k] !== undefined && isCreditUnit(units[k] as Unit)) k = nextContentIndex(units, k);
  const line = units[k];
  if (k >= runStart || line === undefined || !isCandidate(units, k) || isNameShaped(line.text)) return undefined;
  if (wordCount(line.text) < MIN_REPEATED_WORDS) return undefined;
  let prose = 0;
  let named = false;
  for (let i = nextContentIndex(units, k); i < units.length; i = nextContentIndex(units, i)) {
    const unit = units[i] as Unit;
    if (isAuthorName(unit) || isCreditUnit(unit)) {
      named = true;
      continue;
    }
    if (!isParagraph(unit)) return undefined;
    if (named) return k;
    if (++prose > 1) return undefined;
  }
  return undefined;
}

/** Shortest a title-case headline stands against the standfirst under it, as a share of its words. */
const MIN_TITLED_SHARE = 0.6;

/**
 * Two heading-shaped lines stacked over the credit (a byline between them aside): the headline
 * stands first and its standfirst, set without a full stop, under it. A menu's label or a
 * section's name over a headline is shorter than it, so the upper line is taken only when it is
 * at least as long as the lower.
 */
function overStandfirst(units: readonly Unit[], k: number): number {
  // A line with a standfirst paragraph of its own under it is the headline (a standfirst has none).
  if (!isCreditUnit(units[nextContentIndex(units, k)] ?? (units[k] as Unit))) return k;
  let upper = k - 1;
  while (
    upper >= 0 &&
    (units[upper]?.furniture !== undefined || isCreditUnit(units[upper] as Unit) || isCreditedCaption(units, upper))
  )
    upper--;
  const unit = units[upper];
  const lower = units[k];
  // A name, or a row of labels ("Boats | Sail | Rowing"), is no headline over a standfirst.
  if (
    unit === undefined ||
    lower === undefined ||
    !isCandidate(units, upper) ||
    isNameShaped(unit.text) ||
    isLabelOfLabels(unit.text)
  )
    return k;
  // The upper line holding the lower one ("Section|Headline") is the page's title bar over it.
  if (unit.text.includes(lower.text)) return k;
  // A date stamp between the two and the byline under the lower ("Blog Name" / "May 2, 2025" /
  // the headline / "By Jane Roe"): the credits stand around the headline, and the upper line is
  // the section's or the blog's name over them, not a headline over its standfirst.
  const between = units.slice(upper + 1, k).filter((u) => u.furniture === undefined);
  const bylineUnder = units[nextContentIndex(units, k)]?.byline !== undefined;
  if (bylineUnder && between.some((u) => u.date !== undefined && u.byline === undefined)) return k;
  // A lower line in a headline's title case under an upper one that is not ("Free Newsletter
  // subscribe Terms" over "The Harbour Club Meets Monday"): a standfirst is no title-cased line
  // under a line of another case.
  if (isTitleCased(lower.text) && !isTitleCased(unit.text)) return k;
  // The upper line completes a phrase the line over it leaves open ("Powered by" / the link's
  // text): a link the page's markup set apart, not a headline over a standfirst.
  if (LINK_LEAD.test(units[upper - 1]?.text ?? "")) return k;
  // The page's teaser of this story sets the upper line over the lower one again: headline and standfirst.
  if (pairedElsewhere(units, upper, k)) return upper;
  // A third such line over the two makes a list of other stories' headlines, and the line
  // standing over the credit is the one that heads the article.
  if (inHeadlineStack(units, upper)) return k;
  // A headline in title case over a standfirst in sentence case is the headline though shorter
  // (not a kicker of a few words), and so is one the page sets twice (its title bar, its heading).
  const titled =
    isTitleCased(unit.text) &&
    !isTitleCased(lower.text) &&
    wordCount(unit.text) >= MIN_TITLED_SHARE * wordCount(lower.text);
  // Repeated as a page's title line, not as a control's label ("Search for: Search" twice).
  const repeated =
    wordCount(unit.text) >= MIN_REPEATED_WORDS &&
    units.slice(Math.max(0, upper - MAX_HEADER_UNITS), upper).some((u) => sameText(u.text, unit.text));
  // A line of seven words or more is no menu's label or kicker: a headline over a longer standfirst
  // written as a sentence (a lower line in title case is a headline too: then another story's stands over it).
  const long =
    !isTitleCased(lower.text) && wordCount(unit.text) >= Math.min(wordCount(lower.text), MIN_FULL_HEADLINE_WORDS);
  return titled || repeated || long || wordCount(unit.text) >= wordCount(lower.text) ? upper : k;
}

/** Fewest words of a line over a standfirst that reads as a headline, however long the standfirst (a label or a kicker is shorter). */
const MIN_FULL_HEADLINE_WORDS = 7;

/** Most units between a teaser's headline and its standfirst (a second copy of the headline, a label). */
const MAX_TEASER_GAP = 3;

/**
 * The page sets the lines `upper` and `lower` again elsewhere as one teaser of this story, the
 * one over the other ("Most read": its headline, then its standfirst): a teaser states the
 * headline first, so `upper` is the headline and `lower` its standfirst.
 */
function pairedElsewhere(units: readonly Unit[], upper: number, lower: number): boolean {
  const [head, dek] = [units[upper]?.text ?? "", units[lower]?.text ?? ""];
  return units.some(
    (u, j) =>
      j !== upper &&
      j > lower &&
      sameText(u.text, head) &&
      units.slice(j + 1, j + 1 + MAX_TEASER_GAP).some((v) => sameText(v.text, dek)),
  );
}

/**
 * Unit `k` is a photo's caption written as a sentence over its credit, the credit alone in
 * brackets or marked as caption furniture ("A rendering of the stadium." / "(SDSU Athletics)"):
 * set between a headline and its standfirst, it belongs to neither.
 */
export function isCreditedCaption(units: readonly Unit[], k: number): boolean {
  const unit = units[k];
  const credit = units[k + 1];
  return (
    unit !== undefined &&
    credit !== undefined &&
    unit.furniture === undefined &&
    TERMINAL.test(unit.text) &&
    credit.furniture === "caption" &&
    /^\(.*\)$/u.test(credit.text.trim())
  );
}

/**
 * Unit `k` stands directly under other headline-shaped lines (furniture aside), one of them a
 * phrase rather than a name, none the page's title bar repeating it: one entry of a list of
 * headlines ("Trending" stories set over the article), not a headline over its standfirst.
 */
function inHeadlineStack(units: readonly Unit[], k: number): boolean {
  const text = units[k]?.text ?? "";
  for (let above = k - 1; above >= 0; above--) {
    const unit = units[above];
    if (unit === undefined) return false;
    if (unit.furniture !== undefined) continue;
    if (!isCandidate(units, above) || unit.text.includes(text)) return false;
    if (!isNameShaped(unit.text)) return true;
  }
  return false;
}

/**
 * The page's title above unit `k` names it: "Headline - Site" (or " | Site") set higher up, or
 * "Headline | Site | Section | …", the site's name with its menu's labels after the headline.
 */
function namedByPageTitle(units: readonly Unit[], k: number): boolean {
  const text = units[k]?.text ?? "";
  return units.slice(0, k).some((u) => {
    if (!u.text.startsWith(text)) return false;
    const rest = u.text.slice(text.length);
    const sep = new RegExp(`^${TITLE_SEPARATOR.source}`, "u").exec(rest);
    const site = rest.slice(sep?.[0].length ?? 0);
    return sep !== null && (isSiteName(site) || isLabelOfLabels(site));
  });
}

/**
 * Two headline-shaped lines stacked over the credit, the page's title naming the upper one and
 * not the lower: the upper is the headline and the lower its standfirst, set without a full stop
 * ("'We Got Her!': Video Shows Dramatic Rescue …" over "The suspect confessed and …").
 */
function titledOver(units: readonly Unit[], k: number): number {
  let upper = k - 1;
  while (upper >= 0 && units[upper]?.furniture !== undefined) upper--;
  if (upper < 0 || !isCandidate(units, upper) || namedByPageTitle(units, k)) return k;
  return namedByPageTitle(units, upper) ? upper : k;
}

/** Most words of a link's label repeated over each entry of a list of stories ("Read on", "More"). */
const MAX_ENTRY_LABEL_WORDS = 3;

/**
 * Unit `k` is one entry of a list of other stories that sets the same short link label over
 * each entry ("Read on" / a headline / "Read on" / a headline): the label over it stands again
 * over the entry above. An article's headline is set once, not as one of a run of teasers.
 */
export function inLabelledList(units: readonly Unit[], k: number): boolean {
  const label = contentAbove(units, k);
  if (label === undefined || wordCount(label.text) > MAX_ENTRY_LABEL_WORDS) return false;
  const entry = contentAbove(units, units.indexOf(label));
  const again = entry === undefined ? undefined : contentAbove(units, units.indexOf(entry));
  return again !== undefined && again.text === label.text && entry?.text !== label.text;
}

/** Most lines between a byline and a line under it that belongs to the author's box (the name again, a role). */
const MAX_BYLINE_BOX = 3;

/**
 * The headline for candidate `k` of the walk: `k` itself, unless a byline stands just over it
 * with only the author's name or short lines between ("By Jane Doe" / "Jane Doe" / "Opinion
 * writer reporting from …"): then `k` is the author's line in the credit box, and the headline
 * is the one over that byline, when one stands there. A headline heads its byline; it is not
 * set under it.
 */
function overByline(units: readonly Unit[], k: number): number {
  let between = 0;
  for (let i = k - 1; i >= 0 && between <= MAX_BYLINE_BOX; i--) {
    const unit = units[i];
    if (unit === undefined) break;
    if (unit.furniture !== undefined || inPhotoCaption(units, i)) continue;
    if (unit.byline !== undefined) return walkUp(units, i) ?? k;
    if (!isNameShaped(unit.text) && wordCount(unit.text) > MAX_GAP_LINE_WORDS) return k;
    between++;
  }
  return k;
}

/**
 * Every word of four letters or more opens with a capital, and there are at least three: a
 * headline set in title case ("Trump Has Shown Receptiveness To Obama's Agenda"), as a
 * standfirst or a sentence never is.
 */
export function isTitleCased(text: string): boolean {
  const long = text.split(/\s+/u).filter((w) => /^\P{L}*\p{L}{4}/u.test(w));
  return long.length >= 3 && long.every((w) => /^\P{L}*\p{Lu}/u.test(w));
}

/** Most headlines a rail lists under its label between the article's credits. */
const MAX_RAIL_ENTRIES = 6;

/** Fewest headlines that make the label's lines a list of stories (one line under "Related" may head the article). */
const MIN_RAIL_ENTRIES = 2;

/** How far above a story list's label the author's credit stands (a name, a role between). */
const MAX_BOX_CREDIT_GAP = 3;

/**
 * The index of an author's box's label ("More Stories By Jane", "Read next:") standing over unit
 * `k`, with two or more headline-shaped lines between (furniture aside) and the author's credit
 * close above the label: `k` is one of the box's stories, set between the article's credits.
 */
function railLabelOver(units: readonly Unit[], k: number): number | undefined {
  for (let i = k, n = 0; i >= 0 && n <= MAX_RAIL_ENTRIES; i--) {
    const unit = units[i];
    if (unit === undefined) return undefined;
    if (unit.furniture !== undefined) continue;
    if (unit.related !== undefined && unit.related.inline === "")
      return n >= MIN_RAIL_ENTRIES && creditAbove(units, i) ? i : undefined;
    if (!isCandidate(units, i)) return undefined;
    n++;
  }
  return undefined;
}

/** A credit (a byline, a role line) stands within a few units above unit `k`, furniture aside. */
function creditAbove(units: readonly Unit[], k: number): boolean {
  let seen = 0;
  for (let i = k - 1; i >= 0 && seen < MAX_BOX_CREDIT_GAP; i--) {
    const unit = units[i] as Unit;
    if (unit.furniture !== undefined) continue;
    if (isCreditUnit(unit)) return true;
    seen++;
  }
  return false;
}

/** The walk up from the credit's top `top` over the header to the headline (see `anchoredHeadline`). */
function walkUp(units: readonly Unit[], top: number): number | undefined {
  let prose = 0;
  let named: number | undefined;
  for (let k = top - 1; k >= Math.max(0, top - MAX_HEADER_UNITS); k--) {
    const unit = units[k];
    if (unit === undefined) break;
    if (inPhotoCaption(units, k) || isPictureCaption(units, k)) continue;
    // Other stories' headlines listed under a rail's label ("More Stories By Jane", three
    // headlines): the walk goes on above the label, where the article's own header stands.
    const label = railLabelOver(units, k);
    if (label !== undefined) {
      k = label;
      continue;
    }
    if (isCandidate(units, k)) {
      // A line completing a phrase the line over it leaves open ("Powered by" / the link's text)
      // is a link the page's markup set apart, not a headline: a title-cased headline the walk
      // passed for a name heads the article.
      if (named !== undefined && LINK_LEAD.test(units[k - 1]?.text ?? "")) return named;
      // A name stands right over or under the byline; a headline set in capitals stands apart,
      // and so does a short one the page's title bar names ("Standings | Site").
      if (!isNameShaped(unit.text) || namedByPageTitle(units, k) || !(namesToCredit(units, k) || creditOver(units, k)))
        return overByline(units, k);
      named ??= k;
      continue;
    }
    if (isStoppedHeadline(units, k)) return /[?!]["”’]?$/u.test(unit.text) ? k : headlineOverStopped(units, k);
    if (unit.furniture === undefined && !isCreditUnit(unit) && isParagraph(unit) && ++prose > MAX_PROSE_BETWEEN) break;
  }
  return named;
}
