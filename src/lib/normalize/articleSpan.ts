/**
 * Where the article stands among a page's lines, by density: the article is the longest run of
 * prose — sentences set one after another, with at most a subheading or two between them —
 * and what a page sets after it (teasers of other stories, each one summary sentence between a
 * headline and a time stamp; comment widgets; sign-in forms; footers) comes in short lines and
 * lone sentences. A page's copyright notice closes the article for good: what follows it is
 * the page's footer. Besides that notice, no word list: only the shape of the units (a sentence,
 * a short line, a time stamp, furniture the other passes know) and their place against the run.
 */
import type { Unit } from "./classify.ts";
import { isHeadingLike } from "./headings.ts";
import { holdsKitchenMeasure } from "./kitchenMeasures.ts";
import { wordCount } from "./lines.ts";
import { isCopyrightNotice } from "./uiText.ts";
import { TERMINAL } from "./units.ts";

/** Fewest words of a sentence that counts as prose in a run. */
const MIN_PROSE_WORDS = 5;
/** Most lines that are not prose a run bridges (a subheading and a caption between paragraphs). */
const MAX_GAP = 2;

/** A sentence of running text: not furniture, not a date, byline or quote. */
function isProseUnit(unit: Unit): boolean {
  return (
    unit.furniture === undefined &&
    unit.date === undefined &&
    unit.byline === undefined &&
    !unit.quote &&
    TERMINAL.test(unit.text) &&
    wordCount(unit.text) >= MIN_PROSE_WORDS
  );
}

/**
 * What a line that is not prose weighs in a gap: furniture nothing (it is removed anyway), a
 * date or time stamp two — a teaser's clock beside its headline — and any other line one.
 */
function gapWeight(unit: Unit): number {
  if (unit.furniture !== undefined && unit.furniture !== "page-clock") return 0;
  return unit.date !== undefined || unit.furniture === "page-clock" ? 2 : 1;
}

/** Most words of a headline written as a sentence over another story's summary. */
const MAX_STOPPED_WORDS = 20;

/** Most words of a short line (a label, a link, a headline); a longer one is text of its own. */
const MAX_SHORT_WORDS = 20;

/** A run of prose: the indices of its first and last units, of its prose units, and its prose words. */
interface Run {
  first: number;
  last: number;
  /** Its prose units, in order. */
  at: number[];
  words: number;
}

/** The runs of prose in `units[from..end)`, in order. */
function proseRuns(units: readonly Unit[], from: number, end: number): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  let gap = 0;
  for (let i = from; i < end; i++) {
    const unit = units[i];
    if (unit === undefined) break;
    // Nothing after the page's copyright notice continues the text before it.
    if (isCopyrightNotice(unit.text)) gap = Infinity;
    else if (isProseUnit(unit)) {
      if (run === undefined || gap > MAX_GAP) {
        run = { first: i, last: i, at: [], words: 0 };
        runs.push(run);
      }
      run.last = i;
      run.at.push(i);
      run.words += wordCount(unit.text);
      gap = 0;
    } else gap += gapWeight(unit);
  }
  return runs;
}

/** Where a copyright notice stands after unit `after`, or `units.length`. */
function footerStart(units: readonly Unit[], after: number): number {
  for (let i = after + 1; i < units.length; i++) if (isCopyrightNotice(units[i]?.text ?? "")) return i;
  return units.length;
}

/** A unit is a stamp of time: a date line or a clock ("Nov 18", "32M ago", "10:48"). */
function isStamp(unit: Unit): boolean {
  return unit.furniture === "page-clock" || (unit.furniture === undefined && unit.date !== undefined);
}

/** The units on one side of unit `i` (`step` -1 or 1), furniture other than a clock left out. */
function beside(units: readonly Unit[], i: number, step: number): Unit[] {
  const found: Unit[] = [];
  for (let k = i + step; k >= 0 && k < units.length && found.length < MAX_GAP; k += step) {
    const unit = units[k];
    if (unit !== undefined && (unit.furniture === undefined || isStamp(unit))) found.push(unit);
  }
  return found;
}

/** Another story's headline: a heading-shaped line that is no time stamp and no prose. */
function isOtherHeadline(unit: Unit | undefined): boolean {
  return unit !== undefined && !isStamp(unit) && !isProseUnit(unit) && isHeadingLike(unit.text, MAX_SHORT_WORDS);
}

/**
 * The run of one sentence at unit `i` is another story's teaser: a headline over it (above a
 * time stamp or directly), and a time stamp by it. A live blog's entry runs to several
 * sentences under its stamp, a closing paragraph after a list of events has no headline over
 * it, and an article's last section (a subheading over a paragraph) has no stamp.
 */
function isTeaser(units: readonly Unit[], i: number): boolean {
  const [above, aboveThat] = beside(units, i, -1);
  const [below] = beside(units, i, 1);
  const stampAbove = above !== undefined && isStamp(above);
  if (!isOtherHeadline(stampAbove ? aboveThat : above)) return false;
  return stampAbove || (below !== undefined && isStamp(below));
}

/** Drops teaser `i` with the headline and time stamp over it. */
function dropTeaser(units: readonly Unit[], i: number, tail: Set<number>): void {
  tail.add(i);
  for (let k = i - 1, seen = 0; k >= 0 && seen < MAX_GAP; k--) {
    const unit = units[k];
    if (unit === undefined || unit.furniture !== undefined) continue;
    if (!isStamp(unit) && !isOtherHeadline(unit)) return;
    tail.add(k);
    seen++;
    if (!isStamp(unit)) return;
  }
}

/** Fewest entries, a headline over one short paragraph each, that make a list of other stories. */
const MIN_LIST_ENTRIES = 3;

/** Most words of another story's summary under its headline; an article's section runs longer. */
const MAX_SUMMARY_WORDS = 50;

/**
 * The headline lines directly over prose unit `at` (furniture aside) up to the prose unit
 * `before`, when every line between is another story's headline or a kicker; empty when none.
 */
function headedBy(units: readonly Unit[], before: number, at: number): number[] {
  const heads: number[] = [];
  for (let k = at - 1; k > before; k--) {
    const unit = units[k];
    if (unit === undefined || unit.furniture !== undefined) continue;
    if (!isOtherHeadline(unit)) return [];
    heads.push(k);
  }
  return heads;
}

/**
 * The entry of a list of other stories that ends with prose unit `prose[m]`: its summary, a
 * short paragraph, and the headline over it (a kicker or a label over that allowed), with no
 * other sentence between; a headline written as a sentence that asks or exclaims ("… What
 * effect will it have?") is prose-shaped itself. Returns the entry's units (the summary
 * first, then the headline and what is over it) and how many prose units it spans, or none.
 */
function listEntry(
  units: readonly Unit[],
  prose: readonly number[],
  m: number,
): { at: number[]; used: number } | undefined {
  const at = prose[m] ?? 0;
  if (m < 1 || wordCount(units[at]?.text ?? "") > MAX_SUMMARY_WORDS) return undefined;
  const heads = headedBy(units, prose[m - 1] ?? 0, at);
  if (heads.length > 0) return { at: [at, ...heads], used: 1 };
  const over = prose[m - 1] ?? 0;
  // Such a headline asks or exclaims; a paragraph of a section states.
  const asks = /[?!]["”’]?$/u.test(units[over]?.text ?? "");
  if (m < 2 || !asks || wordCount(units[over]?.text ?? "") > MAX_STOPPED_WORDS || !nothingBetween(units, over, at))
    return undefined;
  const above = headedBy(units, prose[m - 2] ?? 0, over);
  return above.length > 0 ? { at: [at, over, ...above], used: 2 } : undefined;
}

/**
 * A list of other stories set under the article: three or more entries in a row, each a
 * headline over one short summary paragraph, that reaches the end of the article's run or
 * stands after it. An article's sections hold paragraphs that run on under their subheadings,
 * and a list inside the run with more article after it stays; at least one sentence of the run
 * stays before the list. Adds the lists' units to `tail` and takes them off `prose`, the run's
 * prose units; `after` are the prose units after the run.
 */
function dropTeaserLists(units: readonly Unit[], prose: number[], after: readonly number[], tail: Set<number>): void {
  const all = [...prose, ...after];
  const runEnd = prose.length - 1;
  let chain: number[][] = [];
  let chainEnd = -1;
  const close = (first: number) => {
    // A teaser often sets a kicker or a section's label over its headline; an article's
    // subheading stands alone, so a list of lone headlines needs an article of several
    // paragraphs over it (a lede and three short sections under subheadings are the article).
    const lone = chain.some((entry) => entry.length === 2);
    const before = lone ? MIN_LIST_ENTRIES : 1;
    if (
      chain.length >= MIN_LIST_ENTRIES &&
      chainEnd >= runEnd &&
      first >= before &&
      !isInterview(units, chain) &&
      !isNumberedSteps(units, chain)
    ) {
      for (const entry of chain) for (const k of entry) tail.add(k);
      if (first <= runEnd) prose.splice(first);
    }
    chain = [];
  };
  let m = all.length - 1;
  while (m >= 1) {
    const entry = listEntry(units, all, m);
    if (entry === undefined) {
      close(m + 1);
      m--;
      continue;
    }
    if (chain.length === 0) chainEnd = m;
    chain.push(entry.at);
    m -= entry.used;
  }
  close(m + 1);
}

/**
 * A run that is all a list of other stories: three or more prose units, each one short summary
 * with its own headline over it (a kicker or a label over that allowed), nothing else. An
 * article's sections run on under their subheadings; a lede has no headline of its own in the run.
 */
function isStoryList(units: readonly Unit[], run: Run): boolean {
  if (run.at.length < MIN_LIST_ENTRIES) return false;
  return run.at.every((at, m) => {
    if (wordCount(units[at]?.text ?? "") > MAX_SUMMARY_WORDS) return false;
    return headedBy(units, m === 0 ? run.first - MAX_GAP - 1 : (run.at[m - 1] ?? 0), at).length > 0;
  });
}

/**
 * Entries whose headlines are mostly questions are an interview's or an FAQ's questions and
 * answers ("Q: Favorite books?" over its answer, short answers between), the article's own text.
 */
function isInterview(units: readonly Unit[], entries: readonly number[][]): boolean {
  const asked = entries.filter(([, ...heads]) => heads.some((k) => /\?["”’]?$/u.test(units[k]?.text ?? ""))).length;
  return 2 * asked > entries.length;
}

/** A heading that numbers its section: "Step 3", "Day 2:", "Tip #4", "3.", "Part 2 – …". */
const SECTION_NUMBER = /^(?:(\p{L}+)\s+#?)?(\d{1,3})(?:[.:)–—-]|\s|$)/u;

/**
 * Entries whose headings count up, most of them, one label and one more each time ("Step 1",
 * "Step 2", "Step 3"; "1.", "2.", "3."), are the article's own numbered sections: a how-to's
 * steps, a list article's items. Other stories' headlines are each their own phrase.
 */
function isNumberedSteps(units: readonly Unit[], entries: readonly number[][]): boolean {
  // Entries are gathered from the last; each holds its summary first, then its headings upwards.
  const numbered = entries
    .map(([, head]) => SECTION_NUMBER.exec(units[head ?? -1]?.text ?? ""))
    .filter((m) => m !== null)
    .map((m) => ({ label: m[1]?.toLowerCase() ?? "", n: Number(m[2]) }))
    .reverse();
  if (2 * numbered.length <= entries.length) return false;
  return numbered.every(
    (m, k) => k === 0 || (m.label === numbered[k - 1]?.label && m.n === (numbered[k - 1]?.n ?? 0) + 1),
  );
}

/**
 * A line that is one short question or exclamation and nothing else ("Why do billions of people
 * still not have glasses?", "Get breaking news on rocket launches and more!"): after the article's
 * run that is another story's headline or a sign-up's call, so it holds no line near it in the
 * body. A question the article asks as a subheading stays by the paragraph set under it, which
 * is a sentence that states; a quoted question ends with its quotation mark and stays.
 */
function isCalledOut(unit: Unit): boolean {
  const text = unit.text.trim();
  return /[?!]$/u.test(text) && !/[.!?]["”’)]*\s/u.test(text) && wordCount(text) <= MAX_STOPPED_WORDS;
}

/**
 * Fewest lines, none a sentence that stays (a menu, a rail of links, a share bar and its labels),
 * that set a sentence apart from the article as part of the page's footer.
 */
const MIN_FOOTER_GAP = 8;

/**
 * Most sentences of the footer's own words set together after the article ("Can't find …? Start
 * one.", "Take … with you."), each of them short when there are more than one.
 */
const MAX_FOOTER_SENTENCES = 3;

/** Most lines between two sentences of one footer block (a link or two between them). */
const MAX_FOOTER_SPREAD = 4;

/**
 * The page's footer speaking of the site: the last sentences that would stay after the article
 * ("Live Science is part of Future US Inc … Visit our corporate site.", a publisher's imprint,
 * a sign-up call and the app's pitch under it), at most three set close together, stand alone
 * after a long stretch of the page's lines (menus, rails of links), with nothing but short lines
 * after them. An article's last paragraph belongs to its run; a note after it (a correction, an
 * editor's note) comes after a share bar of a few labels at most, and a list item stays. Takes
 * them off `anchors` (the units that stay after the run, the run's last first) into `tail`.
 */
function dropFooterSentence(units: readonly Unit[], anchors: number[], tail: Set<number>): void {
  let group = 1;
  for (; group <= MAX_FOOTER_SENTENCES && group < anchors.length; group++) {
    const at = anchors.at(-group) ?? 0;
    const before = anchors.at(-group - 1) ?? 0;
    if (units[at]?.marker !== undefined) return;
    // Two or three together are short calls, each a line of a footer's box.
    if (group > 1 && anchors.slice(-group).some((k) => wordCount(units[k]?.text ?? "") > MAX_STOPPED_WORDS)) return;
    if (at - before - 1 >= MIN_FOOTER_GAP) {
      for (let k = 0; k < group; k++) tail.add(anchors.pop() ?? 0);
      return;
    }
    if (at - before - 1 > MAX_FOOTER_SPREAD) return;
  }
}

/** Only furniture stands between units `a` and `b`. */
function nothingBetween(units: readonly Unit[], a: number, b: number): boolean {
  return units.slice(a + 1, b).every((u) => u.furniture !== undefined);
}

/**
 * The units after the article, from `from` (where the body starts) on, that are the page's and
 * not the article's: everything after a copyright notice that follows the main run; and between
 * the main run and that notice, teasers (a headline and a sentence by a time stamp) and short
 * lines further than a subheading and a caption from any sentence or list item that stays. A
 * line measuring out food ("1 tsp cinnamon", ./kitchenMeasures.ts) stays as a list item does:
 * it is a recipe's ingredient, which no footer or rail sets.
 */
export function pageTail(units: readonly Unit[], from: number): Set<number> {
  const tail = new Set<number>();
  const all = proseRuns(units, from, units.length);
  // A list of other stories can run longer than the article; it is never the article.
  const articles = all.filter((run) => !isStoryList(units, run));
  const runs = articles.length > 0 ? articles : all;
  const main = runs.reduce<Run | undefined>(
    (best, run) => (best === undefined || run.words > best.words ? run : best),
    undefined,
  );
  if (main === undefined) return tail;
  // A teaser set directly under the article's last paragraph joins its run: it ends the run.
  const prose = [...main.at];
  for (let i = prose.at(-1); prose.length > 1 && i !== undefined && isTeaser(units, i); i = prose.at(-1)) {
    dropTeaser(units, i, tail);
    prose.pop();
  }
  const footerAt = footerStart(units, prose.at(-1) ?? main.last);
  const after: number[] = [];
  for (let i = (prose.at(-1) ?? main.last) + 1; i < footerAt; i++) {
    const unit = units[i];
    if (unit !== undefined && isProseUnit(unit)) after.push(i);
  }
  dropTeaserLists(units, prose, after, tail);
  const last = prose.at(-1) ?? main.last;
  const end = last + 1;
  const footer = footerStart(units, last);
  for (let i = footer; i < units.length; i++) tail.add(i);
  // What stays after the run: its sentences that are no teasers, and list items.
  const anchors: number[] = [last];
  for (const run of proseRuns(units, end, footer))
    if (run.at.length === 1 && isTeaser(units, run.first)) dropTeaser(units, run.first, tail);
  for (let i = end; i < footer; i++) {
    const unit = units[i];
    if (unit === undefined || unit.furniture !== undefined || tail.has(i)) continue;
    if ((isProseUnit(unit) && !isCalledOut(unit)) || unit.marker !== undefined || holdsKitchenMeasure(unit.text))
      anchors.push(i);
  }
  dropFooterSentence(units, anchors, tail);
  // Distances count the lines that are not furniture, as a reader sees them. Short lines set
  // directly under a sentence that stays, with no furniture between, are its block (a table,
  // an event's details); the page's furniture (a share bar, a rail's label) ends that block.
  let attached = true;
  const lines: number[] = [last];
  const loose = new Set<number>();
  for (let i = end; i < footer; i++) {
    const unit = units[i];
    if (unit === undefined) continue;
    if (unit.furniture !== undefined) attached = false;
    else {
      if (anchors.includes(i)) attached = true;
      else if (!attached && wordCount(unit.text) <= MAX_SHORT_WORDS) loose.add(i);
      lines.push(i);
    }
  }
  const near = lines.map((i) => anchors.includes(i));
  lines.forEach((i, at) => {
    if (!loose.has(i) || tail.has(i)) return;
    if (!near.slice(Math.max(0, at - MAX_GAP), at + MAX_GAP + 1).some(Boolean)) tail.add(i);
  });
  return tail;
}
