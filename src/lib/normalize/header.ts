/**
 * Pass 4, header fields: between the headline and the body stand the byline, dates, a dek
 * (standfirst) and key points. This pass lifts them into fields and stops at the first unit
 * that is body; a dek fused with the first section heading is split when it safely can be.
 */
import type { BlockContent } from "mdast";
import { collectListUnits, heading } from "./blocks.ts";
import { isProse, type Unit } from "./classify.ts";
import { isBareLine, isHeadingLike, splitFusedDekHeading } from "./headings.ts";
import { wordCount } from "./lines.ts";
import { readMetadataLine, type Metadata } from "./metadata.ts";
import { datelinePlace } from "./patterns.ts";
import { removeUnit, type Report } from "./report.ts";
import { headingWordCounts, sameText } from "./sections.ts";
import { splitSentences } from "../text/segment.ts";
import { TERMINAL } from "./units.ts";

export interface Header {
  meta: Metadata;
  dek?: string;
  keyPoints?: string[];
  /** Blocks that open the body (the heading split from a fused dek). */
  bodyStart: BlockContent[];
  /** Index of the first body unit. */
  next: number;
}

const ATTRIBUTION =
  /\b(?:said|says|say|told|tells|according\s+to|reported(?:ly)?|reports|stated|states|announced|confirmed|claimed|added|wrote|testified|officials?\s+(?:said|say))\b/i;

/**
 * A dek (standfirst) is a short summary under the headline. It is told apart from a lede by
 * shape and content, not position alone: at most two sentences and 60 words, ending in
 * punctuation, with no attribution ("said", "according to") and no wire dateline — ledes
 * report, deks summarize — and it is followed by a longer paragraph. A heading-shaped line
 * followed by a section heading and then prose is also a dek (one without final punctuation).
 */
export function isDek(unit: Unit, units: readonly Unit[], idx: number): boolean {
  const rest = units.slice(idx + 1).filter((u) => u.furniture === undefined);
  const [next, afterNext] = rest;
  if (next === undefined || unit.marker !== undefined) return false;
  if (isBareLine(unit.text)) {
    return (
      isHeadingLike(unit.text, 30) &&
      isHeadingLike(next.text) &&
      next.marker === undefined &&
      afterNext !== undefined &&
      isProse(afterNext)
    );
  }
  const words = wordCount(unit.text);
  return (
    TERMINAL.test(unit.text) &&
    words <= 60 &&
    splitSentences(unit.text).length <= 2 &&
    !ATTRIBUTION.test(unit.text) &&
    datelinePlace(unit.text) === undefined &&
    !/^["“]/.test(unit.text) &&
    isProse(next) &&
    wordCount(next.text) > words
  );
}

/**
 * A heading-shaped single line longer than every section heading of the document (by three
 * words or more, with at least two headings to compare) is a dek fused with a heading.
 */
function isFusedDekHeading(unit: Unit, counts: readonly number[]): boolean {
  return (
    counts.length >= 2 &&
    isBareLine(unit.text) &&
    unit.lines.length === 1 &&
    wordCount(unit.text) >= Math.max(0, ...counts) + 3
  );
}

export function readHeader(
  units: readonly Unit[],
  titleIndex: number,
  title: string,
  meta: Metadata,
  report: Report,
): Header {
  const counts = headingWordCounts(units, titleIndex + 2, title);
  const header: Header = { meta, bodyStart: [], next: titleIndex + 1 };
  while (header.next < units.length) {
    const unit = units[header.next];
    if (unit === undefined) break;
    if (unit.furniture !== undefined) {
      removeUnit(report, unit, unit.furniture);
      header.next++;
      continue;
    }
    if (sameText(unit.text, title)) {
      removeUnit(report, unit, "duplicate");
      header.next++;
      continue;
    }
    const read = readMetadataLine(unit, header.meta, report);
    if (read !== undefined) {
      header.meta = read;
      header.next++;
      continue;
    }
    if (unit.marker !== undefined && header.keyPoints === undefined) {
      const items = collectListUnits(units, header.next);
      if (items.length >= 2) {
        header.keyPoints = items.map((u) => u.marker?.content ?? u.text);
        for (const item of items) removeUnit(report, item, "metadata", "keyPoints");
        header.next += items.length;
        continue;
      }
    }
    if (header.dek !== undefined || header.keyPoints !== undefined) break;
    if (isFusedDekHeading(unit, counts)) {
      const split = splitFusedDekHeading(unit.text, counts);
      const line = unit.lines[0];
      if (split !== undefined && line !== undefined) {
        header.dek = split.dek;
        report.removed.push({ line: line.n, text: split.dek, reason: "metadata", field: "dek" });
        header.bodyStart.push(heading(split.heading));
        header.next++;
        break;
      }
      report.warnings.push(
        `line ${line?.n ?? 0}: "${unit.text}" looks like a dek fused with a heading, but no safe split point was found; kept as a paragraph`,
      );
      break;
    }
    if (isDek(unit, units, header.next)) {
      header.dek = unit.text;
      removeUnit(report, unit, "metadata", "dek");
      header.next++;
      continue;
    }
    break;
  }
  return header;
}
