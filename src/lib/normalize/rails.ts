/**
 * A rail of other stories that a page sets inside or after an article: a one-line label
 * ("Trending", "Most read", "Top stories", "Also in the news:", a bare "More:" — a bare "More"
 * without its colon is a button) over a run of headlines. Only
 * headline-shaped lines set directly under the label go — a sentence, a blank line, a list
 * item or furniture ends the rail — so the article's own text after it is never taken. Some
 * rails set a one-line summary under each headline ("Most Read" / a headline / "Even their own
 * witnesses said damaging stuff." / a headline / …): then the rail is those pairs, each a
 * headline over one short sentence or two, and it ends where a pair does not follow. Others
 * print each card on one line, headline and summary run together (`gluedTeasersLength`).
 */
import type { Unit } from "./classify.ts";
import { collectListUnits } from "./blocks.ts";
import { isHeadingLike } from "./headings.ts";
import { VOCABULARY_ON } from "./vocabulary.ts";
import { wordCount } from "./lines.ts";
import { TERMINAL } from "./units.ts";

const RAIL_LABEL =
  /^(?:trending(?:\s+(?:now|stories|news))?|most\s+(?:read|popular|viewed|shared|watched)(?:\s+(?:stories|news))?|top\s+(?:stories|news|headlines)|popular\s+(?:now|stories)|editor['’]?s['’]?\s+picks|latest\s+(?:news|stories|headlines)|(?:also|more|other|elsewhere)\s+(?:in\s+(?:the\s+)?)?(?:news|stories|headlines)|in\s+other\s+news|elsewhere|more(?=\s*:))\s*:?$/i;

/** Headlines a rail lists: short and bare, as headlines are. */
const MAX_RAIL_HEADLINE_WORDS = 16;

/** Most words of the summary a rail sets under a headline; an article's paragraph runs longer. */
const MAX_RAIL_SUMMARY_WORDS = 30;

/** A line a rail may hold: set directly under the one before it, and no list item, furniture, date or byline. */
function isRailLine(unit: Unit | undefined): unit is Unit {
  return (
    unit !== undefined &&
    !unit.gapBefore &&
    unit.marker === undefined &&
    unit.furniture === undefined &&
    unit.date === undefined &&
    unit.byline === undefined
  );
}

const isRailHeadline = (unit: Unit | undefined): boolean =>
  isRailLine(unit) && isHeadingLike(unit.text, MAX_RAIL_HEADLINE_WORDS);

/** A headline's summary in a rail: a short sentence or two, not itself headline-shaped. */
const isRailSummary = (unit: Unit | undefined): boolean =>
  isRailLine(unit) &&
  TERMINAL.test(unit.text) &&
  wordCount(unit.text) <= MAX_RAIL_SUMMARY_WORDS &&
  !isHeadingLike(unit.text, MAX_RAIL_HEADLINE_WORDS);

/** A headline over its summary at `k`. */
const isPair = (units: readonly Unit[], k: number): boolean => isRailHeadline(units[k]) && isRailSummary(units[k + 1]);

/**
 * A pair whose headline is written as sentences ("Nunes keeps referring to the impeachment
 * hearing as a “drug deal.” It’s not as clever as he thinks." over "He thinks he’s owning the
 * libs. …"): a short line over a summary. A rail may hold one between proper pairs, as a list
 * of headlines may hold one with a full stop (isRailList).
 */
const isLoosePair = (units: readonly Unit[], k: number): boolean => {
  const line = units[k];
  return isRailLine(line) && wordCount(line.text) <= MAX_RAIL_SUMMARY_WORDS && isRailSummary(units[k + 1]);
};

/**
 * How many units from `idx` are headlines each over its summary, two pairs or more; else 0.
 * One loose pair is taken when proper pairs stand on both sides of it.
 */
function summaryPairsLength(units: readonly Unit[], idx: number): number {
  let k = idx;
  let loose = false;
  for (;;) {
    if (isPair(units, k)) k += 2;
    else if (!loose && k > idx && isLoosePair(units, k) && isPair(units, k + 2)) {
      loose = true;
      k += 2;
    } else break;
  }
  return k - idx >= (loose ? 6 : 4) ? k - idx : 0;
}

/**
 * A rail's label set in title case with the site's words between "More" and "Stories": "More
 * Great WIRED Stories", "More Top Headlines". Capitals on every word make it a label; a
 * subheading written as a phrase ("More migrants tell their stories") has small letters.
 */
const TITLED_MORE_LABEL = /^More\s+(?:\p{Lu}[\p{L}\p{N}&'’-]*\s+){1,3}(?:Stories|Headlines|News)\s*:?$/u;

/** A rail's label on a line of its own: "Trending", "Most read", "Top stories". */
export function isRailLabel(text: string): boolean {
  return VOCABULARY_ON && (RAIL_LABEL.test(text) || TITLED_MORE_LABEL.test(text));
}

/**
 * A list under a rail label is the rail when its items are headlines — all but one, since a
 * headline may hold a full stop ("A Storm Is Coming. Here's What to Know."). When every item is
 * a link (`linked`, a markdown list), half suffice: such a rail sets the site's promos among its
 * headlines ("📱 Torn between the latest phones? Never fear—check out our iPhone buying guide").
 */
export function isRailList(items: readonly string[], linked = false): boolean {
  const headlines = items.filter((text) => isHeadingLike(text, MAX_RAIL_HEADLINE_WORDS)).length;
  return headlines >= 2 && (headlines >= items.length - 1 || (linked && headlines * 2 >= items.length));
}

/** Most words of a rail's line that sets a headline and its summary on one line. */
const MAX_GLUED_TEASER_WORDS = 45;

/**
 * Where a summary opens right after its headline on one line, with no stop between them: a word
 * (or a headline's question mark or closing quotation mark) and then a sentence's opening word
 * in capitals ("… after the owner’s tweet It will be …", "… in training camp You should …").
 * Prose runs its clauses on in small letters; a title ("told The Guardian") is rare enough that
 * a rail needs half its lines glued this way.
 */
const GLUED_SUMMARY =
  /(?:\p{L}[’'"”)]?|[?!]["”’]?)\s+(?:The|A|An|It|It[’']s|You|Your|We|They|He|She|His|Her|This|These|Those|There|Here|Why|How|What|When|Who|Some|One|Its|Our)\s+\p{L}/u;

/**
 * How many units from `idx` are a rail's cards that the page prints each as one line, the
 * headline and its summary run together ("A headline with no stop The summary says more."):
 * three lines or more set directly one under another, none long, at least half of them holding
 * a summary glued to its headline (GLUED_SUMMARY), and the run closed by a blank line, furniture
 * or the page's end, so a paragraph set directly under the rail is never taken with it.
 */
function gluedTeasersLength(units: readonly Unit[], idx: number): number {
  let k = idx;
  let glued = 0;
  for (; k < units.length; k++) {
    const unit = units[k];
    if (!isRailLine(unit) || unit.related !== undefined || wordCount(unit.text) > MAX_GLUED_TEASER_WORDS) break;
    if (GLUED_SUMMARY.test(unit.text.trim())) glued++;
  }
  const next = units[k];
  const closed = next === undefined || next.gapBefore || next.furniture !== undefined || next.related !== undefined;
  return k - idx >= 3 && 2 * glued >= k - idx && closed ? k - idx : 0;
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
  const pairs = summaryPairsLength(units, idx + 1);
  if (pairs > 0) return pairs + 1;
  let k = idx + 1;
  while (k < units.length && isRailHeadline(units[k])) k++;
  const glued = gluedTeasersLength(units, idx + 1);
  if (glued > k - idx - 1) return glued + 1;
  return k - idx - 1 >= 2 ? k - idx : 0;
}

/** Words of a headline a card prints twice, the link's and the picture's; a paragraph runs longer. */
const MIN_CARD_HEADLINE_WORDS = 4;
const MAX_CARD_HEADLINE_WORDS = 20;

/** Most labels between a card's two copies of its headline (a section, a series, "Paid Content"). */
const MAX_CARD_LABELS = 3;

/** Most words of a card's label: "Environment", "History & Culture", "Planet Possible". */
const MAX_CARD_LABEL_WORDS = 4;

/**
 * How many units from `idx` are another story's card that prints its headline twice, once as
 * the picture's text and once as the link, with its labels between ("Why the tides rose" /
 * "Environment" / "Why the tides rose"), all set one under another with no blank line; 0 when
 * `idx` opens none. The article never sets one of its lines again two lines on with only a label
 * or two between; a paragraph repeated as a pull quote runs longer and has text between.
 */
export function doubledCardLength(units: readonly Unit[], idx: number): number {
  const head = units[idx];
  if (head === undefined || head.marker !== undefined) return 0;
  const words = wordCount(head.text);
  if (words < MIN_CARD_HEADLINE_WORDS || words > MAX_CARD_HEADLINE_WORDS) return 0;
  for (let k = idx + 1; k < units.length && k <= idx + MAX_CARD_LABELS + 1; k++) {
    const unit = units[k];
    // A card's lines are set one under another; a blank line parts the article's own.
    if (unit === undefined || unit.gapBefore) return 0;
    if (unit.text === head.text) return k > idx + 1 ? k + 1 - idx : 0;
    const label =
      unit.marker === undefined &&
      unit.related === undefined &&
      unit.sources === undefined &&
      wordCount(unit.text) <= MAX_CARD_LABEL_WORDS &&
      !/[.!?:;,]["”’)]*$/u.test(unit.text);
    if (!label) return 0;
  }
  return 0;
}
