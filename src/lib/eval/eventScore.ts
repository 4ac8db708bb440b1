/**
 * The dated-events figure of `npm run eval`: how many of the gold's dated events the timeline
 * found with the right date, how many events it dated wrongly, and how many it took from page
 * furniture (captions, clocks, bylines: the gold's `drop` lines). Pure: gold and found events
 * in, counts out.
 *
 * A gold event is found when a found event's sentence contains the gold's verbatim fragment
 * (or lies inside it) and carries the gold's date; a range ("from 2011 to 2013", one event of
 * precision `range`) carries both its years, as the gold writes it as two. A found event is a **wrong date** when its
 * sentence holds gold events but none of them has its date, unless the sentence states its date in
 * full (`statesOwnDate`; a date derived from the publication is never excused): then the sentence
 * tells two dates and the gold lists an event for another one, and the found event is counted
 * `notInGold`, not wrong, since nothing in it contradicts the text. A wrong date is a sentence read and misdated, which misleads where a
 * missed date does not. A found event that is a gold event
 * (its fragment and date) is never furniture, though ingest glued a drop line onto its sentence
 * ("© Provided by … Nintendo and Apple shocked the world earlier this year …"). Found events in sentences the gold
 * does not date are counted as `extra` (the gold lists every dated event, so these are noise
 * worth a look, not necessarily wrong).
 *
 * The found share is also broken down by kind (day, month or year; stated in full or derived from
 * the article's date), and derived gold events of articles ingest gave no date are counted: the
 * held-out splits are read only as such aggregates, so these say where the misses are without
 * printing a held-out sentence.
 */
import { MONTH_PATTERN, monthNumber, WEEKDAY_PATTERN } from "#lib/content/dates.ts";
import { sumCounts } from "./sumCounts.ts";

export interface GoldEvent {
  readonly date: string;
  readonly precision: string;
  readonly derived?: boolean | undefined;
  readonly text: string;
}

export interface FoundEvent {
  readonly iso: string;
  readonly precision: string;
  readonly sentence: string;
  readonly derived?: boolean;
  /** A range's last year ("from 2011 to 2013"): the gold writes a range as its two years. */
  readonly end?: string;
  /** The date's words as the sentence writes them ("March 3, 2021"), when the reader gives them. */
  readonly label?: string;
}

/** Whether a found event carries a gold date: its own, or a range's last year. */
const carries = (f: FoundEvent, date: string): boolean => f.iso === date || (f.end !== undefined && f.end === date);

/** The kinds a gold event is counted under: its precision (a range as a year) and how it is dated. */
const KINDS = ["day", "month", "year"] as const;
type KindKey = `${(typeof KINDS)[number]}${"Stated" | "Derived"}`;

/** Gold and found events by precision and by whether the gold derives the date: `dayStated`, `dayStatedFound`, … */
type KindCounts = { readonly [K in KindKey | `${KindKey}Found`]: number };

export interface EventScore extends KindCounts {
  readonly gold: number;
  readonly found: number;
  readonly wrongDates: number;
  readonly furniture: number;
  readonly extra: number;
  /** Found events dated as their sentence states, where the gold lists an event for another of its dates. */
  readonly notInGold: number;
  /** Gold events derived from the article's date in articles ingest found no date for. */
  readonly derivedUndated: number;
  /** Missed gold events whose words are not in the article's body as ingest gave it. */
  readonly missedOutsideBody: number;
  /** Missed gold events whose words name a weekday, a month, or sit in a quotation: where to look. */
  readonly missedWeekday: number;
  readonly missedMonth: number;
  readonly missedQuoted: number;
  /** What went wrong, one line per missed gold event, wrong date or furniture event, and one per
   * event in a sentence the gold does not date (printed with `--cases`, dev only, to review). */
  readonly misses: readonly string[];
}

/** Whitespace collapsed, quotes and apostrophes straight, lower case: how fragments are compared. */
export function foldEventText(text: string): string {
  return text
    .replace(/[\u2018\u2019]/gu, "'")
    .replace(/[\u201c\u201d]/gu, '"')
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}

const overlaps = (sentence: string, fragment: string): boolean =>
  fragment.length > 0 && (sentence.includes(fragment) || (sentence.length >= 12 && fragment.includes(sentence)));

const WEEKDAY = new RegExp(`\\b${WEEKDAY_PATTERN}\\b`, "iu");
const MONTH = new RegExp(`\\b${MONTH_PATTERN}(?![\\p{L}])`, "u");

const kindOf = (g: GoldEvent): KindKey =>
  `${KINDS.find((k) => k === g.precision) ?? "year"}${g.derived === true ? "Derived" : "Stated"}`;
const NO_KINDS = Object.fromEntries(
  KINDS.flatMap((k) => [`${k}Stated`, `${k}StatedFound`, `${k}Derived`, `${k}DerivedFound`].map((key) => [key, 0])),
) as KindCounts;

/** Whether `label` writes `part` as a number of its own ("5" in "March 5, 2021", not in "2025"). */
const writesNumber = (label: string, part: string): boolean =>
  new RegExp(`(?<!\\d)0?${String(Number(part))}(?!\\d)`, "u").test(label);

/**
 * Whether a found event's date is one its sentence states in full, so that it cannot contradict the
 * text: the date is not derived (no weekday or "last year" counted from elsewhere), its label occurs
 * verbatim in the sentence, and the label writes the date's own year (a range's both years), for a
 * month or a day its month (by name, or in an ISO date as written), for a day its day number. Such
 * an event in a sentence whose gold events have other dates is the sentence's other date, which
 * the gold does not list as an event. It is still a misreading when a gold event of the sentence
 * has the same date told more precisely (found "2021" where the gold dates "March 5, 2021"):
 * the found event then took a part of a longer date.
 */
function statesOwnDate(f: FoundEvent, sentence: string, goldDates: readonly string[]): boolean {
  if (f.derived === true || f.label === undefined) return false;
  const label = foldEventText(f.label);
  if (label.length === 0 || !sentence.includes(label)) return false;
  const [year = "", month, day] = f.iso.split("-");
  if (!label.includes(year) || (f.end !== undefined && !label.includes(f.end))) return false;
  const named = MONTH.exec(f.label)?.[1];
  const writesMonth = named === undefined ? label.includes(f.iso) : monthNumber(named) === Number(month);
  if (month !== undefined && !writesMonth) return false;
  if (day !== undefined && !writesNumber(label, day)) return false;
  return !goldDates.some((date) => date.startsWith(`${f.iso}-`));
}

/**
 * What one found event is against the gold, as `scoreEvents` counts it: `right` (it carries a gold date
 * of its sentence), `wrong`, `furniture`, `not-in-gold` (`statesOwnDate`) or `extra`. For tallies by the route that dated it.
 */
export function foundEventStatus(
  gold: readonly GoldEvent[],
  f: FoundEvent,
  furnitureLines: readonly string[],
): "right" | "wrong" | "furniture" | "extra" | "not-in-gold" {
  const sentence = foldEventText(f.sentence);
  const here = gold.filter((g) => overlaps(sentence, foldEventText(g.text)));
  if (here.some((g) => carries(f, g.date))) return "right";
  const furniture = furnitureLines.map(foldEventText).filter((line) => line.length >= 8);
  if (furniture.some((line) => overlaps(sentence, line) || overlaps(line, sentence))) return "furniture";
  if (here.length === 0) return "extra";
  return statesOwnDate(
    f,
    sentence,
    here.map((g) => g.date),
  )
    ? "not-in-gold"
    : "wrong";
}

export function scoreEvents(
  gold: readonly GoldEvent[],
  found: readonly FoundEvent[],
  furnitureLines: readonly string[],
  article: { readonly dated: boolean; readonly body?: string } = { dated: true },
): EventScore {
  const golds = gold.map((g) => ({ ...g, folded: foldEventText(g.text) }));
  const furniture = furnitureLines.map(foldEventText).filter((line) => line.length >= 8);
  const misses: string[] = [];
  let [hit, wrongDates, furnitureEvents, extra, notInGold] = [0, 0, 0, 0, 0];
  const kinds: Record<keyof KindCounts, number> = { ...NO_KINDS };
  const missed: typeof golds = [];
  for (const g of golds) {
    const kind = kindOf(g);
    kinds[kind] += 1;
    if (found.some((f) => carries(f, g.date) && overlaps(foldEventText(f.sentence), g.folded))) {
      hit += 1;
      kinds[`${kind}Found`] += 1;
    } else {
      missed.push(g);
      misses.push(`missed ${g.date}: "${g.text}"`);
    }
  }
  const missedWith = (pattern: RegExp) => missed.filter((g) => pattern.test(g.text)).length;
  const derivedUndated = article.dated ? 0 : golds.filter((g) => g.derived === true).length;
  const body = article.body === undefined ? undefined : foldEventText(article.body);
  const missedOutsideBody = body === undefined ? 0 : missed.filter((g) => !body.includes(g.folded)).length;
  for (const f of found) {
    const status = foundEventStatus(golds, f, furniture);
    const gold = () => golds.filter((g) => overlaps(foldEventText(f.sentence), g.folded)).map((g) => g.date);
    if (status === "furniture") {
      furnitureEvents += 1;
      misses.push(`furniture ${f.iso}: "${f.sentence}"`);
    } else if (status === "extra") {
      extra += 1;
      misses.push(`undated-in-gold ${f.iso}: "${f.sentence}"`);
    } else if (status === "not-in-gold") {
      notInGold += 1;
      misses.push(`not-in-gold ${f.iso} (gold ${gold().join(", ")}): "${f.sentence}"`);
    } else if (status === "wrong") {
      wrongDates += 1;
      misses.push(`wrong ${f.iso} (gold ${gold().join(", ")}): "${f.sentence}"`);
    }
  }
  return {
    gold: golds.length,
    found: hit,
    wrongDates,
    furniture: furnitureEvents,
    extra,
    notInGold,
    ...kinds,
    derivedUndated,
    missedOutsideBody,
    missedWeekday: missedWith(WEEKDAY),
    missedMonth: missedWith(MONTH),
    missedQuoted: missedWith(/["“”«»]/u),
    misses,
  };
}

/** One line: the found share of each kind of gold event, kinds the gold has none of left out. */
export function formatEventKinds(s: EventScore): string {
  const parts = KINDS.flatMap((k) =>
    (["Stated", "Derived"] as const)
      .filter((how) => s[`${k}${how}`] > 0)
      .map((how) => `${k} ${how.toLowerCase()} ${s[`${k}${how}Found`]}/${s[`${k}${how}`]}`),
  );
  return `by kind: ${parts.join(", ") || "none"}; derived in undated articles ${s.derivedUndated}; missed outside the body ${s.missedOutsideBody}; missed naming a weekday ${s.missedWeekday}, a month ${s.missedMonth}, in a quotation ${s.missedQuoted}`;
}

/** Sums per-case scores (misses concatenated). */
export function sumEventScores(scores: readonly EventScore[]): EventScore {
  return sumCounts(scores, {
    gold: 0,
    found: 0,
    wrongDates: 0,
    furniture: 0,
    extra: 0,
    notInGold: 0,
    ...NO_KINDS,
    derivedUndated: 0,
    missedOutsideBody: 0,
    missedWeekday: 0,
    missedMonth: 0,
    missedQuoted: 0,
    misses: [],
  });
}
