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

/** Each reason in plain words, for an editor reading the report (ingest's summary, the article's source page). */
export const REASON_WORDS: Record<RemovalReason, string> = {
  blank: "Blank line",
  "page-clock": "The site's clock, not the publication date",
  "section-crumb": "Section label above the headline",
  navigation: "Navigation or sharing links",
  promo: "Promotion, not reporting",
  "related-links": "List of links to other pages",
  caption: "Photo caption or credit",
  duplicate: "Repeated line",
  metadata: "Moved into the article's details",
  notice: "The page's own notice or label",
  embed: "Embed or editor markup",
  credit: "Credit or byline line",
  tags: "Tag or topic label",
  ticker: "Market quotes or ticker",
  "author-bio": "Note on the author",
  comments: "Reader comments",
  "scraper-marker": "A scraper's stamp",
  "sign-up": "Newsletter sign-up or paywall box",
  "not-extracted": "Dropped by the article extractor",
};

/** How many entries of `removed` each reason has, in plain words, most first ("12 List of links …"). */
export function reasonCounts(removed: readonly Removal[]): string[] {
  const counts = new Map<RemovalReason, number>();
  for (const r of removed) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${n} ${REASON_WORDS[reason].charAt(0).toLowerCase()}${REASON_WORDS[reason].slice(1)}`);
}

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
