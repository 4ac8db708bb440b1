/**
 * The article's date set over its first paragraph, below the header's fields: a page's
 * extraction often puts counters, share buttons and a section label between the headline and
 * the date ("3.409 letture", "Facebook", "0", "Film", "23 Nov 2017", then the lede), so the
 * header pass (./header.ts) stops before it. A date alone directly over the lede, with only
 * short labels between it and the header, is the article's own date: another story's date
 * stands under that story's headline (a line of three words or more, which the walk refuses to
 * pass), and a page's clock stands over the menu, never between a headline and its first paragraph.
 */
import { isProse, nextContentIndex, type Unit } from "./classify.ts";
import { wordCount } from "./lines.ts";
import type { Metadata } from "./metadata.ts";
import type { Report } from "./report.ts";
import { TERMINAL } from "./units.ts";

/** Fewest words of the paragraph that opens an article's body (a sentence, not a label or a count). */
const MIN_LEDE_WORDS = 10;

/** Most words of a label the walk passes over (a counter, a share button, a section's name). */
const MAX_LABEL_WORDS = 2;

/** Most units between the header's end and the date (a share row with its counts). */
const MAX_WALK = 16;

/** A paragraph that opens a body: a sentence of some length, not a date, a byline or a list item. */
function isLede(unit: Unit | undefined): boolean {
  return (
    unit !== undefined &&
    unit.marker === undefined &&
    unit.date === undefined &&
    unit.byline === undefined &&
    isProse(unit) &&
    TERMINAL.test(unit.text) &&
    wordCount(unit.text) >= MIN_LEDE_WORDS
  );
}

/**
 * The index of the article's date over its lede, at or below `from` (where the header pass
 * stopped), when the header stated no date; undefined otherwise.
 */
export function ledeDateIndex(units: readonly Unit[], from: number, meta: Metadata): number | undefined {
  if (meta.published !== undefined || meta.updated !== undefined) return undefined;
  for (let k = from; k < Math.min(units.length, from + MAX_WALK); k++) {
    const unit = units[k];
    if (unit === undefined) return undefined;
    if (unit.date?.kind === "published" && unit.lines.length === 1)
      return isLede(units[nextContentIndex(units, k)]) ? k : undefined;
    if (unit.furniture !== undefined) continue;
    if (unit.marker !== undefined || wordCount(unit.text) > MAX_LABEL_WORDS) return undefined;
  }
  return undefined;
}

/**
 * The metadata with the date over the lede as the publication date; the body pass took its line
 * out as furniture (a clock, a label), so that removal is reported as the publication date instead.
 */
export function withLedeDate(unit: Unit | undefined, meta: Metadata, report: Report): Metadata {
  const line = unit?.lines[0];
  if (unit?.date?.kind !== "published" || line === undefined) return meta;
  report.removed = report.removed.map((r) =>
    r.line === line.n && r.text === line.raw
      ? { line: r.line, text: r.text, reason: "metadata", field: "published" }
      : r,
  );
  return { ...meta, published: unit.date.iso };
}
