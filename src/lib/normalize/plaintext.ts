/**
 * Structure recovery for scraped plain text, as a pipeline of named passes (each its own
 * module, like unified plugins): lines → units (./units.ts) → what each unit is
 * (./classify.ts, ./signUpBox.ts, ./adBlockBox.ts) → headline (./headline.ts) → header fields (./header.ts) → body
 * (./body.ts) → the end checks here. Every raw line that does not reach the body is recorded
 * in the report with its line number and reason.
 */
import type { BlockContent } from "mdast";
import { blockText } from "./blocks.ts";
import { readBody } from "./body.ts";
import { classifyUnits, type Unit } from "./classify.ts";
import { labelledPublication } from "./dateLines.ts";
import { readHeader } from "./header.ts";
import { ledeDateIndex, withLedeDate } from "./ledeDate.ts";
import { markSignUpBoxes } from "./signUpBox.ts";
import { markAdBlockBoxes } from "./adBlockBox.ts";
import { optional } from "./optional.ts";
import { joinFormulaPieces, stripFormulas } from "./formulas.ts";
import { findHeadline } from "./headline.ts";
import { outletBioName } from "./authorBio.ts";
import { openingCredit } from "./openingCredit.ts";
import { cleanText, type SourceLine } from "./lines.ts";
import { gluedChromeSpans } from "./chrome.ts";
import { cutSpans } from "./promo.ts";
import {
  copyrightHolderName,
  creditLineOutlet,
  datelineCredit,
  datelineOutlet,
  fold,
  followLinksName,
  fullestSpelling,
  headerSiteName,
  holderPublication,
  knownOutlet,
  legalFormless,
  printedAsWord,
  printedSpelling,
  selfNamedPublication,
  syndicationOutlet,
} from "./outlets.ts";
import type { Report } from "./report.ts";
import type { ArticleFrontmatter, NormalizeError, Removal } from "./types.ts";
import { markMediaTitles } from "./mediaTitles.ts";
import { splitTrailingBy } from "./trailingBy.ts";
import { buildUnits, TERMINAL } from "./units.ts";

export interface PlainTextResult {
  fields: Omit<ArticleFrontmatter, "source" | "generated">;
  body: BlockContent[];
  removed: Removal[];
  warnings: string[];
}

/** A body that stops mid-sentence (or on an ellipsis) was probably cut off by the scraper. */
function truncationWarning(body: readonly BlockContent[]): string | undefined {
  const lastBlock = body[body.length - 1];
  const lastText = lastBlock === undefined ? "" : blockText(lastBlock);
  if (lastBlock?.type === "heading") return undefined;
  if (TERMINAL.test(lastText) && !/(?:\.\.\.|…|\[…\])["”’]?$/u.test(lastText)) return undefined;
  return `text ends mid-sentence ("…${lastText.slice(-40)}"): truncated?`;
}

/** `title` is the editor's sidecar title, when there is one. */
/**
 * A date stamp a scraper or text index glued before the page's first line (" date 2025-05-14
 * SANTA FE, N.M. — …"): not page text, so neither body nor the publication date.
 */
function stripScraperMarker(lines: readonly SourceLine[], report: Report): readonly SourceLine[] {
  const [first, ...rest] = lines;
  const marker = first === undefined ? null : /^\s*date\s+\d{4}-\d{2}-\d{2}(?=\s+\S)/.exec(first.raw);
  if (first === undefined || marker === null) return lines;
  report.removed.push({ line: first.n, text: marker[0], reason: "scraper-marker" });
  const raw = first.raw.slice(marker[0].length);
  return [{ ...first, raw, text: cleanText(raw) }, ...rest];
}

/**
 * Share bars and advertisement markers a `textContent`-style scraper glued onto a line's
 * sentences ("…the ministry said. Advertisement Scroll to continue", ./chrome.ts
 * gluedChromeSpans): cut out before the line is read, so that a paragraph ending on them is
 * still read as a paragraph, not as a heading with no full stop.
 */
function stripGluedChrome(lines: readonly SourceLine[], report: Report): readonly SourceLine[] {
  return lines.map((line) => {
    const spans = gluedChromeSpans(line.text);
    if (spans.length === 0) return line;
    for (const span of spans)
      report.removed.push({ line: line.n, text: line.text.slice(span.start, span.end), reason: "navigation" });
    const raw = cutSpans(line.text, spans);
    return { ...line, raw, text: cleanText(raw) };
  });
}

/** The agency a wire dateline in the first body paragraphs credits ("MEXICO CITY (Reuters) —"). */
function datelineOutletOf(body: readonly BlockContent[]): string | undefined {
  for (const block of body.slice(0, 3)) {
    const outlet = block.type === "paragraph" ? datelineOutlet(blockText(block)) : undefined;
    if (outlet !== undefined) return outlet;
  }
  return undefined;
}

/** The refusal of a file with a headline and nothing else: publishing it would be a broken page. */
export const HEADLINE_ONLY: Readonly<NormalizeError> = {
  code: "no-body",
  message:
    "found a headline but no body text: every other line is site chrome or metadata; check that the file holds the article itself",
};

export function normalizePlainText(lines: readonly SourceLine[], title?: string): PlainTextResult | NormalizeError {
  const report: Report = { removed: [], warnings: [] };
  const built = buildUnits(
    joinFormulaPieces(stripFormulas(stripGluedChrome(stripScraperMarker(lines, report), report), report)),
  );
  report.removed.push(...built.removed);
  const units = markAdBlockBoxes(markSignUpBoxes(markMediaTitles(classifyUnits(splitTrailingBy(built.units)))));
  const headline = findHeadline(units, report, title);
  if ("code" in headline) return headline;
  const header = readHeader(units, headline.index, headline.title, headline.meta, report, headline.onPage);
  const dated = ledeDateIndex(units, header.next, header.meta);
  const body = readBody(units, header.next, headline.title, report, header.meta.byline);
  if (dated !== undefined) header.meta = withLedeDate(units[dated], header.meta, report);
  // A summary that is only a list under its headline: the list is the body, not key points.
  const listBody = header.bodyStart.length === 0 && body.blocks.length === 0 ? header.keyPointsList : undefined;
  const listOnly = listBody !== undefined;
  const blocks = listBody !== undefined ? [listBody] : [...header.bodyStart, ...body.blocks];
  // The list is the body, so it is not reported as removed.
  if (listOnly) report.removed = report.removed.filter((r) => r.field !== "keyPoints");
  // A headline alone is not an article: publishing it would be a broken page.
  if (blocks.length === 0) return HEADLINE_ONLY;
  const truncated = truncationWarning(blocks);
  if (truncated !== undefined) report.warnings.push(truncated);
  // A credit under the headline names who reported the article, whatever host's copyright the
  // page carries (eval/README, "Syndicated copy"): it stands as the outlet.
  const fields: PlainTextResult["fields"] = {
    title: headline.title,
    ...header.meta,
    ...(header.meta.outlet === undefined
      ? optional(
          "outlet",
          datelineCredit(datelineOutletOf(blocks), noticeHolder(report.removed)) ??
            syndicationCredit(report.removed) ??
            ownName(report.removed, header.meta.byline, lines) ??
            logoOverHeadline(units, headline.index) ??
            wireCredit(report.removed) ??
            followLinksName(lines.map((line) => line.text)) ??
            headerSiteName(
              units.slice(0, headline.index).flatMap((u) => u.lines.map((line) => line.text)),
              lines.map((line) => line.text),
            ),
        )
      : {}),
    ...(header.meta.byline === undefined
      ? optional("byline", bioCredit(report.removed) ?? openingCredit(units, header.next))
      : {}),
    ...(header.meta.published === undefined ? optional("published", stampedPublication(report.removed)) : {}),
    ...(header.dek !== undefined ? { dek: header.dek } : {}),
    ...(header.keyPoints !== undefined && !listOnly ? { keyPoints: header.keyPoints } : {}),
    ...(body.citedSources.length > 0 ? { citedSources: body.citedSources } : {}),
  };
  report.removed.sort((a, b) => a.line - b.line);
  return { fields, body: blocks, removed: report.removed, warnings: report.warnings };
}

/**
 * The publisher the first removed copyright notice names (./outlets.ts). Not when
 * the holder is the byline's person ("© Jane Doe" under her blog post): the author, not a publication.
 */
function copyrightHolder(removed: readonly Removal[], byline: string | undefined): string | undefined {
  for (const { text, reason } of removed) {
    // A notice is read whatever the reason it was removed for (a footer cut with the comments after the article).
    const holder = reason === "notice" || /^(?:©|copyright\b)/iu.test(text) ? copyrightHolderName(text) : undefined;
    if (holder === undefined) continue;
    const outlet = holderPublication(holder);
    return outlet !== undefined && byline !== undefined && fold(byline) === fold(outlet) ? undefined : outlet;
  }
  return undefined;
}

/** The holder the first removed copyright notice names, as printed (a company's name too). */
function noticeHolder(removed: readonly Removal[]): string | undefined {
  for (const { text, reason } of removed) {
    const holder = reason === "notice" || /^(?:©|copyright\b)/iu.test(text) ? copyrightHolderName(text) : undefined;
    if (holder !== undefined) return holder;
  }
  return undefined;
}

/**
 * The original publisher a removed syndication credit names ("… originally appeared on X: …"),
 * or the publication a removed print note names ("… appears in the … issue of X"). The Markdown
 * reader (./markdownInput.ts) asks it too.
 */
export function syndicationCredit(removed: readonly Removal[]): string | undefined {
  for (const { text } of removed) {
    const outlet = syndicationOutlet(text);
    if (outlet !== undefined) return outlet;
  }
  return undefined;
}

/**
 * The publication the page signs as its own: its copyright's holder, else a removed line naming
 * the page itself, spelt as the page prints the name most (a domain's bare name, ./outlets.ts).
 */
function ownName(
  removed: readonly Removal[],
  byline: string | undefined,
  lines: readonly SourceLine[],
): string | undefined {
  const name = copyrightHolder(removed, byline) ?? selfNamed(removed, lines) ?? companyOwnName(removed, lines);
  return name === undefined
    ? undefined
    : printedSpelling(
        name,
        lines.map((line) => line.text),
      );
}

/**
 * The site a company's copyright names with its legal form ("© 2015 SitePoint Pty. Ltd."), when
 * the page prints the name without it elsewhere as a word ("… articles for SitePoint"): the
 * company named after the site it runs. A company the page names nowhere else ("© 2016 Quill
 * Portal Inc.") owns the page and names no publication.
 */
function companyOwnName(removed: readonly Removal[], lines: readonly SourceLine[]): string | undefined {
  const holder = noticeHolder(removed);
  const name = holder === undefined ? undefined : legalFormless(holder);
  if (name === undefined) return undefined;
  const word = printedAsWord(name);
  const printed = lines.some((line) => !/©|\bcopyright\b/iu.test(line.text) && word.test(line.text));
  return printed ? name : undefined;
}

/** The publication a removed line of the page names as itself: its logo's link, an author's note (./outlets.ts). */
function selfNamed(removed: readonly Removal[], lines: readonly SourceLine[]): string | undefined {
  const name = removed.map(({ text }) => selfNamedPublication(text)).find((n) => n !== undefined);
  // The page's other lines that name it (an author's note kept with the article) may spell it in full.
  return name === undefined
    ? undefined
    : fullestSpelling(
        name,
        lines.flatMap((l) => selfNamedPublication(l.text) ?? []),
      );
}

/**
 * The author a page credits only by its name's link and its bio: "Jane Doe" on a line of its own
 * (the name in the header, its link), and after the article "Jane Doe is a staff writer at
 * Harbour Wire" (./authorBio.ts). Both removed as chrome; one bio's subject only, so a page with
 * bios of several people names no single author here.
 */
function bioCredit(removed: readonly Removal[]): string | undefined {
  const names = new Set(removed.filter((r) => r.reason === "author-bio").flatMap((r) => outletBioName(r.text) ?? []));
  const [name] = names;
  return names.size === 1 && name !== undefined && removed.some((r) => r.text.trim() === name) ? name : undefined;
}

/**
 * The site's logo set right over its headline: a line that is only a known outlet's name
 * ("MSNBC" between the share buttons and the headline). Only the line next above the headline,
 * and only a known outlet, so a section's name or a menu's last entry names none.
 */
export function logoOverHeadline(units: readonly Unit[], index: number): string | undefined {
  const above = units[index - 1];
  return above === undefined || above.lines.length !== 1 ? undefined : knownOutlet(above.text);
}

/** The agency a removed wire credit line names ("— Reuters", "(AFP)"): the publisher of this copy. */
function wireCredit(removed: readonly Removal[]): string | undefined {
  for (const { text, reason } of removed) {
    const outlet = reason === "credit" ? creditLineOutlet(text) : undefined;
    if (outlet !== undefined) return outlet;
  }
  return undefined;
}

/**
 * The publication day a removed stamp states under its own label when the header holds none:
 * "First published on November 19, 2019 / 8:16 AM" set after the article, as many sites print
 * it. Only when every such stamp the page removed states the same day; stamps that disagree
 * (a rail of other stories, each "Published …") say nothing of this article's day.
 */
function stampedPublication(removed: readonly Removal[]): string | undefined {
  const days = new Set(removed.map((r) => labelledPublication(r.text)).filter((day) => day !== undefined));
  return days.size === 1 ? [...days][0] : undefined;
}
