/**
 * What a saved page shows a reader, as opposed to what its metadata declares: the headline as
 * the page sets it in a heading, the site's own name in its `<title>`, and the byline and date
 * lines printed under the headline. Declared metadata is often decorated for search engines and
 * social cards ("Headline | Site", a shortened headline, a truncated one with "…"), so the page's
 * visible heading is preferred when it matches one of the declared titles.
 */
import { factBoxValue } from "./factBox.ts";
import { headingKey, shownText } from "./shownHeading.ts";
import { MONTH_PATTERN } from "#lib/content/dates.ts";
import { isMarked } from "./markTokens.ts";
import { findDates } from "#lib/content/parseDate.ts";
import { labelledPublication, parseDateLine, underUpdateLabel } from "#lib/normalize/dateLines.ts";
import {
  isNameOverRole,
  nameWithRole,
  isNamedDeskCredit,
  isNewsroomCredit,
  parseByline,
  parseStampedByline,
  withoutFollowButton,
} from "#lib/normalize/patterns.ts";
import { isPersonName } from "#lib/normalize/personName.ts";
import { knownOutlet, roleCreditOutlet } from "#lib/normalize/outlets.ts";
import { SITE_ADDRESS } from "#lib/text/siteAddress.ts";
import { chromeReason, isCaption as isChromeCaption, withoutTrailingTagRow } from "#lib/normalize/chrome.ts";
import { PHOTO_CREDIT_LINE } from "#lib/text/credits.ts";
import { lettersKey, squash } from "#lib/text/squash.ts";
import { escapeRegExp } from "#lib/text/escapeRegExp.ts";

const fold = (s: string) => squash(s).toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** Separators a page puts between a headline and the site's name in `<title>` and og:title. */
const SITE_SEPARATOR = /\s+[|–—»·•-]\s+|\s*[|_»]\s*|\s+:\s+/u;

/** The text a reader sees of every h1–h3, squashed, in document order. */
export function headingTexts(document: Document): string[] {
  return [...document.querySelectorAll("h1, h2, h3")].map((h) => squash(shownText(h))).filter((t) => t !== "");
}

/**
 * The headline as the page shows it: a heading equal to a declared title; else the end of a
 * heading that closes on a declared title after a section's label and a separator; else a heading
 * a declared title starts with or contains (the title adds the site's name or a section); else a
 * heading whose start a truncated declared title ("…") shows. Undefined when no heading matches.
 */
export function shownHeadline(
  headings: readonly string[],
  declared: readonly (string | undefined)[],
): string | undefined {
  const titles = declared.filter((t): t is string => t !== undefined && t.trim() !== "").map(squash);
  const same = headingNamed(headings, titles);
  if (same !== undefined) return same;
  // A heading that closes on a declared title after a section's label and a separator ("Letters
  // to the Editor | Letters: …"): the label is the section's, the headline is the title.
  for (const title of titles) {
    const key = fold(title);
    for (const heading of headings) {
      const tail = heading.slice(heading.length - title.length);
      const label = heading.slice(0, heading.length - title.length);
      // A spaced hyphen too ("Premiere in Harbour - Old hotel opens"), as a kicker's hidden separator reads.
      if (label.trim() !== "" && fold(tail) === key && /(?:[|–—:»·•/]|\s-)\s*$/u.test(label)) return tail;
    }
  }
  // A heading of at least 12 characters inside a declared title: the rest is decoration.
  for (const title of titles) {
    const inside = headings.find((h) => h.length >= 12 && fold(title).startsWith(fold(h)));
    if (inside !== undefined) return inside;
  }
  for (const title of titles) {
    const truncated = /^(.{20,}?)\s*(?:\.\.\.|…)$/u.exec(title)?.[1];
    if (truncated === undefined) continue;
    const full = headings.find((h) => fold(h).startsWith(fold(truncated)));
    if (full !== undefined) return full;
  }
  return undefined;
}

/**
 * The headline as the page shows it when a declared title sets it beside the name of a site,
 * show or section ("Pier - Harborpedia", "Night Shift - Ana Ruiz"): a heading that is one whole
 * part of the title between its separators. Not a part that is the site's own name (`sites`: the
 * `<title>`'s last part, the declared site name), which a logo's heading also shows.
 */
export function partHeadline(
  headings: readonly string[],
  declared: readonly (string | undefined)[],
  sites: readonly (string | undefined)[],
): string | undefined {
  const site = new Set(sites.filter((s): s is string => s !== undefined).map(fold));
  for (const title of declared) {
    if (title === undefined) continue;
    const parts = squash(title).split(SITE_SEPARATOR);
    if (parts.length < 2) continue;
    for (const part of parts.map(fold).filter((p) => p !== "" && !site.has(p))) {
      const heading = headings.find((h) => fold(h) === part);
      if (heading !== undefined) return heading;
    }
  }
  return undefined;
}

/**
 * The headline a page sets in a minor heading (h4–h6) that a declared title names exactly, in the
 * order the titles are declared: some blog templates set each post's title in one. Only an exact
 * match counts, since these headings also title a page's boxes.
 */
export function minorHeadline(document: Document, declared: readonly (string | undefined)[]): string | undefined {
  const headings = [...document.querySelectorAll("h4, h5, h6")].map((h) => squash(h.textContent));
  return headingNamed(
    headings,
    declared.filter((t): t is string => t !== undefined && t.trim() !== ""),
  );
}

/** The first heading a title names exactly (case and curly marks aside), trying the titles in their order. */
function headingNamed(headings: readonly string[], titles: readonly string[]): string | undefined {
  for (const title of titles) {
    const same = headings.find((h) => fold(h) === fold(title));
    if (same !== undefined) return same;
  }
  return undefined;
}

/** A section's trail: "Sports > Photos", "News › World". */
const SECTION_TRAIL = /\s[>›]\s/u;

/**
 * The last part of a `<title>` of several ("Headline | Section | Harbor Post" → "Harbor Post"):
 * where a site writes its name; before a closing section trail ("Headline - Harbor Post -
 * Sports > Photos" → "Harbor Post"), which names where the page sits on the site.
 */
export function titleSitePart(documentTitle: string | undefined): string | undefined {
  const parts = squash(documentTitle ?? "").split(SITE_SEPARATOR);
  while (parts.length > 2 && SECTION_TRAIL.test(parts.at(-1) ?? "")) parts.pop();
  const last = parts.length > 1 ? parts[parts.length - 1]?.trim() : undefined;
  return last !== undefined && SECTION_TRAIL.test(last) ? undefined : last;
}

/** Small letters and digits joined by hyphens, without accents: how an address's path writes words ("La Ciudad" → "la-ciudad"). */
const slugOf = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/gu, "");

/**
 * True when the page's address spells `part` in its path, as a segment or a run of a segment's
 * words ("/danmark/…", "…-la-ciudad"): a section or the headline, since a site writes its own
 * name in its host, not its path.
 */
export function pathSpells(part: string, url: string | undefined): boolean {
  const path = /^https?:\/\/[^/?#]+(\/[^?#]*)/iu.exec(url ?? "")?.[1];
  const slug = slugOf(part);
  if (path === undefined || slug === "") return false;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: read the path as written.
  }
  return decoded
    .split("/")
    .map(slugOf)
    .some((segment) => `-${segment}-`.includes(`-${slug}-`));
}

/**
 * The site's name as its `<title>` writes it after the headline ("… - Libération"), when the
 * declared site name is that name decorated ("Libération.fr", "Aktuálně.cz - Víte, co se právě
 * děje"); otherwise the declared name. With no declared site name, the `<title>`'s part beside
 * the headline: after it (not a section the address's path spells), or before it when the page
 * declares that part as its publisher.
 */
export function siteName(
  declared: string | undefined,
  documentTitle: string | undefined,
  publisher: string | undefined,
  headline: string | undefined,
  url?: string,
): string | undefined {
  const parts = squash(documentTitle ?? "").split(SITE_SEPARATOR);
  const last = titleSitePart(documentTitle);
  // A declared "name" that is the site's address names nothing.
  if (declared !== undefined && /^(?:https?:\/\/|www\.)/i.test(declared))
    return siteName(undefined, documentTitle, publisher, headline, url);
  if (declared === undefined) {
    // No declared name: the last part of a `<title>` that opens with the headline names the site
    // (capitalized, or in a script without capitals: "동아닷컴", "ประชาไท"); `titleSitePart` has left out a
    // closing breadcrumb ("Sports > Photos"), which names the page's section, never the site.
    const afterHeadline = last !== undefined && headline !== undefined && fold(parts[0] ?? "") === fold(headline);
    const named =
      afterHeadline &&
      /^[\p{Lu}\p{Lo}][^\d]{0,40}$/u.test(last) &&
      last.split(/\s+/).length <= 4 &&
      // Not a section the page's path names ("… - Danmark" on /Danmark/…).
      !pathSpells(last, url);
    if (named) return withoutDomain(last);
    // The page's own address in small letters ("… - harbourpost.de" on harbourpost.de) names the site as well.
    if (afterHeadline && isOwnAddress(last, url)) return last;
    // A `<title>` that ends with the headline names the site first ("Site — Headline"), when
    // the page also declares that name as its publisher: the first part may be a section.
    const first = parts.length > 1 ? parts[0]?.trim() : undefined;
    const leads =
      first !== undefined &&
      headline !== undefined &&
      publisher !== undefined &&
      fold(last ?? "") === fold(headline) &&
      fold(first) === fold(publisher);
    return leads ? first : undefined;
  }
  // The declared name decorated with a domain or a tagline: "Libération.fr", "Le Monde.fr", "X - tagline".
  for (const name of [last, publisher])
    if (name !== undefined && name !== "" && name.length < declared.length && fold(declared).startsWith(fold(name)))
      if (/^(?:\.[a-z]{2,4}\b|\s+[|–—-]\s)/iu.test(declared.slice(name.length))) return name;
  return declared;
}

/** True when `name` is the address `url` stands at, without its "www." ("harbourpost.de" on https://www.harbourpost.de/…). */
function isOwnAddress(name: string, url: string | undefined): boolean {
  const host = /^https?:\/\/(?:www\.)?([^/:?#]+)/iu.exec(url ?? "")?.[1]?.toLowerCase();
  return host !== undefined && SITE_ADDRESS.test(name) && name.toLowerCase() === host;
}

/**
 * A site name without its address: "TMZ.com" → "TMZ", "ประชาไท Prachatai.com" → "ประชาไท"
 * (the page wrote the name; the domain only repeats it).
 */
function withoutDomain(name: string): string {
  const tokens = name.split(/\s+/);
  const kept = tokens.filter((t) => !SITE_ADDRESS.test(t));
  if (kept.length > 0 && kept.length < tokens.length) return kept.join(" ");
  return tokens.length === 1 && SITE_ADDRESS.test(name) ? name.replace(/\.[^.]+(?:\.[a-z]{2})?$/iu, "") : name;
}

/** A source credit printed under the headline ("Quelle: Handelsblatt Online", "Source: Reuters"). */
export function shownSource(document: Document, headline: string): string | undefined {
  for (const line of headerLines(document, headline)) {
    const match = /(?:^|[|·•]\s*)(?:quelle|source|fuente|fonte|zdroj)\s*:\s*(\p{Lu}[\p{L}&.'’ -]{1,40}?)\s*$/iu.exec(
      line,
    );
    if (match?.[1] !== undefined) return match[1].trim();
  }
  return undefined;
}

/** Letters and digits only: a page may repeat its headline with other punctuation ("A : B", "A B"). */

/**
 * The page's h1–h3 elements that read as the headline (its letters, whatever the spacing). A
 * heading inside a link is a teaser's, this story's promoted in a rail among others: when the
 * headline also stands outside any link, only those headings are the page's own.
 */
function headlineHeadings(document: Document, key: string): Element[] {
  if (key === "") return [];
  const all = [...document.querySelectorAll("h1, h2, h3")].filter((h) => headingKey(h) === key);
  const own = all.filter((h) => h.closest("a") === null);
  return own.length > 0 ? own : all;
}

/** A string an inline script writes into the page where it stands: `document.write('…')`. */
const WRITTEN = /document\.write(?:ln)?\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1\s*\)/gu;
/** How many elements after the headline a stamp's script is looked for in. */
const SCRIPT_STAMP_ELEMENTS = 30;

/**
 * The day an inline script just under the headline writes into the page as it loads
 * (`document.write('August 13, 2010 7:08 p.m. EDT')` in the stamp's box): the reader sees those
 * words where the script stands, as any printed stamp. Every string such scripts write there
 * that opens on a date must state the same day (a page may write one stamp per edition, "August
 * 13, 2010 -- Updated 2308 GMT" or "August 13, 2010 7:08 p.m. EDT"); the window ends at the
 * article's first paragraph of prose, so no script of the body, a rail or a comment counts.
 */
export function scriptWrittenDate(document: Document, headline: string): string | undefined {
  const [heading] = headlineHeadings(document, lettersKey(headline));
  if (heading === undefined) return undefined;
  const all = [...document.querySelectorAll("*")];
  const days = new Set<string>();
  let seen = 0;
  for (const el of all.slice(all.indexOf(heading) + 1)) {
    if (heading.contains(el)) continue;
    if (++seen > SCRIPT_STAMP_ELEMENTS) break;
    if (el.tagName === "P" && wordCount(el.textContent) > PROSE_WORDS) break;
    if (el.tagName !== "SCRIPT") continue;
    for (const [, , written = ""] of el.textContent.matchAll(WRITTEN)) {
      const [date] = findDates(written.replace(/\\(.)/gu, "$1"));
      if (date !== undefined && date.index <= 12) days.add(date.iso);
    }
  }
  return days.size === 1 ? [...days][0] : undefined;
}

/**
 * The text lines under every heading that repeats the headline (a page header may repeat it).
 * A page that sets its headline in no heading at all (a `<dt>`, a styled `<div>`) shows it in
 * the first element holding that text alone, outside any link (a link is another story's
 * teaser): the header lines follow it there.
 */
function linesAfter(
  document: Document,
  headline: string,
  limit: number,
  skip: (el: Element) => boolean = () => false,
): string[][] {
  const key = lettersKey(headline);
  if (key === "") return [];
  const headings = headlineHeadings(document, key);
  const shown = headings.length > 0 ? headings : [headlineElement(document.body, key)].filter((e) => e !== undefined);
  return shown.map((h) => linesAfterHeading(document, h, limit, skip));
}

/** The innermost element outside any link whose whole text is the headline's letters `key`. */
function headlineElement(root: Element | null, key: string): Element | undefined {
  if (root === null || root.closest("a") !== null || !lettersKey(root.textContent).includes(key)) return undefined;
  for (const child of root.children) {
    const inner = headlineElement(child, key);
    if (inner !== undefined) return inner;
  }
  return lettersKey(root.textContent) === key ? root : undefined;
}

/** A line that closes on a photo credit ("… in March. (Jane Roe/AFP/Getty Images)"): a caption, no prose. */
const isCaption = (line: string): boolean => PHOTO_CREDIT_LINE.some((pattern) => pattern.test(line));

/** The most words of a line that is a header's date stamp ("6/13/2018 at 8:09 pm"). */
const STAMP_WORDS = 6;

/** A one-word label a header sets before its date or credit ("On" / "6/13/2018", "Posted" / "by"). */
const STAMP_LABEL = /^(?:on|posted|published|by|from)$/iu;
/** The same label opening the date's own line ("On 6/13/2018", "Posted: March 4, 2025"). */
const STAMP_LABEL_BEFORE = /^\s*(?:on|posted(?:\s+on)?|published(?:\s+on)?)\s*:?\s+/iu;

/**
 * The lines after line `i` are the header's credit or date, not the article: a byline line
 * ("By Jane Roe / Published 4th March 2025"), or a short line that opens on a date, perhaps
 * after a label on it or on the line before it ("On 6/13/2018", "On" / "6/13/2018").
 */
function creditFollows(lines: readonly string[], i: number): boolean {
  const next = lines[i + 1] ?? "";
  const stamp = (STAMP_LABEL.test(next.trim()) ? (lines[i + 2] ?? "") : next).replace(STAMP_LABEL_BEFORE, "");
  if (bylineLine(withoutFollowButton(next)) !== undefined) return true;
  return wordCount(stamp) <= STAMP_WORDS && findDates(stamp)[0]?.index === 0;
}

/**
 * The short lines of each header under the headline, each header ending at running prose. A
 * long caption under the lead photo is no prose: the byline may stand below it; nor is a summary
 * the body repeats as its first paragraph (the body starts at the repeat), nor a standfirst set
 * over a byline line ("By Jane Roe / Published 29th December 2014"), which the header goes on to.
 */
function headerLines(
  document: Document,
  headline: string,
  maxWords = CREDIT_WORDS,
  skip: (el: Element) => boolean = () => false,
): string[] {
  return linesAfter(document, headline, HEADER_LINES, skip).flatMap((lines) => {
    const end = lines.findIndex(
      (line, i) =>
        line.split(/\s+/).length > PROSE_WORDS &&
        !isCaption(line) &&
        !lines.includes(line, i + 1) &&
        !creditFollows(lines, i),
    );
    // A meta line that runs on into the post's tags ("By Jane Roe | June 7, 2013 Tags: Media, TV") is read without them.
    return (end === -1 ? lines : lines.slice(0, end))
      .map(withoutTrailingTagRow)
      .filter((line) => line !== "" && wordCount(line) <= maxWords);
  });
}

/** The words of a line; the separators a credit line sets between its parts ("·", "|") are none. */
const wordCount = (line: string): number => line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Whether the text so far, which an element's end closed, and the next element's text would
 * glue two words: a word that ends in a small letter and one that opens with a capital
 * ("<a>Jane Roe</a><span>Staff Writer</span>": two parts the page's style sets apart).
 */
const partsGlued = (before: string, next: string): boolean => /\p{Ll}$/u.test(before) && /^\p{Lu}/u.test(next);

/** An element's text with its parts set apart where the page's elements end (partsGlued). */
function partedText(el: Element): string {
  let text = "";
  let elementEnded = false;
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      if ((node.textContent ?? "") === "") return;
      text += node.textContent ?? "";
      elementEnded = false;
      return;
    }
    if (node.nodeType !== 1) return;
    if (elementEnded && partsGlued(text, node.textContent ?? "")) text += " ";
    for (const child of node.childNodes) walk(child);
    elementEnded = true;
  };
  for (const child of el.childNodes) walk(child);
  return squash(text);
}

/** The text lines that follow `heading` in document order, up to `limit` lines, leaving out the elements `skip` names. */
function linesAfterHeading(
  document: Document,
  heading: Element,
  limit: number,
  skip: (el: Element) => boolean = () => false,
): string[] {
  const lines: string[] = [];
  let current = "";
  const flush = () => {
    const line = squash(current);
    if (line !== "") lines.push(line);
    current = "";
  };
  const BLOCK = /^(?:P|DIV|LI|ADDRESS|H[1-6]|SECTION|HEADER|FOOTER|ASIDE|FIGCAPTION|BR|DD|DT|UL|OL|TABLE|TR|TD)$/;
  // Walk the document after the heading, one text line per block, skipping scripts and styles.
  let started = false;
  // Whether the line's last text ended an element: "<a>Jane Roe</a><span>Staff Writer</span>" are
  // two parts the page's style sets apart, so a word that ends and a capital that opens the next
  // element are two words ("Jane Roe Staff Writer"), not "RoeStaff".
  let elementEnded = false;
  const walk = (node: Node): boolean => {
    if (node === heading) {
      started = true;
      return false;
    }
    if (node.nodeType === 3) {
      if (started && (node.textContent ?? "") !== "") {
        current += node.textContent ?? "";
        elementEnded = false;
      }
      return false;
    }
    if (node.nodeType !== 1) return false;
    const tag = (node as Element).tagName.toUpperCase();
    if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/.test(tag)) return false;
    // A picture's caption and credit are the picture's, not the headline's: no byline, date or
    // standfirst is set in a figure, and a long caption is no running prose that ends the header.
    if (tag === "FIGURE" && started) return false;
    const block = BLOCK.test(tag);
    if (started && skip(node as Element)) {
      if (block) flush();
      elementEnded = true;
      return false;
    }
    if (block && started) flush();
    if (started && elementEnded && partsGlued(current, node.textContent ?? "")) current += " ";
    for (const child of node.childNodes) if (walk(child)) return true;
    if (block && started) flush();
    elementEnded = true;
    return lines.length >= limit;
  };
  walk(document.body);
  flush();
  return lines.slice(0, limit);
}

/**
 * How many lines under the headline count as its header (byline, date, share rows, standfirst);
 * the header ends earlier at the first line of running prose.
 */
const HEADER_LINES = 40;
/** A line or paragraph longer than this many words is the article's prose: the header is over, and no standfirst follows. */
const PROSE_WORDS = 25;
/** Lines longer than this many words are no byline or date line. */
const CREDIT_WORDS = 16;

/** A line that is a month and a day and nothing else: "November 20", "Nov. 20". */
const MONTH_DAY = new RegExp(`^${MONTH_PATTERN}\\s+\\d{1,2}$`, "u");
/** A line that is a year, perhaps after a clock: "2019", "15:23 2019". */
const CLOCK_YEAR = /^(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?\s*)?)?(?:19|20)\d{2}$/iu;

/**
 * The publication date printed under the headline: the first line there that is a publication
 * date ("Submitted on Mon, 2019-01-21 13:49", "08.04.2015 12:46"), a byline line's date, or that opens with a date
 * before any update label ("기사입력 2013-10-24 …"); a month and day over a line with the year
 * ("November 20" / "15:23 2019") are read together. Update lines, and dates under an update label
 * standing alone, are skipped, and so are a fact box's values (factBoxValue).
 */
export function shownDate(document: Document, headline: string): string | undefined {
  // A fact box's value is a fact about the subject ("Founded | 1998-02-28"), no publication stamp.
  const lines = headerLines(document, headline, CREDIT_WORDS, factBoxValue);
  for (const [index, shown] of lines.entries()) {
    // A date set in two boxes, its month and day over its clock and year ("November 20" / "15:23 2019"), is one date.
    const next = lines[index + 1] ?? "";
    const line = MONTH_DAY.test(shown) && CLOCK_YEAR.test(next) ? `${shown} ${next}` : shown;
    // A date under an update label standing alone ("Updated:" / "Mar 6, 2018") is an update.
    const dated = underUpdateLabel(lines[index - 1] ?? "", parseDateLine(line));
    if (dated?.kind === "published") return dated.iso;
    // A byline line that carries the date ("By Jane Roe | March 4, 2025").
    const credited = parseByline(line)?.published;
    if (credited !== undefined) return credited;
    if (dated !== undefined) continue;
    if (/\b(?:updated|aktualisiert|actualizado|atualizado|mis à jour)\b/iu.test(line)) continue;
    const [first] = findDates(line);
    if (first !== undefined && first.index <= 12) return first.iso;
  }
  return labelledAbove(document, headline);
}

/**
 * A publication date stated under its label in the element just above the headline ("This story
 * is from October 9, 2019", "Published: Mar 4, 2021" over the h1), read when the lines under it
 * state none: a label says what the date is, so a bare date there (a masthead's clock) is not read.
 */
function labelledAbove(document: Document, headline: string): string | undefined {
  for (const heading of headlineHeadings(document, lettersKey(headline))) {
    const above = heading.previousElementSibling;
    const day = above === null ? undefined : labelledPublication(squash(above.textContent));
    if (day !== undefined) return day;
  }
  return undefined;
}

/** True when `text` is printed in the lines under the headline (where a byline stands). */
export function printedUnderHeadline(document: Document, headline: string, text: string): boolean {
  const needle = fold(text);
  return needle !== "" && headerLines(document, headline, PROSE_WORDS).some((line) => fold(line).includes(needle));
}

/**
 * Whether a line under the headline credits a name as its author does: the name alone, or the
 * name then the date ("LinkNaija October 06, 2018"), as a byline line stands. The lines are read
 * when called (before Readability changes the document); the name is asked later.
 */
export function creditedUnderHeadline(document: Document, headline: string): (name: string) => boolean {
  const lines = headerLines(document, headline, CREDIT_WORDS);
  return (name) => {
    const needle = fold(name);
    return (
      needle !== "" &&
      lines.some((line) => {
        const folded = fold(line);
        if (folded === needle) return true;
        return folded.startsWith(`${needle} `) && findDates(line.slice(name.length).trim())[0]?.index === 0;
      })
    );
  };
}

/**
 * The known outlet a line under the headline names by itself ("Associated Press" set under the
 * writers' names, as the credit of their employer), as the list of outlets writes it.
 */
export function creditedOutlet(document: Document, headline: string): string | undefined {
  for (const line of headerLines(document, headline, CREDIT_WORDS)) {
    const outlet = knownOutlet(line);
    if (outlet !== undefined) return outlet;
  }
  return undefined;
}

/**
 * The known outlet the byline's line under the headline names as its writer's employer: after
 * the name ("Ana Ruiz, Associated Press", "Ana Ruiz | Reuters"), in the role after it ("Ana
 * Ruiz, AP Auto Writer", "Staff Writer, Los Angeles Times"), or set alone on a line under it, past
 * a date line ("Ana Ruiz" / "Associated Press"; "By Ana Ruiz" / "Published May 4, 2024" /
 * "HarbourBusiness.com", a brand written as its address). The lines are read when called (before Readability
 * changes the document); the byline is asked later.
 */
export function creditedEmployer(document: Document, headline: string): (byline: string) => string | undefined {
  const lines = withLabelsJoined(headerLines(document, headline)).map(squash);
  return (byline) => {
    const needle = fold(byline);
    const at = needle === "" ? -1 : lines.findIndex((line) => fold(line).includes(needle));
    const line = lines[at];
    if (line === undefined) return undefined;
    // What follows the name up to the line's next part ("Reuters" in "Ana Ruiz, Reuters | Nov. 19, 2019").
    const after = line.slice(fold(line).indexOf(needle) + needle.length).replace(/^[\s,·|/—–-]+/u, "");
    const rest = after.split(/\s*[|·•]\s*|\s+\/\s+/u)[0] ?? "";
    // Else the credit set alone under the name, past the date line between them.
    const next = lines.slice(at + 1, at + 3).find((l) => !isDate(l));
    return (
      (rest === "" ? undefined : (knownOutlet(rest) ?? roleCreditOutlet(rest))) ??
      (next === undefined ? undefined : (knownOutlet(next) ?? (BRAND_DOMAIN.test(next) ? next : undefined)))
    );
  };
}

/** A publication that brands itself by its address, written with capitals ("AllBusiness.com", "Harbour-Post.net"). */
const BRAND_DOMAIN = /^\p{Lu}[\p{L}\d-]*\.(?:com|org|net|co\.uk|news)$/u;

/** A date, also a numeric one whose day and month order is unknown ("08/01/2014"). */
const isDate = (text: string): boolean =>
  findDates(text).length > 0 || /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(text.trim());

/**
 * The byline a line states: "By X" (or "Von X", …), or after a stamp ("2/26/2015 7:11 AM PST BY
 * TMZ STAFF"), or a credit line without "By": a person's name, then the place, a wire's
 * label or the date ("Patricio Candia | Palma de Mallorca | 08/01/2014", "Jane Roe / TNN / Oct 9, 2019").
 */
export function bylineLine(line: string): { byline: string } | undefined {
  const byline = parseByline(line) ?? parseStampedByline(line);
  if (byline !== undefined) return byline;
  // The parts may be set apart by slashes too ("Jane Roe / TNN / Updated: Oct 9, 2019").
  const [name, ...rest] = line.split(/\s+[|·•/]\s+/u);
  return name !== undefined && rest.length > 0 && isPersonName(name) && rest.some(isDate)
    ? { byline: name }
    : undefined;
}

/** A "By" label set in an element of its own, apart from the names after it. */
const LONE_BY = /^(?:by|von|par|por|door)\s*:?$/iu;

/** "and" between two authors' names, in the page's language (LONE_JOIN, AUTHOR_JOIN). */
const AND_WORDS = "and|und|y|et|e";

/** A word that joins two authors' names ("and", "&"), set in an element of its own. */
const LONE_JOIN = new RegExp(`^(?:${AND_WORDS}|&)$`, "iu");

/**
 * Header lines with a lone "By" line run into the line after it ("By" / "Ana Ruiz" → "By Ana
 * Ruiz"), and a lone "and" between two lines run into both when a person's name follows ("By
 * Ana Ruiz" / "and" / "Tom Becker" → "By Ana Ruiz and Tom Becker"): a page that sets each
 * author's name in an element of its own still prints one byline.
 */
export function withLabelsJoined(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const next = lines[i + 1];
    const before = joined.at(-1);
    if (LONE_BY.test(line) && next !== undefined) {
      joined.push(`${line} ${next}`);
      i += 1;
    } else if (LONE_JOIN.test(line) && before !== undefined && next !== undefined && isPersonName(next)) {
      joined[joined.length - 1] = `${before} ${line} ${next}`;
      i += 1;
    } else joined.push(line);
  }
  return joined;
}

/**
 * The byline printed under the headline ("Von Benjamin Fischer und Marcus Theurer", "By X", "X |
 * Place | Date"), or a desk's credit over the publication date ("Reuters Staff", "Detroit News
 * wire services" / "Published 11:11 PM EST Nov 19, 2019"), as stated (normalize/header.ts reads
 * the same shape in text).
 */
export function shownByline(document: Document, headline: string): string | undefined {
  const lines = withLabelsJoined(headerLines(document, headline));
  for (const [i, line] of lines.entries()) {
    // The author's follow button beside the name ("By Jane Roe … Follow @janeroe") is no part of the line.
    const byline = bylineLine(withoutFollowButton(line));
    if (byline !== undefined) return isNewsroomCredit(byline.byline) ? undefined : byline.byline;
    if (isNameOverRole(line, lines[i + 1] ?? "")) return line;
    const roled = nameWithRole(line);
    if (roled !== undefined) return roled;
    if (isNamedDeskCredit(line) && parseDateLine(lines[i + 1] ?? "")?.kind === "published") return line;
  }
  return undefined;
}

/** The elements after the headline's heading (h1–h3), in document order; none when no heading holds it. */
function elementsAfterHeadline(document: Document, headline: string): Element[] {
  const key = lettersKey(headline);
  const all = [...document.querySelectorAll("body *")];
  const start = all.findIndex((el) => /^H[1-3]$/i.test(el.tagName) && key !== "" && lettersKey(el.textContent) === key);
  return start === -1 ? [] : all.slice(start + 1);
}

/**
 * A class token that names the element the author's name: "author-name", "authorName",
 * "byline__name", also under a component's prefix ("Author-authorName", "story-byline_name").
 */
const AUTHOR_NAME_CLASS = /(?:^|[-_])(?:author|byline)[-_]{0,2}name$/iu;

/**
 * True when the markup names `el` the author's name: its class says so ("author-name"), or it is
 * the formatted name (`fn`) of an hCard (`vcard`) or of an element classed `author`.
 */
function marksAuthorName(el: Element): boolean {
  const tokens = (el.getAttribute("class") ?? "").split(/\s+/u);
  if (tokens.some((t) => AUTHOR_NAME_CLASS.test(t))) return true;
  return tokens.includes("fn") && (el.parentElement?.closest(".vcard, .author") ?? null) !== null;
}

/**
 * The author's name a page prints under its headline, marked as such: a link `rel="author"`
 * ("View all posts by Tony Carter"), or an element its class names the author's name
 * (`marksAuthorName`), when its text is a person's name: the byline of a meta line that runs
 * date, name and categories together ("21/06/2014 Tony Carter All, Books"), or the name a page
 * shows where its metadata declares only the author's account ("CC7567"); or an element classed
 * `author` whose whole text is a person's name (the name set beside the date). Only before the
 * article's first long paragraph, so a comment's or a related story's author never counts.
 */
export function markedAuthor(document: Document, headline: string): string | undefined {
  // Whether a picture stands between the headline and the element: a credit after it is the picture's.
  let pictured = false;
  for (const el of elementsAfterHeadline(document, headline)) {
    if (/^(?:IMG|PICTURE|VIDEO|IFRAME|FIGURE)$/u.test(el.tagName.toUpperCase())) pictured = true;
    const text = squash(el.textContent);
    // A picture's caption over the credit ("… in Madrid, Tuesday. (Jane Roe/AP)") is no article prose.
    if (el.tagName.toUpperCase() === "P" && text.split(" ").length > PROSE_WORDS && !isChromeCaption(text))
      return undefined;
    const rel = (el.getAttribute("rel") ?? "").toLowerCase().split(/\s+/u);
    // An author's link that holds only their picture (an avatar) names no one: the name follows.
    if (text === "") continue;
    if ((el.tagName.toUpperCase() === "A" && rel.includes("author")) || marksAuthorName(el)) {
      // "By Jane Roe" + "Staff Writer" in one element: the name the byline's parts give.
      const parted = partedText(el);
      const name = bylineLine(parted)?.byline ?? parted;
      // A news agency's name in the author's place is the wire's credit, as "By Reuters" is.
      if (!isPersonName(name) && knownOutlet(name) === undefined) return undefined;
      return bylineBoxNames(el) ?? name;
    }
    // An element classed the author itself ("author", a layout's numbered "author-2") that holds only a person's name,
    // A leaf: a box of the name and its links ("Jane Roe" + "Twitter") runs their words together.
    if (marksAuthor(el) && el.children.length === 0 && isPersonName(text)) return text;
    const dated = isMarked(el, BYLINE_MARK) ? nameBesideDate(partedText(el)) : undefined;
    if (dated !== undefined) return dated;
    if (!pictured && isMarked(el, CREDIT_MARK) && el.closest("figure, figcaption") === null && isCreditName(text))
      return text;
  }
  return undefined;
}

/** A class token that names the element the author: "author", or a layout's numbered variant of it ("author-2"). */
const AUTHOR_CLASS = /^author(?:[-_]\d+)?$/iu;

/** True when a class token of `el` is `AUTHOR_CLASS`. */
const marksAuthor = (el: Element): boolean =>
  (el.getAttribute("class") ?? "").split(/\s+/u).some((t) => AUTHOR_CLASS.test(t));

/** An element the markup names an author's name: a link `rel="author"`, or `marksAuthorName`. */
const isMarkedName = (el: Element): boolean =>
  (el.tagName.toUpperCase() === "A" && (el.getAttribute("rel") ?? "").toLowerCase().split(/\s+/u).includes("author")) ||
  marksAuthorName(el);

/** The most a byline box holding several authors' names prints: the names and the words between them. */
const BYLINE_BOX_CHARS = 200;

/**
 * Every author's name a byline box prints, when `first` is one of several the markup marks there
 * ("<div class=bylines>" holding one marked name per author): the nearest element around `first`
 * that holds another marked name, and little else (BYLINE_BOX_CHARS), each a person's name.
 * Joined with commas; undefined when `first` stands alone.
 */
function bylineBoxNames(first: Element): string | undefined {
  let box = first.parentElement;
  for (; box !== null && box.tagName.toUpperCase() !== "BODY"; box = box.parentElement) {
    const marked = [...box.querySelectorAll("*")].filter(isMarkedName);
    if (marked.length < 2) continue;
    if (squash(box.textContent).length > BYLINE_BOX_CHARS) return undefined;
    // A marked element inside another (a name's span in its author link) is the same name.
    const outer = marked.filter((el) => !marked.some((other) => other !== el && other.contains(el)));
    // An avatar's link holds no name.
    const names = [...new Set(outer.map((el) => squash(partedText(el))))].filter((n) => n !== "");
    return names.length >= 2 && names.every((n) => isPersonName(n)) ? names.join(", ") : undefined;
  }
  return undefined;
}

/** A class or id token that names an element the story's credit: "credit", "story-credit" (also a picture's, hence `pictured`). */
const CREDIT_MARK = /(?:^|[-_])credit(?:$|[-_])/iu;

/**
 * What a credit line under the headline names when it is the story's: a person, a known
 * outlet, or an agency's name in capitals as the wires print it ("KYODO", "AFP"), one word.
 */
const isCreditName = (text: string): boolean =>
  isPersonName(text) || knownOutlet(text) !== undefined || /^\p{Lu}{2,}$/u.test(text);

/** A class or id token that names an element the byline: "byline", "article-byline", "c-byline" (pageChrome reads it too). */
export const BYLINE_MARK = /(?:^|[-_])byline(?:$|[-_])/iu;

/**
 * The name in a byline box that holds only a date and a person's name, set apart by a separator
 * in either order ("October 14, 2009 | Jane Roe"); undefined when any other part stands there.
 */
function nameBesideDate(line: string): string | undefined {
  // A bar or bullet sets the parts apart with or without spaces (the page may set it in its own element).
  const parts = line.split(/\s*[|·•]\s*|\s+\/\s+/u).map((p) => p.trim());
  if (parts.length !== 2 || !parts.some(isDate)) return undefined;
  const name = parts.find((p) => !isDate(p));
  return name !== undefined && isPersonName(name) ? name : undefined;
}

/** What a page prints between two authors' names: a comma, "and" in the page's language, "&". */
const AUTHOR_JOIN = String.raw`\s*(?:,\s*(?:and\s+|&\s*)?|\s(?:${AND_WORDS})\s|&)\s*`;

/**
 * The several authors a page declares as it prints them together under its headline ("Ana Ruiz
 * and Tom Becker" for the declared "Ana Ruiz", "Tom Becker"), in the declared order; undefined
 * when it does not print them so.
 */
export function printedAuthors(document: Document, headline: string, names: readonly string[]): string | undefined {
  if (names.length < 2) return undefined;
  const joined = new RegExp(names.map(escapeRegExp).join(AUTHOR_JOIN), "iu");
  for (const line of headerLines(document, headline, PROSE_WORDS)) {
    const match = joined.exec(line);
    // A space the page left before a comma ("Ana Ruiz , Tom Becker") is no part of the byline.
    if (match !== null) return match[0].replace(/\s+,/gu, ",");
  }
  return undefined;
}

/** An unmarked standfirst is a short sentence or two. */
const UNMARKED_STANDFIRST_WORDS = { min: 3, max: 40 };

/**
 * The standfirst a page sets under its headline without marking it: the element right after
 * the headline's heading holds a sentence or two (3 to 40 words, closed by a full stop: "We have
 * answers."), and the byline stands on one of the next lines (a share bar's buttons aside), so it is no lede (a lede follows
 * the byline). Undefined when the page prints no byline there or the line is itself a credit, a
 * date, a caption or other furniture.
 */
export function standfirstOverByline(document: Document, headline: string, byline: string): string | undefined {
  const key = lettersKey(headline);
  const heading = [...document.querySelectorAll("h1, h2, h3")].find((h) => headingKey(h) === key);
  const next = heading?.nextElementSibling;
  // A paragraph, a box, or a lesser heading that is a whole sentence ("<h3>Are they really …?</h3>").
  if (heading === undefined || next === null || next === undefined || !/^(?:P|DIV|H[2-6])$/iu.test(next.tagName))
    return undefined;
  const text = squash(next.textContent);
  const words = wordCount(text);
  if (words < UNMARKED_STANDFIRST_WORDS.min || words > UNMARKED_STANDFIRST_WORDS.max || !/[.!?]["”’]?$/u.test(text))
    return undefined;
  if (parseByline(text) !== undefined || isDate(text) || next.querySelector("time, a") !== null) return undefined;
  if (chromeReason(text) !== undefined || isChromeCaption(text)) return undefined;
  // The byline on one of the three lines after it, past a share bar's buttons ("Email" / "Print").
  const [first, ...rest] = linesAfterHeading(document, heading, 12);
  const near = rest.filter((line) => chromeReason(line) !== "navigation").slice(0, 3);
  const name = fold(byline);
  return first === text && near.some((line) => fold(line).includes(name)) ? text : undefined;
}

/**
 * Class or itemprop tokens that mark a standfirst: the summary a page sets between headline and
 * article ("standfirst", "dek", "subtitle", "c-leadtext", "article__perex", "chapo",
 * "itemprop=alternativeHeadline", "abstract" or "blurb" alone), the word set apart in the token
 * or closing it run on ("articleabstract", "postsubtitle"). Not "abstract" set apart in a longer
 * token ("abstract__list"), which names a list of the story's points. Not "intro", which pages give to the lede, nor
 * "teaser", "excerpt" or "description", which name any story's summary (below); nor "blurb"
 * inside a longer token ("entry-blurb", "signup_box__blurb"), which names a teaser's or a box's text.
 */
const STANDFIRST_MARK =
  /(?:^|[-_])(?:standfirst|dek|deck|sub-?title|sub-?head(?:line|ing)|strapline|lead-?text|perex|chapo|chapeau|sapo|summary)(?:$|[-_])|\p{Ll}(?:standfirst|subtitle|subhead(?:line|ing)|strapline|summary|abstract)$|^(?:alternativeHeadline|abstract|blurb)$/iu;
/** A camel-cased token's words set apart as a hyphenated one's are ("articleDek" → "article-Dek"). */
const camelWords = (token: string): string => token.replace(/(\p{Ll})(\p{Lu})/gu, "$1-$2");
const marksBy = (mark: RegExp, value: string | null): boolean =>
  (value ?? "").split(/\s+/).some((token) => mark.test(token) || mark.test(camelWords(token)));
const marksStandfirst = (value: string | null): boolean => marksBy(STANDFIRST_MARK, value);
/**
 * A word that names any story's summary, an "excerpt", "teaser" or "description" ("post-excerpt",
 * "feature-teaser", "page-desc"): set on the element right after the page's own headline it is
 * this story's standfirst, where elsewhere it is a teaser's, a picture's or a video's.
 */
const SUMMARY_MARK = /(?:^|[-_]|\p{Ll})(?:excerpt|teaser|desc|description)(?:$|[-_])/iu;
const marksSummary = (value: string | null): boolean => marksBy(SUMMARY_MARK, value);
/**
 * A subtitle's mark ("post-subtitle", "subheadline"): the headline's second line, however few
 * its words, where a "summary" or "dek" is a sentence.
 */
const SUBTITLE_MARK = /sub-?(?:title|head(?:line|ing))(?:$|[-_])/iu;

/** A standfirst is a sentence or two; shorter is a label, longer is the article. */
const STANDFIRST_WORDS = { min: 5, max: 80 };
/**
 * A short marked text that ends as a sentence ends, perhaps inside a quotation ("... awaiting
 * someone.”"), is a clipped sentence the page sets as its standfirst; a label ends on no stop.
 */
const closesSentence = (text: string): boolean => text.split(" ").length >= 2 && /[.!?…]["”’)]*$/u.test(text);

/**
 * A marked subheading set right under the headline, a heading of its own ("Understanding the
 * Tests"): a headline's second line, shorter than a sentence but more than a one- or two-word label.
 */
const subheadingUnderHeadline = (el: Element, index: number, words: number): boolean =>
  index === 0 && words >= UNMARKED_STANDFIRST_WORDS.min && /^H[2-6]$/u.test(el.tagName.toUpperCase());

/**
 * A subtitle that closes a heading group with the headline, as `<hgroup>` sets them: marked a
 * subtitle, it follows the headline's heading and nothing follows it in their box
 * (`<header><h1>…</h1><p class="post-subtitle">Before and After Stories</p></header>`). The
 * headline's second line, however few its words past a two-word label; a paragraph marked so
 * among the article's paragraphs is not.
 */
function subtitleGroupedWithHeadline(el: Element, headline: string, words: number): boolean {
  const heading = el.previousElementSibling;
  return (
    words >= UNMARKED_STANDFIRST_WORDS.min &&
    marksBy(SUBTITLE_MARK, el.getAttribute("class")) &&
    el.nextElementSibling === null &&
    heading !== null &&
    /^H[1-3]$/iu.test(heading.tagName) &&
    headingKey(heading) === lettersKey(headline)
  );
}

/** A standfirst box may also hold a byline and a photo credit, never more words than this. */
const STANDFIRST_BOX_WORDS = 2 * STANDFIRST_WORDS.max;

/**
 * A line that credits the story, never its summary: it states a byline ("By Ana Ruiz on March
 * 4, …") or holds the time stamp or the author's link.
 */
function isCreditLine(el: Element, text: string): boolean {
  if (el.querySelector("time, a[rel~='author']") !== null) return true;
  return parseByline(text) !== undefined;
}

/**
 * A summary the body repeats word for word as a paragraph (the lede copied above it as a
 * teaser): the body's, not a standfirst.
 */
const repeatedAsParagraph = (text: string, later: readonly Element[]): boolean =>
  text !== "" && later.some((el) => el.tagName.toUpperCase() === "P" && squash(el.textContent) === text);

/**
 * A paragraph the article's prose runs on from: its next sibling is a paragraph of running
 * prose. It is the body's first paragraph, whatever its id calls it ("speakable-summary", the
 * lede marked for reading aloud), not a standfirst set above the body.
 */
function opensProse(el: Element): boolean {
  const next = el.nextElementSibling;
  const isParagraph = (e: Element) => e.tagName.toUpperCase() === "P";
  return (
    isParagraph(el) && next !== null && isParagraph(next) && squash(next.textContent).split(" ").length > PROSE_WORDS
  );
}

/** Most words a sign-up form holds; a page wrapped whole in one `<form>` (a WebForms page) holds more. */
const SIGN_UP_FORM_WORDS = 80;

/**
 * True when `el` stands in a short form that asks for an email address: a newsletter box's
 * prompt ("Let us send you the latest from our expert"), never the article's standfirst.
 */
function inSignUpForm(el: Element): boolean {
  const form = el.closest("form");
  return (
    form !== null &&
    form.querySelector('input[type="email" i], input[name*="email" i]') !== null &&
    squash(form.textContent).split(" ").length <= SIGN_UP_FORM_WORDS
  );
}

/** True when `el` is or stands in a figure's caption ("content-img-subtitle" on a `<figcaption>`): a picture's words. */
const inFigureCaption = (el: Element): boolean => el.closest("figcaption") !== null;

/**
 * An element's text without the date stamps set inside it: a standfirst's box may close on the
 * day the page shows ("… its recovery?<span>Monday, 6 January 2020</span>"), which is no part of it.
 */
function undatedText(el: Element): string {
  const stamps = [...el.querySelectorAll("*")].filter(
    (child) => child.children.length === 0 && parseDateLine(squash(child.textContent))?.kind === "published",
  );
  if (stamps.length === 0) return squash(el.textContent);
  const copy = el.cloneNode(true) as Element;
  const copies = [...copy.querySelectorAll("*")];
  const all = [...el.querySelectorAll("*")];
  for (const stamp of stamps) copies[all.indexOf(stamp)]?.remove();
  return squash(copy.textContent);
}

/**
 * The standfirst the page marks under its headline: the first element after the headline
 * heading whose class, itemprop or id names it one, before the article's first long paragraph;
 * not a sign-up form's prompt, nor a figure's caption its class calls a subtitle.
 */
export function shownStandfirst(document: Document, headline: string): string | undefined {
  const after = elementsAfterHeadline(document, headline);
  for (const [index, el] of after.entries()) {
    const text = undatedText(el);
    const words = text === "" ? 0 : text.split(" ").length;
    // A marked element that holds more than a standfirst box does is a container the mark
    // names something else of ("field-type-text-with-summary" around the whole article body).
    const marked =
      marksStandfirst(el.getAttribute("class")) ||
      marksStandfirst(el.getAttribute("itemprop")) ||
      (marksStandfirst(el.getAttribute("id")) && !opensProse(el)) ||
      (index === 0 && marksSummary(el.getAttribute("class")));
    if (
      marked &&
      (isCreditLine(el, text) ||
        repeatedAsParagraph(
          text,
          after.slice(index + 1).filter((later) => !el.contains(later)),
        ) ||
        inSignUpForm(el) ||
        inFigureCaption(el))
    )
      continue;
    if (marked && words <= STANDFIRST_BOX_WORDS) {
      // A standfirst box may also hold the byline and a photo credit, each its own paragraph.
      const paragraphs = [...el.querySelectorAll("p")].map(undatedText);
      const own = paragraphs.length > 1 ? paragraphs.find((p) => parseByline(p) === undefined) : text;
      const n = own === undefined || own === "" ? 0 : own.split(" ").length;
      if (
        own !== undefined &&
        (n >= STANDFIRST_WORDS.min ||
          closesSentence(own) ||
          subheadingUnderHeadline(el, index, n) ||
          subtitleGroupedWithHeadline(el, headline, n)) &&
        n <= STANDFIRST_WORDS.max
      )
        return own;
      continue;
    }
    if (el.tagName.toUpperCase() === "P" && words > PROSE_WORDS) return undefined;
  }
  return undefined;
}
