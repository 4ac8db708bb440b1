/**
 * Pass 4, header fields: between the headline and the body stand the byline, dates, a dek
 * (standfirst) and key points. This pass lifts them into fields and stops at the first unit
 * that is body; a dek fused with the first section heading is split when it safely can be.
 */
import type { BlockContent, List } from "mdast";
import { collectListUnits, heading, list } from "./blocks.ts";
import { isBareCount } from "./chrome.ts";
import { isProse, type Unit } from "./classify.ts";
import { isBareLine, isHeadingLike, isSentenceHeadline, splitFusedDekHeading } from "./headings.ts";
import { isPictureCaption } from "./captionCredit.ts";
import { inHeaderPhotoCaption, isCreditedCaption, isDeskInPlace } from "./headlineAnchor.ts";
import { wordCount } from "./lines.ts";
import { readMetadataLine, withUpdateDate, type Metadata } from "./metadata.ts";
import { parseDateLine } from "./dateLines.ts";
import { knownOutlet } from "./outlets.ts";
import {
  ATTRIBUTION,
  datelinePlace,
  isNamedDeskCredit,
  isCreditLabel,
  isNewsroomCredit,
  isRoleLine,
  opensWithTimeLead,
} from "./patterns.ts";
import { isPersonName } from "./personName.ts";
import { removeUnit, type Report } from "./report.ts";
import { headingWordCounts, sameText } from "./sections.ts";
import { isHandleLine, nameBeforeHandle } from "./stampLine.ts";
import { findDates } from "#lib/content/parseDate.ts";
import { splitSentences } from "#lib/text/segment.ts";
import { TERMINAL } from "./units.ts";

export interface Header {
  meta: Metadata;
  dek?: string;
  keyPoints?: string[];
  /** The key points as the page lists them (numbered or not): the body when nothing else is. */
  keyPointsList?: List;
  /** Blocks that open the body (the heading split from a fused dek). */
  bodyStart: BlockContent[];
  /** Index of the first body unit. */
  next: number;
}

/**
 * A dek (standfirst) is a short summary under the headline. It is told apart from a lede by
 * shape and content, not position alone: at most two sentences and 60 words, ending in
 * punctuation, with no attribution ("said", "according to") and no wire dateline — ledes
 * report, deks summarize — and it is followed by a longer paragraph. A heading-shaped line
 * followed by a section heading and then prose is also a dek (one without final punctuation).
 */
export function isDek(unit: Unit, units: readonly Unit[], idx: number, title?: string): boolean {
  const rest = units.slice(idx + 1).filter((u) => u.furniture === undefined && !repeatsTitle(u, title));
  const [next, afterNext] = rest;
  if (next === undefined || unit.marker !== undefined || !summaryShaped(unit)) return false;
  if (isBareLine(unit.text)) {
    return (
      isHeadingLike(unit.text, 30) &&
      isHeadingLike(next.text) &&
      next.marker === undefined &&
      afterNext !== undefined &&
      isProse(afterNext)
    );
  }
  const words = wordCount(unit.text);
  return (
    // A headline written as one long sentence already summarizes: the short paragraph under it is the lede.
    !(title !== undefined && isSentenceHeadline(title)) &&
    TERMINAL.test(unit.text) &&
    words <= 60 &&
    splitSentences(unit.text).length <= 2 &&
    !ATTRIBUTION.test(unit.text) &&
    datelinePlace(unit.text) === undefined &&
    // A lede opening "TONIGHT —" tells when, as a dateline tells where: it reports.
    !opensWithTimeLead(unit.text) &&
    !/^["“]/.test(unit.text) &&
    isProse(next) &&
    wordCount(next.text) > words
  );
}

/** Most words of a header line cut on its comma ("Reuters, Washington,") or of a post's dated facts. */
const MAX_FACTS_WORDS = 12;

/**
 * What a line that is the page's facts, not a summary, reads as: a crumb trail ("BLOG > Nutrition
 * > Meal Plans"), a line cut off on its punctuation (`cut`: "Reuters, Washington,"), or a post's
 * facts led by its date ("13/06/2014 Tony Carter All, Books", with that date); none is a sentence.
 */
function factsLine(
  unit: Unit,
  cut: RegExp,
): { kind: "crumb" | "cut" } | { kind: "dated"; date: ReturnType<typeof findDates>[number] } | undefined {
  // A post's facts split like a crumb trail ("October 12, 2018/0 Comments/in News /by admin") are still led by its date.
  const led = findDates(unit.text)[0];
  if (led?.index === 0) return { kind: "dated", date: led };
  if (unit.crumb) return { kind: "crumb" };
  return cut.test(unit.text) ? { kind: "cut" } : undefined;
}

/**
 * A short line in the header that is the page's facts (`factsLine`, cut on a comma), not a
 * standfirst and not the body.
 */
function headerFactsLine(unit: Unit): ReturnType<typeof factsLine> {
  if (unit.marker !== undefined || unit.lines.length > 1 || wordCount(unit.text) > MAX_FACTS_WORDS) return undefined;
  if (TERMINAL.test(unit.text)) return undefined;
  return factsLine(unit, /,$/u);
}

/** Most words of a credit line under the headline ("By" and several names with their outlet, or a name and a mail address). */
const MAX_CREDIT_WORDS = 25;

/**
 * A header line shaped as a credit, not a summary: short, ending on no sentence's stop, and
 * opening on "By" and a capitalised word, or holding a mail address ("Jane Roe | jroe@example.com").
 */
export function isCreditShaped(unit: Unit): boolean {
  const text = unit.text.trim();
  if (unit.marker !== undefined || wordCount(text) > MAX_CREDIT_WORDS || TERMINAL.test(text)) return false;
  return /^[Bb][Yy]\s+\p{Lu}/u.test(text) || /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}\b/u.test(text);
}

/** What a standfirst never is, whatever stands around it: a facts line (cut on a comma, semicolon or colon). A standfirst is a summary in words. */
function summaryShaped(unit: Unit): boolean {
  return factsLine(unit, /[,;:]$/u) === undefined;
}

/** A label a CMS export or a page sets before its standfirst ("Summary: …"); not the dek's words. */
const DEK_LABEL =
  /^(?:summary|standfirst|dek|subtitle|sub-?headline|description|resumen|sumario|bajada|chapeau|résumé|zusammenfassung)\s*:\s*(?=\S)/iu;

/** A paragraph's text without its standfirst label. */
function withoutDekLabel(text: string): string {
  return text.replace(DEK_LABEL, "");
}

/** The headline set again (a scraper took both the page title and the article's h1). */
function repeatsTitle(unit: Unit, title: string | undefined): boolean {
  return title !== undefined && sameText(unit.text, title);
}

/**
 * The next unit that is not furniture (a sign-up box in the header is, ./signUpBox.ts) nor,
 * when `title` is given, the headline again.
 */
function nextContent(units: readonly Unit[], from: number, title?: string): Unit | undefined {
  return units.slice(from).find((unit) => unit.furniture === undefined && !repeatsTitle(unit, title));
}

/**
 * A paragraph between the headline and the byline or date line is the standfirst: pages set
 * the dek above the byline, and the body below it.
 */
function standsAboveByline(units: readonly Unit[], idx: number, title: string): boolean {
  const unit = units[idx];
  // A picture's caption with its credit may stand between the standfirst and the byline.
  const next = units
    .slice(idx + 1)
    .find((u, k) => u.furniture === undefined && !repeatsTitle(u, title) && !isPictureCaption(units, idx + 1 + k));
  if (unit === undefined || next === undefined || unit.dateline || unit.marker !== undefined) return false;
  if (!summaryShaped(unit)) return false;
  // A standfirst without final punctuation is still a full phrase of five words or more.
  const shaped = isProse(unit) ? wordCount(unit.text) <= 80 : isHeadingLike(unit.text, 40) && wordCount(unit.text) >= 5;
  const nextIdx = units.indexOf(next);
  return shaped && (isCreditAt(units, nextIdx) || creditUnderLabels(units, nextIdx) !== undefined);
}

/** Unit `idx` credits the article: a byline (set on one line or over two), or the publication date. */
function isCreditAt(units: readonly Unit[], idx: number): boolean {
  const unit = units[idx];
  return (
    unit !== undefined &&
    (unit.byline !== undefined ||
      unit.date?.kind === "published" ||
      isDeskInPlace(unit.text) ||
      splitByline(units, idx) !== undefined ||
      isBareBylineName(units, idx))
  );
}

/** Most short lines (a kicker, its colon set apart) between the headline and its copy under it. */
const MAX_KICKER_LINES = 3;

/** Most words of a kicker over a headline ("ONLINE SHOPPING FROM ABROAD"). */
const MAX_KICKER_WORDS = 8;

/**
 * How many units from `idx` a kicker takes that stands between the headline and the same
 * headline set again right under it ("Headline" / "KICKER" / ":" / "Headline", as a page prints
 * its title, then its heading with the kicker over it): short lines with no sentence's end. 0 when
 * the headline does not follow them: the header goes on under its copy.
 */
function kickerOverRepeat(units: readonly Unit[], idx: number, title: string): number {
  let lines = 0;
  for (let k = idx; k < units.length; k++) {
    const unit = units[k] as Unit;
    if (sameText(unit.text, title)) return lines > 0 ? k - idx : 0;
    if (unit.furniture !== undefined) continue;
    const short =
      unit.marker === undefined &&
      unit.lines.length === 1 &&
      unit.date === undefined &&
      unit.byline === undefined &&
      wordCount(unit.text) <= MAX_KICKER_WORDS &&
      !TERMINAL.test(unit.text);
    if (!short || ++lines > MAX_KICKER_LINES) return 0;
  }
  return 0;
}

/** Most short labels between a standfirst and the credits under it (a player's buttons, a share bar's). */
const MAX_LABELS_OVER_CREDIT = 8;

/**
 * A short label of the page's controls: one line, no list item, a crumb-shaped row ("Photo/
 * Agency/ Place") or a bare line of a few words ("Listen", "Speed Read", "Dive Deeper").
 */
function isControlLabel(unit: Unit): boolean {
  if (unit.marker !== undefined || unit.lines.length !== 1 || unit.date !== undefined || unit.byline !== undefined)
    return false;
  return unit.crumb || (isBareLine(unit.text) && wordCount(unit.text) <= MAX_HEADER_LABEL_WORDS);
}

/**
 * The index of the article's credit standing under a run of short labels that starts at `idx`
 * (furniture between aside), or undefined: a page may set its buttons ("Summary", "Listen") and a
 * picture's credit between the standfirst and the byline or date, and those labels are the
 * header's, so the credit under them is still the article's. Only a byline (a date may stand under
 * it): a date alone under a row of labels may be a list's or a rail's.
 */
function creditUnderLabels(units: readonly Unit[], idx: number): number | undefined {
  let labels = 0;
  for (let k = idx; k < units.length; k++) {
    const unit = units[k] as Unit;
    if (unit.furniture !== undefined) continue;
    // A byline under the labels, not a date alone: a bare date under a row of labels may be a rail's.
    if (labels > 0 && isCreditAt(units, k) && unit.date === undefined) return k;
    if (!isControlLabel(unit) || ++labels > MAX_LABELS_OVER_CREDIT) return undefined;
  }
  return undefined;
}

/**
 * A short section label in the page header ("News", "World"): heading-shaped, at most three
 * words, and followed by more header (the headline again, a date or byline line, or the same
 * label) rather than by the article.
 */
function isHeaderLabel(units: readonly Unit[], idx: number, title: string): boolean {
  const unit = units[idx];
  const next = nextContent(units, idx + 1);
  if (unit === undefined || next === undefined || unit.marker !== undefined) return false;
  if (!isHeadingLike(unit.text) || wordCount(unit.text) > 3 || sameText(unit.text, title)) return false;
  return (
    sameText(next.text, title) || sameText(next.text, unit.text) || next.date !== undefined || next.byline !== undefined
  );
}

/** Words that name a section of a site, never a person. */
const SECTION_WORD =
  /\b(?:news|world|politics|opinion|business|breaking|latest|sports?|video|live|analysis|local|national|international|home|stories|updates?|americas|us|u\.s\.)\b/i;

/**
 * A list in the header whose items are short and include a date is the page's metadata, not
 * key points ("- Ingrid Jones / - Breaking News / - February 3, 2025"): the date is the
 * publication date, an outlet's name the outlet, the first person-shaped name the byline,
 * and the rest section chips.
 */
function readMetadataList(
  units: readonly Unit[],
  from: number,
  meta: Metadata,
  report: Report,
): { meta: Metadata; taken: number } | undefined {
  if (units[from]?.marker === undefined) return undefined;
  const items = collectListUnits(units, from);
  const contents = items.map((u) => u.marker?.content ?? u.text);
  if (contents.some((c) => wordCount(c) > 4) || !contents.some((c) => parseDateLine(c)?.kind === "published"))
    return undefined;
  let next = meta;
  items.forEach((item, i) => {
    const content = contents[i] ?? "";
    const date = parseDateLine(content);
    const outlet = knownOutlet(content);
    if (date?.kind === "published" && next.published === undefined) {
      next = { ...next, published: date.iso };
      removeUnit(report, item, "metadata", "published");
    } else if (outlet !== undefined && next.outlet === undefined) {
      next = { ...next, outlet };
      removeUnit(report, item, "metadata", "outlet");
    } else if (
      next.byline === undefined &&
      /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}$/u.test(content) &&
      !SECTION_WORD.test(content)
    ) {
      next = { ...next, byline: content };
      removeUnit(report, item, "metadata", "byline");
    } else removeUnit(report, item, date !== undefined ? "metadata" : "tags");
  });
  return { meta: next, taken: items.length };
}

/**
 * A byline set over several lines: "By" (or a stamp row's "Author:") alone, then the name (and a
 * role line), or a name then the role ("Javier Morales" / "Reporter"). Returns the units it spans
 * and the name.
 */
function splitByline(
  units: readonly Unit[],
  from: number,
): { name: string; units: Unit[]; nameAt: number } | undefined {
  const [first, second, third] = units.slice(from, from + 3);
  if (first === undefined || second === undefined || first.marker !== undefined) return undefined;
  const withRole = (taken: Unit[]) => (third !== undefined && isRoleLine(third.text) ? [...taken, third] : taken);
  // The name under a lone "By" may carry the author's handle run into it ("Jane Doe@janedoe").
  const name = isPersonName(second.text) ? second.text : nameBeforeHandle(second.text);
  if (isCreditLabel(first.text) && name !== undefined && !isNewsroomCredit(name))
    return { name, units: withRole([first, second]), nameAt: 1 };
  if (isPersonName(first.text) && isRoleLine(second.text) && !SECTION_WORD.test(first.text))
    return { name: first.text, units: [first, second], nameAt: 0 };
  return undefined;
}

/** A role named by its beat or bureau: "White House correspondent", "Mexico City bureau chief". */
const BEAT_ROLE =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+(?:(?:and|&|of)\s+)?){1,3}(?:[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Ee]ditor|[Cc]olumnist|[Bb]ureau [Cc]hief|[Pp]roducer)$/u;

/** A journalist's role on its own line: "Staff writer", "Security correspondent". */
function isBeatLine(unit: Unit): boolean {
  return unit.marker === undefined && unit.lines.length === 1 && (isRoleLine(unit.text) || BEAT_ROLE.test(unit.text));
}

/**
 * A heading-shaped single line longer than every section heading of the document (by three
 * words or more, with at least two headings to compare) is a dek fused with a heading.
 */
function isFusedDekHeading(unit: Unit, counts: readonly number[]): boolean {
  return (
    counts.length >= 2 &&
    isBareLine(unit.text) &&
    unit.lines.length === 1 &&
    wordCount(unit.text) >= Math.max(0, ...counts) + 3
  );
}

/** The words a site's or a section's name opens with, never a person's. */
const ARTICLE_WORD = /^(?:the|a|an|el|la|los|las|le|les|der|die|das)\s/iu;

/** Most headlines an author's box lists under its label. */
const MAX_BOX_STORIES = 6;

/**
 * How many units from `idx` an author's list of stories takes in the header: a related label
 * alone ("More Stories By Jane"), one to six headline-shaped lines (furniture between aside), and
 * then a credit, the date or a byline. 0 when `idx` is no such list: a label over the article's
 * own text has no credit under its lines.
 */
function storyListLength(units: readonly Unit[], idx: number): number {
  if (units[idx]?.related?.inline !== "") return 0;
  let entries = 0;
  for (let k = idx + 1; k < units.length; k++) {
    const unit = units[k] as Unit;
    if (unit.furniture !== undefined) continue;
    if (unit.date?.kind === "published" || unit.byline !== undefined) return entries > 0 ? k - idx : 0;
    if (unit.marker !== undefined || !isHeadingLike(unit.text, 30) || ++entries > MAX_BOX_STORIES) return 0;
  }
  return 0;
}

/** The next unit after `idx` that is not furniture. */
function nextUnit(units: readonly Unit[], idx: number): Unit | undefined {
  return units.slice(idx + 1).find((u) => u.furniture === undefined);
}

/** A line that is one person's name alone: not a site's, a section's, a newsroom's or an agency's. */
function isNameLine(unit: Unit): boolean {
  if (unit.marker !== undefined || unit.lines.length !== 1) return false;
  if (!isPersonName(unit.text) || ARTICLE_WORD.test(unit.text) || SECTION_WORD.test(unit.text)) return false;
  // "Reuters Staff", "CNN Newsroom": a newsroom or an agency credited, not a person (a desk's
  // credit over the date is read as one: isDeskCreditLine).
  const words = unit.text.split(/\s+/u);
  return !words.some((w) => isNewsroomCredit(w) || knownOutlet(w) !== undefined);
}

/** Most writers' names a page stacks one per line over the date. */
const MAX_STACKED_NAMES = 4;

/**
 * Two to four persons' names, each alone on its line, from `idx` down, with the publication date
 * directly under the last ("Ana Ruiz" / "Tomas Redfern" / "Published 4 March 2025"): the writers
 * of the article, as a page stacks them without "By". Returns the names and the units they take.
 */
function stackedNames(units: readonly Unit[], idx: number): { names: string[]; taken: number } | undefined {
  const names: string[] = [];
  let k = idx;
  for (; k < units.length && names.length <= MAX_STACKED_NAMES; k++) {
    const unit = units[k] as Unit;
    if (!isNameLine(unit)) break;
    names.push(unit.text);
  }
  if (names.length < 2 || names.length > MAX_STACKED_NAMES || units[k]?.date?.kind !== "published") return undefined;
  return { names, taken: k - idx };
}

/**
 * A person's name alone on a line under the headline, with the date or the author's role under
 * it ("Marisol Ortega" / "Tue, March 4, 2025"): the byline a page sets without "By".
 */
function isBareBylineName(units: readonly Unit[], idx: number): boolean {
  const unit = units[idx];
  const next = nextUnit(units, idx);
  if (unit === undefined || next === undefined || !isNameLine(unit)) return false;
  // The author's handle may stand between the name and the date ("Jane Roe" / "@janeroe" / the date).
  const dated = isHandleLine(next.text) && !isPersonName(next.text) ? nextUnit(units, units.indexOf(next)) : next;
  return dated?.date?.kind === "published" || isBeatLine(next);
}

/**
 * A desk's credit alone on a line over the publication date ("Reuters Staff" / "May 6, 2025",
 * "Detroit News wire services" / "Published 11:11 PM EST Nov 19, 2019"): the unsigned piece's
 * byline, as stated.
 */
function isDeskCreditLine(units: readonly Unit[], idx: number): boolean {
  const unit = units[idx];
  if (unit === undefined || unit.marker !== undefined || unit.lines.length !== 1) return false;
  return isNamedDeskCredit(unit.text) && nextUnit(units, idx)?.date?.kind === "published";
}

/** Most words a label of the page header has (a site's name, a section, a counter, a button). */
const MAX_HEADER_LABEL_WORDS = 4;

/**
 * A short line in the page header that is not the article: a bare label of a few words (no
 * sentence punctuation) with more header under it rather than the article's prose — a menu
 * entry, the provider's name, a section — or a bare count. A section heading stands over prose, and a standfirst is a longer phrase, so neither is one.
 */
function isHeaderChrome(units: readonly Unit[], idx: number): boolean {
  const unit = units[idx];
  if (unit === undefined || unit.marker !== undefined || unit.lines.length !== 1) return false;
  if (isBareCount(unit.text)) return true;
  const next = nextUnit(units, idx);
  return (
    next !== undefined &&
    isBareLine(unit.text) &&
    wordCount(unit.text) <= MAX_HEADER_LABEL_WORDS &&
    (!isProse(next) || next.date !== undefined || next.byline !== undefined)
  );
}

export function readHeader(
  units: readonly Unit[],
  titleIndex: number,
  title: string,
  meta: Metadata,
  report: Report,
  pageHeadline = true,
): Header {
  const counts = headingWordCounts(units, titleIndex + 2, title);
  const header: Header = { meta, bodyStart: [], next: titleIndex + 1 };
  // Whether a publication date line stands under the headline, above what comes next.
  let dated = false;
  // Whether a byline came with the date read above the headline: then both are the article's credits set over it.
  const creditedAbove = meta.byline !== undefined;
  while (header.next < units.length) {
    const unit = units[header.next];
    if (unit === undefined) break;
    // "Jane Doe | Reuters" under the headline, before any byline, credits the article: the
    // same shape closing a caption in the body is a photo credit.
    const credit =
      unit.furniture === "caption" && header.meta.byline === undefined && unit.byline?.outlet !== undefined;
    if (unit.furniture !== undefined && !credit) {
      removeUnit(report, unit, unit.furniture);
      header.next++;
      continue;
    }
    // A short caption over its photographer's "Name, Agency", the article's byline lower down
    // or its credits above: the picture's, neither the standfirst nor the byline.
    if (
      inHeaderPhotoCaption(units, header.next) ||
      isCreditedCaption(units, header.next) ||
      isPictureCaption(units, header.next)
    ) {
      removeUnit(report, unit, "caption");
      header.next++;
      continue;
    }
    if (sameText(unit.text, title)) {
      // The headline set again opens its header anew: a date over it stands over the headline.
      dated = false;
      removeUnit(report, unit, "duplicate");
      header.next++;
      continue;
    }
    // The headline's own date stands under it: a day read above the headline (the page's clock
    // over its menus, "18. Mai 2026") gives way to the one the article's credits state.
    if (unit.date?.kind === "published" && !dated && header.meta.published !== undefined && !creditedAbove) {
      report.removed = report.removed.map((r) =>
        r.field === "published" ? { line: r.line, text: r.text, reason: "page-clock" as const } : r,
      );
      const { published: _clock, ...rest } = header.meta;
      header.meta = rest;
    }
    const read = readMetadataLine(unit, header.meta, report);
    if (read !== undefined) {
      if (unit.date?.kind === "published") dated = true;
      header.meta = read;
      header.next++;
      continue;
    }
    const stacked = header.meta.byline === undefined ? stackedNames(units, header.next) : undefined;
    if (stacked !== undefined) {
      const last = stacked.names.pop() ?? "";
      header.meta = { ...header.meta, byline: `${stacked.names.join(", ")} and ${last}` };
      for (const u of units.slice(header.next, header.next + stacked.taken))
        removeUnit(report, u, "metadata", "byline");
      header.next += stacked.taken;
      continue;
    }
    if (
      header.meta.byline === undefined &&
      (isBareBylineName(units, header.next) || isDeskCreditLine(units, header.next))
    ) {
      header.meta = { ...header.meta, byline: unit.text };
      removeUnit(report, unit, "metadata", "byline");
      header.next++;
      continue;
    }
    if (
      header.meta.byline !== undefined &&
      (units[header.next - 1]?.byline !== undefined ||
        sameText(units[header.next - 1]?.text ?? "", header.meta.byline)) &&
      isBeatLine(unit)
    ) {
      // "White House correspondent" under "By Jane Doe": the author's role, not the body.
      removeUnit(report, unit, "metadata");
      header.next++;
      continue;
    }
    const split = header.meta.byline === undefined ? splitByline(units, header.next) : undefined;
    if (split !== undefined) {
      header.meta = { ...header.meta, byline: split.name };
      split.units.forEach((u, i) => removeUnit(report, u, "metadata", i === split.nameAt ? "byline" : undefined));
      header.next += split.units.length;
      continue;
    }
    const metaList = readMetadataList(units, header.next, header.meta, report);
    if (metaList !== undefined) {
      header.meta = metaList.meta;
      header.next += metaList.taken;
      continue;
    }
    // The author's box lists their other stories ("More Stories By Jane", headlines) between the
    // byline and the date: the rail is chrome, and the header's credits go on under it.
    const rail = storyListLength(units, header.next);
    if (rail > 0) {
      for (const item of units.slice(header.next, header.next + rail))
        removeUnit(report, item, item.furniture ?? "related-links");
      header.next += rail;
      continue;
    }
    if (isHeaderLabel(units, header.next, title)) {
      removeUnit(report, unit, "section-crumb");
      header.next++;
      continue;
    }
    if (unit.marker !== undefined && header.keyPoints === undefined) {
      const items = collectListUnits(units, header.next);
      if (items.length >= 2) {
        header.keyPoints = items.map((u) => u.marker?.content ?? u.text);
        header.keyPointsList = list(items);
        for (const item of items) removeUnit(report, item, "metadata", "keyPoints");
        header.next += items.length;
        continue;
      }
    }
    const notSummary = header.dek === undefined && header.keyPoints === undefined ? headerFactsLine(unit) : undefined;
    if (notSummary !== undefined) {
      // A crumb trail, a credit cut on its comma, a post's facts led by its date: header, not a standfirst.
      const led = notSummary.kind === "dated" ? notSummary.date : undefined;
      const dated = led !== undefined && header.meta.published === undefined && header.meta.updated === undefined;
      removeUnit(
        report,
        unit,
        notSummary.kind === "crumb" ? "section-crumb" : "metadata",
        dated ? "published" : undefined,
      );
      if (dated) header.meta = { ...header.meta, published: led.iso };
      header.next++;
      continue;
    }
    // The agency or desk that reported it and where from ("Harbour Wire staff in Lima"): a credit
    // naming no person, so no byline.
    if (isDeskInPlace(unit.text)) {
      removeUnit(report, unit, "metadata");
      header.next++;
      continue;
    }
    // A kicker between the headline and its copy set again under it: header, not body.
    const kicker = kickerOverRepeat(units, header.next, title);
    if (kicker > 0) {
      for (const u of units.slice(header.next, header.next + kicker))
        removeUnit(report, u, u.furniture ?? "section-crumb");
      header.next += kicker;
      continue;
    }
    // The page's controls between the standfirst and the credits under them: header, not body.
    if (header.meta.byline === undefined && creditUnderLabels(units, header.next) !== undefined) {
      removeUnit(report, unit, unit.crumb ? "section-crumb" : "navigation");
      header.next++;
      continue;
    }
    if (isHeaderChrome(units, header.next)) {
      removeUnit(report, unit, "navigation");
      header.next++;
      continue;
    }
    if (header.dek === undefined && header.keyPoints === undefined && isCreditShaped(unit)) {
      // A credit the byline reader did not take ("By A, B and C, CNN", "Jane Roe | jroe@example.com"): header, not a standfirst.
      removeUnit(report, unit, "metadata");
      header.next++;
      continue;
    }
    if (header.dek !== undefined || header.keyPoints !== undefined) break;
    // A line over the byline is the standfirst, however long: a fused heading stands in the body.
    if (isFusedDekHeading(unit, counts) && !standsAboveByline(units, header.next, title)) {
      const split = splitFusedDekHeading(unit.text, counts);
      const line = unit.lines[0];
      if (split !== undefined && line !== undefined) {
        header.dek = split.dek;
        report.removed.push({ line: line.n, text: split.dek, reason: "metadata", field: "dek" });
        header.bodyStart.push(heading(split.heading));
        header.next++;
        break;
      }
      report.warnings.push(
        `line ${line?.n ?? 0}: "${unit.text}" looks like a dek fused with a heading, but no safe split point was found; kept as a paragraph`,
      );
      break;
    }
    // Without a headline on the page, nothing marks a short first paragraph as a standfirst but
    // its place above the byline: the lede is body.
    // Under a byline, the first paragraph is the lede: pages set the standfirst
    // between the headline and the byline.
    // A label ("Summary: …") marks the standfirst wherever it stands.
    // Under the date line, as under a byline, the first paragraph is the lede.
    const labelled = DEK_LABEL.test(unit.text);
    const belowCredits = (header.meta.byline !== undefined || dated) && !labelled;
    if (
      (pageHeadline && !belowCredits && isDek(unit, units, header.next, title)) ||
      standsAboveByline(units, header.next, title)
    ) {
      header.dek = withoutDekLabel(unit.text);
      removeUnit(report, unit, "metadata", "dek");
      header.next++;
      continue;
    }
    break;
  }
  return { ...header, meta: withUpdateDate(header.meta, report) };
}
