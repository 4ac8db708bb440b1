/**
 * A rail of other stories that a page sets inside or after an article: a one-line label
 * ("Trending", "Most read", "Top stories", "Also in the news:") over a run of headlines. Only
 * headline-shaped lines set directly under the label go — a sentence, a blank line, a list
 * item or furniture ends the rail — so the article's own text after it is never taken.
 */
import type { Unit } from "./classify.ts";
import { collectListUnits } from "./blocks.ts";
import { isHeadingLike } from "./headings.ts";
import { VOCABULARY_ON } from "./vocabulary.ts";

const RAIL_LABEL =
  /^(?:trending(?:\s+(?:now|stories|news))?|most\s+(?:read|popular|viewed|shared|watched)(?:\s+(?:stories|news))?|top\s+(?:stories|news|headlines)|popular\s+(?:now|stories)|editor['’]?s['’]?\s+picks|latest\s+(?:news|stories|headlines)|(?:also|more|other|elsewhere)\s+(?:in\s+(?:the\s+)?)?(?:news|stories|headlines)|in\s+other\s+news|elsewhere)\s*:?$/i;

/** Headlines a rail lists: short and bare, as headlines are. */
const MAX_RAIL_HEADLINE_WORDS = 16;

/** A rail's label on a line of its own: "Trending", "Most read", "Top stories". */
export function isRailLabel(text: string): boolean {
  return VOCABULARY_ON && RAIL_LABEL.test(text);
}

/**
 * A list under a rail label is the rail when its items are headlines — all but one, since a
 * headline may hold a full stop ("A Storm Is Coming. Here's What to Know.").
 */
export function isRailList(items: readonly string[]): boolean {
  const headlines = items.filter((text) => isHeadingLike(text, MAX_RAIL_HEADLINE_WORDS)).length;
  return headlines >= 2 && headlines >= items.length - 1;
}

/**
 * How many units from `idx` a rail takes (its label and its headlines), or 0 when `idx` is not
 * a rail label with at least two headlines directly under it.
 */
export function railLength(units: readonly Unit[], idx: number): number {
  if (!isRailLabel(units[idx]?.text ?? "")) return 0;
  // A numbered or bulleted rail ("1. A Storm Is Heading for the Gulf Coast"): a list set under
  // the label (directly, or after a blank line) whose items are headlines.
  const next = units[idx + 1];
  if (next?.marker !== undefined) {
    const items = collectListUnits(units, idx + 1);
    return isRailList(items.map((u) => u.marker?.content ?? "")) ? items.length + 1 : 0;
  }
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
