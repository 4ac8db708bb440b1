/**
 * Structure recovery for scraped plain text: finds the headline among the page chrome above
 * it, lifts metadata (byline, date, dek, key points, cited sources) into frontmatter fields,
 * and turns the rest into mdast blocks (paragraphs, `##` headings, lists, blockquotes).
 * Every raw line that does not reach the body is recorded with its line number and reason.
 */
import type { BlockContent, List, ListItem, Paragraph } from "mdast";
import { parseDateLine } from "./dates.ts";
import { isBareLine, isHeadingLike, notHeadingReason, splitFusedDekHeading } from "./headings.ts";
import { wordCount, type SourceLine } from "./lines.ts";
import {
  chromeReason,
  datelinePlace,
  isBreadcrumbTrail,
  isCaption,
  parseByline,
  parseListMarker,
  relatedLabel,
  sourcesLabel,
  splitSources,
  type ListMarker,
} from "./patterns.ts";
import { cutSpans, promoSpans } from "./promo.ts";
import { splitSentences } from "../text/segment.ts";
import type { ArticleFrontmatter, NormalizeError, Removal, RemovalReason } from "./types.ts";

/** A paragraph-sized piece of text: one line, or several hard-wrapped lines joined. */
interface Unit {
  lines: SourceLine[];
  text: string;
  /** A blank line separates this unit from the previous one. */
  gapBefore: boolean;
  marker: ListMarker | undefined;
  /** Chrome or caption reason when the whole unit is page furniture. */
  furniture: RemovalReason | undefined;
}

export interface PlainTextResult {
  fields: Omit<ArticleFrontmatter, "source" | "generated">;
  body: BlockContent[];
  removed: Removal[];
  warnings: string[];
}

const TERMINAL = /[.!?…]["”’')\]]*$/u;
const ATTRIBUTION =
  /\b(?:said|says|say|told|tells|according\s+to|reported(?:ly)?|reports|stated|states|announced|confirmed|claimed|added|wrote|testified|officials?\s+(?:said|say))\b/i;

/** Groups non-blank lines into units, joining lines that were hard-wrapped by the source. */
function buildUnits(lines: readonly SourceLine[], removed: Removal[]): Unit[] {
  const nonBlank = lines.filter((l) => l.text !== "");
  const maxLen = Math.max(0, ...nonBlank.map((l) => l.text.length));
  // A document is hard-wrapped when no line is long and most lines fill the width.
  // Typical wrap widths are 60–100 columns; short-line documents (all headings or chrome) are not wrapped prose.
  const wrapped =
    maxLen >= 60 &&
    maxLen <= 100 &&
    nonBlank.filter((l) => l.text.length >= 0.8 * maxLen).length >= Math.max(4, nonBlank.length / 3);
  const units: Unit[] = [];
  let gap = false;
  for (const line of lines) {
    if (line.text === "") {
      // Empty lines are structure; lines holding only spaces or NBSPs are reported as removed text.
      if (line.raw !== "") removed.push({ line: line.n, text: line.raw, reason: "blank" });
      gap = true;
      continue;
    }
    const prev = units[units.length - 1];
    const last = prev?.lines[prev.lines.length - 1];
    const marker = parseListMarker(line.text);
    const furniture = chromeReason(line.text) ?? (isCaption(line.text) ? "caption" : undefined);
    const standalone = (text: string) =>
      parseDateLine(text) !== undefined ||
      parseByline(text) !== undefined ||
      relatedLabel(text) !== undefined ||
      sourcesLabel(text) !== undefined;
    const joinable =
      furniture === undefined &&
      !standalone(line.text) &&
      (last === undefined || !standalone(last.text)) &&
      prev !== undefined &&
      last !== undefined &&
      !gap &&
      marker === undefined &&
      prev.marker === undefined &&
      prev.furniture === undefined &&
      !TERMINAL.test(last.text) &&
      !/[:：]$/.test(last.text) &&
      (/^\p{Ll}/u.test(line.text) || (wrapped && last.text.length >= 0.6 * maxLen));
    if (joinable) {
      prev.lines.push(line);
      prev.text = `${prev.text} ${line.text}`;
    } else {
      units.push({ lines: [line], text: line.text, gapBefore: gap, marker, furniture });
    }
    gap = false;
  }
  return units;
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** A paragraph-like unit: prose, not a heading-shaped line or list item. */
function isProse(unit: Unit): boolean {
  return unit.marker === undefined && !isBareLine(unit.text);
}

export function normalizePlainText(lines: readonly SourceLine[]): PlainTextResult | NormalizeError {
  const removed: Removal[] = [];
  const warnings: string[] = [];
  const fields: PlainTextResult["fields"] = { title: "" };
  const units = buildUnits(lines, removed);

  const removeUnit = (unit: Unit, reason: RemovalReason, field?: string) => {
    for (const line of unit.lines)
      removed.push({ line: line.n, text: line.raw, reason, ...(field !== undefined ? { field } : {}) });
  };
  const setPublished = (iso: string, line: number, text: string) => {
    if (fields.published === undefined) fields.published = iso;
    else if (fields.published !== iso)
      warnings.push(`line ${line}: second date "${text}" differs from ${fields.published}; kept the first`);
  };
  /** Date, clock and byline lines around the headline; true when the unit was consumed. */
  const takeMetadataLine = (unit: Unit): boolean => {
    const line = unit.lines[0];
    if (line === undefined || unit.lines.length > 1) return false;
    const date = parseDateLine(unit.text);
    if (date?.kind === "clock") {
      removeUnit(unit, "page-clock");
      return true;
    }
    if (date?.kind === "updated") {
      removeUnit(unit, "metadata");
      warnings.push(`line ${line.n}: update date "${unit.text}" is not the publication date and was not used`);
      return true;
    }
    if (date?.kind === "published") {
      removeUnit(unit, "metadata", "published");
      setPublished(date.iso, line.n, unit.text);
      return true;
    }
    const byline = fields.byline === undefined ? parseByline(unit.text) : undefined;
    if (byline !== undefined) {
      fields.byline = byline.byline;
      removed.push({ line: line.n, text: line.raw, reason: "metadata", field: "byline" });
      if (byline.published !== undefined && byline.dateText !== undefined) {
        removed.push({ line: line.n, text: byline.dateText, reason: "metadata", field: "published" });
        setPublished(byline.published, line.n, byline.dateText);
      }
      return true;
    }
    return false;
  };

  // ---- The headline: the first heading-shaped line that is not chrome, a date, a byline or a crumb.
  const firstProse = units.findIndex(
    (u) =>
      u.furniture === undefined &&
      isProse(u) &&
      parseDateLine(u.text) === undefined &&
      parseByline(u.text) === undefined,
  );
  const headerEnd = firstProse === -1 ? units.length : firstProse;
  let titleIdx = -1;
  for (let i = 0; i < units.length && titleIdx === -1; i++) {
    const unit = units[i];
    if (unit === undefined) break;
    if (unit.furniture !== undefined) {
      removeUnit(unit, unit.furniture);
      continue;
    }
    if (takeMetadataLine(unit)) continue;
    if (isBreadcrumbTrail(unit.text)) {
      removeUnit(unit, "section-crumb");
      continue;
    }
    const notHeading = unit.marker !== undefined ? "it is a list item" : notHeadingReason(unit.text, 30);
    if (notHeading !== undefined) {
      const line = unit.lines[0]?.n ?? 1;
      return {
        code: "no-title",
        line,
        message: `line ${line} is not a headline: ${notHeading} ("${unit.text.slice(0, 60)}…"); put the headline on the first line, or give the file YAML frontmatter with a title`,
      };
    }
    // A short label ("World News") above a longer heading-shaped line is a section crumb.
    const words = wordCount(unit.text);
    const laterTitle = units
      .slice(i + 1, headerEnd)
      .some(
        (u) =>
          u.furniture === undefined &&
          u.marker === undefined &&
          isHeadingLike(u.text, 30) &&
          wordCount(u.text) > words &&
          parseDateLine(u.text) === undefined &&
          parseByline(u.text) === undefined,
      );
    if (words <= 3 && laterTitle) {
      removeUnit(unit, "section-crumb");
      continue;
    }
    titleIdx = i;
  }
  const titleUnit = units[titleIdx];
  if (titleUnit === undefined) {
    return {
      code: "only-chrome",
      message: "every line is site chrome (clock, navigation, captions, dates); no article text found",
    };
  }
  fields.title = titleUnit.text;
  removeUnit(titleUnit, "metadata", "title");

  // ---- Headings anywhere after the title, to learn this document's heading lengths.
  const nextContent = (from: number): Unit | undefined => units.slice(from).find((u) => u.furniture === undefined);
  const isHeadingAt = (k: number): boolean => {
    const unit = units[k];
    if (unit === undefined || unit.marker !== undefined || unit.furniture !== undefined || !isHeadingLike(unit.text))
      return false;
    if (relatedLabel(unit.text) || sourcesLabel(unit.text) || sameText(unit.text, fields.title)) return false;
    const next = nextContent(k + 1);
    return next !== undefined && (isProse(next) || next.marker !== undefined);
  };
  const headingWordCounts: number[] = [];
  for (let k = titleIdx + 2; k < units.length; k++)
    if (isHeadingAt(k)) headingWordCounts.push(wordCount(units[k]?.text ?? ""));

  // ---- Header: byline, dates, dek, key points between the headline and the body.
  const pendingBody: BlockContent[] = [];
  let idx = titleIdx + 1;
  while (idx < units.length) {
    const unit = units[idx];
    if (unit === undefined) break;
    if (unit.furniture !== undefined) {
      removeUnit(unit, unit.furniture);
      idx++;
      continue;
    }
    if (sameText(unit.text, fields.title)) {
      removeUnit(unit, "duplicate");
      idx++;
      continue;
    }
    if (takeMetadataLine(unit)) {
      idx++;
      continue;
    }
    if (unit.marker !== undefined && fields.keyPoints === undefined) {
      const items = collectListUnits(units, idx);
      if (items.length >= 2) {
        fields.keyPoints = items.map((u) => u.marker?.content ?? u.text);
        for (const item of items) removeUnit(item, "metadata", "keyPoints");
        idx += items.length;
        continue;
      }
    }
    if (fields.dek !== undefined || fields.keyPoints !== undefined) break;
    // A heading-shaped line longer than every section heading of the document: dek + heading.
    const words = wordCount(unit.text);
    const maxHeading = Math.max(0, ...headingWordCounts);
    if (headingWordCounts.length >= 2 && isBareLine(unit.text) && unit.lines.length === 1 && words >= maxHeading + 3) {
      const split = splitFusedDekHeading(unit.text, headingWordCounts);
      const line = unit.lines[0];
      if (split !== undefined && line !== undefined) {
        fields.dek = split.dek;
        removed.push({ line: line.n, text: split.dek, reason: "metadata", field: "dek" });
        pendingBody.push(heading(split.heading));
        idx++;
        break;
      }
      warnings.push(
        `line ${line?.n ?? 0}: "${unit.text}" looks like a dek fused with a heading, but no safe split point was found; kept as a paragraph`,
      );
      break;
    }
    if (isDek(unit, units, idx)) {
      fields.dek = unit.text;
      removeUnit(unit, "metadata", "dek");
      idx++;
      continue;
    }
    break;
  }

  // ---- Body.
  const body: BlockContent[] = [...pendingBody];
  const seen = new Set<string>();
  while (idx < units.length) {
    const unit = units[idx];
    if (unit === undefined) break;
    const first = unit.lines[0]?.n ?? 0;
    if (unit.furniture !== undefined) {
      removeUnit(unit, unit.furniture);
      idx++;
      continue;
    }
    const related = relatedLabel(unit.text);
    if (related !== undefined) {
      removeUnit(unit, "related-links");
      idx++;
      if (related.inline === "") {
        // The label's block: the next unit, and those following it without a blank line between.
        let taken = 0;
        while (idx < units.length) {
          const next = units[idx];
          if (next === undefined || relatedLabel(next.text) || sourcesLabel(next.text)) break;
          if (taken > 0 && (next.gapBefore || wordCount(next.text) > 30)) break;
          removeUnit(next, "related-links");
          idx++;
          taken++;
        }
      }
      continue;
    }
    const sources = sourcesLabel(unit.text);
    if (sources !== undefined) {
      const items = sources.inline === "" ? [] : splitSources(sources.inline);
      removeUnit(unit, "metadata", "citedSources");
      idx++;
      while (sources.inline === "" && idx < units.length) {
        const next = units[idx];
        if (next === undefined || relatedLabel(next.text) || sourcesLabel(next.text) || next.furniture !== undefined)
          break;
        if (wordCount(next.text) > 20 && next.marker === undefined) break;
        items.push(...splitSources(next.text));
        removeUnit(next, "metadata", "citedSources");
        idx++;
      }
      if (items.length > 0) fields.citedSources = [...(fields.citedSources ?? []), ...items];
      continue;
    }
    if (unit.marker !== undefined) {
      const items = collectListUnits(units, idx);
      if (items.length >= 2 || /^[•·▪◦‣]/u.test(unit.text)) {
        body.push(list(items));
        idx += items.length;
        continue;
      }
    }
    if (/^>\s?/.test(unit.text)) {
      const quoted: Paragraph[] = [];
      while (idx < units.length && /^>\s?/.test(units[idx]?.text ?? "")) {
        quoted.push(paragraph(units[idx]?.text.replace(/^>\s?/, "") ?? ""));
        idx++;
      }
      body.push({ type: "blockquote", children: quoted });
      continue;
    }
    if (sameText(unit.text, fields.title) || (wordCount(unit.text) >= 8 && seen.has(unit.text))) {
      removeUnit(unit, "duplicate");
      idx++;
      continue;
    }
    seen.add(unit.text);
    if (isHeadingAt(idx)) {
      body.push(heading(unit.text));
      idx++;
      continue;
    }
    const spans = promoSpans(unit.text);
    for (const span of spans) {
      removed.push({
        line: lineAt(unit, span.start) ?? first,
        text: unit.text.slice(span.start, span.end),
        reason: "promo",
      });
    }
    const kept = cutSpans(unit.text, spans);
    if (kept !== "") body.push(paragraph(kept));
    idx++;
  }

  const lastBlock = body[body.length - 1];
  const lastText = lastBlock === undefined ? "" : blockText(lastBlock);
  // A headline alone is not an article: publishing it would be a broken page.
  if (body.length === 0)
    return {
      code: "no-body",
      message:
        "found a headline but no body text: every other line is site chrome or metadata; check that the file holds the article itself",
    };
  if (lastBlock?.type !== "heading" && (!TERMINAL.test(lastText) || /(?:\.\.\.|…|\[…\])["”’]?$/u.test(lastText))) {
    warnings.push(`text ends mid-sentence ("…${lastText.slice(-40)}"): truncated?`);
  }
  removed.sort((a, b) => a.line - b.line);
  return { fields, body, removed, warnings };
}

/**
 * A dek (standfirst) is a short summary under the headline. It is told apart from a lede by
 * shape and content, not position alone: at most two sentences and 60 words, ending in
 * punctuation, with no attribution ("said", "according to") and no wire dateline — ledes
 * report, deks summarize — and it is followed by a longer paragraph. A heading-shaped line
 * followed by a section heading and then prose is also a dek (one without final punctuation).
 */
function isDek(unit: Unit, units: readonly Unit[], idx: number): boolean {
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

/** Consecutive list-item units of the same kind (ordered or not) starting at `from`. */
function collectListUnits(units: readonly Unit[], from: number): Unit[] {
  const first = units[from]?.marker;
  const items: Unit[] = [];
  for (let k = from; k < units.length; k++) {
    const marker = units[k]?.marker;
    if (marker === undefined || first === undefined || marker.ordered !== first.ordered) break;
    items.push(units[k] as Unit);
  }
  return items;
}

/** Source line on which character `offset` of a (possibly multi-line) unit falls. */
function lineAt(unit: Unit, offset: number): number | undefined {
  let pos = 0;
  for (const line of unit.lines) {
    pos += line.text.length + 1;
    if (offset < pos) return line.n;
  }
  return unit.lines[unit.lines.length - 1]?.n;
}

function paragraph(text: string): Paragraph {
  return { type: "paragraph", children: [{ type: "text", value: text }] };
}

function heading(text: string): BlockContent {
  return { type: "heading", depth: 2, children: [{ type: "text", value: text }] };
}

function list(units: readonly Unit[]): List {
  const first = units[0]?.marker;
  const children: ListItem[] = units.map((u) => ({
    type: "listItem",
    spread: false,
    children: [paragraph(u.marker?.content ?? u.text)],
  }));
  return {
    type: "list",
    ordered: first?.ordered ?? false,
    spread: false,
    ...(first?.ordered === true && first.start !== undefined && first.start !== 1 ? { start: first.start } : {}),
    children,
  };
}

function blockText(block: BlockContent): string {
  if (block.type === "paragraph" || block.type === "heading")
    return block.children.map((c) => ("value" in c ? c.value : "")).join("");
  if (block.type === "list") {
    const item = block.children[block.children.length - 1]?.children[0];
    return item === undefined ? "" : blockText(item as BlockContent);
  }
  return "";
}
