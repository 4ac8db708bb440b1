/**
 * Pass 5, body: turns the units after the header into mdast blocks — paragraphs, `##`
 * headings, lists, blockquotes — and takes out what is not the article's own text: furniture,
 * related-link blocks, the cited-sources list (kept as a field), repeats of the title or of a
 * paragraph (a pull quote, ./pullQuote.ts), promotional sentences inside paragraphs, and the page after the article's run of
 * prose (./articleSpan.ts). Each kind is one small reader that
 * says how many units it consumed.
 */
import type { BlockContent, Paragraph } from "mdast";
import { collectListUnits, heading, lineAt, list, paragraph } from "./blocks.ts";
import type { Unit } from "./classify.ts";
import { wordCount } from "./lines.ts";
import { isPictureDescription, isReadMoreLabel, pointsAtPicture, trailingFurniture } from "./chrome.ts";
import { splitSources } from "./patterns.ts";
import { commentThreadStart } from "./comments.ts";
import { cutSpans, promoSpans } from "./promo.ts";
import { doubledCardLength, railLength } from "./rails.ts";
import { holdsKitchenMeasure } from "./kitchenMeasures.ts";
import { labelRunLength, TRUNCATED } from "./labelRuns.ts";
import { aboutAuthorBoxLength, authorBoxName, bylineBoxName, isBylineBio, isOutletBio } from "./authorBio.ts";
import { pageNoteReason } from "./pageNotes.ts";
import { TERMINAL } from "./units.ts";
import { removeUnit, type Report } from "./report.ts";
import { isSectionHeading, sameText } from "./sections.ts";
import { isBareLine } from "./headings.ts";
import { pageTail } from "./articleSpan.ts";
import { pullQuoteIndexes } from "./pullQuote.ts";
import { dropRepeatedLabels } from "./repeatedLabels.ts";
import { creditLength } from "./stampLine.ts";
import { isInnerPitch } from "./signUpBox.ts";
import { tagChipsLength } from "./tagChips.ts";
import { LONE_CONTROL_LABEL } from "./uiText.ts";

export interface Body {
  blocks: BlockContent[];
  citedSources: string[];
}

/** Most paragraphs of another story's opening a teaser shows before its "Continue reading" button. */
const MAX_EXCERPT_PARAGRAPHS = 4;

/** Most lines of a teaser's head over its excerpt: headline, author, date (a kicker or a second author). */
const MAX_TEASER_HEAD_LINES = 4;

/** A teaser's button to open the rest of its story: "Continue reading", "CONTINUE READING Show less", "Read more". */
const isExcerptButton = (unit: Unit): boolean =>
  !/\bmain\s+story\b/iu.test(unit.text) &&
  (isReadMoreLabel(unit.text) || /^continue\s+reading\b[^.!?]{0,30}$/iu.test(unit.text));

/**
 * Units from `k` that are another story's excerpt as a teaser sets it: up to a few paragraphs of
 * its opening, then its "Continue reading" button. 0 when no such button closes them: the
 * article's own paragraphs have none after them.
 */
function excerptLength(units: readonly Unit[], k: number): number {
  for (let i = k; i < units.length && i <= k + MAX_EXCERPT_PARAGRAPHS; i++) {
    const u = units[i];
    if (u === undefined || u.related !== undefined || u.marker !== undefined) return 0;
    if (isExcerptButton(u)) return i > k ? i + 1 - k : 0;
  }
  return 0;
}

/**
 * Units from `k` that are teasers in the article's own shape, one after another: a head of two
 * to four lines with no blank between that ends on a date line (headline, author, date), then
 * the excerpt and its button (`excerptLength`; a newspaper's "Continue reading the main story"
 * between its own paragraphs is no teaser's). Under a related-stories label the page sets other
 * stories this way ("Stories Chosen For You"); without the date and the button a block is not one.
 */
function excerptTeasersLength(units: readonly Unit[], k: number): number {
  let end = k;
  for (;;) {
    let head = end;
    while (head < units.length && head - end < MAX_TEASER_HEAD_LINES) {
      const u = units[head];
      // The rail's label may open the first head ("Stories Chosen For You" over a headline).
      if (u === undefined || (head > end && (u.gapBefore || u.related !== undefined))) break;
      head++;
      if (u.date !== undefined) break;
    }
    if (head - end < 2 || units[head - 1]?.date === undefined) return end - k;
    const excerpt = excerptLength(units, head);
    if (excerpt === 0) return end - k;
    end = head + excerpt;
  }
}

/** A related-links label and, when the label stands alone, the block of headlines under it. */
function readRelated(units: readonly Unit[], idx: number, report: Report): number {
  const label = units[idx];
  if (label?.related === undefined) return 0;
  removeUnit(report, label, "related-links");
  let k = idx + 1;
  if (label.related.inline !== "") return 1;
  // The label's block: the next unit, and those following it without a blank line between.
  for (; k < units.length; k++) {
    const next = units[k];
    if (next === undefined || next.related || next.sources) break;
    if (k > idx + 1 && (next.gapBefore || wordCount(next.text) > 30)) break;
    removeUnit(report, next, "related-links");
  }
  // A block that ended on a teaser's date line: the teaser's excerpt, and more teasers set the same way.
  if (units[k - 1]?.date !== undefined && k - 1 > idx) {
    const excerpt = excerptLength(units, k);
    if (excerpt > 0) {
      const more = excerptTeasersLength(units, k + excerpt);
      for (const item of units.slice(k, k + excerpt + more)) removeUnit(report, item, "related-links");
      k += excerpt + more;
    }
  }
  return k - idx;
}

/** A cited-sources label with its items inline or in the short units under it. */
function readSources(units: readonly Unit[], idx: number, items: string[], report: Report): number {
  const label = units[idx];
  if (label?.sources === undefined) return 0;
  removeUnit(report, label, "metadata", "citedSources");
  if (label.sources.inline !== "") {
    items.push(...splitSources(label.sources.inline));
    return 1;
  }
  let k = idx + 1;
  for (; k < units.length; k++) {
    const next = units[k];
    if (next === undefined || next.related || next.sources || next.furniture !== undefined) break;
    if (wordCount(next.text) > 20 && next.marker === undefined) break;
    items.push(...splitSources(next.text));
    removeUnit(report, next, "metadata", "citedSources");
  }
  return k - idx;
}

/** Consecutive `>` units as one blockquote. */
function readQuote(units: readonly Unit[], idx: number): { block: BlockContent; taken: number } {
  const quoted: Paragraph[] = [];
  let k = idx;
  for (; units[k]?.quote === true; k++) quoted.push(paragraph(units[k]?.text.replace(/^>\s?/, "") ?? ""));
  return { block: { type: "blockquote", children: quoted }, taken: k - idx };
}

/**
 * A paragraph with its promotional sentences and trailing furniture cut out and reported;
 * undefined when nothing is left.
 */
function readParagraph(unit: Unit, report: Report): BlockContent | undefined {
  const first = unit.lines[0]?.n ?? 0;
  const trailing = trailingFurniture(unit.text);
  if (trailing !== undefined) {
    const line = unit.lines[unit.lines.length - 1];
    report.removed.push({
      line: line?.n ?? first,
      text: unit.text.slice(trailing.start).trim(),
      reason: trailing.reason,
    });
    unit = { ...unit, text: unit.text.slice(0, trailing.start).trimEnd() };
  }
  const spans = promoSpans(unit.text);
  for (const span of spans)
    report.removed.push({
      line: lineAt(unit, span.start) ?? first,
      text: unit.text.slice(span.start, span.end),
      reason: "promo",
    });
  const kept = cutSpans(unit.text, spans);
  return kept === "" ? undefined : paragraph(kept);
}

/**
 * Nothing after unit `idx` reads as the article's text: only furniture, the page's notes on the
 * article (a print-edition line), a sign-up box's pitch, paragraphs that are promotion from end to
 * end, a rail or a run of labels, short bare labels, whatever follows a related-links label,
 * and the units already known to be the page's after the article (`page`: its teasers, rails
 * and footer, ./articleSpan.ts). With `sentencesOnly`, only a sentence reads as the article's
 * text, so a video's or a teaser's title set after it (a long line with no full stop) does not.
 */
function endsArticle(
  units: readonly Unit[],
  idx: number,
  page: (k: number) => boolean = () => false,
  sentencesOnly = false,
): boolean {
  for (const [k, u] of units.entries()) {
    if (k <= idx || page(k)) continue;
    if (u.related !== undefined) return true;
    const chrome =
      u.furniture !== undefined ||
      pageNoteReason(u.text) !== undefined ||
      isInnerPitch(units, k) ||
      railLength(units, k) > 0 ||
      labelRunLength(units, k) > 0 ||
      cutSpans(u.text, promoSpans(u.text)) === "";
    if (!chrome && (TERMINAL.test(u.text) || (!sentencesOnly && wordCount(u.text) > 6))) return false;
  }
  return true;
}

/** Most words of a one-sentence line a teaser rail sets after the article (a headline, its dek). */
const MAX_TEASER_LINE_WORDS = 25;

/**
 * No paragraph of prose follows unit `idx`: every later unit that is not furniture or the page's
 * (`page`) is a single sentence of a teaser's length that reports no saying, or no sentence at
 * all, as rails of other stories' headlines, section labels and footers are. The article's own
 * paragraphs run longer, hold two sentences or tell what someone said; a bio that names the byline's author followed by such lines closes the
 * article even when `endsArticle` reads a headline ending on "?" as a sentence.
 */
function endsProse(units: readonly Unit[], idx: number, page: (k: number) => boolean): boolean {
  for (const [k, u] of units.entries()) {
    if (k <= idx || page(k) || u.furniture !== undefined) continue;
    if (!TERMINAL.test(u.text)) continue;
    // A headline reports in the present ("says"); the article's paragraph in the past ("said", "told").
    if (
      wordCount(u.text) > MAX_TEASER_LINE_WORDS ||
      /[.!?]["”’)]?\s+\S/u.test(u.text) ||
      /\b(?:said|told|according\s+to)\b/iu.test(u.text)
    )
      return false;
  }
  return true;
}

/** An author box's link to the author's page: "View Profile", "Full bio", "More from Jane Doe", "All stories by Jane Doe". */
const PROFILE_LINK =
  /^(?:(?:view|see|visit)\s+(?:full\s+)?(?:profile|bio)|full\s+bio|(?:more|all\s+(?:stories|articles|posts))\s+(?:from|by)\s+\p{Lu}[^.!?]{0,40})\s*[»›→]?$/iu;

/** Most words of a label left after the article (a topic chip, a footer link, "Suggested Topics:"). */
const MAX_TAIL_LABEL_WORDS = 6;

/** Index of the last unit that is a paragraph of prose (a sentence-ended line, not a list item). */
function lastProseIndex(units: readonly Unit[], from: number): number {
  for (let i = units.length - 1; i >= from; i--) {
    const u = units[i];
    if (u !== undefined && u.marker === undefined && u.furniture === undefined && TERMINAL.test(u.text)) return i;
  }
  return units.length;
}

/** A short line that is no sentence: a bare label, or a label ending in a colon. */
function isTailLabel(unit: Unit): boolean {
  return (
    unit.marker === undefined &&
    unit.related === undefined &&
    unit.sources === undefined &&
    unit.lines.length === 1 &&
    !unit.quote &&
    wordCount(unit.text) <= MAX_TAIL_LABEL_WORDS &&
    (isBareLine(unit.text) || /^\P{Ll}.*:$/u.test(unit.text))
  );
}

/**
 * Where the page's tail of labels starts: after the article's last paragraph of prose, two or
 * more units that are all short labels or furniture (topic chips, footer links, "Suggested
 * Topics:") are page chrome, by their place against the prose. One line alone there may be the
 * article cut off mid-sentence, and list items are left to the list readers.
 */
function labelTailStart(units: readonly Unit[], from: number): number {
  const start = lastProseIndex(units, from) + 1;
  const tail = units.slice(start);
  const labels = tail.filter((u) => u.furniture === undefined);
  return tail.length >= 2 && labels.length > 0 && labels.every(isTailLabel) ? start : units.length;
}

/** Most words a line may set before the headline it quotes and still be a credit or a pointer. */
const MAX_HEADLINE_LEAD_WORDS = 12;

/**
 * A line that ends with the article's own headline after a few words ("This article originally
 * appeared on X: <headline>", "Watch: <headline>"): the page crediting or pointing to the
 * article, not its text — the headline is a repeated line, whatever words come before it.
 */
function quotesHeadline(text: string, title: string): boolean {
  const at = text.toLowerCase().lastIndexOf(title.toLowerCase());
  if (at <= 0 || wordCount(title) < 3) return false;
  const after = text.slice(at + title.length);
  return /^["”’)\].]*$/u.test(after) && wordCount(text.slice(0, at)) <= MAX_HEADLINE_LEAD_WORDS;
}

/** `byline` is the article's own byline, whose bio after the article is not body. */
export function readBody(
  allUnits: readonly Unit[],
  from: number,
  title: string,
  report: Report,
  byline?: string,
): Body {
  const blocks: BlockContent[] = [];
  const citedSources: string[] = [];
  const seen = new Set<string>();
  let idx = from;
  // A reader comment thread ends the article: it and everything after it are not body.
  const thread = commentThreadStart(allUnits.slice(from).map((u) => u.lines.map((l) => l.text)));
  const articleUnits = thread === undefined ? allUnits : allUnits.slice(0, from + thread);
  for (const unit of allUnits.slice(articleUnits.length)) removeUnit(report, unit, "comments");
  // The page's repeated labels go once the thread is cut: a thread's "Reply" under each comment marks it.
  const units = dropRepeatedLabels(articleUnits, from, report);
  const tailStart = labelTailStart(units, from);
  const tail = pageTail(units, from);
  // Pull quotes: the originals they repeat are the article's paragraphs, never the page after it.
  const pullQuotes = pullQuoteIndexes(
    units.map((u, k) =>
      k < from || k >= tailStart || tail.has(k) || u.furniture !== undefined || u.marker !== undefined ? "" : u.text,
    ),
  );
  while (idx < units.length) {
    const unit = units[idx];
    if (unit === undefined) break;
    // Other stories set in the article's shape, each closed by its "Continue reading" button.
    const teasers = excerptTeasersLength(units, idx);
    if (teasers > 0) {
      for (const item of units.slice(idx, idx + teasers)) removeUnit(report, item, item.furniture ?? "related-links");
      idx += teasers;
      continue;
    }
    // After the article's run of prose: teasers, widgets and the footer, by their place.
    if (tail.has(idx) && unit.furniture === undefined) {
      // A run of labels the tail opens is read whole: its lines after the tail's are the same rail.
      const run = Math.max(1, labelRunLength(units, idx));
      for (const [k, item] of units.slice(idx, idx + run).entries())
        removeUnit(report, item, tail.has(idx + k) ? "related-links" : (item.furniture ?? "navigation"));
      idx += run;
      continue;
    }
    if (idx >= tailStart && unit.furniture === undefined) {
      removeUnit(report, unit, "navigation");
      idx++;
      continue;
    }
    // Another story's card with its headline printed twice and its labels between.
    const card = doubledCardLength(units, idx);
    if (card > 0) {
      for (const item of units.slice(idx, idx + card)) removeUnit(report, item, item.furniture ?? "related-links");
      idx += card;
      continue;
    }
    // A rail of other stories' headlines under its label ("Trending", "Most read").
    const rail = railLength(units, idx);
    if (rail > 0) {
      removeUnit(report, unit, unit.furniture ?? "navigation");
      // Its headlines are other stories': one set again further down is the same link, not the article's text.
      for (const item of units.slice(idx + 1, idx + rail)) {
        removeUnit(report, item, "related-links");
        seen.add(item.text);
      }
      idx += rail;
      continue;
    }
    // Three or more short bare lines in a row that nothing introduces: a menu or a rail.
    const labels = labelRunLength(units, idx);
    if (labels > 0) {
      for (const item of units.slice(idx, idx + labels)) removeUnit(report, item, item.furniture ?? "navigation");
      idx += labels;
      continue;
    }
    if (unit.furniture !== undefined) {
      removeUnit(report, unit, unit.furniture);
      idx++;
      // The tags a bare "Tags:" label sets one a line under it.
      const chips = tagChipsLength(units, idx);
      for (const chip of units.slice(idx, idx + chips)) removeUnit(report, chip, "tags");
      idx += chips;
      // A list set directly under a promotion is the promotion's ("- No subscription required").
      const list = units[idx];
      if (unit.furniture === "promo" && list?.marker !== undefined && !list.gapBefore) {
        const items = collectListUnits(units, idx);
        for (const item of items) removeUnit(report, item, "promo");
        idx += items.length;
      }
      continue;
    }
    // The page's stamp, or "By" over the author's name, left in the body's run.
    const credit = creditLength(units, idx, byline);
    if (credit > 0) {
      for (const item of units.slice(idx, idx + credit)) removeUnit(report, item, "credit");
      idx += credit;
      continue;
    }
    // A byline inside the body credits a graphic or photo, not the article ("By Daniel Wood").
    if (unit.byline !== undefined && unit.lines.length === 1) {
      removeUnit(report, unit, "credit");
      idx++;
      continue;
    }
    const taken = readRelated(units, idx, report) || readSources(units, idx, citedSources, report);
    if (taken > 0) {
      idx += taken;
      continue;
    }
    if (unit.marker !== undefined) {
      const items = collectListUnits(units, idx);
      if (items.length >= 2 || /^[•·▪◦‣]/u.test(unit.text)) {
        blocks.push(list(items));
        idx += items.length;
        continue;
      }
    }
    if (unit.quote) {
      const quote = readQuote(units, idx);
      blocks.push(quote.block);
      idx += quote.taken;
      continue;
    }
    // A control's label alone in the body's run ("Shares", "Close").
    if (LONE_CONTROL_LABEL.test(unit.text)) {
      removeUnit(report, unit, "navigation");
      idx++;
      continue;
    }
    // A picture's description over the picture's credit ("An artist's illustration of …" over
    // "(Image: …)"): the credit marks the picture, and the line names what it shows or points at it.
    if (
      unit.marker === undefined &&
      unit.lines.length === 1 &&
      units[idx + 1]?.furniture === "caption" &&
      (isPictureDescription(unit.text) || pointsAtPicture(unit.text))
    ) {
      removeUnit(report, unit, "caption");
      idx++;
      continue;
    }
    if (isTeaserExcerpt(units, idx, title)) {
      removeUnit(report, unit, "related-links");
      idx++;
      continue;
    }
    // A line of the article set again in large type ("… one solution." beside "“… one solution,” he says").
    if (pullQuotes.has(idx)) {
      removeUnit(report, unit, "duplicate");
      idx++;
      continue;
    }
    if (
      sameText(unit.text, title) ||
      quotesHeadline(unit.text, title) ||
      // A meal plan sets the same measured meal on day after day: each is the plan's, not a copy.
      (wordCount(unit.text) >= 8 && seen.has(unit.text) && !holdsKitchenMeasure(unit.text))
    ) {
      removeUnit(report, unit, "duplicate");
      idx++;
      continue;
    }
    // The author's bio ("Jane Doe is a reporter covering …").
    // At the body's start, directly under the byline, or after the article's last paragraph.
    const pageAfter = (k: number) => tail.has(k) || k >= tailStart;
    // Or, the byline aside, a staff bio at the foot of someone the article never named.
    const earlier = () =>
      units
        .slice(from, idx)
        .filter((u) => u.furniture === undefined)
        .map((u) => u.text)
        .join("\n");
    if (
      ((isBylineBio(unit.text, byline) ||
        // The author's name on the line above, read as a credit, and the bio by the first name under it.
        bylineBoxName(units[idx - 1]?.text ?? "", unit.text, byline) !== undefined) &&
        (idx === from || endsArticle(units, idx, pageAfter) || endsProse(units, idx, pageAfter))) ||
      (isOutletBio(unit.text, earlier) && endsArticle(units, idx, pageAfter, true))
    ) {
      removeUnit(report, unit, "author-bio");
      idx++;
      continue;
    }
    // An author box under a label naming no one: "About the author" over the name, title and bio.
    const aboutBox = aboutAuthorBoxLength(units, idx);
    if (aboutBox > 0) {
      for (const item of units.slice(idx, idx + aboutBox)) removeUnit(report, item, "author-bio");
      idx += aboutBox;
      continue;
    }
    // An author box after the article: "About Jane Doe" over her bio, or her name over it and
    // the box's link to her profile under it ("View Profile"), which only an author box sets.
    const bio = units[idx + 1];
    const profile = units[idx + 2] !== undefined && PROFILE_LINK.test(units[idx + 2]?.text ?? "") ? 1 : 0;
    if (
      bio !== undefined &&
      (authorBoxName(unit.text, bio.text) ?? bylineBoxName(unit.text, bio.text, byline)) !== undefined &&
      (profile > 0 || endsArticle(units, idx + 1, pageAfter))
    ) {
      for (const item of units.slice(idx, idx + 2 + profile)) removeUnit(report, item, "author-bio");
      idx += 2 + profile;
      continue;
    }
    // A sign-up box's pitch between its prompt and its fine print.
    if (isInnerPitch(units, idx)) {
      removeUnit(report, unit, "sign-up");
      idx++;
      continue;
    }
    // A note of the page's on the article ("This story was corrected on …", "(File photo, 2023)").
    const note = unit.marker === undefined ? pageNoteReason(unit.text) : undefined;
    if (note !== undefined) {
      removeUnit(report, unit, note);
      idx++;
      continue;
    }
    seen.add(unit.text);
    const block = isSectionHeading(units, idx, title) ? heading(unit.text) : readParagraph(unit, report);
    if (block !== undefined) blocks.push(block);
    idx++;
  }
  return { blocks, citedSources };
}

/**
 * Another story's teaser card inside the article: its headline, its excerpt cut short by an
 * ellipsis ("When you walk into a store, you're…"), then the "Read more" link to it. The excerpt
 * goes (the headline and the link go by their own rules). The article's own text cut short over
 * "Read more" (a paywall's cut) sits under the article's headline, or before any sentence: it stays.
 */
function isTeaserExcerpt(units: readonly Unit[], idx: number, title: string): boolean {
  const unit = units[idx];
  const next = units[idx + 1];
  const card = units[idx - 1];
  return (
    unit !== undefined &&
    unit.marker === undefined &&
    TRUNCATED.test(unit.text) &&
    next !== undefined &&
    isReadMoreLabel(next.text) &&
    card !== undefined &&
    isBareLine(card.text) &&
    !TERMINAL.test(card.text) &&
    !sameText(card.text, title) &&
    units.slice(0, idx - 1).some((u) => u.marker === undefined && wordCount(u.text) >= 8 && TERMINAL.test(u.text))
  );
}
