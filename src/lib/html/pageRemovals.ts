/**
 * What ingest took out of a saved page before its body reached the markdown route, as ingest
 * report entries: the page-chrome passes' removals with their reasons, and the visible text
 * blocks the article extractor left out. Blocks are read before extraction (Readability moves
 * and drops nodes as it reads) and compared with the extracted text after, ignoring white
 * space, so nothing is parsed twice.
 */
import { shortened } from "#lib/normalize/report.ts";
import type { Removal } from "#lib/normalize/types.ts";
import { captionKey } from "./markedNonBody.ts";
import type { PageRemoval } from "./pageChrome.ts";

/** Text in these is not shown. */
const UNSHOWN = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

/** A visible block of the page: where it starts in the file, its text, and what it is. */
export interface PageBlock {
  line: number;
  /** Shortened for the report. */
  text: string;
  /** The whole text without white space, lower-cased, to look for in the extracted text. */
  bare: string;
  /** The page marks or declares this text as a caption (the conversion drops it from the body). */
  caption: boolean;
}

const bare = (s: string) => s.replace(/\s+/g, "").toLowerCase();

/** Tags whose text a reader sees apart from what comes before and after it. */
const APART =
  /^(?:BODY|MAIN|ARTICLE|SECTION|HEADER|FOOTER|NAV|ASIDE|FORM|FIGURE|FIGCAPTION|DIV|P|H[1-6]|BLOCKQUOTE|PRE|ADDRESS|UL|OL|LI|DL|DT|DD|TABLE|CAPTION|TR|TD|TH|DETAILS|SUMMARY|BR|HR|TIME)$/;

/** An element's text with a space where blocks meet ("Headline" and "Summary" not run together). */
function shownText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? "");
    if (node.nodeType !== 1 || UNSHOWN.test((node as Element).tagName.toUpperCase())) return;
    const apart = APART.test((node as Element).tagName.toUpperCase());
    if (apart) parts.push(" ");
    node.childNodes.forEach(walk);
    if (apart) parts.push(" ");
  };
  walk(el);
  return parts.join("");
}

/** Report entries for the page-chrome passes' removals that hold text, in file order. */
export function chromeRemovals(removed: PageRemoval[], lineOf: (node: Node) => number | undefined): Removal[] {
  return removed.flatMap(({ element, reason }) => {
    const line = lineOf(element);
    const text = shortened(shownText(element));
    return line === undefined || text === "" ? [] : [{ line, text, reason }];
  });
}

/**
 * The page's visible text blocks (each run of text between block boundaries), with their lines,
 * read before extraction; `captions` are the page's captions as `captionKey`s.
 */
export function pageBlocks(
  document: Document,
  lineOf: (node: Node) => number | undefined,
  captions: ReadonlySet<string>,
): PageBlock[] {
  const blocks: PageBlock[] = [];
  let run: Node[] = [];
  const flush = () => {
    const whole = run.map((t) => t.nodeValue ?? "").join("");
    const text = shortened(whole);
    const line = run.map(lineOf).find((n) => n !== undefined);
    if (line !== undefined && text !== "")
      blocks.push({ line, text, bare: bare(whole), caption: captions.has(captionKey(whole)) });
    run = [];
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) run.push(node);
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (UNSHOWN.test(tag)) return;
    const apart = APART.test(tag);
    if (apart) flush();
    node.childNodes.forEach(walk);
    if (apart) flush();
  };
  walk(document.body);
  flush();
  return blocks;
}

/**
 * Report entries for the blocks that are not in the body: captions and the `lifted` headline and
 * standfirst (by field), which the conversion to markdown drops, and blocks whose text is not in
 * `extracted` (what the extractor kept, or the declared article text used instead).
 */
export function extractorDrops(blocks: PageBlock[], extracted: string, lifted: Record<string, string>): Removal[] {
  const kept = bare(extracted);
  const field = new Map(Object.entries(lifted).map(([name, value]) => [bare(value), name]));
  return blocks.flatMap(({ line, text, bare: b, caption }): Removal[] => {
    if (caption) return [{ line, text, reason: "caption" }];
    const name = field.get(b);
    if (name !== undefined) return [{ line, text, reason: "metadata", field: name }];
    return kept.includes(b) ? [] : [{ line, text, reason: "not-extracted" }];
  });
}

/**
 * `removed` with each entry whose whole text is a frontmatter field's value (the headline, a
 * "By …" line for the byline) recorded as moved into that field, as the text report records it.
 */
export function asFields(removed: Removal[], fields: Record<string, string>): Removal[] {
  const field = new Map(Object.entries(fields).map(([name, value]) => [bare(value), name]));
  return removed.map((r) => {
    const name = field.get(bare(r.text)) ?? field.get(bare(r.text.replace(/^by\s+/i, "")));
    return name === undefined ? r : { ...r, reason: "metadata", field: name };
  });
}

/** A markdown line's words: without link targets, emphasis, heading, quote and list marks. */
const markdownWords = (line: string) =>
  line
    .replace(/\]\([^)]*\)/g, "")
    .replace(/^\s*(?:#+|>|[-*+]|\d+[.)])\s+/, "")
    .replace(/[[\]*_`\\]/g, "");

/**
 * The markdown route's entries for a page, placed on the page: its frontmatter lines are the
 * route's own scaffolding (the page's headline and byline lines are recorded where they stand),
 * and a body line the route removed gets the line of the page block that holds its text, found
 * in file order; one no block holds keeps its line in the converted markdown (in a warning too).
 */
export function placedOnPage(
  entries: Removal[],
  frontmatterLines: number,
  blocks: PageBlock[],
): { placed: Removal[]; unplaced: Removal[] } {
  const placed: Removal[] = [];
  const unplaced: Removal[] = [];
  let from = 0;
  for (const entry of entries) {
    if (entry.line <= frontmatterLines) continue;
    const text = bare(markdownWords(entry.text));
    const holds = (b: PageBlock) => text !== "" && (b.bare === text || b.bare.includes(text));
    let at = blocks.findIndex((b, i) => i >= from && holds(b));
    if (at === -1) at = blocks.findIndex(holds);
    const block = blocks[at];
    if (block === undefined) {
      unplaced.push(entry);
      continue;
    }
    from = at;
    placed.push({ ...entry, line: block.line });
  }
  return { placed, unplaced };
}

/** Words in a block that reads like a sentence of prose rather than a label or a link. */
const PROSE_WORDS = 8;

/**
 * Lines of the left-out blocks that may be the article's own paragraphs: prose-length blocks the
 * extractor left out between the first and the last prose block it kept. Left-out text around
 * the article (teasers, footers) is chrome; a gap inside it is worth an editor's look.
 */
export function gapsInArticle(blocks: PageBlock[], removed: Removal[], extracted: string): number[] {
  const kept = bare(extracted);
  const prose = (text: string) => text.split(" ").length >= PROSE_WORDS;
  const keptLines = blocks.filter((b) => prose(b.text) && !b.caption && kept.includes(b.bare)).map((b) => b.line);
  if (keptLines.length === 0) return [];
  const [first, last] = [Math.min(...keptLines), Math.max(...keptLines)];
  return removed
    .filter((r) => r.reason === "not-extracted" && prose(r.text) && r.line > first && r.line < last)
    .map((r) => r.line);
}
