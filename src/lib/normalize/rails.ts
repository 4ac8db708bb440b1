/**
 * A rail of other stories that a page sets inside or after an article: a one-line label
 * ("Trending", "Most read", "Top stories") directly over a run of headlines. Only
 * headline-shaped lines set directly under the label go — a sentence, a blank line, a list
 * item or furniture ends the rail — so the article's own text after it is never taken.
 */
import type { Unit } from "./classify.ts";
import { isHeadingLike } from "./headings.ts";

const RAIL_LABEL =
  /^(?:trending(?:\s+(?:now|stories|news))?|most\s+(?:read|popular|viewed|shared|watched)(?:\s+(?:stories|news))?|top\s+(?:stories|news|headlines)|popular\s+(?:now|stories)|editor['’]?s['’]?\s+picks|latest\s+(?:news|stories|headlines))\s*:?$/i;

/** Headlines a rail lists: short and bare, as headlines are. */
const MAX_RAIL_HEADLINE_WORDS = 16;

/**
 * How many units from `idx` a rail takes (its label and its headlines), or 0 when `idx` is not
 * a rail label with at least two headlines directly under it.
 */
export function railLength(units: readonly Unit[], idx: number): number {
  if (!RAIL_LABEL.test(units[idx]?.text ?? "")) return 0;
  let k = idx + 1;
  for (; k < units.length; k++) {
    const item = units[k];
    if (
      item === undefined ||
      item.gapBefore ||
      item.marker !== undefined ||
      item.furniture !== undefined ||
      item.date !== undefined ||
      item.byline !== undefined ||
      !isHeadingLike(item.text, MAX_RAIL_HEADLINE_WORDS)
    )
      break;
  }
  return k - idx - 1 >= 2 ? k - idx : 0;
}
