/**
 * Pass 1, lines → units: groups non-blank lines into paragraph-sized units, joining lines the
 * source hard-wrapped. Whether a line continues the unit above is decided by named facts about
 * the two lines (is the unit still open, can this line continue one, does it read as a
 * continuation), each answered by what the line is (see ./classify.ts).
 */
import { classifyLine, type LineKind } from "./classify.ts";
import type { SourceLine } from "./lines.ts";
import { datelineOutlet } from "./outlets.ts";
import { datelinePlace, type ListMarker } from "./patterns.ts";
import type { Removal, RemovalReason } from "./types.ts";

/** A paragraph-sized piece of text: one line, or several hard-wrapped lines joined. */
export interface RawUnit {
  lines: SourceLine[];
  text: string;
  /** A blank line separates this unit from the previous one. */
  gapBefore: boolean;
  /** The first line's list marker. */
  marker: ListMarker | undefined;
  /** Chrome or caption reason when the whole unit is page furniture (from its first line). */
  furniture: RemovalReason | undefined;
}

/**
 * Sentence-final punctuation, optionally followed by closing quotes or brackets; the full-width
 * stops of Chinese and Japanese ("。", "！", "？") and their corner quotes too.
 */
export const TERMINAL = /[.!?…。！？]["”’')\]」』）]*$/u;

/** The document's line layout: hard-wrapped at a fixed width, or one paragraph per line. */
export interface Layout {
  wrapped: boolean;
  maxLen: number;
}

/**
 * A document is hard-wrapped when no line is long and most lines fill the width. Typical wrap
 * widths are 60–100 columns; short-line documents (all headings or chrome) are not wrapped prose.
 */
export function layoutOf(lines: readonly SourceLine[]): Layout {
  const nonBlank = lines.filter((l) => l.text !== "");
  const maxLen = Math.max(0, ...nonBlank.map((l) => l.text.length));
  const wrapped =
    maxLen >= 60 &&
    maxLen <= 100 &&
    nonBlank.filter((l) => l.text.length >= 0.8 * maxLen).length >= Math.max(4, nonBlank.length / 3);
  return { wrapped, maxLen };
}

/** The unit above can take another line: a plain paragraph whose last line ends mid-sentence. */
export function isOpen(unit: RawUnit, lastKind: LineKind): boolean {
  const last = unit.lines[unit.lines.length - 1];
  return (
    last !== undefined &&
    unit.marker === undefined &&
    unit.furniture === undefined &&
    !lastKind.standalone &&
    !TERMINAL.test(last.text) &&
    !/[:：]$/.test(last.text)
  );
}

/** A line that may continue a paragraph: not furniture, a list item or a line of its own kind. */
export function canContinue(kind: LineKind): boolean {
  return kind.furniture === undefined && kind.marker === undefined && !kind.standalone;
}

/**
 * A line stopping on an article or a joining word ("… could not differ more. The", "… the court
 * and"): no sentence or headline ends on one, so the source broke the line mid-sentence and the
 * next line goes on with it, whatever the layout. "The" in any case (a title-cased heading never
 * ends on it); the others lower-case only ("Vitamin A", "Plan B" are names).
 */
const OPEN_ENDING = /\s(?:[Tt]he|a|an|and|or|but|nor|of)$/u;

/** Most words of a label that ends on a joining word ("Best of", "More of"). */
const MAX_OPEN_LABEL_WORDS = 2;

/**
 * A line of a page set one element a line that is a label of two words ending on "of" or "and"
 * ("Best of" over a feature's headline, the series' name): a label, not a sentence the page
 * broke, so the capitalized line under it is not its rest. In hard-wrapped text every line is
 * the paragraph's.
 */
function isOpenLabel(last: string, layout: Layout): boolean {
  return !layout.wrapped && last.trim().split(/\s+/u).length <= MAX_OPEN_LABEL_WORDS && /^\p{Lu}/u.test(last.trim());
}

/**
 * The line reads as the rest of the one above: it starts lower-case or with the comma or
 * semicolon that goes on with a sentence (", then the sum is even" after a formula a page's
 * text left out), or the one above stops on a word no sentence ends on, or filled the wrap width. A line opening with a wire dateline
 * ("MEXICO CITY (Reuters) -") starts a story's first paragraph, so it never continues the line
 * above (a headline set over it).
 */
export function readsAsContinuation(text: string, last: string, layout: Layout): boolean {
  if (datelineOutlet(text) !== undefined || datelinePlace(text) !== undefined) return false;
  return (
    /^\p{Ll}/u.test(text) ||
    /^[,;](?:\s|$)/u.test(text) ||
    (OPEN_ENDING.test(last) && !isOpenLabel(last, layout)) ||
    (layout.wrapped && last.length >= 0.6 * layout.maxLen)
  );
}

/**
 * The file's first line ends where it stops short of the wrap width and a capitalized line
 * follows: a headline set directly over a hard-wrapped body (a wrapped paragraph's lines fill
 * the width; only its last line stops short).
 */
function endsOpeningLine(units: readonly RawUnit[], text: string, last: string, layout: Layout): boolean {
  const [first] = units;
  return (
    units.length === 1 &&
    first?.lines.length === 1 &&
    layout.wrapped &&
    last.length < 0.8 * layout.maxLen &&
    /^\p{Lu}/u.test(text)
  );
}

/** Groups lines into units; blank lines holding only spaces are reported as removed text. */
export function buildUnits(lines: readonly SourceLine[]): { units: RawUnit[]; removed: Removal[] } {
  const layout = layoutOf(lines);
  const units: RawUnit[] = [];
  const removed: Removal[] = [];
  let lastKind: LineKind | undefined;
  let gap = false;
  for (const line of lines) {
    if (line.text === "") {
      // Empty lines are structure; lines holding only spaces or NBSPs are reported as removed text.
      if (line.raw !== "") removed.push({ line: line.n, text: line.raw, reason: "blank" });
      gap = true;
      continue;
    }
    const kind = classifyLine(line.text);
    const prev = units[units.length - 1];
    const last = prev?.lines[prev.lines.length - 1];
    if (
      prev !== undefined &&
      last !== undefined &&
      lastKind !== undefined &&
      !gap &&
      isOpen(prev, lastKind) &&
      canContinue(kind) &&
      readsAsContinuation(line.text, last.text, layout) &&
      !endsOpeningLine(units, line.text, last.text, layout)
    ) {
      prev.lines.push(line);
      prev.text = `${prev.text} ${line.text}`;
    } else {
      units.push({ lines: [line], text: line.text, gapBefore: gap, marker: kind.marker, furniture: kind.furniture });
    }
    lastKind = kind;
    gap = false;
  }
  return { units, removed };
}
