/**
 * Pass 3, headline: the first heading-shaped unit that is not chrome, a date, a byline or a
 * section crumb. Everything above it is furniture or metadata and is reported as such; a
 * paragraph before any headline means the file has none, which is an error, never a guess.
 */
import { collectListUnits } from "./blocks.ts";
import { closesOnPictureCredit, isPictureCaption } from "./captionCredit.ts";
import { contentAbove, isProse, nextContentIndex, type Unit } from "./classify.ts";
import {
  anchoredHeadline,
  inLabelledList,
  inPhotoCaption,
  isCreditUnit,
  isCreditedCaption,
  isTitleCased,
  nextPastPhoto,
  underLoneBy,
} from "./headlineAnchor.ts";
import { contentWords, sharedWords, subjectWords } from "./ledeWords.ts";
import { knownOutlet } from "./outlets.ts";
import {
  isHeadingLike,
  isLabelOfLabels,
  isSiteName,
  titleBarSite,
  MAX_MENU_LABEL_WORDS,
  MAX_SENTENCE_HEADLINE_WORDS,
  notHeadingReason,
  TITLE_SEPARATOR,
} from "./headings.ts";
import { wordCount } from "./lines.ts";
import { TERMINAL } from "./units.ts";
import { readMetadataLine, type Metadata } from "./metadata.ts";
import { removeUnit, type Report } from "./report.ts";
import { sameText } from "./sections.ts";
import { parseByline, reportsLikeLede } from "./patterns.ts";
import type { NormalizeError } from "./types.ts";

export interface Headline {
  /** Index of the headline's unit. */
  index: number;
  title: string;
  /** Dates and byline found above the headline. */
  meta: Metadata;
  /** False when the page has no headline and the title is the editor's (sidecar). */
  onPage: boolean;
}

/** Headlines are shorter than this many words; longer heading-shaped lines are section text. */
const MAX_HEADLINE_WORDS = 30;

/** A unit that could be a headline: heading-shaped and not a date, byline or furniture. */
function isHeadlineShaped(unit: Unit): boolean {
  return (
    unit.furniture === undefined &&
    unit.marker === undefined &&
    isHeadingLike(unit.text, MAX_HEADLINE_WORDS) &&
    unit.date === undefined &&
    unit.byline === undefined &&
    !closesOnPictureCredit(unit.text)
  );
}

/**
 * A short label ("World News") above a longer headline-shaped unit in the page header is a
 * section crumb, not the headline.
 */
function isSectionLabel(units: readonly Unit[], i: number, headerEnd: number): boolean {
  const text = units[i]?.text ?? "";
  const words = wordCount(text);
  if (words <= 3)
    return (
      units.slice(i + 1, headerEnd).some((u) => isHeadlineShaped(u) && wordCount(u.text) > words) ||
      (inLabelRow(units, i) && isStoppedHeadline(units, headerEnd))
    );
  // A menu row ("Markets Data World Business Opinion") above a headline that reads as a phrase.
  return isMenuRow(text) && units.slice(i + 1, headerEnd).some((u) => isHeadlineShaped(u) && !isMenuRow(u.text));
}

/** Fewest words of a lede that defines its entry's title. */
const MIN_DEFINING_WORDS = 10;

/**
 * A paragraph of the article's top, down to its first paragraph of prose, opens by defining unit
 * `i`'s words, as a reference work's entry does ("Mozilla" over an infobox and "Mozilla is a
 * free-software community …"): the short line is the entry's title, not a section's label over
 * another headline.
 */
function definedByLede(units: readonly Unit[], i: number): boolean {
  const text = units[i]?.text ?? "";
  for (const u of units.slice(i + 1)) {
    if (u.furniture !== undefined) continue;
    const rest = u.text.startsWith(text) ? u.text.slice(text.length) : "";
    if (wordCount(u.text) >= MIN_DEFINING_WORDS && /^\s+(?:\(|(?:is|are|was|were)\s)/u.test(rest)) return true;
    if (isProse(u)) return false;
  }
  return false;
}

/**
 * Unit `k`, where the page header ends, is a headline written as a sentence with the body under
 * it ("Water rules will cut deliveries by a third." over two paragraphs): the short labels above
 * it are the site's menu, not its headline.
 */
function isStoppedHeadline(units: readonly Unit[], k: number): boolean {
  const unit = units[k];
  if (unit === undefined || unit.marker !== undefined || unit.dateline || unit.lines.length > 2) return false;
  return wordCount(unit.text) <= MAX_SENTENCE_HEADLINE_WORDS && isStatedHeadline(unit.text) && bodyFollows(units, k);
}

/** Unit `i` stands next to another short label (furniture aside): two or more make a menu, one alone may be a short headline. */
function inLabelRow(units: readonly Unit[], i: number): boolean {
  const label = (u: Unit | undefined): boolean =>
    u !== undefined && u.marker === undefined && wordCount(u.text) <= 3 && isHeadingLike(u.text);
  return label(contentAbove(units, i)) || label(units[nextContentIndex(units, i)]);
}

/** Words that join a phrase; a headline has them, a row of menu labels does not. */
const JOINING_WORDS =
  /^(?:a|an|the|of|in|on|to|for|and|or|with|after|over|as|at|by|from|is|are|was|be|into|amid|than|de|la|el|los|las|le|les|des|du|en|y|et|und|der|die|das|von|für|da|do|dos|das|em|com)$/iu;

/**
 * Four or more capitalized labels with no joining word and no punctuation, or three labels or
 * more between separators ("Boats | Sail | Rowing"): a navigation row.
 */
function isMenuRow(text: string): boolean {
  if (text.split(TITLE_SEPARATOR).length >= 3 && isLabelOfLabels(text)) return true;
  const words = text.split(/\s+/u);
  return (
    words.length >= 4 &&
    words.every((w) => /^[\p{Lu}\d&]/u.test(w) && !JOINING_WORDS.test(w)) &&
    !/[,:;.!?'’"“”]/u.test(text)
  );
}

/**
 * A crumb trail scraped without separators runs into the headline it sits on:
 * "HomeWorldLatin America remains…" above "Latin America remains…". The unit ends with a
 * later header unit's text, glued to a short capitalized prefix.
 */
function isGluedCrumb(units: readonly Unit[], i: number, headerEnd: number): boolean {
  const text = units[i]?.text ?? "";
  return units.slice(i + 1, headerEnd).some((u) => {
    if (!isHeadlineShaped(u) || wordCount(u.text) < 3 || !text.endsWith(u.text)) return false;
    const prefix = text.slice(0, text.length - u.text.length);
    return /^[\p{Lu}][\p{L}&]*(?:\s?[\p{Lu}][\p{L}&]*){0,3}$/u.test(prefix) && !/\s$/.test(prefix);
  });
}

/** Navigation or crumbs written as a bullet list above the headline: short labels, no sentences. */
function crumbList(units: readonly Unit[], i: number): Unit[] {
  if (units[i]?.marker === undefined) return [];
  const items = collectListUnits(units, i);
  const short = items.every((u) => {
    const label = u.marker?.content ?? u.text;
    return wordCount(label) <= 3 && !/[.!?:,;]$/.test(label) && u.date === undefined;
  });
  return short ? items : [];
}

/** A headline-shaped line of three words or more follows unit `i` in the page header. */
function headlineBelow(units: readonly Unit[], i: number, headerEnd: number): boolean {
  return units.slice(i + 1, headerEnd).some((u) => isHeadlineShaped(u) && wordCount(u.text) >= 3);
}

/**
 * A crumb-shaped line split only by pipes whose last part is a phrase ("Sheinbaum | Trump |
 * Tariff talks stall"): a lower-case word there that joins nothing. Crumb trails' arrows and
 * slashes ("Home › World news") never make a headline.
 */
function holdsPhrase(text: string): boolean {
  if (/[›»>/]/u.test(text)) return false;
  const last = text.split("|").at(-1) ?? "";
  return last.split(/\s+/u).some((w) => /^\p{Ll}/u.test(w) && !JOINING_WORDS.test(w));
}

/**
 * Unit `i` is a crumb trail above the headline, separated or glued to it. A crumb-shaped line
 * that holds a phrase and has no headline under it is the headline, with a pipe in it.
 */
function isCrumb(units: readonly Unit[], i: number, headerEnd: number): boolean {
  const unit = units[i];
  if (unit === undefined || unit.furniture !== undefined) return false;
  if (isGluedCrumb(units, i, headerEnd)) return true;
  return unit.crumb && (headlineBelow(units, i, headerEnd) || !holdsPhrase(unit.text));
}

/** A unit of running prose: a sentence-ended paragraph that is not furniture, a date or a byline. */
function isRunningProse(unit: Unit): boolean {
  return (
    unit.furniture === undefined &&
    unit.marker === undefined &&
    isProse(unit) &&
    TERMINAL.test(unit.text) &&
    unit.date === undefined &&
    unit.byline === undefined
  );
}

/**
 * Where the article's main run of prose starts: the first paragraph that another paragraph
 * follows (furniture between them aside), or that stands as the whole rest of the text. A
 * sentence-shaped notice above the headline (a cookie banner) is followed by chrome, not by
 * prose, so it does not start the run.
 */
export function mainRunStart(units: readonly Unit[]): number {
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (unit === undefined || !isRunningProse(unit) || isCutTeaser(unit.text)) continue;
    const next = units.slice(i + 1).find((u) => u.furniture === undefined);
    if (next === undefined || (isRunningProse(next) && !isCutTeaser(next.text)) || next.quote) return i;
  }
  return units.length;
}

/**
 * A teaser headline its box cut to fit, the ellipsis run into its last word ("Jennifer Lopez
 * and Ben Affleck grab coffee and doughnuts from..."): one phrase, no sentence end before the
 * ellipsis. A rail of such lines over the article is not its prose, so it starts no run.
 */
export function isCutTeaser(text: string): boolean {
  return (
    /\p{L}(?:\.\.\.|…)$/u.test(text) &&
    wordCount(text) <= MAX_HEADLINE_WORDS &&
    !/[.!?]["”’]?\s/u.test(text.replace(/(?:\.\.\.|…)$/u, ""))
  );
}

/**
 * A sentence-shaped unit above the headline: page text set before the article (a notice, a
 * promotion) when a headline-shaped unit follows it before the main run of prose starts. A
 * photo's caption over its credit is no headline that could follow.
 */
function precedesHeadline(units: readonly Unit[], i: number, runStart: number): boolean {
  const unit = units[i];
  if (unit === undefined || i >= runStart || unit.marker !== undefined || unit.dateline) return false;
  return units
    .slice(i + 1, runStart)
    .some(
      (u, k) =>
        isHeadlineShaped(u) &&
        !u.crumb &&
        wordCount(u.text) >= 3 &&
        isRunningProse(units[runStart] ?? u) &&
        !inPhotoCaption(units, i + 1 + k),
    );
}

/**
 * The browser's page title, "Headline | Site" (or " - Site", " — Site"), set above the
 * article: the part before the separator is the headline, the last part the site's name, so
 * the outlet. Read only when the page states it so: the headline stands again, alone, lower in
 * the header, or the suffix is a well-known outlet's name. Returns the headline and the site.
 */
function splitPageTitle(
  units: readonly Unit[],
  i: number,
  headerEnd: number,
): { headline: string; site: string } | undefined {
  const text = units[i]?.text ?? "";
  const separators = [...text.matchAll(TITLE_SEPARATOR)];
  const last = separators.at(-1);
  if (last === undefined) return undefined;
  const site = titleBarSite(text.slice(last.index + last[0].length));
  if (!isSiteName(site)) return undefined;
  // "Headline | Section | Site": the headline is before the first separator.
  for (const sep of separators) {
    const headline = text.slice(0, sep.index).trim();
    if (wordCount(headline) < 3) continue;
    const repeated = units.slice(i + 1, Math.max(headerEnd, i + 1)).some((u) => sameText(u.text, headline));
    if (repeated || (sep === separators[0] && knownOutlet(site) !== undefined)) return { headline, site };
  }
  return undefined;
}

/**
 * A kicker run into the headline on its line: "WATCH: …", "EXCLUSIVE: …", "ANALYSIS | …",
 * "Exclusive-…". The label says what kind of piece it is; the rest, capitalized, is the headline.
 */
const KICKER =
  /^(?:watch|video|photos|listen|live|breaking(?:\s+news)?|exclusive|analysis|opinion|editorial|commentary|explainer|fact\s+check|interview)\s*(?::|\||\s[-–—]|-)\s*(?=[\p{Lu}\d"“‘¿¡])/iu;

/** The headline without a kicker run into it, when its line opens with one. */
function withoutKicker(text: string): string | undefined {
  const kicker = KICKER.exec(text);
  const rest = kicker === null ? "" : text.slice(kicker[0].length).trim();
  return wordCount(rest) >= 3 && isHeadingLike(rest, MAX_HEADLINE_WORDS) ? rest : undefined;
}

/**
 * A section label glued to the headline by a bare pipe, as a page's markup sets the two side by
 * side and a text extraction runs them together: "Markets|Oil Falls as Supply Returns". The
 * label is one to three capitalized words; what follows, a headline of three words or more, is
 * the headline. A pipe with spaces around it separates a title's parts and is read elsewhere.
 */
function withoutGluedLabel(text: string): string | undefined {
  const glued = /^([\p{Lu}][\p{L}&.’'-]*(?:\s[\p{Lu}][\p{L}&.’'-]*){0,2})\|(\S.*)$/u.exec(text);
  const rest = glued?.[2]?.trim() ?? "";
  return wordCount(rest) >= 3 && isHeadingLike(rest, MAX_HEADLINE_WORDS) && !rest.includes("|") ? rest : undefined;
}

/**
 * Unit `i` is the headline with a kicker: no other headline-shaped line follows it in the page
 * header, so a "Watch: …" video label above the real headline stays a label.
 */
function kickedHeadline(units: readonly Unit[], i: number, headerEnd: number): string | undefined {
  const unit = units[i];
  if (unit === undefined || unit.lines.length !== 1 || unit.marker !== undefined) return undefined;
  const headline = withoutKicker(unit.text);
  if (headline === undefined) return undefined;
  return headlineBelow(units, i, headerEnd) ? undefined : headline;
}

/**
 * A headline written like a sentence ("Mexico rejects U.S. strikes.", "¿Y ahora qué?") is
 * still the headline when a byline or a date line follows it: those stand under a headline,
 * never under a body's first paragraph. So it is when it is short and a longer paragraph of
 * prose follows: a lede is the longest sentence of an article, never shorter than the next.
 * Length alone never refuses one: a long sentence (up to 30 words) over two paragraphs of prose
 * is the headline when it does not report as a lede does (a day, a "said", a dateline).
 */
function isHeadlineBeforeCredit(units: readonly Unit[], i: number): boolean {
  const unit = units[i];
  // One line, or two when the text is hard-wrapped.
  if (unit === undefined || unit.lines.length > 2 || unit.marker !== undefined || unit.dateline) return false;
  if (!isSentenceShaped(unit.text)) return false;
  const next = units[nextPastPhoto(units, i)];
  if (next === undefined) return false;
  if (next.byline !== undefined || next.date?.kind === "published") return true;
  if (!isRunningProse(next)) return false;
  if (
    wordCount(unit.text) <= MAX_SENTENCE_HEADLINE_WORDS &&
    isHeadingLike(unstopped(unit.text), MAX_SENTENCE_HEADLINE_WORDS) &&
    wordCount(next.text) > wordCount(unit.text)
  )
    return true;
  return isStatedHeadline(unit.text) && bodyFollows(units, i);
}

/** One sentence of at most 30 words, a capital or digit first, not ending in a comma or colon. */
function isSentenceShaped(text: string): boolean {
  if (wordCount(text) > MAX_HEADLINE_WORDS || !/^\P{Ll}/u.test(text) || /[,;:]$/u.test(text)) return false;
  // A headline is one sentence, or a headline-shaped phrase ending in a full stop.
  return !/[.!?]["”’]?\s+\p{Lu}/u.test(text);
}

/**
 * The text without its full stop or ellipsis, to be read as a heading: letters, a capital or
 * digit first. A question or exclamation inside a closing quotation mark ('… “Who asked you?”')
 * ends a headline as it ends a sentence.
 */
function unstopped(text: string): string {
  return text.replace(/(?:\.\.\.|…|\.)(["”’]?)$/u, "$1").replace(/([?!])["”’]$/u, "$1");
}

/**
 * A headline written as one sentence (up to 30 words), whatever its length, that states the
 * news without reporting it as a lede does (a day, a "said", a dateline). Whether it is the
 * headline is then decided by what follows it: a body.
 */
export function isStatedHeadline(text: string): boolean {
  return isSentenceShaped(text) && isHeadingLike(unstopped(text), MAX_HEADLINE_WORDS) && !reportsLikeLede(text);
}

/**
 * A body follows unit `i` (furniture aside): two paragraphs of running prose, or one longer
 * than the unit (a brief).
 */
function bodyFollows(units: readonly Unit[], i: number): boolean {
  const [next, second] = units.slice(i + 1).filter((u) => u.furniture === undefined);
  if (next === undefined || !isRunningProse(next)) return false;
  return (second !== undefined && isRunningProse(second)) || wordCount(next.text) > wordCount(units[i]?.text ?? "");
}

/** A credit line: a byline or the publication date, as a page sets above or under its headline. */
const isCreditLine = (u: Unit): boolean => u.byline !== undefined || u.date?.kind === "published";

/**
 * A byline or the publication date stands directly under unit `i` (furniture and a photo's
 * caption and credit aside), as under a headline.
 */
function creditBelow(units: readonly Unit[], i: number): boolean {
  const next = units[nextPastPhoto(units, i)];
  return next !== undefined && isCreditLine(next);
}

/** A line this short above the real headline is a menu entry or a skip link, not a headline. */
const MAX_NAV_WORDS = 6;

/**
 * Unit `i` is a short line above the page's headline, known by where it stands: no byline or
 * date follows it, while a longer headline-shaped line further down, before the article's
 * prose, has one under it ("Skip to main content" over "Ranchers count losses …" / "By …").
 * A headline stands over its byline; a menu entry, a skip link or a site's name does not.
 */
function isAboveCreditedHeadline(units: readonly Unit[], i: number, runStart: number): boolean {
  const words = wordCount(units[i]?.text ?? "");
  if (words > MAX_NAV_WORDS || creditBelow(units, i)) return false;
  return units
    .slice(i + 1, runStart)
    .some((u, k) => isHeadlineShaped(u) && wordCount(u.text) > words && creditBelow(units, i + 1 + k));
}

/** Most words of a section label set over the article's credit ("Syria", "Science & Technology"). */
const MAX_LABEL_WORDS = 3;

/**
 * Unit `i` is a section label above the page's credit, and the credit stands over a longer
 * headline-shaped line that the article's body follows ("Science & Technology" / "Nov 18, 2019"
 * / "Ranchers count losses …" / body): the date or byline set above the headline, as many pages
 * do, does not make the menu entry or section label over it a headline. A headline with its
 * credit under it has no second headline-shaped line between that credit and its body.
 */
function isAboveDatedHeadline(units: readonly Unit[], i: number, runStart: number): boolean {
  const words = wordCount(units[i]?.text ?? "");
  if (words > MAX_LABEL_WORDS) return false;
  let k = nextContentIndex(units, i);
  const first = k;
  while (k < runStart && units[k] !== undefined && isCreditLine(units[k] as Unit)) k = nextContentIndex(units, k);
  const candidate = units[k];
  if (k === first || k >= runStart || candidate === undefined) return false;
  return isHeadlineShaped(candidate) && wordCount(candidate.text) > words && bodyFollows(units, k);
}

/** Fewest labels in a row that make a menu. */
const MIN_MENU = 3;

/**
 * Unit `i` stands above the site's menu (three or more short bare labels in a row) and another
 * headline-shaped line follows the menu before the prose: a tagline or the site's name over its
 * navigation, not the article's headline (a page title that the headline repeats is read as such).
 */
function isAboveMenu(units: readonly Unit[], i: number, runStart: number): boolean {
  const text = units[i]?.text ?? "";
  let k = i + 1;
  let labels = 0;
  for (; k < runStart; k++) {
    const u = units[k];
    if (u === undefined) break;
    if (u.furniture !== undefined) continue;
    if (u.marker !== undefined || !isHeadingLike(u.text) || wordCount(u.text) > 2) break;
    labels++;
  }
  if (labels < MIN_MENU) return false;
  return units.slice(k, runStart).some((u) => isHeadlineShaped(u) && wordCount(u.text) >= 3 && !sameText(u.text, text));
}

/** Most words of a label standing inside a menu, between two shorter ones. */
const MAX_WIDE_LABEL_WORDS = 4;

/** A menu's label: a few words, heading-shaped, not a list item, a date or a credit. */
function isMenuLabel(unit: Unit, maxWords = MAX_MENU_LABEL_WORDS): boolean {
  return (
    unit.marker === undefined &&
    unit.date === undefined &&
    wordCount(unit.text) <= maxWords &&
    isHeadingLike(unit.text) &&
    !isCreditUnit(unit)
  );
}

/**
 * Unit `i` is one label of the site's menu: it and the short bare labels next to it, furniture
 * between them aside, make three or more in a row, and a longer headline-shaped line follows
 * before the prose. A headline stands over its credit and its text, not among menu labels
 * ("Contribute", "Search jobs", "My account").
 */
function isMenuEntry(units: readonly Unit[], i: number, runStart: number): boolean {
  const unit = units[i];
  if (unit === undefined) return false;
  const [before, after] = labelsAround(units, i);
  if (isMenuLabel(unit))
    return 1 + before + after >= MIN_MENU && headlineShapedBelow(units, i, runStart, MAX_MENU_LABEL_WORDS);
  // A longer label ("Custom & Cruiser bikes") inside the menu, labels on both sides of it: one more
  // entry, as a headline stands over its credit or its text, never between two menu labels.
  return (
    isMenuLabel(unit, MAX_WIDE_LABEL_WORDS) &&
    before > 0 &&
    after > 0 &&
    1 + before + after >= MIN_MENU &&
    headlineShapedBelow(units, i, runStart, wordCount(unit.text))
  );
}

/**
 * Unit `i` has a credit's shape without its "By" ("Name/Place", "Name, Outlet", "Name Role"),
 * or is a known outlet's name alone ("MSNBC", a sister site's link), and stands between two of
 * the menu's labels: one more label ("Reservation Method/Rule"), as an author's or an outlet's
 * credit stands by the headline, never inside the site's menu.
 */
function isMenuCredit(units: readonly Unit[], i: number): boolean {
  const unit = units[i];
  if (unit === undefined) return false;
  const credit =
    unit.byline !== undefined && unit.byline.published === undefined && parseByline(unit.text) === undefined;
  if (!credit && knownOutlet(unit.text) === undefined) return false;
  const [before, after] = labelsAround(units, i);
  return before > 0 && after > 0;
}

/** How many menu labels stand next to unit `i` above and below it (furniture aside), up to `MIN_MENU` each way. */
function labelsAround(units: readonly Unit[], i: number): [number, number] {
  return [-1, 1].map((step) => {
    let labels = 0;
    for (let k = i + step; k >= 0 && k < units.length && labels < MIN_MENU; k += step) {
      const u = units[k];
      if (u === undefined) break;
      if (u.furniture !== undefined) continue;
      if (!isMenuLabel(u)) break;
      labels++;
    }
    return labels;
  }) as [number, number];
}

/** Unit `i` is a short label among two or more others (furniture aside): one entry of a menu. */
function inMenuRow(units: readonly Unit[], i: number): boolean {
  const unit = units[i];
  if (unit === undefined || !isMenuLabel(unit)) return false;
  const [before, after] = labelsAround(units, i);
  return 1 + before + after >= MIN_MENU;
}

/** Most short lines (a back link, an icon's name) between a headline and its first paragraph. */
const MAX_LABELS_OVER_RUN = 3;

/**
 * The headline that stands directly over the article's main run of prose (which starts at
 * `runStart`), a few short labels between at most ("chevron_left", "Browse All Posts"): a line
 * of four words or more, headline-shaped, not a credit or a menu's label. A post without a
 * byline is known so: its lede follows its headline.
 */
function headlineOverRun(units: readonly Unit[], runStart: number): number | undefined {
  let labels = 0;
  for (let k = runStart - 1; k >= 0; k--) {
    const unit = units[k];
    if (unit === undefined) return undefined;
    if (unit.furniture !== undefined) continue;
    if (
      isHeadlineShaped(unit) &&
      !isCreditUnit(unit) &&
      wordCount(unit.text) > MAX_MENU_LABEL_WORDS &&
      !inMenuRow(units, k)
    )
      return k;
    if (!isMenuLabel(unit) || ++labels > MAX_LABELS_OVER_RUN) return undefined;
  }
  return undefined;
}

/**
 * A headline-shaped line longer than `words` (and than a menu's label) stands under unit `i`,
 * before any sentence: passing over `i` reaches it, so skipping `i` never leaves a page
 * without its headline.
 */
function headlineShapedBelow(units: readonly Unit[], i: number, runStart: number, words: number): boolean {
  const min = Math.max(words, MAX_MENU_LABEL_WORDS);
  for (const u of units.slice(i + 1, runStart)) {
    if (u.furniture !== undefined) continue;
    if (isHeadlineShaped(u) && !isCreditUnit(u) && wordCount(u.text) > min) return true;
    if (isRunningProse(u)) return false;
  }
  return false;
}

/** Unit `i` holds the page's headline `text`; the editor's sidecar title, when given, wins. */
function onPageHeadline(unit: Unit, i: number, text: string, meta: Metadata, report: Report, given?: string): Headline {
  removeUnit(report, unit, "metadata", "title");
  if (given !== undefined && given !== text)
    report.warnings.push(`sidecar title "${given}" overrides the headline "${text}" found in the text`);
  return { index: i, title: given ?? text, meta, onPage: true };
}

/** Under unit `i` stand a paragraph of prose, then a credit (furniture aside): its standfirst and byline. */
function standfirstUnder(units: readonly Unit[], i: number): boolean {
  const [next, second] = units.slice(i + 1).filter((u) => u.furniture === undefined);
  return next !== undefined && isRunningProse(next) && second !== undefined && isCreditUnit(second);
}

/**
 * A credit stands under unit `i`, directly or under one paragraph (its standfirst), furniture
 * aside: the line is a headline by where it stands, whatever else the page sets lower.
 */
function isCredited(units: readonly Unit[], i: number): boolean {
  // A photo's caption with its credit may stand between the headline and its standfirst.
  const [next, second] = units
    .slice(i + 1)
    .filter((u, k) => u.furniture === undefined && !isCreditedCaption(units, i + 1 + k));
  if (next === undefined) return false;
  // A credit's shape between two of the menu's labels ("High Schools / Preps") is one more label.
  const credit = (u: Unit): boolean => isCreditUnit(u) && !isMenuCredit(units, units.indexOf(u));
  return credit(next) || (isProse(next) && second !== undefined && credit(second));
}

/**
 * The page's headline stands lower than unit `i`, where the top-down reading stopped: the
 * anchored headline (./headlineAnchor.ts) over the article's credit and body, unless `i` has a
 * credit of its own and the anchored line has none directly under it. Everything from `i` down
 * to it is the page's furniture and is reported so.
 */
function lowerHeadline(
  units: readonly Unit[],
  i: number,
  anchor: number | undefined,
  meta: Metadata,
  report: Report,
  given?: string,
): Headline | undefined {
  const unit = units[anchor ?? -1];
  if (anchor === undefined || unit === undefined || anchor <= i) return undefined;
  // The anchored line repeats `i` (page title and heading), or `i` stands directly over it
  // (furniture aside): `i` is the headline, the lower line the headline again or its standfirst.
  // Not when the site's menu stands between the two: the article's header starts at the lower.
  if (sameText(units[i]?.text ?? "", unit.text) && !menuBetween(units, i, anchor)) return undefined;
  // Not when a standfirst paragraph stands between the anchored line and its credit: then that
  // line is the headline, and `i` over it the site's tagline (a standfirst has none of its own).
  // Nor when `i` is a label of labels ("Blog - Latest News") over the anchored line and its credit.
  if (
    units.slice(i + 1, anchor).every((u) => u.furniture !== undefined) &&
    isHeadlineShaped(units[i] ?? unit) &&
    !isCreditUnit(units[i] ?? unit) &&
    !standfirstUnder(units, anchor) &&
    // A headline in title case under a line of another case is no standfirst (./headlineAnchor.ts).
    !(isTitleCased(unit.text) && !isTitleCased(units[i]?.text ?? "")) &&
    !(isLabelOfLabels(units[i]?.text ?? "") && isCreditUnit(units[nextContentIndex(units, anchor)] ?? unit))
  )
    return undefined;
  // Both over a credit: the one nearer the body heads it (a page clock stands under a menu's line).
  // Not when that credit is a stamp set directly over the anchored line: it belongs to that headline.
  const stampOverAnchor = nextContentIndex(units, nextContentIndex(units, i)) === anchor;
  if (isCredited(units, i) && !isCredited(units, anchor) && !stampOverAnchor) return undefined;
  const dropped = pageTopDropped(meta, report);
  const credits = creditsOver(units, i, anchor);
  for (const above of units.slice(i, anchor))
    if (!credits.includes(above)) removeUnit(report, above, above.furniture ?? "navigation");
  const read = credits.reduce((m, c) => readMetadataLine(c, m, report) ?? m, dropped);
  return onPageHeadline(unit, anchor, unit.text, read, report, given);
}

/**
 * Between units `i` and `anchor` stands a run of the site's menu: three or more short labels in a
 * row (furniture aside), as a page sets its title line over its navigation and the headline
 * again under it.
 */
function menuBetween(units: readonly Unit[], i: number, anchor: number): boolean {
  let run = 0;
  for (const u of units.slice(i + 1, anchor)) {
    if (u.furniture !== undefined) continue;
    run = isMenuLabel(u) ? run + 1 : 0;
    if (run >= MIN_MENU) return true;
  }
  return false;
}

/** Most short lines (a section's name, the author's) among the credits set right over a headline. */
const MAX_LABELS_IN_CREDITS = 2;

/**
 * The date and byline lines set right over the headline at `anchor` (down from `i`): only
 * furniture, those credits and a short label or two between them and the headline ("Jane Doe" /
 * "Science" / "Sep 30, 2016" / the headline). They are the article's, read as its metadata,
 * while the menus above them are not.
 */
function creditsOver(units: readonly Unit[], i: number, anchor: number): Unit[] {
  const credits: Unit[] = [];
  let labels = 0;
  for (let k = anchor - 1; k >= i; k--) {
    const unit = units[k];
    if (unit === undefined) break;
    if (unit.furniture !== undefined) continue;
    if (unit.date?.kind === "published" || unit.byline !== undefined) credits.unshift(unit);
    else if (wordCount(unit.text) <= MAX_MENU_LABEL_WORDS && ++labels <= MAX_LABELS_IN_CREDITS) continue;
    else break;
  }
  return credits;
}

/**
 * A date read above the page's navigation, over a headline that stands lower, is the site's
 * clock, not the article's date: the article's own dates stand under its headline.
 */
function pageTopDropped(meta: Metadata, report: Report): Metadata {
  if (meta.published === undefined && meta.updated === undefined) return meta;
  report.removed = report.removed.map((r) =>
    r.field === "published" ? { line: r.line, text: r.text, reason: "page-clock" as const } : r,
  );
  const rest: Metadata = { ...meta };
  delete rest.published;
  delete rest.updated;
  return rest;
}

/** Paragraphs of the body whose words a headline shares: its lede and the paragraph after. */
const LEDE_PARAGRAPHS = 2;

/** Fewest words a line higher in the header shares with the lede to head the article instead. */
const MIN_LEDE_WORDS = 3;

/** Fewest words of a line that may head the article in place of the anchored one. */
const MIN_LEDE_HEADLINE_WORDS = 4;

/**
 * The anchored headline (./headlineAnchor.ts), unless it is one entry of a list of links, each
 * under the same label ("Read on"), and shares no word with the first paragraphs under it, while
 * a headline-shaped line higher in the header, with no paragraph of prose between the two,
 * shares three or more: then the anchored line is another story's title set over the byline,
 * and the line naming what the body tells heads the article. Of several, the one sharing most,
 * the highest first.
 */
function ledeNamed(units: readonly Unit[], anchor: number | undefined): number | undefined {
  const anchored = units[anchor ?? -1];
  if (anchor === undefined || anchored === undefined) return anchor;
  const lede = new Set(
    units
      .slice(anchor + 1)
      .filter(isRunningProse)
      .slice(0, LEDE_PARAGRAPHS)
      .flatMap((u) => [...contentWords(u.text)]),
  );
  if (!inLabelledList(units, anchor) || sharedWords(anchored.text, lede) > 0) return anchor;
  let best = anchor;
  let most = MIN_LEDE_WORDS - 1;
  // Only a line with no paragraph of prose between it and the anchored one: what stands between
  // goes into the body under it, so it must be links and labels, not another story's text.
  const lastProse = units.slice(0, anchor).findLastIndex(isRunningProse);
  units.slice(0, anchor).forEach((u, k) => {
    if (k < lastProse || !isHeadlineShaped(u) || u.crumb || wordCount(u.text) < MIN_LEDE_HEADLINE_WORDS) return;
    const shared = sharedWords(u.text, lede);
    if (shared > most) [best, most] = [k, shared];
  });
  return best;
}

/**
 * The headline and the dates and byline above it. With `given` (the editor's sidecar title) a
 * text without a headline is fine: the body starts at its first paragraph.
 */
export function findHeadline(units: readonly Unit[], report: Report, given?: string): Headline | NormalizeError {
  const found = readHeadline(units, report, given);
  if ("code" in found || !found.onPage || given !== undefined) return found;
  return namingHeadline(units, found, report) ?? found;
}

/** Most words of a line read as the headline that, naming nothing its article tells, gives way to one that does: a control's, a section's or a site's name ("Skip to content", "Get in touch", "Culture"). */
const MAX_UNNAMING_WORDS = 6;

/** Paragraphs of the article's main run whose words tell what it is about. */
const SUBJECT_PARAGRAPHS = 3;

/** Fewest subject words a line must share with those paragraphs to head the article instead. */
const MIN_NAMING_WORDS = 2;

/**
 * A headline names what its article is about, so it shares words with the article's first
 * paragraphs. The line read as the headline is short and shares none of them — a skip link, a
 * section's name, a sign-in prompt over the page — while another headline-shaped line of the
 * page's header, above the main run of prose, shares two or more: that line heads the article,
 * the one that shares most (the nearest the prose of equals), and the short line is the page's
 * navigation. Nothing changes when no line of the header names the subject: leaving the reading
 * as it is never guesses.
 */
function namingHeadline(units: readonly Unit[], found: Headline, report: Report): Headline | undefined {
  const h = found.index;
  const read = units[h];
  // A line with its byline or date under it is the headline, whatever words it chose.
  if (read === undefined || wordCount(found.title) > MAX_UNNAMING_WORDS || creditBelow(units, h)) return undefined;
  const runStart = mainRunStart(units);
  const words = (from: number): Set<string> =>
    new Set(
      units
        .slice(from)
        .filter(isRunningProse)
        .slice(0, SUBJECT_PARAGRAPHS)
        .flatMap((u) => [...subjectWords(u.text)]),
    );
  // The article's first paragraphs: those of its main run of prose (below the line read).
  const lede = words(Math.max(runStart, h + 1));
  // The line read names none of those words, nor of the paragraphs right under it.
  if (
    lede.size === 0 ||
    sharedWords(found.title, lede, subjectWords) > 0 ||
    sharedWords(found.title, words(h + 1), subjectWords) > 0
  )
    return undefined;
  let best: number | undefined;
  let most = MIN_NAMING_WORDS;
  for (let k = 0; k < runStart; k++) {
    const u = units[k];
    if (u === undefined || k === h || !isHeadlineShaped(u) || u.crumb || isCreditUnit(u)) continue;
    // A line with its byline or date under it stands as a headline does: one word of the article's is enough.
    const credited = creditBelow(units, k);
    // A sentence ended by its full stop (a credit after it aside) is a caption's or a paragraph's;
    // a line over the site's menu or among its labels, no credit under it, is the site's name or a label.
    if (/[^.]\.["”’]?(?:\s+\([^)]*\))?$/u.test(u.text) || isAboveMenu(units, k, runStart)) continue;
    if ((!credited && inMenuRow(units, k)) || sameText(u.text, found.title)) continue;
    const named = sharedWords(u.text, lede, subjectWords);
    const shared = named > 0 && credited ? named + 1 : named;
    // A subheading between two paragraphs names its own part, not the article.
    const above = contentAbove(units, k);
    const below = units[nextContentIndex(units, k)];
    if (above !== undefined && isRunningProse(above) && below !== undefined && isRunningProse(below)) continue;
    if (shared >= most) [best, most] = [k, shared];
  }
  const named = units[best ?? -1];
  if (best === undefined || named === undefined) return undefined;
  const lines = (u: Unit): Set<number> => new Set(u.lines.map((line) => line.n));
  const readLines = lines(read);
  const namedLines = lines(named);
  // The short line is navigation; the named line, once reported otherwise, is the title.
  report.removed = report.removed
    .filter((r) => !namedLines.has(r.line))
    .map((r) =>
      readLines.has(r.line) && r.field === "title" ? { line: r.line, text: r.text, reason: "navigation" as const } : r,
    );
  if (best < h) {
    removeUnit(report, named, "metadata", "title");
    return { ...found, title: named.text };
  }
  // The named line stands lower: what stands between the two is the page's header.
  let meta = found.meta;
  for (const u of units.slice(h + 1, best)) {
    if (u.furniture !== undefined) {
      removeUnit(report, u, u.furniture);
      continue;
    }
    const credit = readMetadataLine(u, meta, report);
    if (credit !== undefined) meta = credit;
    else removeUnit(report, u, "navigation");
  }
  removeUnit(report, named, "metadata", "title");
  return { index: best, title: named.text, meta, onPage: true };
}

/** The headline read top-down (see `findHeadline`), before it is checked against its article's words. */
function readHeadline(units: readonly Unit[], report: Report, given?: string): Headline | NormalizeError {
  // The page header ends at the first paragraph of prose.
  const firstProse = units.findIndex(
    (u) => u.furniture === undefined && isProse(u) && u.date === undefined && u.byline === undefined,
  );
  const headerEnd = firstProse === -1 ? units.length : firstProse;
  const runStart = mainRunStart(units);
  const anchor = ledeNamed(units, anchoredHeadline(units, runStart));
  let meta: Metadata = {};
  /** The headline a removed title bar ("Headline | Site") named, once one was read. */
  let titleBar: string | undefined;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (unit === undefined) break;
    const kicked = kickedHeadline(units, i, headerEnd);
    if (kicked !== undefined)
      return (
        lowerHeadline(units, i, anchor, meta, report, given) ?? onPageHeadline(unit, i, kicked, meta, report, given)
      );
    if (unit.furniture !== undefined) {
      removeUnit(report, unit, unit.furniture);
      continue;
    }
    // A picture's caption with its credit, set over the article, is no headline.
    if (isPictureCaption(units, i) && anchor !== i) {
      removeUnit(report, unit, "caption");
      continue;
    }
    if (unit.date?.kind === "published" && isCrumb(units, i + 1, headerEnd)) {
      // A date above the site's navigation is the site's clock, not the article's date.
      removeUnit(report, unit, "page-clock");
      continue;
    }
    if (isMenuCredit(units, i)) {
      removeUnit(report, unit, "navigation");
      continue;
    }
    const read = readMetadataLine(unit, meta, report);
    if (read !== undefined) {
      meta = read;
      continue;
    }
    if (isCrumb(units, i, headerEnd)) {
      removeUnit(report, unit, "section-crumb");
      continue;
    }
    const crumbs = crumbList(units, i);
    if (crumbs.length > 0) {
      for (const item of crumbs) removeUnit(report, item, "section-crumb");
      i += crumbs.length - 1;
      continue;
    }
    const notHeading =
      unit.marker !== undefined
        ? "it is a list item"
        : unit.dateline
          ? "it opens with a wire dateline, so it is the body's first paragraph"
          : notHeadingReason(unit.text, MAX_HEADLINE_WORDS);
    if (notHeading !== undefined && precedesHeadline(units, i, runStart)) {
      removeUnit(report, unit, "notice");
      continue;
    }
    if (notHeading !== undefined && !isHeadlineBeforeCredit(units, i)) {
      const lower = lowerHeadline(units, i, anchor, meta, report, given);
      if (lower !== undefined) return lower;
      if (given !== undefined) return { index: i - 1, title: given, meta, onPage: false };
      const line = unit.lines[0]?.n ?? 1;
      return {
        code: "no-title",
        line,
        message: `no headline: the article text starts on this line, and ${notHeading} ("${unit.text.slice(0, 60)}…")`,
      };
    }
    if (isSectionLabel(units, i, headerEnd) && !definedByLede(units, i)) {
      removeUnit(report, unit, "section-crumb");
      continue;
    }
    // Where no anchored headline stands lower (that one is read below): a credit, the name
    // under a lone "By", or a time stamp the date parser leaves ("November 19, 2019 / 12:21 AM
    // / Updated 14 hours ago") is never the headline when one follows, nor is a menu's label.
    const unanchored = anchor === undefined || anchor <= i;
    if (unanchored && (isCreditUnit(unit) || underLoneBy(units, i)) && headlineShapedBelow(units, i, runStart, 0)) {
      removeUnit(report, unit, "metadata");
      continue;
    }
    // Not the line the article's credit anchors (./headlineAnchor.ts): a short headline over a
    // photo and its standfirst is no menu entry over a longer line.
    if (
      anchor !== i &&
      (isAboveCreditedHeadline(units, i, runStart) ||
        isAboveDatedHeadline(units, i, runStart) ||
        isAboveMenu(units, i, runStart) ||
        (unanchored && isMenuEntry(units, i, runStart)))
    ) {
      removeUnit(report, unit, "navigation");
      continue;
    }
    // The line the page's title bar above names is the headline: the page states it twice, so a
    // lower line over the credit is its standfirst, not another headline.
    const titled = titleBar !== undefined && sameText(unit.text, titleBar);
    // A menu's label, no headline over a credit lower down: the line over the lede heads the article.
    const overRun = unanchored && inMenuRow(units, i) ? headlineOverRun(units, runStart) : undefined;
    const overLede = titled ? undefined : lowerHeadline(units, i, overRun, meta, report, given);
    if (overLede !== undefined) return overLede;
    const pageTitle = splitPageTitle(units, i, headerEnd);
    const siteNamed = pageTitle !== undefined && meta.outlet === undefined;
    if (siteNamed) meta = { ...meta, outlet: pageTitle.site };
    if (pageTitle !== undefined && units.slice(i + 1, headerEnd).some((u) => sameText(u.text, pageTitle.headline))) {
      // The headline follows on its own: this line is the page's title bar.
      removeUnit(report, unit, "metadata", siteNamed ? "outlet" : undefined);
      titleBar = pageTitle.headline;
      continue;
    }
    const lower = titled ? undefined : lowerHeadline(units, i, anchor, meta, report, given);
    if (lower !== undefined) return lower;
    // "Title: …", "Headline: …": a labelled headline (key-value exports) without its label.
    const text =
      pageTitle?.headline ??
      /^(?:title|headline|titular|titre|t[íi]tulo|titel)\s*:\s*(\S.*)$/iu.exec(unit.text)?.[1] ??
      withoutGluedLabel(unit.text) ??
      unit.text;
    return onPageHeadline(unit, i, text, meta, report, given);
  }
  return {
    code: "only-chrome",
    message: "every line is site chrome (clock, navigation, captions, dates); no article text found",
  };
}
