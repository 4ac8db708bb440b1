/**
 * Section headings in plain text: a heading-shaped unit (not a label, not the title again)
 * followed by prose or a list. The header pass also needs the lengths of this document's
 * headings, to tell a dek fused with the first heading from a heading.
 */
import { isProse, type Unit } from "./classify.ts";
import { isHeadingLike } from "./headings.ts";
import { wordCount } from "./lines.ts";

export function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function nextContent(units: readonly Unit[], from: number): Unit | undefined {
  return units.slice(from).find((u) => u.furniture === undefined);
}

/** True when unit `k` is a section heading of the article titled `title`. */
export function isSectionHeading(units: readonly Unit[], k: number, title: string): boolean {
  const unit = units[k];
  if (unit === undefined || unit.marker !== undefined || unit.furniture !== undefined || !isHeadingLike(unit.text))
    return false;
  if (unit.related || unit.sources || unit.dateline || sameText(unit.text, title)) return false;
  const next = nextContent(units, k + 1);
  return next !== undefined && (isProse(next) || next.marker !== undefined);
}

/** Word counts of the section headings from unit `from` on. */
export function headingWordCounts(units: readonly Unit[], from: number, title: string): number[] {
  const counts: number[] = [];
  for (let k = from; k < units.length; k++)
    if (isSectionHeading(units, k, title)) counts.push(wordCount(units[k]?.text ?? ""));
  return counts;
}
