/**
 * Pass 2, classify: says what each line and unit IS — page furniture (with its reason), a date
 * line, a byline, a list item, a label introducing related links or cited sources, a crumb
 * trail, a quote, or prose — once, so the later passes read kinds instead of re-running
 * recognizers. Which of these a unit becomes (headline, header field, body) is their job.
 */
import { parseDateLine, underUpdateLabel, type DateLine } from "./dateLines.ts";
import { isBareLine } from "./headings.ts";
import { chromeReason, isBreadcrumbTrail, isCaption, isCapsTeaser } from "./chrome.ts";
import { wordCount } from "./lines.ts";
import {
  datelinePlace,
  parseCreditLine,
  parseListMarker,
  relatedLabel,
  sourcesLabel,
  type Byline,
  type ListMarker,
} from "./patterns.ts";
import { datelineOutlet } from "./outlets.ts";
import type { RemovalReason } from "./types.ts";
import { TERMINAL, type RawUnit } from "./units.ts";

/** What one line is, as far as joining hard-wrapped lines needs to know. */
export interface LineKind {
  marker: ListMarker | undefined;
  /** Chrome or caption reason when the line is page furniture. */
  furniture: RemovalReason | undefined;
  /** A line that is a whole thing of its own (date, byline, label) and never joins a paragraph. */
  standalone: boolean;
}

export function classifyLine(text: string): LineKind {
  return {
    marker: parseListMarker(text),
    furniture: chromeReason(text) ?? (isCaption(text) ? "caption" : undefined),
    standalone:
      parseDateLine(text) !== undefined ||
      parseCreditLine(text) !== undefined ||
      relatedLabel(text) !== undefined ||
      sourcesLabel(text) !== undefined,
  };
}

/** A unit with what its whole text is. */
export interface Unit extends RawUnit {
  date: DateLine | undefined;
  byline: Byline | undefined;
  related: { inline: string } | undefined;
  sources: { inline: string } | undefined;
  crumb: boolean;
  /** A `>` quoted line. */
  quote: boolean;
  /** Opens with a wire dateline ("MEXICO CITY (Reuters) —"): the first words of a body, never a headline. */
  dateline: boolean;
}

/** The index of the next unit after `k` that is not furniture, or `units.length`: the passes over a page's header read past furniture. */
export function nextContentIndex(units: readonly Unit[], k: number): number {
  for (let i = k + 1; i < units.length; i++) if (units[i]?.furniture === undefined) return i;
  return units.length;
}

/** The nearest unit above `k` that is not furniture. */
export function contentAbove(units: readonly Unit[], k: number): Unit | undefined {
  return units.slice(0, k).findLast((u) => u.furniture === undefined);
}

export function classifyUnit(unit: RawUnit): Unit {
  return {
    ...unit,
    date: parseDateLine(unit.text),
    byline: parseCreditLine(unit.text),
    related: relatedLabel(unit.text),
    sources: sourcesLabel(unit.text),
    crumb: isBreadcrumbTrail(unit.text),
    quote: /^>\s?/.test(unit.text),
    dateline: datelineOutlet(unit.text) !== undefined || datelinePlace(unit.text) !== undefined,
  };
}

/** A paragraph-like unit: prose, not a heading-shaped line or list item. */
export function isProse(unit: RawUnit): boolean {
  return unit.marker === undefined && !isBareLine(unit.text);
}

/** Every unit classified; a date line reads its label from the line above ("Updated" alone). */
export function classifyUnits(units: readonly RawUnit[]): Unit[] {
  const classified = units.map(classifyUnit);
  // The article's text has begun at a paragraph that another follows (a cookie notice above the
  // headline stands alone among the page's labels).
  const firstParagraph = classified.findIndex((u, k) => {
    const next = classified.slice(k + 1).find((n) => n.furniture === undefined);
    return isMixedCaseParagraph(u) && next !== undefined && isMixedCaseParagraph(next);
  });
  return classified.map((unit, k) => {
    const above = classified[k - 1];
    const date = above === undefined ? unit.date : underUpdateLabel(above.text, unit.date);
    const dated = date === unit.date ? unit : { ...unit, date };
    // Another story's headline in capitals, set into the article under its first paragraph.
    const teaser =
      firstParagraph !== -1 && k > firstParagraph && unit.furniture === undefined && isCapsTeaser(unit.text);
    return teaser ? { ...dated, furniture: "related-links" as const } : dated;
  });
}

/** Fewest words of a paragraph that shows the article's text has begun. */
const MIN_PARAGRAPH_WORDS = 10;

/** A sentence-ended paragraph in mixed case: article text, which a page in capitals has none of. */
function isMixedCaseParagraph(unit: RawUnit): boolean {
  return (
    unit.furniture === undefined &&
    unit.marker === undefined &&
    /\p{Ll}/u.test(unit.text) &&
    TERMINAL.test(unit.text) &&
    wordCount(unit.text) >= MIN_PARAGRAPH_WORDS
  );
}
