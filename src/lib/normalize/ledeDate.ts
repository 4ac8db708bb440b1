/**
 * The article's date set over its first paragraph, below the header's fields: a page's
 * extraction often puts counters, share buttons and a section label between the headline and
 * the date ("3.409 letture", "Facebook", "0", "Film", "23 Nov 2017", then the lede), so the
 * header pass (./header.ts) stops before it. A date alone directly over the lede, with only
 * short labels between it and the header, is the article's own date: another story's date
 * stands under that story's headline (a line of three words or more, which the walk refuses to
 * pass), and a page's clock stands over the menu, never between a headline and its first paragraph.
 * A date set right under the article's author ("By" / "David Ehrlich" / "Nov 13, 2019 4:26 pm",
 * "By" / "Joseph Tsidulko November 19, 2019, 07:47 PM EST") is its stamp wherever the lede
 * starts; the walk to it passes the author's lines and one standfirst sentence.
 */
import { isProse, nextContentIndex, type Unit } from "./classify.ts";
import { wordCount } from "./lines.ts";
import type { Metadata } from "./metadata.ts";
import { isPersonName } from "./personName.ts";
import { isHandleLine, LONE_BY } from "./stampLine.ts";
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

/** Most words of an author's line the walk passes ("Chris Pokorny@DawgsByNature", "By"). */
const MAX_AUTHOR_WORDS = 4;

/**
 * Unit `k` names the article's author: a lone "By", a social handle, a credit, or a person's
 * name under a lone "By" or over the author's handle (a profile card: name, date, handle). A
 * name alone is not enough: a short headline in title case has its shape.
 */
function isAuthorLine(units: readonly Unit[], k: number): boolean {
  const unit = units[k];
  if (unit === undefined || unit.marker !== undefined || unit.lines.length !== 1) return false;
  if (unit.byline !== undefined) return unit.byline.published === undefined && unit.byline.updated === undefined;
  const text = unit.text.trim();
  if (wordCount(text) > MAX_AUTHOR_WORDS) return false;
  if (LONE_BY.test(text) || isHandleLine(text)) return true;
  const underBy = LONE_BY.test(units[k - 1]?.text.trim() ?? "");
  // Under a lone "By" or "Author:" the label names what follows, a person or a newsletter's
  // name ("The Water Coolest"): a few words, no sentence.
  if (underBy && !TERMINAL.test(text) && unit.date === undefined) return true;
  const handleBelow = [units[k + 1], units[k + 2]].some((u) => u !== undefined && isHandleLine(u.text.trim()));
  return isPersonName(text) && (handleBelow || underBy);
}

/** A credit with its date under a lone "By" ("Joseph Tsidulko November 19, 2019, 07:47 PM EST"). */
function isDatedCreditUnderBy(unit: Unit, above: Unit | undefined): boolean {
  return (
    unit.lines.length === 1 &&
    unit.byline?.published !== undefined &&
    unit.byline.updated === undefined &&
    above !== undefined &&
    LONE_BY.test(above.text.trim())
  );
}

/** A standfirst sentence between the header and the author's lines: prose, ending as a sentence. */
function isStandfirst(unit: Unit): boolean {
  return unit.marker === undefined && unit.date === undefined && isProse(unit) && TERMINAL.test(unit.text);
}

/**
 * The index of the article's date over its lede or under its author, at or below `from` (where
 * the header pass stopped), when the header stated no date; undefined otherwise.
 */
export function ledeDateIndex(units: readonly Unit[], from: number, meta: Metadata): number | undefined {
  if (meta.published !== undefined || meta.updated !== undefined) return undefined;
  let passedStandfirst = false;
  for (let k = from; k < Math.min(units.length, from + MAX_WALK); k++) {
    const unit = units[k];
    if (unit === undefined) return undefined;
    const underAuthor = k > from && isAuthorLine(units, k - 1);
    // A publication label alone over the date ("Publish date:" / "Nov 18, 2019") names it.
    const underLabel = k > from && units[k - 1]?.date?.kind === "label";
    if (unit.date?.kind === "published" && unit.lines.length === 1)
      return underAuthor || underLabel || (!passedStandfirst && isLede(units[nextContentIndex(units, k)]))
        ? k
        : undefined;
    if (k > from && isDatedCreditUnderBy(unit, units[k - 1])) return k;
    if (unit.furniture !== undefined || isAuthorLine(units, k)) continue;
    if (unit.marker !== undefined) return undefined;
    if (wordCount(unit.text) <= MAX_LABEL_WORDS) continue;
    // One standfirst may stand over the author's lines; another story's headline is no sentence.
    if (passedStandfirst || !isStandfirst(unit)) return undefined;
    passedStandfirst = true;
  }
  return undefined;
}

/**
 * The metadata with the date over the lede (or under the author) as the publication date, and
 * the credit's name as the byline when the date came with one and none is stated; the body pass
 * took the line out as furniture (a clock, a label, a credit), so that removal is reported as
 * the publication date instead.
 */
export function withLedeDate(unit: Unit | undefined, meta: Metadata, report: Report): Metadata {
  const line = unit?.lines[0];
  const credit = unit?.date === undefined ? unit?.byline : undefined;
  const iso = unit?.date?.kind === "published" ? unit.date.iso : credit?.published;
  if (iso === undefined || line === undefined) return meta;
  report.removed = report.removed.map((r) =>
    r.line === line.n && r.text === line.raw
      ? { line: r.line, text: r.text, reason: "metadata", field: "published" }
      : r,
  );
  const byline = credit !== undefined && meta.byline === undefined ? { byline: credit.byline } : {};
  return { ...meta, ...byline, published: iso };
}
