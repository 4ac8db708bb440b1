/**
 * The ingest report the passes write to, the way unified plugins write messages to a vfile:
 * every raw line that does not reach the body is recorded with its line number and reason,
 * and every doubt becomes a warning. Passes append; nothing is ever taken back.
 */
import type { Removal, RemovalReason } from "./types.ts";
import type { RawUnit } from "./units.ts";

export interface Report {
  removed: Removal[];
  warnings: string[];
}

/** Records every line of `unit` as removed for `reason` (and, when lifted into a field, which). */
export function removeUnit(report: Report, unit: RawUnit, reason: RemovalReason, field?: string): void {
  for (const line of unit.lines)
    report.removed.push({ line: line.n, text: line.raw, reason, ...(field !== undefined ? { field } : {}) });
}

/** Each reason in plain words, for an editor reading the report (CLI and the article's source page). */
export const REASON_WORDS: Record<RemovalReason, string> = {
  blank: "blank line",
  "page-clock": "the site's clock, not the publication date",
  "section-crumb": "section label above the headline",
  navigation: "navigation or sharing links",
  promo: "promotion, not reporting",
  "related-links": "list of links to other pages",
  caption: "photo caption or credit",
  duplicate: "repeated line",
  metadata: "moved into the article's details",
  notice: "the page's own notice or label",
  embed: "embed or editor markup",
  credit: "credit or byline line",
  tags: "tag or topic label",
  ticker: "market quotes or ticker",
  "author-bio": "note on the author",
  comments: "reader comments",
  "scraper-marker": "scraper's stamp",
  "sign-up": "newsletter sign-up or paywall box",
  "not-extracted": "dropped by the article extractor",
};

/** Longest removed text a report quotes from a saved page's block; longer text is cut at a word. */
const MAX_QUOTED = 160;

/** `text` with runs of white space as one space, cut to MAX_QUOTED characters with "…". */
export function shortened(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= MAX_QUOTED) return flat;
  const cut = flat.slice(0, MAX_QUOTED);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_QUOTED / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}
